//! The programme: acronym, country starts, objectives, figures.
use std::collections::HashSet;

use super::checker::Checker;

pub(super) fn check(c: &mut Checker) {
    let ds = c.ds;
    let p = &ds.programme;
    c.text("programme name", &p.name);
    if p.acronym.trim().is_empty() {
        c.report("programme acronym is empty".into());
    }
    c.fact("programme start year", &p.start_year);
    c.fact("programme donor", &p.donor);
    c.org("programme donor", &p.donor.value);
    c.text_fact("programme summary", &p.summary);
    c.countries("programme countries", &p.countries);
    let mut started = HashSet::new();
    for s in &p.country_starts {
        let what = format!("programme start in '{}'", s.country);
        c.beneficiary(&what, &s.country);
        c.fact(&what, &s.start);
        if !started.insert(s.country.as_str()) {
            c.report(format!("{what} is given twice"));
        }
    }
    for era in &p.objectives {
        c.text_fact("programme objective", &era.objective);
        if era.phases.is_empty() {
            c.report("a programme objective names no phase".into());
        }
        for &n in &era.phases {
            c.phase("programme objective", n);
        }
    }
    for f in p.figures.iter().chain(ds.phases.iter().flat_map(|ph| ph.figures.iter())) {
        let what = format!("figure '{}'", f.id);
        c.fact(&what, &f.value);
        c.text(&format!("{what} label"), &f.label);
        c.ordered(&format!("{what} period"), f.period_start, f.period_end);
        if let Some(code) = &f.country {
            c.beneficiary(&what, code);
        }
        for v in std::iter::once(f.value.value).chain(f.value.alternatives.iter().map(|a| a.value)) {
            if !(v.is_finite() && v >= 0.0) {
                c.report(format!("{what} has a value that is not a positive number"));
            }
        }
    }
}
