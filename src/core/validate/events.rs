//! Events and quotes; the countries of components.
use super::checker::Checker;
use crate::core::locale::Locale;

pub(super) fn check(c: &mut Checker) {
    let ds = c.ds;
    for e in &ds.events {
        let what = format!("event '{}'", e.id);
        c.cited(&what, &e.sources);
        c.text(&format!("{what} title"), &e.title);
        if let Some(place) = &e.place {
            c.text(&format!("{what} place"), place);
        }
        if let Some(summary) = &e.summary {
            c.text(&format!("{what} summary"), summary);
        }
        if let Some(code) = &e.country {
            c.country(&what, code);
        }
        c.ordered(&what, Some(e.date), e.end_date);
        if let Some(n) = e.phase {
            c.phase(&what, n);
        }
    }
    for q in &ds.quotes {
        let what = format!("quote '{}'", q.id);
        c.cited(&what, &q.sources);
        c.text(&format!("{what} text"), &q.text);
        c.text(&format!("{what} role"), &q.role);
        if let Some(speaker) = &q.speaker {
            c.text(&format!("{what} speaker"), speaker);
        }
        if Locale::from_code(&q.original_language).is_none() {
            c.report(format!("{what} has an unknown original language '{}'", q.original_language));
        }
        if let Some(n) = q.phase {
            c.phase(&what, n);
        }
        if let Some(code) = &q.country {
            c.beneficiary(&what, code);
        }
    }
    for k in &ds.components {
        for code in &k.countries {
            c.beneficiary(&format!("component '{}'", k.id), code);
        }
    }
}
