//! The formats the checks accept: partial dates in order, e-mail, phone, version, web address,
//! social handle.
use crate::core::model::PartialDate;

/// Whether `a` is certainly after `b`, comparing only as precisely as both dates go
/// (`2026` is neither before nor after `2026-02`).
pub fn is_after(a: PartialDate, b: PartialDate) -> bool {
    if a.year != b.year {
        return a.year > b.year;
    }
    match (a.month, b.month) {
        (Some(ma), Some(mb)) if ma != mb => ma > mb,
        (Some(_), Some(_)) => matches!((a.day, b.day), (Some(da), Some(db)) if da > db),
        _ => false,
    }
}

pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && domain.contains('.')
        && !domain.contains('@')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c))
}

/// International format as published: "+", then digits in groups separated by single spaces.
pub fn is_phone(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('+') else {
        return false;
    };
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    (8..=15).contains(&digits) && rest.split(' ').all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
}

/// A semantic version `major.minor.patch` as its three numbers (no leading zeros).
pub fn semver(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts =
        s.split('.').map(|p| (!p.is_empty() && (p == "0" || !p.starts_with('0'))).then(|| p.parse().ok()).flatten());
    let v = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(v)
}

/// An absolute http(s) address with a dotted host and nothing that would need escaping.
pub fn is_url(s: &str) -> bool {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.')
            && !host.starts_with('.')
            && !host.ends_with('.')
            && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
            && !r.chars().any(|c| c.is_whitespace() || c.is_control() || "\"<>\\^`{|}".contains(c))
    })
}

/// A social-media handle as printed: "@" and letters, digits, "_" or ".".
pub fn is_handle(s: &str) -> bool {
    s.strip_prefix('@')
        .is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_different_precision_compare_fairly() {
        let d = |s: &str| PartialDate::parse(s).unwrap();
        assert!(!is_after(d("2026-02"), d("2026")));
        assert!(!is_after(d("2026"), d("2026-02")));
        assert!(is_after(d("2026-03"), d("2026-02-28")));
        assert!(!is_after(d("2025-09-05"), d("2025-09")));
        assert!(is_after(d("2020-09-30"), d("2020-04-30")));
    }

    #[test]
    fn contact_formats() {
        assert!(is_phone("+996 312 26 10 00"));
        assert!(!is_phone("0312 26 10 00"));
        assert!(!is_phone("+996  312"));
        assert!(!is_phone("+996 312 26 10 00 "));
        assert!(is_email("bomca@icmpd.org"));
        assert!(is_email("delegation-kyrgyzstan@eeas.europa.eu"));
        assert!(!is_email("bomca@icmpd"));
        assert!(!is_email("a@b@icmpd.org"));
        assert!(!is_email("bomca @icmpd.org"));
        assert!(is_url("https://www.bomca-eu.org"));
        assert!(is_url("http://eeas.europa.eu/delegations/kyrgyzstan"));
        assert!(is_url("https://www.bomca-eu.org/en/news?start=64"));
        assert!(is_url("https://eeas.europa.eu/delegations/yemen/82643/bomca-shares-eu%E2%80%99s-best-practices_ar"));
        assert!(!is_url("javascript:alert(1)"));
        assert!(!is_url("https://bomca eu.org"));
        assert!(!is_url("https://localhost/"));
        assert!(is_handle("@BOMCAPROGRAMME"));
        assert!(!is_handle("BOMCAPROGRAMME"));
        assert!(!is_handle("@"));
    }
}
