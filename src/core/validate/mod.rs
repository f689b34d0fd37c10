//! Integrity checks (ids, references, texts, dates, contacts, citations) that the tests hold the real
//! file to: one check per kind of entity. `validate` lists every problem but never stops the app
//! from showing the data.
mod checker;
mod components;
mod events;
mod formats;
mod ids;
mod meta;
mod offices;
mod organisations;
mod people;
mod phases;
mod programme;
mod sources;
#[cfg(test)]
mod tests;

use std::fmt;

use crate::core::model::Dataset;
use checker::Checker;

/// One integrity problem, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem(pub String);

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// ISO 3166-1 alpha-2 codes the dataset may use: the five beneficiary countries, Afghanistan, and the
/// home countries of partner organisations and event venues.
pub const COUNTRY_CODES: &[&str] =
    &["KZ", "KG", "TJ", "TM", "UZ", "AF", "LV", "LT", "HU", "IT", "PL", "PT", "AT", "BE"];

/// Every integrity problem of the dataset; empty for a sound file.
pub fn validate(ds: &Dataset) -> Vec<Problem> {
    let mut c = Checker { ds, sources: ds.sources.iter().map(|s| s.id.as_str()).collect(), problems: Vec::new() };
    ids::check(&mut c);
    meta::check(&mut c);
    sources::check(&mut c);
    organisations::check(&mut c);
    programme::check(&mut c);
    phases::check(&mut c);
    components::check(&mut c);
    offices::check(&mut c);
    people::check(&mut c);
    events::check(&mut c);
    c.problems
}
