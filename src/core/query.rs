//! Queries over the dataset: lookups, derived phase metrics, the phase comparison and the contact
//! filter. Pure functions; the pages only render their results.

use super::format;
use super::locale::Locale;
use super::model::{
    Budget, BudgetKind, Code, Component, Dataset, Event, Money, Office, OfficeKind, Organisation, PartialDate,
    PartnerRole, Person, Phase, Source,
};
use super::order;
use super::text::{encode_component, fold};

pub fn phase(ds: &Dataset, number: u8) -> Option<&Phase> {
    ds.phases.iter().find(|p| p.number == number)
}

pub fn organisation<'a>(ds: &'a Dataset, id: &str) -> Option<&'a Organisation> {
    ds.organisations.iter().find(|o| o.id == id)
}

pub fn source<'a>(ds: &'a Dataset, id: &str) -> Option<&'a Source> {
    ds.sources.iter().find(|s| s.id == id)
}

pub fn component<'a>(ds: &'a Dataset, id: &str) -> Option<&'a Component> {
    ds.components.iter().find(|c| c.id == id)
}

pub fn components_of(ds: &Dataset, phase: u8) -> Vec<&Component> {
    let mut list: Vec<&Component> = ds.components.iter().filter(|c| c.phase == phase).collect();
    order::sort_by_key(&mut list, |c| c.number);
    list
}

/// Phase numbers in ascending order.
pub fn phase_numbers(ds: &Dataset) -> Vec<u8> {
    let mut numbers: Vec<u8> = ds.phases.iter().map(|p| p.number).collect();
    order::sort(&mut numbers);
    numbers
}

/// The phase after and before `number` that exist in the dataset.
pub fn neighbours(ds: &Dataset, number: u8) -> (Option<u8>, Option<u8>) {
    let numbers = phase_numbers(ds);
    let prev = numbers.iter().copied().filter(|&n| n < number).max();
    let next = numbers.iter().copied().filter(|&n| n > number).min();
    (prev, next)
}

/// Start as the app shows it: the actual start, else the planned one.
pub fn start(p: &Phase) -> Option<PartialDate> {
    p.actual_start.as_ref().or(p.planned_start.as_ref()).map(|f| f.value)
}

/// The planned end as published, else the start plus the planned duration (our arithmetic: the
/// timeline draws the planned span with it; the day, where known, is the start's).
pub fn planned_end(p: &Phase) -> Option<PartialDate> {
    p.planned_end.as_ref().map(|f| f.value).or_else(|| {
        let (s, months) = (start(p)?, p.duration_months.as_ref()?.value);
        let index = s.month_index() + months as i32;
        Some(PartialDate { year: index.div_euclid(12), month: Some((index.rem_euclid(12) + 1) as u8), day: s.day })
    })
}

/// End as the app shows it: the actual end, else the last extension, else the planned end.
pub fn end(p: &Phase) -> Option<PartialDate> {
    p.actual_end
        .as_ref()
        .map(|f| f.value)
        .or_else(|| p.extensions.iter().map(|e| e.new_end).max())
        .or_else(|| p.planned_end.as_ref().map(|f| f.value))
}

/// Events the sources tie to no phase that fall in the years of phase `number`: from its start (or,
/// where the sources give none, the start of the nearest earlier phase that has one) to the start of
/// the next phase that has one, and no later than its own end where that is known. Phases 2 to 6 have
/// no published dates, so each shows the undated phases' years together (2003 to the start of
/// BOMCA 7); a page says they are tied to no phase.
pub fn unphased_events_of_the_years(ds: &Dataset, number: u8) -> Vec<&Event> {
    let Some(p) = phase(ds, number) else { return Vec::new() };
    let lo = start(p).or_else(|| ds.phases.iter().filter(|q| q.number < number).filter_map(start).max());
    let next_start = ds.phases.iter().filter(|q| q.number > number).filter_map(start).min();
    let hi = match (next_start.map(first_day), end(p).map(day_after_last)) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    ds.events
        .iter()
        .filter(|e| e.phase.is_none())
        .filter(|e| lo.is_some_and(|lo| first_day(e.date) >= first_day(lo)))
        .filter(|e| !matches!(hi, Some(hi) if first_day(e.date) >= hi))
        .collect()
}

/// First day a partial date can mean, and the day after the last one, as (year, month, day).
fn first_day(d: PartialDate) -> (i32, u8, u8) {
    (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
}

fn day_after_last(d: PartialDate) -> (i32, u8, u8) {
    let month = d.month.unwrap_or(12);
    let day = d.day.unwrap_or_else(|| super::model::days_in_month(d.year, month));
    if day < super::model::days_in_month(d.year, month) {
        (d.year, month, day + 1)
    } else if month < 12 {
        (d.year, month + 1, 1)
    } else {
        (d.year + 1, 1, 1)
    }
}

/// Whole months from the start of `from` to the end of `to`, rounded to the nearest month.
pub fn months_between(from: PartialDate, to: PartialDate) -> Option<u32> {
    let (y1, m1, d1) = first_day(from);
    let (y2, m2, d2) = day_after_last(to);
    let months = (y2 - y1) * 12 + i32::from(m2) - i32::from(m1);
    let days = i32::from(d2) - i32::from(d1);
    let rounded = months
        + if days >= 15 {
            1
        } else if days <= -15 {
            -1
        } else {
            0
        };
    u32::try_from(rounded).ok().filter(|&m| m > 0)
}

/// Months the phase ran or runs from its start to its shown end, extensions included.
pub fn length_months(p: &Phase) -> Option<u32> {
    months_between(start(p)?, end(p)?)
}

/// The headline budget: the total, else the EU contribution, else the initial amount.
pub fn headline_budget(p: &Phase) -> Option<&Budget> {
    [BudgetKind::Total, BudgetKind::EuContribution, BudgetKind::Initial]
        .iter()
        .find_map(|kind| p.budgets.iter().find(|b| b.kind == *kind))
}

/// Budget per month over the phase's length (or its planned duration when no end is known).
pub fn budget_per_month(p: &Phase) -> Option<Money> {
    let budget = &headline_budget(p)?.amount.value;
    let months = length_months(p).or(p.duration_months.as_ref().map(|f| f.value))?;
    Some(Money {
        amount: budget.amount / f64::from(months),
        currency: budget.currency.clone(),
        qualifier: budget.qualifier,
    })
}

pub fn lead<'a>(ds: &'a Dataset, p: &Phase) -> Option<&'a Organisation> {
    p.lead.as_ref().and_then(|f| organisation(ds, &f.value))
}

/// Partners other than funders and the contracting authority, lead first.
pub fn implementing_partners(p: &Phase) -> Vec<&super::model::Partner> {
    let mut list: Vec<_> =
        p.partners.iter().filter(|x| !matches!(x.role, PartnerRole::Funding | PartnerRole::Extending)).collect();
    order::sort_by_key(&mut list, |x| (x.role != PartnerRole::Lead, x.component.unwrap_or(u8::MAX)));
    list
}

/// The phase shown as "latest": the highest number.
pub fn latest_phase(ds: &Dataset) -> Option<&Phase> {
    ds.phases.iter().max_by_key(|p| p.number)
}

// ---------------------------------------------------------------------------------------------
// Comparison

pub const MIN_COMPARE: usize = 2;
pub const MAX_COMPARE: usize = 4;

/// A phase selection parsed from `?phases=9,10,11`, with what was ignored and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub phases: Vec<u8>,
    pub ignored: Vec<String>,
    /// More than `MAX_COMPARE` valid phases were given; the extra ones were dropped.
    pub truncated: bool,
    /// Nothing valid was given, so the default (the latest three) is shown.
    pub defaulted: bool,
}

/// Parses a `phases=` value: unknown, duplicate and malformed entries are ignored and reported.
pub fn parse_selection(ds: &Dataset, raw: Option<&str>) -> Selection {
    let mut phases = Vec::new();
    let mut ignored = Vec::new();
    for part in raw.unwrap_or("").split(',').map(str::trim).filter(|s| !s.is_empty()) {
        match part.parse::<u8>() {
            Ok(n) if phase(ds, n).is_some() && !phases.contains(&n) => phases.push(n),
            Ok(n) if phases.contains(&n) => {}
            _ => ignored.push(part.chars().take(40).collect()),
        }
    }
    let truncated = phases.len() > MAX_COMPARE;
    phases.truncate(MAX_COMPARE);
    let defaulted = phases.is_empty();
    if defaulted {
        phases = default_selection(ds);
    }
    order::sort(&mut phases);
    Selection { phases, ignored, truncated, defaulted }
}

/// The three latest phases.
pub fn default_selection(ds: &Dataset) -> Vec<u8> {
    let numbers = phase_numbers(ds);
    numbers[numbers.len().saturating_sub(3)..].to_vec()
}

pub fn selection_query(phases: &[u8]) -> String {
    let list: Vec<String> = phases.iter().map(u8::to_string).collect();
    format!("phases={}", list.join(","))
}

/// Adds or removes a phase, keeping the selection within bounds and sorted.
pub fn toggle(phases: &[u8], number: u8) -> Vec<u8> {
    let mut next: Vec<u8> = phases.to_vec();
    if let Some(i) = next.iter().position(|&n| n == number) {
        if next.len() > 1 {
            next.remove(i);
        }
    } else if next.len() < MAX_COMPARE {
        next.push(number);
    }
    order::sort(&mut next);
    next
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareRow {
    Period,
    Duration,
    Length,
    Budget,
    BudgetPerMonth,
    Lead,
    Components,
    Partners,
    Countries,
}

impl CompareRow {
    pub const ALL: [CompareRow; 9] = [
        CompareRow::Period,
        CompareRow::Duration,
        CompareRow::Length,
        CompareRow::Budget,
        CompareRow::BudgetPerMonth,
        CompareRow::Lead,
        CompareRow::Components,
        CompareRow::Partners,
        CompareRow::Countries,
    ];
}

/// One row of the comparison: a formatted cell per phase (`None` = not published) and whether the
/// phases differ on it.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparedRow {
    pub row: CompareRow,
    pub cells: Vec<Option<String>>,
    pub differs: bool,
}

pub fn compare(ds: &Dataset, phases: &[u8], locale: Locale) -> Vec<ComparedRow> {
    let selected: Vec<&Phase> = phases.iter().filter_map(|&n| phase(ds, n)).collect();
    CompareRow::ALL
        .iter()
        .map(|&row| {
            let cells: Vec<Option<String>> = selected.iter().map(|p| cell(ds, p, row, locale)).collect();
            let differs = cells.windows(2).any(|w| w[0] != w[1]);
            ComparedRow { row, cells, differs }
        })
        .collect()
}

fn cell(ds: &Dataset, p: &Phase, row: CompareRow, locale: Locale) -> Option<String> {
    match row {
        CompareRow::Period => format::format_span(start(p), end(p), locale),
        CompareRow::Duration => p.duration_months.as_ref().map(|f| format::format_months(f.value, locale)),
        CompareRow::Length => length_months(p).map(|m| format::format_months(m, locale)),
        CompareRow::Budget => headline_budget(p).map(|b| format::format_money(&b.amount.value, locale)),
        CompareRow::BudgetPerMonth => budget_per_month(p).map(|m| format::format_money(&m, locale)),
        CompareRow::Lead => lead(ds, p).map(|o| o.short_name.as_ref().unwrap_or(&o.name).get(locale).to_string()),
        CompareRow::Components => {
            let n = components_of(ds, p.number).len();
            (n > 0).then(|| n.to_string())
        }
        CompareRow::Partners => {
            let n = implementing_partners(p).len();
            (n > 0).then(|| n.to_string())
        }
        CompareRow::Countries => p.countries.as_ref().map(|f| f.value.join(", ")),
    }
}

/// Themes × phases: for each theme, per selected phase, the components on that theme.
pub fn theme_coverage<'a>(ds: &'a Dataset, phases: &[u8]) -> Vec<(&'a super::model::Theme, Vec<Vec<&'a Component>>)> {
    ds.themes
        .iter()
        .map(|t| {
            let cells = phases
                .iter()
                .map(|&n| components_of(ds, n).into_iter().filter(|c| c.themes.contains(&t.id)).collect())
                .collect();
            (t, cells)
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Contacts

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContactFilter {
    pub country: Option<String>,
    pub kind: Option<OfficeKind>,
    pub text: String,
}

/// The filter as the URL states it; unknown countries and kinds are dropped.
pub fn contact_filter_from_query(ds: &Dataset, get: impl Fn(&str) -> Option<String>) -> ContactFilter {
    let countries = office_countries(ds);
    ContactFilter {
        country: get("country").map(|c| c.to_ascii_uppercase()).filter(|c| countries.contains(c)),
        kind: get("kind").and_then(|k| OfficeKind::from_code(&k)),
        text: get("q").unwrap_or_default().chars().take(100).collect(),
    }
}

/// The query string that states the filter (`?country=KG&kind=country_office&q=...`), empty for none.
pub fn contact_filter_query(f: &ContactFilter) -> String {
    let mut parts = Vec::new();
    if let Some(c) = &f.country {
        parts.push(format!("country={c}"));
    }
    if let Some(k) = f.kind {
        parts.push(format!("kind={}", k.code()));
    }
    if !f.text.is_empty() {
        parts.push(format!("q={}", encode_component(&f.text)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// Offices matching the filter, regional office first, then by country and name.
pub fn filter_offices<'a>(ds: &'a Dataset, f: &ContactFilter, locale: Locale) -> Vec<&'a Office> {
    let terms: Vec<String> = f.text.split_whitespace().map(fold).filter(|t| !t.is_empty()).collect();
    let mut list: Vec<&Office> = ds
        .offices
        .iter()
        .filter(|o| f.country.as_ref().is_none_or(|c| o.country.as_deref() == Some(c.as_str())))
        .filter(|o| f.kind.is_none_or(|k| o.kind == k))
        .filter(|o| {
            if terms.is_empty() {
                return true;
            }
            let haystack = fold(&office_search_text(ds, o, locale));
            terms.iter().all(|t| haystack.contains(t.as_str()))
        })
        .collect();
    order::sort_by(&mut list, |a, b| {
        (a.kind, a.country.as_deref(), a.name.get(locale)).cmp(&(b.kind, b.country.as_deref(), b.name.get(locale)))
    });
    list
}

/// People whose name (in either script), role or organisation matches every word of `text`, in the
/// file's order. They are listed apart from the offices: a historical record, never a contact route.
pub fn filter_people<'a>(ds: &'a Dataset, text: &str, locale: Locale) -> Vec<&'a Person> {
    let terms: Vec<String> = text.split_whitespace().map(fold).filter(|t| !t.is_empty()).collect();
    ds.people
        .iter()
        .filter(|p| {
            let mut parts: Vec<&str> = p.name.languages().filter_map(|l| p.name.in_language(l)).collect();
            parts.push(p.role.get(locale));
            parts.extend(p.organisation.as_deref().and_then(|id| organisation(ds, id)).map(|o| o.name.get(locale)));
            let haystack = fold(&parts.join(" "));
            terms.iter().all(|t| haystack.contains(t.as_str()))
        })
        .collect()
}

/// An office's postal address on one line, in the published order: street lines, city, postal
/// code, country.
pub fn postal_address(o: &Office, locale: Locale) -> Option<String> {
    let a = o.address.as_ref()?;
    let mut parts: Vec<&str> = a.street.iter().map(|line| line.get(locale)).collect();
    parts.extend(o.city.as_ref().map(|c| c.get(locale)));
    parts.extend(a.postal_code.as_deref());
    parts.extend(a.country.as_ref().map(|c| c.get(locale)));
    Some(parts.join(", "))
}

fn office_search_text(ds: &Dataset, o: &Office, locale: Locale) -> String {
    let address = postal_address(o, locale);
    let mut parts: Vec<&str> = vec![o.name.get(locale)];
    parts.extend(o.city.as_ref().map(|c| c.get(locale)));
    parts.extend(address.as_deref());
    parts.extend(o.email.as_deref());
    parts.extend(o.phone.as_deref());
    parts.extend(o.organisation.as_deref().and_then(|id| organisation(ds, id)).map(|org| org.name.get(locale)));
    parts.join(" ")
}

/// Countries that have at least one office, in the programme's order.
pub fn office_countries(ds: &Dataset) -> Vec<String> {
    let mut list: Vec<String> = ds.programme.countries.value.clone();
    for o in &ds.offices {
        if let Some(c) = &o.country {
            if !list.contains(c) {
                list.push(c.clone());
            }
        }
    }
    list.retain(|c| ds.offices.iter().any(|o| o.country.as_deref() == Some(c.as_str())));
    list
}

/// Contacts published more than this many years before the dataset's date may be out of date.
pub const CONTACT_STALE_YEARS: i32 = 3;

pub fn contact_may_be_stale(ds: &Dataset, o: &Office) -> bool {
    match o.published {
        Some(d) => ds.meta.updated.year - d.year >= CONTACT_STALE_YEARS,
        None => true,
    }
}

/// Phases an organisation took part in, with its roles.
pub fn phases_of_organisation(ds: &Dataset, org: &str) -> Vec<(u8, PartnerRole)> {
    let mut list = Vec::new();
    for p in &ds.phases {
        for partner in p.partners.iter().filter(|x| x.organisation == org) {
            if !list.contains(&(p.number, partner.role)) {
                list.push((p.number, partner.role));
            }
        }
        if p.lead.as_ref().is_some_and(|l| l.value == org) && !list.iter().any(|(n, _)| *n == p.number) {
            list.push((p.number, PartnerRole::Lead));
        }
    }
    order::sort_by_key(&mut list, |(n, _)| *n);
    list
}

/// What cites a source, by dataset section ("phases", "components", ...), counting entities.
pub fn source_usage(ds: &Dataset, id: &str) -> Vec<(&'static str, usize)> {
    let cites = |sources: &[String]| sources.iter().any(|s| s == id);
    let p = &ds.programme;
    let programme = [&p.start_year.sources, &p.donor.sources, &p.summary.sources, &p.countries.sources]
        .into_iter()
        .chain(p.objectives.iter().map(|o| &o.objective.sources))
        .chain(p.country_starts.iter().map(|s| &s.start.sources))
        .chain(p.figures.iter().map(|f| &f.value.sources))
        .any(|s| cites(s));
    let counts = [
        ("programme", usize::from(programme)),
        ("phases", ds.phases.iter().filter(|ph| phase_sources(ph).contains(&id)).count()),
        ("components", ds.components.iter().filter(|c| cites(&c.sources)).count()),
        ("organisations", ds.organisations.iter().filter(|o| cites(&o.sources)).count()),
        ("offices", ds.offices.iter().filter(|o| cites(&o.sources)).count()),
        ("events", ds.events.iter().filter(|e| cites(&e.sources)).count()),
        ("quotes", ds.quotes.iter().filter(|q| cites(&q.sources)).count()),
        ("people", ds.people.iter().filter(|x| cites(&x.sources)).count()),
    ];
    counts.into_iter().filter(|(_, n)| *n > 0).collect()
}

/// Source ids cited anywhere for a phase, in first-seen order, for the phase page's footnotes.
pub fn phase_sources(p: &Phase) -> Vec<&str> {
    let mut lists: Vec<&[String]> = Vec::new();
    for f in [&p.planned_start, &p.actual_start, &p.planned_end, &p.actual_end].into_iter().flatten() {
        lists.push(&f.sources);
    }
    lists.extend(p.duration_months.as_ref().map(|f| f.sources.as_slice()));
    lists.extend(p.extensions.iter().map(|e| e.sources.as_slice()));
    lists.extend(p.budgets.iter().map(|b| b.amount.sources.as_slice()));
    lists.extend(p.lead.as_ref().map(|f| f.sources.as_slice()));
    lists.extend(p.partners.iter().map(|x| x.sources.as_slice()));
    for f in [&p.overall_objective, &p.target_groups, &p.final_beneficiaries, &p.summary].into_iter().flatten() {
        lists.push(&f.sources);
    }
    lists.extend(p.figures.iter().map(|f| f.value.sources.as_slice()));
    let mut ids: Vec<&str> = Vec::new();
    for id in lists.into_iter().flatten() {
        if !ids.contains(&id.as_str()) {
            ids.push(id);
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::parse;

    #[test]
    fn planned_end_is_the_published_one_else_start_plus_duration() {
        let ds = parse(include_str!("../../public/data/bomca.json")).unwrap();
        let end = |n| planned_end(phase(&ds, n).unwrap());
        let date = |s| PartialDate::parse(s).ok();
        assert_eq!(end(10), date("2025-09"), "published");
        assert_eq!(end(9), date("2018-06-15"), "15 June 2015 and 36 months");
        assert_eq!(end(7), date("2011-01-01"));
        assert_eq!(end(8), date("2014-06"), "a month-only start gives a month-only end");
        assert_eq!(end(11), date("2029-06"), "February 2026 and 40 months");
        assert_eq!(end(2), None, "no start, no duration");
    }

    #[test]
    fn the_contacts_filter_round_trips_through_its_url_and_drops_what_it_does_not_know() {
        let ds = parse(include_str!("../../public/data/bomca.json")).unwrap();
        let from = |pairs: &[(&str, &str)]| {
            contact_filter_from_query(&ds, |k| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| v.to_string()))
        };
        let f = from(&[("country", "kg"), ("kind", "country_office"), ("q", "<script> Бишкек")]);
        assert_eq!(
            f,
            ContactFilter {
                country: Some("KG".into()),
                kind: Some(OfficeKind::CountryOffice),
                text: "<script> Бишкек".into()
            }
        );
        assert_eq!(
            contact_filter_query(&f),
            "?country=KG&kind=country_office&q=%3Cscript%3E%20%D0%91%D0%B8%D1%88%D0%BA%D0%B5%D0%BA"
        );
        assert_eq!(
            from(&[("country", "XX"), ("kind", "bunker")]),
            ContactFilter::default(),
            "unknown values are ignored"
        );
        assert_eq!(contact_filter_query(&ContactFilter::default()), "");
        assert_eq!(from(&[("q", &"a".repeat(500))]).text.len(), 100, "a query is cut at 100 characters");
    }
}
