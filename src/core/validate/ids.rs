//! Ids unique, phases numbered 1 to n, components numbered once per phase.
use std::collections::HashSet;

use super::checker::Checker;
use crate::core::query;

pub(super) fn check(c: &mut Checker) {
    let ds = c.ds;
    c.unique("source", ds.sources.iter().map(|s| s.id.as_str()));
    c.unique("organisation", ds.organisations.iter().map(|o| o.id.as_str()));
    c.unique("theme", ds.themes.iter().map(|t| t.id.as_str()));
    c.unique("component", ds.components.iter().map(|x| x.id.as_str()));
    c.unique("office", ds.offices.iter().map(|o| o.id.as_str()));
    c.unique("event", ds.events.iter().map(|e| e.id.as_str()));
    c.unique("quote", ds.quotes.iter().map(|q| q.id.as_str()));
    c.unique("extension", ds.phases.iter().flat_map(|p| p.extensions.iter()).map(|e| e.id.as_str()));
    let figure_ids: Vec<&str> = ds
        .programme
        .figures
        .iter()
        .chain(ds.phases.iter().flat_map(|p| p.figures.iter()))
        .map(|f| f.id.as_str())
        .collect();
    c.unique("figure", figure_ids.into_iter());
    let numbers = query::phase_numbers(ds);
    let mut seen = HashSet::new();
    for &n in &numbers {
        if !seen.insert(n) {
            c.report(format!("phase {n} appears more than once"));
        }
    }
    let last = numbers.last().copied().unwrap_or(0);
    for n in 1..=last {
        if !seen.contains(&n) {
            c.report(format!("phase {n} is missing: phases must be numbered 1 to {last} without gaps"));
        }
    }
    if numbers.is_empty() {
        c.report("the dataset has no phases".into());
    }
    let mut component_numbers = HashSet::new();
    for k in &ds.components {
        if !component_numbers.insert((k.phase, k.number)) {
            c.report(format!("phase {} has two components numbered {}", k.phase, k.number));
        }
    }
}
