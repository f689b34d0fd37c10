//! vCard 4.0 (RFC 6350) for offices, and the `tel:`/`mailto:` links the contact cards use.
use crate::core::i18n;
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Office};
use crate::core::query;

/// `tel:` URI of a published number: "+996 312 26 10 00" → "tel:+996312261000".
pub fn tel_uri(phone: &str) -> Option<String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    (phone.trim_start().starts_with('+') && digits.len() >= 6).then(|| format!("tel:+{digits}"))
}

pub fn mailto(email: &str) -> String {
    format!("mailto:{email}")
}

/// Escapes a text value: backslash, comma, semicolon and newlines (RFC 6350 §3.4).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets with CRLF + space, never inside a UTF-8 character.
fn fold_line(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

pub fn office_vcard(ds: &Dataset, office: &Office, locale: Locale) -> String {
    let mut lines: Vec<String> = vec!["BEGIN:VCARD".into(), "VERSION:4.0".into()];
    let name = office.name.get(locale);
    let org = office.organisation.as_deref().and_then(|id| query::organisation(ds, id)).map(|o| o.name.get(locale));
    // Offices only: people are a historical record, never a contact card.
    lines.push("KIND:org".into());
    lines.push(format!("FN:{}", escape(name)));
    // ORG is the organisation, then the office as its unit where the office has a name of its own.
    let units = match org {
        Some(org) if org != name => vec![org, name],
        Some(org) => vec![org],
        None => vec![name],
    };
    lines.push(format!("ORG:{}", units.into_iter().map(escape).collect::<Vec<_>>().join(";")));
    // ADR's seven components (RFC 6350 6.3.1): box; extended; street (its lines as a list); city;
    // region; postal code; country.
    let city = office.city.as_ref().map(|c| c.get(locale));
    let address = office.address.as_ref();
    let country = address
        .and_then(|a| a.country.as_ref().map(|c| c.get(locale)))
        .or_else(|| office.country.as_deref().map(|c| i18n::country_name(c, locale)));
    if address.is_some() || city.is_some() {
        let street = address.map(|a| a.street.iter().map(|l| escape(l.get(locale))).collect::<Vec<_>>().join(","));
        let postal = address.and_then(|a| a.postal_code.as_deref()).unwrap_or("");
        lines.push(format!(
            "ADR;TYPE=work:;;{};{};;{};{}",
            street.unwrap_or_default(),
            escape(city.unwrap_or("")),
            escape(postal),
            escape(country.unwrap_or(""))
        ));
    }
    if let Some(tel) = office.phone.as_deref().and_then(tel_uri) {
        lines.push(format!("TEL;VALUE=uri;TYPE=\"work,voice\":{tel}"));
    }
    if let Some(fax) = office.fax.as_deref().and_then(tel_uri) {
        lines.push(format!("TEL;VALUE=uri;TYPE=\"work,fax\":{fax}"));
    }
    if let Some(email) = &office.email {
        lines.push(format!("EMAIL;TYPE=work:{email}"));
    }
    if let Some(url) = &office.website {
        lines.push(format!("URL:{url}"));
    }
    for s in &office.social {
        lines.push(format!("URL;TYPE={}:{}", escape(&s.network.to_lowercase()), s.url));
    }
    let source = office.sources.first().and_then(|id| query::source(ds, id)).map(|s| s.title.get(locale));
    let published = office.published.map(|d| d.to_string());
    let note = match (published.as_deref(), source) {
        (Some(d), Some(s)) => format!("Published {d}: {s}"),
        (None, Some(s)) => format!("Source: {s}"),
        (Some(d), None) => format!("Published {d}"),
        (None, None) => String::new(),
    };
    if !note.is_empty() {
        lines.push(format!("NOTE:{}", escape(&note)));
    }
    lines.push("END:VCARD".into());
    let mut out = String::new();
    for line in lines {
        fold_line(&line, &mut out);
    }
    out
}

pub fn offices_vcards(ds: &Dataset, offices: &[&Office], locale: Locale) -> String {
    offices.iter().map(|o| office_vcard(ds, o, locale)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ds() -> Dataset {
        crate::core::load::parse(include_str!("../../../public/data/bomca.json")).unwrap()
    }

    /// Unfolds lines and checks the RFC 6350 structure; returns the content lines.
    pub fn parse_vcards(text: &str) -> Vec<Vec<String>> {
        assert!(text.ends_with("\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
        for raw in text.split("\r\n") {
            assert!(raw.len() <= 75, "line over 75 octets: {raw:?}");
        }
        let unfolded = text.replace("\r\n ", "");
        let mut cards = Vec::new();
        let mut current: Option<Vec<String>> = None;
        for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
            let (name, _) = line.split_once(':').expect("NAME:value");
            assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || "-;=,\"".contains(c)), "{name}");
            match line {
                "BEGIN:VCARD" => current = Some(Vec::new()),
                "END:VCARD" => cards.push(current.take().expect("END after BEGIN")),
                _ => current.as_mut().expect("inside BEGIN/END").push(line.to_string()),
            }
        }
        assert!(current.is_none(), "unbalanced BEGIN/END");
        for card in &cards {
            assert_eq!(card[0], "VERSION:4.0");
            assert!(card.iter().any(|l| l.starts_with("FN:")));
        }
        cards
    }

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn eu_delegation_card_has_its_published_details() {
        let ds = ds();
        let office = ds.offices.iter().find(|o| o.id == "office-eu-delegation-kg").unwrap();
        let card = &parse_vcards(&office_vcard(&ds, office, Locale::En))[0];
        assert!(card.contains(&"TEL;VALUE=uri;TYPE=\"work,voice\":tel:+996312261000".to_string()), "{card:?}");
        assert!(card.contains(&"TEL;VALUE=uri;TYPE=\"work,fax\":tel:+996312261007".to_string()));
        assert!(card.contains(&"EMAIL;TYPE=work:delegation-kyrgyzstan@eeas.europa.eu".to_string()));
        let adr = card.iter().find(|l| l.starts_with("ADR")).unwrap();
        assert_eq!(
            adr,
            "ADR;TYPE=work:;;21 Erkindik Boulevard,Business Centre Orion,5th floor;Bishkek;;720040;Kyrgyz Republic"
        );
        assert!(
            card.contains(&"ORG:Delegation of the European Union to the Kyrgyz Republic".to_string()),
            "ORG once: {card:?}"
        );
    }

    /// A structured value's components (split at unescaped `;`), unescaped.
    fn components(value: &str) -> Vec<String> {
        let (mut parts, mut current, mut escaped) = (Vec::new(), String::new(), false);
        for c in value.chars() {
            match (escaped, c) {
                (true, c) => {
                    current.push(if c == 'n' { '\n' } else { c });
                    escaped = false;
                }
                (false, '\\') => escaped = true,
                (false, ';') => parts.push(std::mem::take(&mut current)),
                (false, c) => current.push(c),
            }
        }
        parts.push(current);
        parts
    }

    #[test]
    fn every_card_builds_org_and_adr_from_the_fields() {
        let ds = ds();
        for locale in Locale::ALL {
            for office in &ds.offices {
                let card = &parse_vcards(&office_vcard(&ds, office, locale))[0];
                let value = |name: &str| {
                    card.iter().find_map(|l| l.split_once(':').filter(|(n, _)| n.starts_with(name)).map(|(_, v)| v))
                };
                let org = components(value("ORG").expect("ORG"));
                let mut unique = org.clone();
                unique.dedup();
                assert_eq!(org, unique, "{}: ORG repeats a name", office.id);
                assert!(value("TITLE").is_none(), "{}: an office has no title", office.id);
                let Some(adr) = value("ADR") else {
                    assert!(office.address.is_none() && office.city.is_none(), "{}: no ADR", office.id);
                    continue;
                };
                let adr = components(adr);
                assert_eq!(adr.len(), 7, "{}: ADR has seven components", office.id);
                let city = office.city.as_ref().map(|c| c.get(locale).to_string()).unwrap_or_default();
                assert_eq!(adr[3], city, "{}: the city is the locality", office.id);
                let street = office
                    .address
                    .as_ref()
                    .map(|a| a.street.iter().map(|l| l.get(locale)).collect::<Vec<_>>().join(","));
                assert_eq!(adr[2], street.unwrap_or_default(), "{}: the street lines, nothing else", office.id);
                assert!(city.is_empty() || !adr[2].contains(&city), "{}: the city is not in the street", office.id);
                let postal = office.address.as_ref().and_then(|a| a.postal_code.clone()).unwrap_or_default();
                assert_eq!(adr[5], postal, "{}: the postal code", office.id);
            }
        }
    }

    #[test]
    fn cyrillic_survives_folding() {
        let ds = ds();
        let all: Vec<&Office> = ds.offices.iter().collect();
        let text = offices_vcards(&ds, &all, Locale::Ru);
        let cards = parse_vcards(&text);
        assert_eq!(cards.len(), ds.offices.len());
        let unfolded = text.replace("\r\n ", "");
        assert!(
            unfolded.contains(
                ";;бульвар Эркиндик\\, 21,бизнес-центр «Орион»,5-й этаж;Бишкек;;720040;Кыргызская Республика"
            ),
            "{unfolded}"
        );
        assert!(unfolded.contains("FN:Представительство Европейского союза в Кыргызской Республике"));
        assert!(!unfolded.contains("KIND:individual"), "people are never contact cards");
    }

    #[test]
    fn tel_uris() {
        assert_eq!(tel_uri("+996 312 26 10 00").as_deref(), Some("tel:+996312261000"));
        assert_eq!(tel_uri("12 34"), None);
        assert_eq!(mailto("bomca@icmpd.org"), "mailto:bomca@icmpd.org");
    }
}
