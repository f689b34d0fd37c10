//! The programme's chronicle: every event as a record of the facet engine (year, country, kind,
//! phase), the events per year for the time strip, an event's neighbours in time, and the
//! organisations its published text names.
use strum::VariantNames;

use super::facets::{self, Explorer};
use super::locale::Locale;
use super::model::{Dataset, Event, EventKind, Organisation};
use super::order;
use super::text::fold;

/// The URL keys of the facets, one per dimension of the index.
pub const KEYS: [&str; 4] = ["year", "country", "kind", "phase"];
pub const YEAR: usize = 0;
pub const COUNTRY: usize = 1;
pub const KIND: usize = 2;
pub const PHASE: usize = 3;

/// Title, place, summary.
const WEIGHTS: [u32; 3] = [10, 4, 3];

/// The positions in `Dataset::events` in the explorer's order: newest first, then by id.
fn newest_first_positions(ds: &Dataset) -> Vec<usize> {
    let mut list: Vec<usize> = (0..ds.events.len()).collect();
    let e = &ds.events;
    order::sort_by(&mut list, |&a, &b| e[b].date.cmp(&e[a].date).then_with(|| e[a].id.cmp(&e[b].id)));
    list
}

/// The events in the explorer's order: newest first, then by id.
pub fn newest_first(ds: &Dataset) -> Vec<&Event> {
    newest_first_positions(ds).into_iter().map(|i| &ds.events[i]).collect()
}

fn values(e: &Event) -> Vec<Vec<String>> {
    vec![
        vec![e.date.year.to_string()],
        e.country.iter().cloned().collect(),
        vec![<&str>::from(e.kind).to_string()],
        e.phase.iter().map(u8::to_string).collect(),
    ]
}

/// The events indexed in one language, newest first (`Explorer::run_in_listed_order` keeps that
/// order: the list is a chronicle).
pub fn index(ds: &Dataset, locale: Locale) -> Explorer {
    let events = newest_first_positions(ds);
    let mut records = facets::Index::new(&WEIGHTS, 1);
    for e in events.iter().map(|&i| &ds.events[i]) {
        let text = |t: &Option<super::model::Text>| t.as_ref().map_or("", |t| t.get(locale)).to_string();
        let (place, summary) = (text(&e.place), text(&e.summary));
        records.push(&[e.title.get(locale), &place, &summary], values(e));
    }
    // Years newest first (as seen); countries in the programme's order; kinds in their declared
    // order; phases newest first.
    let mut known = records.values_seen(KEYS.len());
    super::country::sort_for_facets(ds, &mut known[COUNTRY]);
    known[KIND] = facets::in_declared_order(EventKind::VARIANTS, &known[KIND]);
    facets::highest_first(&mut known[PHASE]);
    Explorer::new(&KEYS, records, events, known)
}

/// Events per year from the first event's year (or the programme's design, 2002) to the dataset's
/// date, every year listed, for the time strip.
pub fn per_year(ds: &Dataset) -> Vec<(i32, usize)> {
    let first = ds.events.iter().map(|e| e.date.year).min().unwrap_or(ds.meta.updated.year).min(2002);
    let last = ds.events.iter().map(|e| e.date.year).max().unwrap_or(first).max(ds.meta.updated.year);
    (first..=last).map(|y| (y, ds.events.iter().filter(|e| e.date.year == y).count())).collect()
}

pub fn event<'a>(ds: &'a Dataset, id: &str) -> Option<&'a Event> {
    ds.events.iter().find(|e| e.id == id)
}

/// The events just before and just after this one in time (older, newer).
pub fn neighbours<'a>(ds: &'a Dataset, id: &str) -> (Option<&'a Event>, Option<&'a Event>) {
    let list = newest_first(ds);
    match list.iter().position(|e| e.id == id) {
        Some(i) => (list.get(i + 1).copied(), i.checked_sub(1).and_then(|j| list.get(j).copied())),
        None => (None, None),
    }
}

/// Whether `words` (folded) occur in `text` (folded) as whole words.
fn has_words(text: &str, words: &str) -> bool {
    !words.is_empty()
        && text.match_indices(words).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + words.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
        })
}

/// Whether the event's title or summary in `locale` (as the page shows it) names the organisation
/// by its name or short name in any language. The sources' own words decide; nothing is inferred
/// beyond the name. Reading the page's language only, the list is the same from the app's copy of
/// the data in that language as from the whole file.
pub fn names_organisation(e: &Event, o: &Organisation, locale: Locale) -> bool {
    let texts = [Some(&e.title), e.summary.as_ref()].into_iter().flatten().map(|t| fold(t.get(locale)));
    let names: Vec<String> = o.name.all().chain(o.short_name.iter().flat_map(|s| s.all())).map(fold).collect();
    texts.into_iter().any(|t| names.iter().any(|n| has_words(&t, n)))
}

/// The organisations an event's published text names, in the page's language.
pub fn organisations_named<'a>(ds: &'a Dataset, e: &Event, locale: Locale) -> Vec<&'a Organisation> {
    ds.organisations.iter().filter(|o| names_organisation(e, o, locale)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::facets::Query;

    fn ds() -> Dataset {
        super::super::load::parse(include_str!("../../public/data/bomca.json")).unwrap()
    }

    #[test]
    fn facet_counts_match_the_dataset() {
        let ds = ds();
        let index = index(&ds, Locale::En);
        let (all, outcome) = index.run_in_listed_order(&Query { text: String::new(), selected: vec![Vec::new(); 4] });
        assert_eq!(all.len(), ds.events.len());
        for (code, n) in &outcome.counts[COUNTRY] {
            assert_eq!(*n, ds.events.iter().filter(|e| e.country.as_deref() == Some(code.as_str())).count(), "{code}");
        }
        let years: usize = outcome.counts[YEAR].iter().map(|(_, n)| n).sum();
        assert_eq!(years, ds.events.len());
        let (tj, _) = index.run_in_listed_order(&Query {
            text: String::new(),
            selected: vec![vec![], vec!["TJ".into()], vec![], vec![]],
        });
        assert!(!tj.is_empty() && tj.iter().all(|&i| ds.events[i].country.as_deref() == Some("TJ")));
    }

    #[test]
    fn newest_first_and_neighbours_in_time() {
        let ds = ds();
        let list = newest_first(&ds);
        assert!(list.windows(2).all(|w| w[0].date >= w[1].date));
        let middle = list[list.len() / 2];
        let (older, newer) = neighbours(&ds, &middle.id);
        assert!(older.unwrap().date <= middle.date && newer.unwrap().date >= middle.date);
        assert_eq!(neighbours(&ds, &list[0].id).1, None);
        assert_eq!(neighbours(&ds, "no-such-event"), (None, None));
    }

    #[test]
    fn the_strip_covers_every_year_to_the_data_date() {
        let ds = ds();
        let strip = per_year(&ds);
        assert_eq!(strip[0].0, 2002);
        assert_eq!(
            strip.last().unwrap().0,
            ds.meta.updated.year.max(ds.events.iter().map(|e| e.date.year).max().unwrap())
        );
        assert_eq!(strip.iter().map(|(_, n)| n).sum::<usize>(), ds.events.len());
    }

    #[test]
    fn organisations_are_named_as_whole_words() {
        let ds = ds();
        let named: Vec<(String, Vec<String>)> = ds
            .events
            .iter()
            .map(|e| (e.id.clone(), organisations_named(&ds, e, Locale::En).iter().map(|o| o.id.clone()).collect()))
            .collect();
        assert!(named.iter().any(|(_, orgs)| orgs.contains(&"org-icmpd".to_string())), "ICMPD is named somewhere");
        assert!(has_words("the eu funded", "eu") && !has_words("the europe", "eu") && !has_words("x", ""));
    }
}
