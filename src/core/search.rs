//! The component explorer's search: full text over titles, objectives and results in the active
//! language, disjunctive facets (theme, phase, partner, country), the URL form of a query, and the
//! themes × phases views.
use super::facets::{self, Query};
use super::locale::Locale;
use super::model::{Component, Dataset};
use super::order;

/// The URL keys of the facets, one per dimension of the index.
pub const KEYS: [&str; 4] = ["theme", "phase", "partner", "country"];
pub const THEME: usize = 0;
pub const PHASE: usize = 1;
pub const PARTNER: usize = 2;
pub const COUNTRY: usize = 3;

/// The components as records of the facet engine, folded once per dataset and locale, latest
/// phase first (the order of equal scores).
#[derive(PartialEq)]
pub struct SearchIndex {
    locale: Locale,
    /// Each facet's values in the order it shows them (partners then by their counts).
    pub explorer: facets::Explorer,
}

/// Field weights: a title hit ranks above an objective hit, above results, above description.
const WEIGHTS: [u32; 4] = [10, 4, 3, 2];

fn component_countries(ds: &Dataset, c: &Component) -> Vec<String> {
    super::query::phase(ds, c.phase)
        .and_then(|p| p.countries.as_ref())
        .map(|f| f.value.clone())
        .unwrap_or_else(|| ds.programme.countries.value.clone())
}

fn text_or_empty(t: &Option<super::model::Text>, locale: Locale) -> &str {
    t.as_ref().map_or("", |t| t.get(locale))
}

impl SearchIndex {
    pub fn build(ds: &Dataset, locale: Locale) -> Self {
        let mut components: Vec<usize> = (0..ds.components.len()).collect();
        order::sort_by_key(&mut components, |&i| (std::cmp::Reverse(ds.components[i].phase), ds.components[i].number));
        let mut records = facets::Index::new(&WEIGHTS, 1);
        for &i in &components {
            let c = &ds.components[i];
            records.push(
                &[
                    c.title.get(locale),
                    text_or_empty(&c.specific_objective, locale),
                    text_or_empty(&c.expected_results, locale),
                    text_or_empty(&c.description, locale),
                ],
                vec![
                    c.themes.clone(),
                    vec![c.phase.to_string()],
                    c.responsible_partner.iter().cloned().collect(),
                    component_countries(ds, c),
                ],
            );
        }
        let mut partners: Vec<String> = ds.components.iter().filter_map(|c| c.responsible_partner.clone()).collect();
        order::sort(&mut partners);
        partners.dedup();
        let mut phases = records.values_seen(KEYS.len()).swap_remove(PHASE);
        facets::highest_first(&mut phases);
        let known = vec![
            ds.themes.iter().map(|t| t.id.clone()).collect(),
            phases,
            partners,
            ds.programme.countries.value.clone(),
        ];
        SearchIndex { locale, explorer: facets::Explorer::new(&KEYS, records, components, known) }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into `Dataset::components`.
    pub index: usize,
    pub score: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResult {
    pub hits: Vec<Hit>,
    /// Per facet (`KEYS`), each value with the number of results selecting it would give.
    pub counts: Vec<Vec<(String, usize)>>,
}

pub fn search(ds: &Dataset, q: &Query, locale: Locale) -> SearchResult {
    search_indexed(ds, &SearchIndex::build(ds, locale), q, locale)
}

pub fn search_indexed(ds: &Dataset, index: &SearchIndex, q: &Query, locale: Locale) -> SearchResult {
    debug_assert_eq!(index.locale, locale);
    let outcome = index.explorer.run(q);
    let hits = outcome.hits.into_iter().map(|h| Hit { index: h.record, score: h.score }).collect();
    let mut counts = outcome.counts;
    let name =
        |id: &str| super::query::organisation(ds, id).map(|o| o.name.get(locale).to_string()).unwrap_or_default();
    if let Some(partners) = counts.get_mut(PARTNER) {
        order::sort_by(partners, |a, b| b.1.cmp(&a.1).then_with(|| name(&a.0).cmp(&name(&b.0))));
    }
    SearchResult { hits, counts }
}

/// A theme's row of the matrix: the theme id, and per phase the ids of its components on it.
pub type ThemeRow = (String, Vec<(u8, Vec<String>)>);

/// Themes × phases: per theme, for each phase that has components, the ids of its components on it.
pub fn theme_matrix(ds: &Dataset) -> Vec<ThemeRow> {
    let mut phases: Vec<u8> = ds.components.iter().map(|c| c.phase).collect();
    order::sort(&mut phases);
    phases.dedup();
    ds.themes
        .iter()
        .map(|t| {
            let cells = phases
                .iter()
                .map(|&p| {
                    let mut list: Vec<&Component> =
                        ds.components.iter().filter(|c| c.phase == p && c.themes.contains(&t.id)).collect();
                    order::sort_by_key(&mut list, |c| c.number);
                    (p, list.into_iter().map(|c| c.id.clone()).collect())
                })
                .collect();
            (t.id.clone(), cells)
        })
        .collect()
}

/// For each theme of a component, that theme's components in the other phases, by phase.
pub fn same_theme_elsewhere(ds: &Dataset, component_id: &str) -> Vec<(String, Vec<String>)> {
    let Some(c) = super::query::component(ds, component_id) else {
        return Vec::new();
    };
    c.themes
        .iter()
        .map(|t| {
            let mut others: Vec<&Component> =
                ds.components.iter().filter(|o| o.phase != c.phase && o.themes.contains(t)).collect();
            order::sort_by_key(&mut others, |o| (o.phase, o.number));
            (t.clone(), others.into_iter().map(|o| o.id.clone()).collect())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ds() -> Dataset {
        super::super::load::parse(include_str!("../../public/data/bomca.json")).unwrap()
    }

    fn ids(ds: &Dataset, r: &SearchResult) -> Vec<String> {
        r.hits.iter().map(|h| ds.components[h.index].id.clone()).collect()
    }

    fn q(text: &str) -> Query {
        Query { text: text.into(), selected: vec![Vec::new(); KEYS.len()] }
    }

    fn with(dim: usize, values: &[&str]) -> Query {
        let mut query = q("");
        query.selected[dim] = values.iter().map(|v| v.to_string()).collect();
        query
    }

    fn count(r: &SearchResult, dim: usize, value: &str) -> usize {
        r.counts[dim].iter().find(|(v, _)| v == value).unwrap().1
    }

    #[test]
    fn empty_query_lists_everything_latest_phase_first() {
        let ds = ds();
        let r = search(&ds, &q(""), Locale::En);
        assert_eq!(r.hits.len(), ds.components.len());
        assert_eq!(ids(&ds, &r)[0], "bomca-11-c1");
    }

    #[test]
    fn terms_are_and_ed_and_titles_rank_first() {
        let ds = ds();
        let r = search(&ds, &q("trade"), Locale::En);
        let found = ids(&ds, &r);
        assert!(found.contains(&"bomca-9-c3".to_string()) && found.contains(&"bomca-10-c3".to_string()));
        // "Facilitation of Trade" (title) outranks a component that mentions trade only in its text.
        let title_hit = found.iter().position(|i| i == "bomca-10-c3").unwrap();
        assert!(r.hits[title_hit].score >= r.hits.last().unwrap().score);
        let both = ids(&ds, &search(&ds, &q("trade facilitation"), Locale::En));
        assert!(both.iter().all(|i| found.contains(i)), "AND narrows");
        assert!(search(&ds, &q("trade zzzz"), Locale::En).hits.is_empty());
    }

    #[test]
    fn russian_search_folds_case_and_yo() {
        let ds = ds();
        let lower = ids(&ds, &search(&ds, &q("торговле"), Locale::Ru));
        assert!(lower.contains(&"bomca-10-c3".to_string()), "{lower:?}");
        assert_eq!(lower, ids(&ds, &search(&ds, &q("ТОРГОВЛЕ"), Locale::Ru)));
        assert_eq!(lower, ids(&ds, &search(&ds, &q("torgovle"), Locale::Ru)), "typed in Latin letters");
        let mut with_yo = ds.clone();
        with_yo.components[0].title.set("ru", "Учёт границ");
        let plain = ids(&with_yo, &search(&with_yo, &q("учет"), Locale::Ru));
        assert!(plain.contains(&with_yo.components[0].id), "{plain:?}");
        assert_eq!(plain, ids(&with_yo, &search(&with_yo, &q("УЧЁТ"), Locale::Ru)));
    }

    #[test]
    fn facets_are_disjunctive_within_and_conjunctive_across() {
        let ds = ds();
        let query = with(THEME, &["trade-facilitation"]);
        let r = search(&ds, &query, Locale::En);
        let trade: Vec<&Component> =
            ds.components.iter().filter(|c| c.themes.contains(&"trade-facilitation".into())).collect();
        assert_eq!(r.hits.len(), trade.len());
        // Theme counts ignore the theme selection itself: "drugs" still counts its components.
        assert_eq!(
            count(&r, THEME, "drugs"),
            ds.components.iter().filter(|c| c.themes.contains(&"drugs".into())).count()
        );
        // Phase counts respect the theme selection.
        let p10 = count(&r, PHASE, "10");
        assert_eq!(p10, trade.iter().filter(|c| c.phase == 10).count());
        assert_eq!(count(&r, PHASE, "11"), 0, "values without results are still listed, with 0");
        let mut narrowed = query.clone();
        narrowed.selected[PHASE] = vec!["10".into()];
        assert_eq!(search(&ds, &narrowed, Locale::En).hits.len(), p10);
    }

    #[test]
    fn query_string_round_trips() {
        let ds = ds();
        let index = SearchIndex::build(&ds, Locale::En);
        let query = Query {
            text: "граница & trade=100% +x".into(),
            selected: vec![
                vec!["drugs".into(), "trade-facilitation".into()],
                vec!["9".into(), "10".into()],
                vec!["org-icmpd".into()],
                vec!["KG".into()],
            ],
        };
        let qs = query.to_query_string(&KEYS);
        assert_eq!(Query::from_query_string(&KEYS, &index.explorer.known, &qs), (query, Vec::new()));
    }

    #[test]
    fn hostile_values_are_reported_not_used() {
        let ds = ds();
        let index = SearchIndex::build(&ds, Locale::En);
        let pairs =
            [("phase", "9,<script>,abc,300"), ("q", "<script>alert(1)</script>"), ("evil", "x"), ("theme", "nope")];
        let (query, ignored) = index.explorer.parse(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        assert_eq!(query.selected[PHASE], ["9"]);
        assert_eq!(ignored, ["<script>", "abc", "300", "nope"]);
        assert!(search(&ds, &query, Locale::En).hits.is_empty());
    }

    #[test]
    fn themes_can_be_followed_across_phases() {
        let ds = ds();
        let matrix = theme_matrix(&ds);
        let trade = &matrix.iter().find(|(t, _)| t == "trade-facilitation").unwrap().1;
        assert!(trade.iter().any(|(p, ids)| *p == 9 && ids == &["bomca-9-c3"]));
        let elsewhere = same_theme_elsewhere(&ds, "bomca-10-c3");
        let trade_elsewhere = &elsewhere.iter().find(|(t, _)| t == "trade-facilitation").unwrap().1;
        assert!(trade_elsewhere.contains(&"bomca-9-c3".to_string()));
        assert!(!trade_elsewhere.iter().any(|id| id.starts_with("bomca-10-")));
    }
}
