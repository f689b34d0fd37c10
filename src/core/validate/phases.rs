//! Phases: dates in order, durations, extensions, budgets, partners, countries.
use super::checker::Checker;
use super::formats::is_after;
use crate::core::query;

pub(super) fn check(c: &mut Checker) {
    let ds = c.ds;
    for ph in &ds.phases {
        let what = format!("phase {}", ph.number);
        c.text(&format!("{what} title"), &ph.title);
        for (label, fact) in [
            ("planned start", &ph.planned_start),
            ("actual start", &ph.actual_start),
            ("planned end", &ph.planned_end),
            ("actual end", &ph.actual_end),
        ] {
            if let Some(f) = fact {
                c.fact(&format!("{what} {label}"), f);
            }
        }
        let start = query::start(ph);
        let planned_end = ph.planned_end.as_ref().map(|f| f.value);
        c.ordered(
            &format!("{what} planned start and planned end"),
            ph.planned_start.as_ref().map(|f| f.value),
            planned_end,
        );
        c.ordered(&format!("{what} start and planned end"), start, planned_end);
        c.ordered(&format!("{what} start and actual end"), start, ph.actual_end.as_ref().map(|f| f.value));
        if let Some(d) = &ph.duration_months {
            c.fact(&format!("{what} duration"), d);
            if d.value == 0 {
                c.report(format!("{what} has a duration of 0 months"));
            }
            if let (Some(s), Some(e)) = (start, planned_end) {
                let months = query::months_between(s, e).unwrap_or(0);
                if months.abs_diff(d.value) > 1 {
                    c.report(format!(
                        "{what}: duration {} months disagrees with {s} to {e} ({months} months)",
                        d.value
                    ));
                }
            }
        }
        let mut previous_end = planned_end;
        for e in &ph.extensions {
            let ext = format!("{what} extension '{}'", e.id);
            c.cited(&ext, &e.sources);
            c.text(&format!("{ext} note"), &e.note);
            if let Some(prev) = previous_end {
                if !is_after(e.new_end, prev) {
                    c.report(format!("{ext} after the previous end: {} is not after {prev}", e.new_end));
                }
            }
            c.ordered(&format!("{ext} after the start"), start, Some(e.new_end));
            c.ordered(&format!("{ext} decided before its new end"), e.decided, Some(e.new_end));
            c.ordered(&format!("{ext} decided after the start"), start, e.decided);
            if let Some(m) = &e.added {
                c.money(&ext, m);
            }
            previous_end = Some(e.new_end);
        }
        for b in &ph.budgets {
            c.fact(&format!("{what} budget"), &b.amount);
            c.text(&format!("{what} budget label"), &b.label);
            c.money(&format!("{what} budget"), &b.amount.value);
            for alt in &b.amount.alternatives {
                c.money(&format!("{what} budget alternative"), &alt.value);
            }
        }
        if let Some(lead) = &ph.lead {
            c.fact(&format!("{what} lead"), lead);
            c.org(&format!("{what} lead"), &lead.value);
            for alt in &lead.alternatives {
                c.org(&format!("{what} lead alternative"), &alt.value);
            }
        }
        for x in &ph.partners {
            c.cited(&format!("{what} partner '{}'", x.organisation), &x.sources);
            c.org(&format!("{what} partner"), &x.organisation);
            if let Some(n) = x.component {
                if !ds.components.iter().any(|k| k.phase == ph.number && k.number == n) {
                    c.report(format!("{what} partner '{}' refers to unknown component {n}", x.organisation));
                }
            }
        }
        for (label, fact) in [
            ("overall objective", &ph.overall_objective),
            ("target groups", &ph.target_groups),
            ("final beneficiaries", &ph.final_beneficiaries),
            ("summary", &ph.summary),
        ] {
            if let Some(f) = fact {
                c.text_fact(&format!("{what} {label}"), f);
            }
        }
        if let Some(countries) = &ph.countries {
            c.countries(&format!("{what} countries"), countries);
        }
        if let Some(sectors) = &ph.dac_sectors {
            c.fact(&format!("{what} DAC sectors"), sectors);
            for code in std::iter::once(&sectors.value).chain(sectors.alternatives.iter().map(|a| &a.value)).flatten() {
                if code.len() != 5 || !code.chars().all(|ch| ch.is_ascii_digit()) {
                    c.report(format!("{what} has a malformed DAC sector code '{code}'"));
                }
            }
        }
        for id in &ph.identifiers {
            c.fact(&format!("{what} identifier"), id);
            if id.value.trim().is_empty() {
                c.report(format!("{what} has an empty identifier"));
            }
        }
    }
}
