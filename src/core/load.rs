//! Loading the dataset: parsing with messages in plain words, and integrity checks (ids, references,
//! texts, dates, contacts, citations) that the tests hold the real file to.
//!
//! `parse` only rejects a file that is not JSON or not the dataset's shape; `validate` lists every
//! integrity problem but never stops the app from showing the data.
use std::collections::HashSet;
use std::fmt;

#[cfg(target_arch = "wasm32")]
use serde::Deserialize;

use super::locale::Locale;
use super::maps_only::MapsOnly;
use super::model::{Dataset, Fact, Money, PartialDate, SourceKind, Text};
use super::query;

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Not JSON at all (truncated download, an HTML error page...), with the parser's own words.
    Syntax(String),
    /// JSON, but not the shape of the dataset (a missing field, a wrong type, an unknown value).
    Shape(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Syntax(detail) => write!(f, "The data file is not valid JSON: {detail}"),
            LoadError::Shape(detail) => {
                write!(f, "The data file has an unexpected shape: {detail}")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Reads the dataset from its text. Integrity problems are left to [`validate`].
pub fn parse(json: &str) -> Result<Dataset, LoadError> {
    parse_bytes(json.as_bytes())
}

/// Reads the dataset from its bytes (as downloaded), naming the place of a shape error: natively its
/// path (`phases[3].status: unknown variant ...`), in the browser its line and column.
pub fn parse_bytes(json: &[u8]) -> Result<Dataset, LoadError> {
    // In the browser, serde_json's own position (line and column) marks the place: tracking the path
    // as well costs 9 KB of brotli wasm, and the pre-renderer has already read the same file with it.
    // Both read structs from objects only (`MapsOnly`), which keeps serde's unused array path out.
    #[cfg(target_arch = "wasm32")]
    {
        let mut deserializer = serde_json::Deserializer::from_slice(json);
        let read = Dataset::deserialize(MapsOnly(&mut deserializer));
        read.and_then(|dataset| deserializer.end().map(|()| dataset)).map_err(|e| match e.classify() {
            serde_json::error::Category::Data => LoadError::Shape(e.to_string()),
            _ => LoadError::Syntax(e.to_string()),
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let mut deserializer = serde_json::Deserializer::from_slice(json);
        let dataset = serde_path_to_error::deserialize(MapsOnly(&mut deserializer)).map_err(|e| {
            let place = e.path().to_string();
            let inner = e.into_inner();
            match inner.classify() {
                // The place in the data says more than a column of a one-line file.
                serde_json::error::Category::Data => {
                    let position = format!(" at line {} column {}", inner.line(), inner.column());
                    let message = inner.to_string();
                    let message = message.strip_suffix(&position).unwrap_or(&message);
                    LoadError::Shape(if place == "." { message.to_string() } else { format!("{place}: {message}") })
                }
                _ => LoadError::Syntax(inner.to_string()),
            }
        })?;
        // Anything after the dataset (two files glued together, a truncated rewrite) is a syntax error.
        deserializer.end().map_err(|e| LoadError::Syntax(e.to_string()))?;
        Ok(dataset)
    }
}

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
        let mut seen = HashSet::new();
        for id in sources {
            if !seen.insert(id) {
                self.report(format!("{what} cites source '{id}' twice"));
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

    fn text_fact(&mut self, what: &str, fact: &Fact<Text>) {
        self.fact(what, fact);
        self.text(what, &fact.value);
        for (i, alt) in fact.alternatives.iter().enumerate() {
            self.text(&format!("{what} alternative {}", i + 1), &alt.value);
        }
    }

    fn text(&mut self, what: &str, text: &Text) {
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

    fn country(&mut self, what: &str, code: &str) {
        if !COUNTRY_CODES.contains(&code) {
            self.report(format!("{what} has an unknown country code '{code}'"));
        }
    }

    /// A country page's country: one of the programme's beneficiary countries.
    fn beneficiary(&mut self, what: &str, code: &str) {
        if !self.ds.programme.countries.value.iter().any(|c| c == code) {
            self.report(format!("{what} names '{code}', which is not one of the programme's countries"));
        }
    }

    fn countries(&mut self, what: &str, fact: &Fact<Vec<String>>) {
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

    fn money(&mut self, what: &str, m: &Money) {
        if !(m.amount.is_finite() && m.amount > 0.0) {
            self.report(format!("{what} has an amount that is not positive"));
        }
        if !(m.currency.len() == 3 && m.currency.chars().all(|c| c.is_ascii_uppercase())) {
            self.report(format!("{what} has a malformed currency code '{}'", m.currency));
        }
    }

    fn unique<'b>(&mut self, kind: &str, ids: impl Iterator<Item = &'b str>) {
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
    fn ordered(&mut self, what: &str, from: Option<PartialDate>, to: Option<PartialDate>) {
        if let (Some(a), Some(b)) = (from, to) {
            if is_after(a, b) {
                self.report(format!("{what}: {a} is after {b}"));
            }
        }
    }
}

/// Whether `a` is certainly after `b`, comparing only as precisely as both dates go
/// (`2026` is neither before nor after `2026-02`).
pub fn is_after(a: PartialDate, b: PartialDate) -> bool {
    if a.year != b.year {
        return a.year > b.year;
    }
    match (a.month, b.month) {
        (Some(ma), Some(mb)) if ma != mb => ma > mb,
        (Some(_), Some(_)) => matches!((a.day, b.day), (Some(da), Some(db)) if da > db),
        _ => false,
    }
}

pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && domain.contains('.')
        && !domain.contains('@')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && s.chars().all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c))
}

/// International format as published: "+", then digits in groups separated by single spaces.
pub fn is_phone(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('+') else {
        return false;
    };
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    (8..=15).contains(&digits) && rest.split(' ').all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
}

/// A semantic version `major.minor.patch` as its three numbers (no leading zeros).
pub fn semver(s: &str) -> Option<(u32, u32, u32)> {
    let mut parts =
        s.split('.').map(|p| (!p.is_empty() && (p == "0" || !p.starts_with('0'))).then(|| p.parse().ok()).flatten());
    let v = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(v)
}

/// An absolute http(s) address with a dotted host and nothing that would need escaping.
pub fn is_url(s: &str) -> bool {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.')
            && !host.starts_with('.')
            && !host.ends_with('.')
            && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
            && !r.chars().any(|c| c.is_whitespace() || c.is_control() || "\"<>\\^`{|}".contains(c))
    })
}

/// A social-media handle as printed: "@" and letters, digits, "_" or ".".
pub fn is_handle(s: &str) -> bool {
    s.strip_prefix('@')
        .is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.'))
}

/// Every integrity problem of the dataset; empty for a sound file.
pub fn validate(ds: &Dataset) -> Vec<Problem> {
    let mut c = Checker { ds, sources: ds.sources.iter().map(|s| s.id.as_str()).collect(), problems: Vec::new() };

    // Ids.
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

    // Meta: the version is the changelog's newest entry, released on the date of the data.
    c.text("meta licence", &ds.meta.licence);
    c.text("meta note", &ds.meta.note);
    if !is_url(&ds.meta.licence_url) {
        c.report(format!("meta licence_url '{}' is malformed", ds.meta.licence_url));
    }
    let mut newer: Option<(u32, u32, u32)> = None;
    for change in &ds.meta.changes {
        c.text(&format!("change {}", change.version), &change.text);
        match semver(&change.version) {
            None => c.report(format!("change '{}' is not a version of the form 1.2.3", change.version)),
            Some(v) if newer.is_some_and(|n| v >= n) => {
                c.report(format!("change {} is not older than the one above it: newest first", change.version))
            }
            Some(v) => newer = Some(v),
        }
    }
    match ds.meta.changes.first() {
        None => c.report("meta changes is empty: the changelog needs this version".into()),
        Some(latest) if latest.version != ds.meta.version || latest.date != ds.meta.updated => c.report(format!(
            "the newest change ({} of {}) is not this version ({} of {})",
            latest.version, latest.date, ds.meta.version, ds.meta.updated
        )),
        Some(_) => {}
    }

    // Sources.
    for s in &ds.sources {
        c.text(&format!("source '{}' title", s.id), &s.title);
        c.text(&format!("source '{}' publisher", s.id), &s.publisher);
        if let Some(url) = &s.url {
            if !is_url(url) {
                c.report(format!("source '{}' has a malformed URL '{url}'", s.id));
            }
        }
        match (s.kind, &s.seed_file) {
            (SourceKind::Seed, None) => c.report(format!("seed source '{}' names no seed file", s.id)),
            (SourceKind::Seed, Some(f)) if !f.ends_with(".txt") || f.contains('/') => {
                c.report(format!("seed source '{}' has a malformed seed file name '{f}'", s.id))
            }
            (SourceKind::Web, Some(_)) => c.report(format!("web source '{}' names a seed file", s.id)),
            _ => {}
        }
    }

    // Organisations and themes.
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

    // Programme.
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

    // Phases.
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

    // Components.
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

    // Offices and contacts.
    for o in &ds.offices {
        let what = format!("office '{}'", o.id);
        c.cited(&what, &o.sources);
        c.text(&format!("{what} name"), &o.name);
        if let Some(city) = &o.city {
            c.text(&format!("{what} city"), city);
        }
        if let Some(address) = &o.address {
            for line in &address.street {
                c.text(&format!("{what} address"), line);
            }
            if let Some(country) = &address.country {
                c.text(&format!("{what} address country"), country);
            }
        }
        if let Some(code) = &o.country {
            c.country(&what, code);
        }
        for &n in &o.phases {
            c.phase(&what, n);
        }
        if let Some(org) = &o.organisation {
            c.org(&what, org);
        }
        if let Some(email) = &o.email {
            if !is_email(email) {
                c.report(format!("{what} has a malformed e-mail '{email}'"));
            }
            // Institutional addresses only: one that carries a named person's surname is personal.
            let local = email.split('@').next().unwrap_or("").to_lowercase();
            for p in &ds.people {
                let surname = p.name.get(Locale::En).split_whitespace().last().unwrap_or("").to_lowercase();
                if surname.len() > 2 && local.contains(&surname) {
                    c.report(format!("{what} has the personal e-mail '{email}' of {}", p.name.get(Locale::En)));
                }
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
        for s in &o.social {
            if s.network.trim().is_empty() {
                c.report(format!("{what} has a social link without a network name"));
            }
        }
        for h in &o.social_handles {
            if !is_handle(h) {
                c.report(format!("{what} has a malformed social handle '{h}'"));
            }
        }
    }

    // People: public roles only, cited, dated as published.
    c.unique("person", ds.people.iter().map(|p| p.id.as_str()));
    for p in &ds.people {
        let what = format!("person '{}'", p.id);
        c.cited(&what, &p.sources);
        c.text(&format!("{what} name"), &p.name);
        c.text(&format!("{what} role"), &p.role);
        if let Some(note) = &p.note {
            c.text(&format!("{what} note"), note);
        }
        if let Some(org) = &p.organisation {
            c.org(&what, org);
        }
        for &n in &p.phases {
            c.phase(&what, n);
        }
        c.ordered(&format!("{what} tenure"), p.from, p.to);
    }
    for s in &ds.sources {
        if let Some(note) = &s.date_note {
            c.text(&format!("source '{}' date note", s.id), note);
            if s.date.is_none() {
                c.report(format!("source '{}' has a date note but no date", s.id));
            }
        }
    }
    for q in &ds.quotes {
        if let Some(note) = &q.date_note {
            c.text(&format!("quote '{}' date note", q.id), note);
            if q.date.is_none() {
                c.report(format!("quote '{}' has a date note but no date", q.id));
            }
        }
    }

    // Events and quotes.
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
    c.problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    const REAL: &str = include_str!("../../public/data/bomca.json");

    /// The problems of the real file after `change`.
    fn mutated(change: impl FnOnce(&mut Value)) -> Vec<String> {
        let mut json: Value = serde_json::from_str(REAL).unwrap();
        change(&mut json);
        let ds = parse(&json.to_string()).expect("still the right shape");
        validate(&ds).into_iter().map(|p| p.0).collect()
    }

    fn by_id<'a>(list: &'a mut Value, id: &str) -> &'a mut Value {
        list.as_array_mut().unwrap().iter_mut().find(|x| x["id"] == id).unwrap_or_else(|| panic!("no entity '{id}'"))
    }

    fn phase(j: &mut Value, n: u64) -> &mut Value {
        j["phases"].as_array_mut().unwrap().iter_mut().find(|p| p["number"] == n).unwrap()
    }

    #[track_caller]
    fn expect(problems: &[String], needle: &str) {
        assert!(
            problems.iter().any(|p| p.contains(needle)),
            "expected a problem containing {needle:?} in {problems:#?}"
        );
    }

    #[test]
    fn the_real_file_is_sound() {
        let ds = parse(REAL).expect("parses");
        let problems = validate(&ds);
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(query::phase_numbers(&ds), (1..=11).collect::<Vec<u8>>());
    }

    #[test]
    fn syntax_errors_read_as_words() {
        let e = parse("{\"meta\": ").unwrap_err();
        assert_eq!(e, LoadError::Syntax("EOF while parsing a value at line 1 column 9".into()));
        let e = parse("{\n  \"meta\": {\n    x\n}").unwrap_err();
        assert_eq!(e.to_string(), "The data file is not valid JSON: key must be a string at line 3 column 5");
        let e = parse("<!DOCTYPE html><html>").unwrap_err();
        assert_eq!(e.to_string(), "The data file is not valid JSON: expected value at line 1 column 1");
        assert!(matches!(parse("").unwrap_err(), LoadError::Syntax(_)));
        let half = (0..=REAL.len() / 2).rev().find(|&i| REAL.is_char_boundary(i)).unwrap();
        let e = parse(&REAL[..half]).unwrap_err();
        assert!(e.to_string().starts_with("The data file is not valid JSON"), "a truncated download: {e}");
    }

    #[test]
    fn shape_errors_read_as_words() {
        let e = parse("{}").unwrap_err();
        assert_eq!(e.to_string(), "The data file has an unexpected shape: missing field `meta`");
        let mut json: Value = serde_json::from_str(REAL).unwrap();
        json.as_object_mut().unwrap().remove("phases");
        let e = parse(&json.to_string()).unwrap_err();
        assert_eq!(e, LoadError::Shape("missing field `phases`".into()));
        json["phases"] = json!("eleven");
        let e = parse(&json.to_string()).unwrap_err().to_string();
        assert_eq!(
            e,
            "The data file has an unexpected shape: phases: invalid type: string \"eleven\", expected a sequence"
        );
        // An array is not read as the fields in order (serde's default): the dataset is an object.
        let e = parse("[]").unwrap_err();
        assert_eq!(e, LoadError::Shape("invalid type: sequence, expected struct Dataset".into()));
        let e = parse(&REAL.replacen("\"status\": \"closed\"", "\"status\": \"finished\"", 1)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "The data file has an unexpected shape: phases[0].status: unknown variant `finished`, \
             expected one of `implementation`, `closed`, `unknown`"
        );
        let mut json: Value = serde_json::from_str(REAL).unwrap();
        json["phases"][2]["budget_eur"] = 1.into();
        let e = parse(&json.to_string()).unwrap_err().to_string();
        assert!(e.contains("phases[2].budget_eur: unknown field `budget_eur`, expected one of `number`"), "{e}");
    }

    #[test]
    fn impossible_dates_do_not_parse() {
        let e = parse(&REAL.replacen("\"2021-04-01\"", "\"2021-02-30\"", 1)).unwrap_err();
        assert!(e.to_string().contains("not a real day"), "{e}");
        let e = parse(&REAL.replacen("\"2021-04-01\"", "\"1 April 2021\"", 1)).unwrap_err();
        assert!(e.to_string().contains("YYYY, YYYY-MM or YYYY-MM-DD"), "{e}");
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let p = mutated(|j| {
            for list in ["sources", "organisations", "themes", "components", "offices", "events", "quotes"] {
                let first = j[list][0].clone();
                j[list].as_array_mut().unwrap().push(first);
            }
            let figure = phase(j, 9)["figures"][0].clone();
            phase(j, 10)["figures"].as_array_mut().unwrap().push(figure);
            let ext = phase(j, 9)["extensions"][0].clone();
            phase(j, 10)["extensions"].as_array_mut().unwrap().push(ext);
        });
        let j: Value = serde_json::from_str(REAL).unwrap();
        for (kind, list) in [
            ("source", "sources"),
            ("organisation", "organisations"),
            ("theme", "themes"),
            ("component", "components"),
            ("office", "offices"),
            ("event", "events"),
            ("quote", "quotes"),
        ] {
            expect(&p, &format!("{kind} id '{}' is not unique", j[list][0]["id"].as_str().unwrap()));
        }
        expect(&p, "figure id 'bomca-9-halfway-people' is not unique");
        expect(&p, "extension id 'bomca-9-ext-1' is not unique");
        expect(&p, "phase 7 has two components numbered 1");
    }

    #[test]
    fn phase_numbers_must_run_from_1_without_gaps() {
        let p = mutated(|j| {
            phase(j, 4)["number"] = 5.into();
        });
        expect(&p, "phase 5 appears more than once");
        expect(&p, "phase 4 is missing");
    }

    #[test]
    fn unknown_references_are_reported() {
        let p = mutated(|j| {
            by_id(&mut j["components"], "bomca-10-c2")["themes"][0] = "nope".into();
            by_id(&mut j["components"], "bomca-9-c1")["phase"] = 42.into();
            phase(j, 11)["lead"]["value"] = "org-nobody".into();
            phase(j, 10)["partners"][1]["organisation"] = "org-ghost".into();
            phase(j, 10)["partners"][2]["component"] = 7.into();
            by_id(&mut j["offices"], "office-secretariat-vienna")["sources"][0] = "missing-source".into();
            by_id(&mut j["offices"], "office-country-kz")["phases"] = json!([12]);
            by_id(&mut j["events"], "ev-2024-brussels")["phase"] = 13.into();
            j["quotes"][0]["phase"] = 14.into();
            j["programme"]["objectives"][0]["phases"] = json!([15]);
            j["programme"]["donor"]["value"] = "org-donor".into();
            by_id(&mut j["components"], "bomca-10-c1")["responsible_partner"] = "org-lost".into();
        });
        expect(&p, "unknown theme 'nope'");
        expect(&p, "component 'bomca-9-c1' refers to unknown phase 42");
        expect(&p, "phase 11 lead refers to unknown organisation 'org-nobody'");
        expect(&p, "unknown organisation 'org-ghost'");
        expect(&p, "refers to unknown component 7");
        expect(&p, "office 'office-secretariat-vienna' cites unknown source 'missing-source'");
        expect(&p, "office 'office-country-kz' refers to unknown phase 12");
        expect(&p, "event 'ev-2024-brussels' refers to unknown phase 13");
        expect(&p, "refers to unknown phase 14");
        expect(&p, "programme objective refers to unknown phase 15");
        expect(&p, "programme donor refers to unknown organisation 'org-donor'");
        expect(&p, "component 'bomca-10-c1' refers to unknown organisation 'org-lost'");
    }

    #[test]
    fn missing_translations_are_reported() {
        let p = mutated(|j| {
            by_id(&mut j["themes"], "ibm-institutional")["name"].as_object_mut().unwrap().remove("ru");
            by_id(&mut j["events"], "ev-2024-brussels")["summary"]["en"] = " ".into();
            by_id(&mut j["offices"], "office-eu-delegation-kg")["address"]["street"][0]
                .as_object_mut()
                .unwrap()
                .remove("ru");
            j["meta"]["note"]["ru"] = "".into();
            phase(j, 9)["overall_objective"]["value"]["de"] = "Ziel".into();
        });
        expect(&p, "theme 'ibm-institutional' name has no ru text");
        expect(&p, "event 'ev-2024-brussels' summary has no en text");
        expect(&p, "office 'office-eu-delegation-kg' address has no ru text");
        expect(&p, "meta note has no ru text");
        expect(&p, "phase 9 overall objective has a text in an unknown language 'de'");
    }

    #[test]
    fn a_version_out_of_step_with_the_changelog_is_reported() {
        let p = mutated(|j| {
            j["meta"]["version"] = "1.1.0".into();
            let first = j["meta"]["changes"][0].clone();
            let mut older = first.clone();
            older["version"] = "1.0.0".into();
            let mut bad = first;
            bad["version"] = "01.2".into();
            j["meta"]["changes"].as_array_mut().unwrap().extend([older, bad]);
            j["meta"]["licence_url"] = "creativecommons.org".into();
        });
        expect(&p, "the newest change (1.0.0 of 2026-12-02) is not this version (1.1.0 of 2026-12-02)");
        expect(&p, "change 1.0.0 is not older than the one above it");
        expect(&p, "change '01.2' is not a version of the form 1.2.3");
        expect(&p, "meta licence_url 'creativecommons.org' is malformed");
        assert_eq!(semver("1.10.0"), Some((1, 10, 0)));
        assert_eq!(semver("1.0"), None);
        assert_eq!(semver("1.0.0.0"), None);
    }

    #[test]
    fn missing_citations_are_reported() {
        let p = mutated(|j| {
            by_id(&mut j["events"], "ev-2024-brussels")["sources"] = json!([]);
            phase(j, 11)["budgets"][0]["amount"]["sources"] = json!([]);
            j["programme"]["figures"][0]["value"]["sources"] =
                json!(["seed-bomca9-page-2016", "seed-bomca9-page-2016"]);
            by_id(&mut j["organisations"], "org-icmpd")["sources"] = json!([]);
        });
        expect(&p, "event 'ev-2024-brussels' cites no source");
        expect(&p, "phase 11 budget cites no source");
        expect(&p, "cites source 'seed-bomca9-page-2016' twice");
        expect(&p, "organisation 'org-icmpd' cites no source");
    }

    #[test]
    fn disordered_dates_and_wrong_durations_are_reported() {
        let p = mutated(|j| {
            phase(j, 10)["duration_months"]["value"] = 40.into();
            phase(j, 9)["extensions"][1]["new_end"] = "2019-01-01".into();
            phase(j, 7)["actual_end"] = json!({"value": "2008", "sources": ["web-pdfslide-bomca7"]});
            by_id(&mut j["events"], "ev-2025-rsg4")["end_date"] = "2025-01-31".into();
            j["programme"]["figures"][1]["period_end"] = "2001".into();
        });
        expect(&p, "phase 10: duration 40 months disagrees with 2021-04-01 to 2025-09 (54 months)");
        expect(&p, "extension 'bomca-9-ext-2' after the previous end: 2019-01-01 is not after 2019-12-14");
        expect(&p, "phase 7 start and actual end: 2009-01-01 is after 2008");
        expect(&p, "event 'ev-2025-rsg4': 2025-02-20 is after 2025-01-31");
        expect(&p, "period: 2003 is after 2001");
    }

    #[test]
    fn an_extension_must_move_the_end_later() {
        let p = mutated(|j| {
            phase(j, 9)["extensions"][2]["new_end"] = "2020-04-30".into();
        });
        expect(&p, "extension 'bomca-9-ext-3' after the previous end: 2020-04-30 is not after 2020-04-30");
    }

    #[test]
    fn dates_of_different_precision_compare_fairly() {
        let d = |s: &str| PartialDate::parse(s).unwrap();
        assert!(!is_after(d("2026-02"), d("2026")));
        assert!(!is_after(d("2026"), d("2026-02")));
        assert!(is_after(d("2026-03"), d("2026-02-28")));
        assert!(!is_after(d("2025-09-05"), d("2025-09")));
        assert!(is_after(d("2020-09-30"), d("2020-04-30")));
    }

    #[test]
    fn malformed_contacts_are_reported() {
        let p = mutated(|j| {
            let office = by_id(&mut j["offices"], "office-eu-delegation-kg");
            office["phone"] = "call us".into();
            office["fax"] = "+996 312  26".into();
            office["email"] = "not-an-address".into();
            office["website"] = "www.example.org".into();
            office["social"][0]["url"] = "facebook.com/eudelkg".into();
            let ro = by_id(&mut j["offices"], "office-regional-bishkek");
            ro["social_handles"] = json!(["BOMCA PROGRAMME"]);
            by_id(&mut j["offices"], "office-secretariat-vienna")["email"] = "janna.tashieva@icmpd.org".into();
            by_id(&mut j["sources"], "web-icmpd-bomca10")["url"] = "icmpd.org/bomca".into();
        });
        expect(&p, "malformed phone number 'call us'");
        expect(&p, "malformed phone number '+996 312  26'");
        expect(&p, "malformed e-mail 'not-an-address'");
        expect(&p, "malformed URL 'www.example.org'");
        expect(&p, "malformed URL 'facebook.com/eudelkg'");
        expect(&p, "malformed social handle 'BOMCA PROGRAMME'");
        expect(
            &p,
            "office 'office-secretariat-vienna' has the personal e-mail 'janna.tashieva@icmpd.org' of Janna Tashieva",
        );
        expect(&p, "source 'web-icmpd-bomca10' has a malformed URL 'icmpd.org/bomca'");
    }

    #[test]
    fn codes_amounts_and_kinds_are_checked() {
        let p = mutated(|j| {
            by_id(&mut j["organisations"], "org-icmpd")["country"] = "XX".into();
            by_id(&mut j["events"], "ev-2024-brussels")["country"] = "be".into();
            phase(j, 10)["countries"]["value"] = json!(["KZ", "Kyrgyzstan"]);
            phase(j, 11)["budgets"][0]["amount"]["value"]["amount"] = 0.into();
            phase(j, 8)["budgets"][0]["amount"]["value"]["currency"] = "euro".into();
            j["quotes"][0]["original_language"] = "fr".into();
            by_id(&mut j["sources"], "seed-bomca11-brochure")["seed_file"] = Value::Null;
            by_id(&mut j["sources"], "web-aets")["seed_file"] = "000_x.txt".into();
            by_id(&mut j["themes"], "drugs")["dac_sector"] = "160".into();
        });
        expect(&p, "organisation 'org-icmpd' has an unknown country code 'XX'");
        expect(&p, "event 'ev-2024-brussels' has an unknown country code 'be'");
        expect(&p, "phase 10 countries has an unknown country code 'Kyrgyzstan'");
        expect(&p, "phase 11 budget has an amount that is not positive");
        expect(&p, "phase 8 budget has a malformed currency code 'euro'");
        expect(&p, "has an unknown original language 'fr'");
        expect(&p, "seed source 'seed-bomca11-brochure' names no seed file");
        expect(&p, "web source 'web-aets' names a seed file");
        expect(&p, "theme 'drugs' has a malformed DAC sector code '160'");
    }

    #[test]
    fn country_page_links_name_a_programme_country() {
        let p = mutated(|j| {
            j["programme"]["country_starts"][0]["country"] = "AT".into();
            j["programme"]["country_starts"][1]["start"]["sources"] = json!(["no-such-source"]);
            by_id(&mut j["quotes"], "quote-duishenbiev")["country"] = "AF".into();
            by_id(&mut j["components"], "bomca-7-c3")["countries"] = json!(["TJ", "LV"]);
            by_id(&mut j["phases"][9]["figures"], "bomca-10-eq-kg-osh")["country"] = "BE".into();
        });
        expect(&p, "programme start in 'AT' names 'AT', which is not one of the programme's countries");
        expect(&p, "programme start in 'UZ' cites unknown source 'no-such-source'");
        expect(&p, "quote 'quote-duishenbiev' names 'AF'");
        expect(&p, "component 'bomca-7-c3' names 'LV'");
        expect(&p, "figure 'bomca-10-eq-kg-osh' names 'BE'");
        let twice = mutated(|j| {
            let first = j["programme"]["country_starts"][0].clone();
            j["programme"]["country_starts"].as_array_mut().unwrap().push(first);
        });
        expect(&twice, "programme start in 'TM' is given twice");
    }

    #[test]
    fn contact_formats() {
        assert!(is_phone("+996 312 26 10 00"));
        assert!(!is_phone("0312 26 10 00"));
        assert!(!is_phone("+996  312"));
        assert!(!is_phone("+996 312 26 10 00 "));
        assert!(is_email("bomca@icmpd.org"));
        assert!(is_email("delegation-kyrgyzstan@eeas.europa.eu"));
        assert!(!is_email("bomca@icmpd"));
        assert!(!is_email("a@b@icmpd.org"));
        assert!(!is_email("bomca @icmpd.org"));
        assert!(is_url("https://www.bomca-eu.org"));
        assert!(is_url("http://eeas.europa.eu/delegations/kyrgyzstan"));
        assert!(is_url("https://www.bomca-eu.org/en/news?start=64"));
        assert!(is_url("https://eeas.europa.eu/delegations/yemen/82643/bomca-shares-eu%E2%80%99s-best-practices_ar"));
        assert!(!is_url("javascript:alert(1)"));
        assert!(!is_url("https://bomca eu.org"));
        assert!(!is_url("https://localhost/"));
        assert!(is_handle("@BOMCAPROGRAMME"));
        assert!(!is_handle("BOMCAPROGRAMME"));
        assert!(!is_handle("@"));
    }
}
