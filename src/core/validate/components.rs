//! Components: phase, themes, partners, texts.
use super::checker::Checker;

pub(super) fn check(c: &mut Checker) {
    let ds = c.ds;
    for k in &ds.components {
        let what = format!("component '{}'", k.id);
        c.phase(&what, k.phase);
        c.cited(&what, &k.sources);
        c.text(&format!("{what} title"), &k.title);
        for (label, text) in [
            ("specific objective", &k.specific_objective),
            ("expected results", &k.expected_results),
            ("description", &k.description),
        ] {
            if let Some(text) = text {
                c.text(&format!("{what} {label}"), text);
            }
        }
        if let Some(org) = &k.responsible_partner {
            c.org(&what, org);
        }
        for t in &k.themes {
            if !ds.themes.iter().any(|x| &x.id == t) {
                c.report(format!("{what} refers to unknown theme '{t}'"));
            }
        }
    }
}
