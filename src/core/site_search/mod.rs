//! The site-wide search of the header and `/search`: one index over every kind of record (phases,
//! components, events, organisations, people, offices, sources, countries, themes), built once per
//! dataset and language on the explorers' engine (`facets::Index`), and its results grouped by kind.
use super::facets::Index;
use super::locale::Locale;
use super::model::Dataset;
use super::order;
use super::text::{snippet, tokenize};

pub mod answer;
pub mod markup;
mod records;
pub mod texts;
pub use records::records;

/// The kinds of record, in the order their groups show when their best results tie: the things
/// a name names (a phase, a country, an office, an agency) before the texts that mention it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Phase,
    Country,
    Office,
    Organisation,
    Component,
    Person,
    Theme,
    Event,
    Source,
}

impl Kind {
    /// The key of the kind in the search's tables (`texts::SearchTexts`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::Phase => "phase",
            Kind::Component => "component",
            Kind::Event => "event",
            Kind::Organisation => "organisation",
            Kind::Person => "person",
            Kind::Office => "office",
            Kind::Source => "source",
            Kind::Country => "country",
            Kind::Theme => "theme",
        }
    }
}

pub(crate) fn table(t: &'static [(&'static str, &'static str)], key: &str) -> &'static str {
    t.iter().find(|(k, _)| *k == key).map_or("", |(_, v)| *v)
}

/// The heading of a kind's group of results ("Offices and contacts").
pub fn group_label(locale: Locale, kind: Kind) -> &'static str {
    table(texts::search_texts(locale).groups, kind.key())
}

/// One record of the site search ([`records`] makes them from the dataset).
#[derive(Clone, Debug, PartialEq)]
pub struct SearchRecord {
    pub kind: Kind,
    pub title: String,
    /// Other names: short names, identifiers, cities, places, dates, years.
    pub names: String,
    /// The line of context a result shows.
    pub context: String,
    /// The kind's words in every language, amounts, labels, addresses.
    pub keywords: String,
    /// Its page, without the locale prefix.
    pub path: String,
}

/// Field weights: the title, the other names, the context line, the keywords.
const WEIGHTS: [u32; 4] = [10, 8, 3, 1];

/// The records of one dataset in one language, ready to search.
pub struct SiteIndex {
    records: Vec<SearchRecord>,
    index: Index,
}

/// One result as shown: its title, the part of its context around the matched words, its page.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub title: String,
    pub context: String,
    pub path: String,
}

/// One kind's results, best first (at most the number asked for), and how many there are.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub kind: Kind,
    pub found: Vec<Found>,
    pub total: usize,
}

/// What a query finds: its folded terms (for highlighting), and the groups, best group first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    pub terms: Vec<String>,
    pub groups: Vec<Group>,
    pub total: usize,
}

impl SiteIndex {
    /// The index of `ds` in `locale`. Built in the browser on the first search: making the records
    /// at build time into the data copy was measured larger (+7.0 KB brotli of data in either
    /// language, against 4.0 KB of wasm for the code that makes them).
    pub fn build(ds: &Dataset, locale: Locale) -> Self {
        Self::new(records(ds, locale))
    }

    pub fn new(records: Vec<SearchRecord>) -> Self {
        let mut index = Index::new(&WEIGHTS, 2);
        for r in &records {
            // A source's title weighs as a name: the documents rank below the records they support
            // (a year in a press release's title finds that year's events first).
            let (title, names) =
                if r.kind == Kind::Source { ("", r.title.as_str()) } else { (r.title.as_str(), r.names.as_str()) };
            index.push(&[title, names, &r.context, &r.keywords], Vec::new());
        }
        SiteIndex { records, index }
    }

    /// What `text` finds, grouped by kind, each group with at most `per_group` entries; the group
    /// with the best result first. An empty query finds nothing.
    pub fn search(&self, text: &str, per_group: usize) -> Results {
        let terms = tokenize(text);
        if terms.is_empty() {
            return Results::default();
        }
        let hits = self.index.run(text, &[], &[]).hits;
        let mut groups: Vec<(u32, Group)> = Vec::new();
        for hit in &hits {
            let kind = self.records[hit.record].kind;
            let at = match groups.iter().position(|(_, g)| g.kind == kind) {
                Some(at) => at,
                None => {
                    groups.push((hit.score, Group { kind, found: Vec::new(), total: 0 }));
                    groups.len() - 1
                }
            };
            let group = &mut groups[at].1;
            group.total += 1;
            if group.found.len() < per_group {
                let e = &self.records[hit.record];
                let context = snippet(&e.context, &terms, CONTEXT_CHARS);
                group.found.push(Found { title: e.title.clone(), context, path: e.path.clone() });
            }
        }
        // Each group's score is its best hit's (hits come best first); ties go in the kinds' order.
        order::sort_by(&mut groups, |a, b| b.0.cmp(&a.0).then((a.1.kind as u8).cmp(&(b.1.kind as u8))));
        Results { terms, total: hits.len(), groups: groups.into_iter().map(|(_, g)| g).collect() }
    }
}

/// The length of a result's context line, in characters.
const CONTEXT_CHARS: usize = 110;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::{format_decimal, format_integer, plain_number};
    use crate::core::routes;

    fn index(locale: Locale) -> SiteIndex {
        let ds = super::super::load::parse(include_str!("../../../public/data/bomca.json")).unwrap();
        SiteIndex::new(records(&ds, locale))
    }

    /// The first `n` results in the order they show: the groups, best first, each in its order.
    fn first(ix: &SiteIndex, q: &str, n: usize) -> Vec<(Kind, String)> {
        let r = ix.search(q, n);
        r.groups.iter().flat_map(|g| g.found.iter().map(|f| (g.kind, f.path.clone()))).take(n).collect()
    }

    fn finds(ix: &SiteIndex, q: &str, n: usize, path: &str) -> bool {
        first(ix, q, n).iter().any(|(_, p)| p == path)
    }

    #[test]
    fn every_kind_is_searchable() {
        let ix = index(Locale::En);
        for kind in [
            Kind::Phase,
            Kind::Component,
            Kind::Event,
            Kind::Organisation,
            Kind::Person,
            Kind::Office,
            Kind::Source,
            Kind::Country,
            Kind::Theme,
        ] {
            let e = ix.records.iter().find(|e| e.kind == kind).expect("an entry of each kind");
            let r = ix.search(&e.title, 50);
            assert!(r.groups.iter().any(|g| g.kind == kind && g.found.iter().any(|f| f.path == e.path)), "{e:?}");
        }
    }

    #[test]
    fn the_issue_queries_find_what_a_visitor_expects_in_both_languages() {
        for locale in Locale::ALL {
            let ix = index(locale);
            for q in ["Бишкек", "bishkek", "Bishkek office"] {
                let top = first(&ix, q, 3);
                assert!(
                    top.iter().any(|(_, p)| p.starts_with(&routes::office("office-regional-bishkek"))),
                    "{locale:?} {q}: {top:?}"
                );
            }
            assert_eq!(first(&ix, "Bishkek office", 1)[0].0, Kind::Office, "{locale:?}");
            assert!(finds(&ix, "ICMPD", 3, "/organisations/org-icmpd"), "{locale:?}: {:?}", first(&ix, "ICMPD", 3));
            let y2018 = first(&ix, "2018", 3);
            assert!(y2018.iter().all(|(k, _)| *k == Kind::Event || *k == Kind::Phase), "{locale:?}: {y2018:?}");
            assert!(finds(&ix, "2018", 3, "/phases/9") || y2018.iter().all(|(k, _)| *k == Kind::Event), "{y2018:?}");
        }
    }

    #[test]
    fn one_typo_is_forgiven_in_titles_and_names_and_two_are_not() {
        for locale in Locale::ALL {
            let ix = index(locale);
            let office = |q: &str| {
                let r = ix.search(q, 50);
                r.groups.iter().find(|g| g.kind == Kind::Office).map(|g| g.found[0].path.clone())
            };
            for (typed, meant) in [("Tashknet", "Tashkent"), ("Dushanbr", "Dushanbe")] {
                assert!(office(meant).is_some(), "{locale:?} {meant}");
                assert_eq!(office(typed), office(meant), "{locale:?} {typed}");
            }
            assert!(ix.search("Tashkxxt", 5).groups.is_empty(), "two typos");
            assert!(ix.search("Kyrgystan", 5).groups.iter().any(|g| g.kind == Kind::Country));
            assert!(ix.search("zzzzqqq", 5).groups.is_empty());
        }
    }

    #[test]
    fn latin_finds_cyrillic_and_cyrillic_finds_latin() {
        let ru = index(Locale::Ru);
        let en = index(Locale::En);
        for (latin, cyrillic) in [("dushanbe", "Душанбе"), ("kyrgyzstan", "Кыргызстан"), ("kazakhstan", "Казахстан")]
        {
            assert!(!ru.search(latin, 5).groups.is_empty(), "{latin} on the Russian site");
            assert!(!en.search(cyrillic, 5).groups.is_empty(), "{cyrillic} on the English site");
            assert_eq!(first(&ru, latin, 5), first(&ru, cyrillic, 5));
        }
    }

    #[test]
    fn an_exact_title_comes_first_and_amounts_match_as_typed() {
        let ix = index(Locale::En);
        assert_eq!(first(&ix, "BOMCA 9", 1), [(Kind::Phase, "/phases/9".to_string())]);
        assert_eq!(first(&ix, "Kyrgyzstan", 1), [(Kind::Country, "/countries/kg".to_string())]);
        let ds = super::super::load::parse(include_str!("../../../public/data/bomca.json")).unwrap();
        let (phase, budget) = ds.phases.iter().find_map(|p| p.budgets.first().map(|b| (p.number, b))).unwrap();
        let amount = budget.amount.value.amount;
        for typed in [plain_number(amount, 0), format_integer(amount, Locale::En).replace(',', " ")] {
            assert!(finds(&ix, &typed, 5, &routes::phase(phase)), "{typed}");
        }
        let millions = format!("{} million", format_decimal(amount / 1e6, 2, Locale::En));
        assert!(finds(&ix, &millions, 5, &routes::phase(phase)), "{millions}");
    }

    #[test]
    fn context_lines_show_the_matched_words() {
        let ix = index(Locale::En);
        let r = ix.search("trafficking", 5);
        let g = r.groups.iter().find(|g| g.kind == Kind::Event).unwrap();
        let line = &g.found[0].context;
        assert!(line.to_lowercase().contains("trafficking"), "{line}");
        assert!(line.chars().count() <= CONTEXT_CHARS + 2, "{line}");
    }

    #[test]
    fn hostile_queries_find_nothing_and_never_panic() {
        let ix = index(Locale::En);
        assert!(ix.search("", 5).groups.is_empty());
        assert!(ix.search("   ", 5).groups.is_empty());
        let _ = ix.search("<script>alert(1)</script>", 5);
        let _ = ix.search(&"ж".repeat(5000), 5);
        let _ = ix.search("%00%3C 🙂 \u{301}", 5);
    }
}
