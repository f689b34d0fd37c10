//! The checker the entity checks share: it holds the dataset and the known sources, and collects
//! the problems in words.
use std::collections::HashSet;

use super::formats::is_after;
use super::Problem;
use super::COUNTRY_CODES;
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Fact, Money, PartialDate, Text};
use crate::core::query;

pub(super) struct Checker<'a> {
    pub(super) ds: &'a Dataset,
    pub(super) sources: HashSet<&'a str>,
    pub(super) problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    pub(super) fn report(&mut self, message: String) {
        self.problems.push(Problem(message));
    }

    pub(super) fn cited(&mut self, what: &str, sources: &[String]) {
        if sources.is_empty() {
            self.report(format!("{what} cites no source"));
        }
        for id in sources {
            if !self.sources.contains(id.as_str()) {
                self.report(format!("{what} cites unknown source '{id}'"));
            }
        }
        let mut seen = HashSet::new();
        for id in sources {
            if !seen.insert(id) {
                self.report(format!("{what} cites source '{id}' twice"));
            }
        }
    }

    pub(super) fn fact<T>(&mut self, what: &str, fact: &Fact<T>) {
        self.cited(what, &fact.sources);
        if let Some(note) = &fact.note {
            self.text(&format!("{what} note"), note);
        }
        for (i, alt) in fact.alternatives.iter().enumerate() {
            self.cited(&format!("{what} alternative {}", i + 1), &alt.sources);
            self.text(&format!("{what} alternative {} note", i + 1), &alt.note);
        }
    }

    pub(super) fn text_fact(&mut self, what: &str, fact: &Fact<Text>) {
        self.fact(what, fact);
        self.text(what, &fact.value);
        for (i, alt) in fact.alternatives.iter().enumerate() {
            self.text(&format!("{what} alternative {}", i + 1), &alt.value);
        }
    }

    pub(super) fn text(&mut self, what: &str, text: &Text) {
        for locale in Locale::ALL {
            if !text.has(locale) {
                self.report(format!("{what} has no {} text", locale.code()));
            }
        }
        for key in text.languages() {
            if Locale::from_code(key).is_none() {
                self.report(format!("{what} has a text in an unknown language '{key}'"));
            }
        }
    }

    pub(super) fn org(&mut self, what: &str, id: &str) {
        if query::organisation(self.ds, id).is_none() {
            self.report(format!("{what} refers to unknown organisation '{id}'"));
        }
    }

    pub(super) fn phase(&mut self, what: &str, n: u8) {
        if query::phase(self.ds, n).is_none() {
            self.report(format!("{what} refers to unknown phase {n}"));
        }
    }

    pub(super) fn country(&mut self, what: &str, code: &str) {
        if !COUNTRY_CODES.contains(&code) {
            self.report(format!("{what} has an unknown country code '{code}'"));
        }
    }

    /// A country page's country: one of the programme's beneficiary countries.
    pub(super) fn beneficiary(&mut self, what: &str, code: &str) {
        if !self.ds.programme.countries.value.iter().any(|c| c == code) {
            self.report(format!("{what} names '{code}', which is not one of the programme's countries"));
        }
    }

    pub(super) fn countries(&mut self, what: &str, fact: &Fact<Vec<String>>) {
        self.fact(what, fact);
        for list in std::iter::once(&fact.value).chain(fact.alternatives.iter().map(|a| &a.value)) {
            if list.is_empty() {
                self.report(format!("{what} lists no country"));
            }
            for code in list {
                self.country(what, code);
            }
        }
    }

    pub(super) fn money(&mut self, what: &str, m: &Money) {
        if !(m.amount.is_finite() && m.amount > 0.0) {
            self.report(format!("{what} has an amount that is not positive"));
        }
        if !(m.currency.len() == 3 && m.currency.chars().all(|c| c.is_ascii_uppercase())) {
            self.report(format!("{what} has a malformed currency code '{}'", m.currency));
        }
    }

    pub(super) fn unique<'b>(&mut self, kind: &str, ids: impl Iterator<Item = &'b str>) {
        let mut seen = HashSet::new();
        for id in ids {
            if id.trim().is_empty() {
                self.report(format!("a {kind} has an empty id"));
            } else if !seen.insert(id) {
                self.report(format!("{kind} id '{id}' is not unique"));
            }
        }
    }

    /// `from` must not be after `to` (compared at the precision both give).
    pub(super) fn ordered(&mut self, what: &str, from: Option<PartialDate>, to: Option<PartialDate>) {
        if let (Some(a), Some(b)) = (from, to) {
            if is_after(a, b) {
                self.report(format!("{what}: {a} is after {b}"));
            }
        }
    }
}
