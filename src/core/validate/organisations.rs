//! Organisations and themes.
use super::checker::Checker;
use super::formats::is_url;

pub(super) fn check(c: &mut Checker) {
    let ds = c.ds;
    for o in &ds.organisations {
        let what = format!("organisation '{}'", o.id);
        c.text(&format!("{what} name"), &o.name);
        if let Some(short) = &o.short_name {
            c.text(&format!("{what} short name"), short);
        }
        c.cited(&what, &o.sources);
        if let Some(w) = &o.website {
            if !is_url(w) {
                c.report(format!("{what} has a malformed website '{w}'"));
            }
        }
        if let Some(code) = &o.country {
            c.country(&what, code);
        }
    }
    for t in &ds.themes {
        c.text(&format!("theme '{}' name", t.id), &t.name);
        c.text(&format!("theme '{}' description", t.id), &t.description);
        if let Some(code) = &t.dac_sector {
            if code.len() != 5 || !code.chars().all(|ch| ch.is_ascii_digit()) {
                c.report(format!("theme '{}' has a malformed DAC sector code '{code}'", t.id));
            }
        }
    }
}
