//! Loading the dataset: parsing with messages in plain words, and integrity checks (ids, references,
//! dates, contacts, citations) that the tests hold the real file to.
use std::collections::HashSet;
use std::fmt;

use super::locale::Locale;
use super::model::{Dataset, Fact, PartialDate, Text};
use super::query;

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Not JSON at all (truncated download, an HTML error page...).
    Syntax { line: usize, column: usize },
    /// JSON, but not the shape of the dataset.
    Shape(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Syntax { line, column } => {
                write!(f, "the data file is not valid JSON (line {line}, column {column})")
            }
            LoadError::Shape(detail) => write!(f, "the data file has an unexpected shape: {detail}"),
        }
    }
}

impl std::error::Error for LoadError {}

pub fn parse(json: &str) -> Result<Dataset, LoadError> {
    serde_json::from_str(json).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => LoadError::Shape(strip_position(&e.to_string())),
        _ => LoadError::Syntax { line: e.line(), column: e.column() },
    })
}

fn strip_position(message: &str) -> String {
    message.split(" at line ").next().unwrap_or(message).to_string()
}

/// One integrity problem, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem(pub String);

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

struct Checker<'a> {
    ds: &'a Dataset,
    sources: HashSet<&'a str>,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, message: String) {
        self.problems.push(Problem(message));
    }

    fn cited(&mut self, what: &str, sources: &[String]) {
        if sources.is_empty() {
            self.report(format!("{what} cites no source"));
        }
        for id in sources {
            if !self.sources.contains(id.as_str()) {
                self.report(format!("{what} cites unknown source '{id}'"));
            }
        }
    }

    fn fact<T>(&mut self, what: &str, fact: &Fact<T>) {
        self.cited(what, &fact.sources);
        if let Some(note) = &fact.note {
            self.text(&format!("{what} note"), note);
        }
        for (i, alt) in fact.alternatives.iter().enumerate() {
            self.cited(&format!("{what} alternative {}", i + 1), &alt.sources);
            self.text(&format!("{what} alternative {} note", i + 1), &alt.note);
        }
    }

    fn text(&mut self, what: &str, text: &Text) {
        for locale in Locale::ALL {
            if !text.has(locale) {
                self.report(format!("{what} has no {} text", locale.code()));
            }
        }
    }

    fn org(&mut self, what: &str, id: &str) {
        if query::organisation(self.ds, id).is_none() {
            self.report(format!("{what} refers to unknown organisation '{id}'"));
        }
    }

    fn phase(&mut self, what: &str, n: u8) {
        if query::phase(self.ds, n).is_none() {
            self.report(format!("{what} refers to unknown phase {n}"));
        }
    }

    fn unique<'b>(&mut self, kind: &str, ids: impl Iterator<Item = &'b str>) {
        let mut seen = HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.report(format!("{kind} id '{id}' is not unique"));
            }
        }
    }

    fn ordered(&mut self, what: &str, from: Option<PartialDate>, to: Option<PartialDate>) {
        if let (Some(a), Some(b)) = (from, to) {
            if a > b {
                self.report(format!("{what}: {a} is after {b}"));
            }
        }
    }
}

pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c))
}

/// International format as published: "+", then digits in groups separated by single spaces.
pub fn is_phone(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('+') else { return false };
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    (8..=15).contains(&digits) && rest.split(' ').all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
}

pub fn is_url(s: &str) -> bool {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split('/').next().unwrap_or("");
        host.contains('.') && !r.chars().any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
    })
}

const COUNTRY_CODES: &[&str] = &["KZ", "KG", "TJ", "TM", "UZ", "AF", "LV", "LT", "HU", "IT", "PL", "PT", "AT", "BE"];

/// Every integrity problem of the dataset; empty for a sound file.
pub fn validate(ds: &Dataset) -> Vec<Problem> {
    let mut c = Checker { ds, sources: ds.sources.iter().map(|s| s.id.as_str()).collect(), problems: Vec::new() };

    c.unique("source", ds.sources.iter().map(|s| s.id.as_str()));
    c.unique("organisation", ds.organisations.iter().map(|o| o.id.as_str()));
    c.unique("theme", ds.themes.iter().map(|t| t.id.as_str()));
    c.unique("component", ds.components.iter().map(|x| x.id.as_str()));
    c.unique("office", ds.offices.iter().map(|o| o.id.as_str()));
    c.unique("event", ds.events.iter().map(|e| e.id.as_str()));
    c.unique("quote", ds.quotes.iter().map(|q| q.id.as_str()));
    let figure_ids: Vec<&str> = ds
        .programme
        .figures
        .iter()
        .chain(ds.phases.iter().flat_map(|p| p.figures.iter()))
        .map(|f| f.id.as_str())
        .collect();
    c.unique("figure", figure_ids.into_iter());
    let numbers: Vec<u8> = query::phase_numbers(ds);
    if numbers != (1..=numbers.len() as u8).collect::<Vec<_>>() || numbers.len() != ds.phases.len() {
        c.report(format!("phases must be numbered 1 to n, each once; found {numbers:?}"));
    }

    for s in &ds.sources {
        c.text(&format!("source '{}' title", s.id), &s.title);
        c.text(&format!("source '{}' publisher", s.id), &s.publisher);
        if let Some(url) = &s.url {
            if !is_url(url) {
                c.report(format!("source '{}' has a malformed URL '{url}'", s.id));
            }
        }
    }
    for o in &ds.organisations {
        c.text(&format!("organisation '{}' name", o.id), &o.name);
        c.cited(&format!("organisation '{}'", o.id), &o.sources);
        if let Some(w) = &o.website {
            if !is_url(w) {
                c.report(format!("organisation '{}' has a malformed website '{w}'", o.id));
            }
        }
        if let Some(code) = &o.country {
            if !COUNTRY_CODES.contains(&code.as_str()) {
                c.report(format!("organisation '{}' has an unknown country code '{code}'", o.id));
            }
        }
    }
    for t in &ds.themes {
        c.text(&format!("theme '{}' name", t.id), &t.name);
        c.text(&format!("theme '{}' description", t.id), &t.description);
    }

    let p = &ds.programme;
    c.text("programme name", &p.name);
    c.fact("programme start year", &p.start_year);
    c.fact("programme donor", &p.donor);
    c.org("programme donor", &p.donor.value);
    c.fact("programme summary", &p.summary);
    c.text("programme summary", &p.summary.value);
    c.fact("programme countries", &p.countries);
    for era in &p.objectives {
        c.fact("programme objective", &era.objective);
        c.text("programme objective", &era.objective.value);
        for &n in &era.phases {
            c.phase("programme objective", n);
        }
    }
    for f in p.figures.iter().chain(ds.phases.iter().flat_map(|ph| ph.figures.iter())) {
        c.fact(&format!("figure '{}'", f.id), &f.value);
        c.text(&format!("figure '{}' label", f.id), &f.label);
        c.ordered(&format!("figure '{}' period", f.id), f.period_start, f.period_end);
    }

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
        c.ordered(&format!("{what} start and planned end"), start, ph.planned_end.as_ref().map(|f| f.value));
        c.ordered(&format!("{what} start and actual end"), start, ph.actual_end.as_ref().map(|f| f.value));
        if let Some(d) = &ph.duration_months {
            c.fact(&format!("{what} duration"), d);
            if let (Some(s), Some(e)) = (start, ph.planned_end.as_ref().map(|f| f.value)) {
                let months = query::months_between(s, e).unwrap_or(0);
                if months.abs_diff(d.value) > 1 {
                    c.report(format!("{what}: duration {} months disagrees with {s} to {e} ({months} months)", d.value));
                }
            }
        }
        let mut previous_end = ph.planned_end.as_ref().map(|f| f.value);
        for e in &ph.extensions {
            c.cited(&format!("{what} extension '{}'", e.id), &e.sources);
            c.text(&format!("{what} extension '{}' note", e.id), &e.note);
            c.ordered(&format!("{what} extension '{}' after the previous end", e.id), previous_end, Some(e.new_end));
            c.ordered(&format!("{what} extension '{}' after the start", e.id), start, Some(e.new_end));
            previous_end = Some(e.new_end);
        }
        for b in &ph.budgets {
            c.fact(&format!("{what} budget"), &b.amount);
            c.text(&format!("{what} budget label"), &b.label);
            if b.amount.value.amount <= 0.0 {
                c.report(format!("{what} has a budget that is not positive"));
            }
        }
        if let Some(lead) = &ph.lead {
            c.fact(&format!("{what} lead"), lead);
            c.org(&format!("{what} lead"), &lead.value);
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
                c.fact(&format!("{what} {label}"), f);
                c.text(&format!("{what} {label}"), &f.value);
            }
        }
        if let Some(countries) = &ph.countries {
            c.fact(&format!("{what} countries"), countries);
        }
        for id in &ph.identifiers {
            c.fact(&format!("{what} identifier"), id);
        }
    }

    for k in &ds.components {
        let what = format!("component '{}'", k.id);
        c.phase(&what, k.phase);
        c.cited(&what, &k.sources);
        c.text(&format!("{what} title"), &k.title);
        for text in [&k.specific_objective, &k.expected_results, &k.description].into_iter().flatten() {
            c.text(&what, text);
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

    for o in &ds.offices {
        let what = format!("office '{}'", o.id);
        c.cited(&what, &o.sources);
        c.text(&format!("{what} name"), &o.name);
        for &n in &o.phases {
            c.phase(&what, n);
        }
        if let Some(org) = &o.organisation {
            c.org(&what, org);
        }
        for email in o.email.iter().chain(o.person.as_ref().and_then(|p| p.email.as_ref())) {
            if !is_email(email) {
                c.report(format!("{what} has a malformed e-mail '{email}'"));
            }
        }
        for phone in o.phone.iter().chain(o.fax.iter()) {
            if !is_phone(phone) {
                c.report(format!("{what} has a malformed phone number '{phone}'"));
            }
        }
        for url in o.website.iter().chain(o.social.iter().map(|s| &s.url)) {
            if !is_url(url) {
                c.report(format!("{what} has a malformed URL '{url}'"));
            }
        }
        if let Some(person) = &o.person {
            c.text(&format!("{what} person"), &person.name);
            c.text(&format!("{what} person role"), &person.role);
        }
    }
    for e in &ds.events {
        let what = format!("event '{}'", e.id);
        c.cited(&what, &e.sources);
        c.text(&format!("{what} title"), &e.title);
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
        if let Some(n) = q.phase {
            c.phase(&what, n);
        }
    }
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;

    const REAL: &str = include_str!("../../public/data/bomca.json");

    fn mutated(change: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
        let mut json: serde_json::Value = serde_json::from_str(REAL).unwrap();
        change(&mut json);
        let ds = parse(&json.to_string()).expect("still the right shape");
        validate(&ds).into_iter().map(|p| p.0).collect()
    }

    fn has(problems: &[String], needle: &str) -> bool {
        problems.iter().any(|p| p.contains(needle))
    }

    #[test]
    fn the_real_file_is_sound() {
        let ds = parse(REAL).expect("parses");
        let problems = validate(&ds);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn syntax_and_shape_errors_read_as_words() {
        let e = parse("{\"meta\": ").unwrap_err();
        assert!(matches!(e, LoadError::Syntax { line: 1, .. }), "{e:?}");
        assert!(e.to_string().starts_with("the data file is not valid JSON (line 1"));
        let e = parse("<!DOCTYPE html><html>").unwrap_err();
        assert!(e.to_string().contains("not valid JSON"));
        let e = parse("{}").unwrap_err();
        assert_eq!(e.to_string(), "the data file has an unexpected shape: missing field `meta`");
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let p = mutated(|j| {
            let first = j["events"][0].clone();
            j["events"].as_array_mut().unwrap().push(first);
        });
        assert!(has(&p, "event id 'ev-2004-tm' is not unique"), "{p:?}");
    }

    #[test]
    fn unknown_references_are_reported() {
        let p = mutated(|j| {
            j["components"][0]["themes"][0] = "nope".into();
            j["components"][1]["phase"] = 42.into();
            j["phases"][10]["lead"]["value"] = "org-nobody".into();
            j["offices"][0]["sources"][0] = "missing-source".into();
        });
        assert!(has(&p, "unknown theme 'nope'"), "{p:?}");
        assert!(has(&p, "unknown phase 42"), "{p:?}");
        assert!(has(&p, "unknown organisation 'org-nobody'"), "{p:?}");
        assert!(has(&p, "unknown source 'missing-source'"), "{p:?}");
    }

    #[test]
    fn missing_translation_and_citation_are_reported() {
        let p = mutated(|j| {
            j["themes"][0]["name"].as_object_mut().unwrap().remove("ru");
            j["events"][3]["sources"] = serde_json::json!([]);
        });
        assert!(has(&p, "theme 'ibm-institutional' name has no ru text"), "{p:?}");
        assert!(has(&p, "cites no source"), "{p:?}");
    }

    #[test]
    fn disordered_dates_and_wrong_durations_are_reported() {
        let p = mutated(|j| {
            let p10 = &mut j["phases"][9];
            p10["duration_months"]["value"] = 40.into();
            let p9 = &mut j["phases"][8];
            p9["extensions"][1]["new_end"] = "2019-01-01".into();
        });
        assert!(has(&p, "phase 10: duration 40 months disagrees"), "{p:?}");
        assert!(has(&p, "extension 'bomca-9-ext-2' after the previous end"), "{p:?}");
    }

    #[test]
    fn malformed_contacts_are_reported() {
        let p = mutated(|j| {
            let office = j["offices"].as_array_mut().unwrap().iter_mut().find(|o| o["phone"].is_string()).unwrap();
            office["phone"] = "call us".into();
            office["email"] = "not-an-address".into();
            office["website"] = "www.example.org".into();
        });
        assert!(has(&p, "malformed phone number 'call us'"), "{p:?}");
        assert!(has(&p, "malformed e-mail 'not-an-address'"), "{p:?}");
        assert!(has(&p, "malformed URL 'www.example.org'"), "{p:?}");
    }

    #[test]
    fn impossible_dates_do_not_parse() {
        let e = parse(&REAL.replacen("\"2021-04-01\"", "\"2021-02-30\"", 1)).unwrap_err();
        assert!(e.to_string().contains("not a real day"), "{e}");
    }

    #[test]
    fn contact_formats() {
        assert!(is_phone("+996 312 26 10 00"));
        assert!(!is_phone("0312 26 10 00"));
        assert!(!is_phone("+996  312"));
        assert!(is_email("bomca@icmpd.org"));
        assert!(!is_email("bomca@icmpd"));
        assert!(is_url("https://www.bomca-eu.org"));
        assert!(!is_url("javascript:alert(1)"));
    }
}
