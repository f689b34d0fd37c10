//! The component explorer's search: full text over titles, objectives and results in the active
//! language, disjunctive facets (theme, phase, partner, country), the URL form of a query, and the
//! themes × phases views.
use super::locale::Locale;
use super::model::{Component, Dataset};
use super::order;
use super::text::{encode_component, fold, tokenize};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ComponentQuery {
    pub text: String,
    pub themes: Vec<String>,
    pub phases: Vec<u8>,
    pub partners: Vec<String>,
    pub countries: Vec<String>,
}

const MAX_TEXT_CHARS: usize = 200;
const MAX_VALUES: usize = 20;

impl ComponentQuery {
    pub fn is_empty(&self) -> bool {
        self == &ComponentQuery::default()
    }

    /// `q=…&theme=a,b&phase=9,10&partner=…&country=KG`, empty parts left out.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        let text = self.text.trim();
        if !text.is_empty() {
            parts.push(format!("q={}", encode_component(text)));
        }
        let list = |key: &str, values: Vec<String>| {
            (!values.is_empty())
                .then(|| format!("{key}={}", values.iter().map(|v| encode_component(v)).collect::<Vec<_>>().join(",")))
        };
        parts.extend(list("theme", self.themes.clone()));
        parts.extend(list("phase", self.phases.iter().map(u8::to_string).collect()));
        parts.extend(list("partner", self.partners.clone()));
        parts.extend(list("country", self.countries.clone()));
        parts.join("&")
    }

    /// Reads decoded key/value pairs (as a router gives them). Returns the query and the values it
    /// ignored (unknown keys are not reported; malformed phase numbers and over-long lists are).
    pub fn from_query_pairs(pairs: impl Iterator<Item = (String, String)>) -> (ComponentQuery, Vec<String>) {
        let mut q = ComponentQuery::default();
        let mut ignored = Vec::new();
        for (key, value) in pairs {
            let values = || value.split(',').map(str::trim).filter(|v| !v.is_empty()).map(String::from);
            match key.as_str() {
                "q" => q.text = value.chars().take(MAX_TEXT_CHARS).collect(),
                "theme" => q.themes.extend(values()),
                "partner" => q.partners.extend(values()),
                "country" => q.countries.extend(values().map(|v| v.to_ascii_uppercase())),
                "phase" => {
                    for v in values() {
                        match v.parse::<u8>() {
                            Ok(n) if (1..=99).contains(&n) && !q.phases.contains(&n) => q.phases.push(n),
                            Ok(n) if q.phases.contains(&n) => {}
                            _ => ignored.push(v.chars().take(40).collect()),
                        }
                    }
                }
                _ => {}
            }
        }
        for list in [&mut q.themes, &mut q.partners, &mut q.countries] {
            list.dedup();
            if list.len() > MAX_VALUES {
                ignored.extend(list.drain(MAX_VALUES..));
            }
        }
        (q, ignored)
    }
}

/// Each component's searchable fields, folded once per dataset and locale.
#[derive(PartialEq)]
pub struct SearchIndex {
    locale: Locale,
    /// Per component, in dataset order: title, objective, results, description (folded).
    fields: Vec<[String; 4]>,
    /// Per component: the beneficiary countries of its phase.
    countries: Vec<Vec<String>>,
}

/// Field weights: a title hit ranks above an objective hit, above results, above description.
const WEIGHTS: [u32; 4] = [10, 4, 3, 2];

fn field_texts(c: &Component, locale: Locale) -> [String; 4] {
    let get = |t: &Option<super::model::Text>| t.as_ref().map(|t| fold(t.get(locale))).unwrap_or_default();
    [fold(c.title.get(locale)), get(&c.specific_objective), get(&c.expected_results), get(&c.description)]
}

fn component_countries(ds: &Dataset, c: &Component) -> Vec<String> {
    super::query::phase(ds, c.phase)
        .and_then(|p| p.countries.as_ref())
        .map(|f| f.value.clone())
        .unwrap_or_else(|| ds.programme.countries.value.clone())
}

impl SearchIndex {
    pub fn build(ds: &Dataset, locale: Locale) -> Self {
        SearchIndex {
            locale,
            fields: ds.components.iter().map(|c| field_texts(c, locale)).collect(),
            countries: ds.components.iter().map(|c| component_countries(ds, c)).collect(),
        }
    }
}

/// Score of one term in one folded field: weight, plus half again when it starts a word.
fn term_score(field: &str, term: &str, weight: u32) -> u32 {
    let mut best = 0;
    for (at, _) in field.match_indices(term) {
        let starts_word = field[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        best = best.max(if starts_word { weight + weight / 2 } else { weight });
        if starts_word {
            break;
        }
    }
    best
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into `Dataset::components`.
    pub index: usize,
    pub score: u32,
}

/// Values of each dimension with the number of results selecting it would give.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub themes: Vec<(String, usize)>,
    pub phases: Vec<(u8, usize)>,
    pub partners: Vec<(String, usize)>,
    pub countries: Vec<(String, usize)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResult {
    pub hits: Vec<Hit>,
    pub facets: Facets,
}

fn passes<T: PartialEq>(selected: &[T], has: impl Fn(&T) -> bool) -> bool {
    selected.is_empty() || selected.iter().any(has)
}

pub fn search(ds: &Dataset, q: &ComponentQuery, locale: Locale) -> SearchResult {
    search_indexed(ds, &SearchIndex::build(ds, locale), q, locale)
}

pub fn search_indexed(ds: &Dataset, index: &SearchIndex, q: &ComponentQuery, locale: Locale) -> SearchResult {
    debug_assert_eq!(index.locale, locale);
    let terms = tokenize(&q.text);
    let n = ds.components.len().min(index.fields.len());
    // Text score per component (None: some term matches no field).
    let scores: Vec<Option<u32>> = (0..n)
        .map(|i| {
            let mut total = 0;
            for term in &terms {
                let s = index.fields[i].iter().zip(WEIGHTS).map(|(f, w)| term_score(f, term, w)).max().unwrap_or(0);
                if s == 0 {
                    return None;
                }
                total += s;
            }
            Some(total)
        })
        .collect();
    // Which dimension filters each component passes: theme, phase, partner, country.
    let pass: Vec<[bool; 4]> = (0..n)
        .map(|i| {
            let c = &ds.components[i];
            [
                passes(&q.themes, |t| c.themes.contains(t)),
                passes(&q.phases, |p| *p == c.phase),
                passes(&q.partners, |p| c.responsible_partner.as_ref() == Some(p)),
                passes(&q.countries, |k| index.countries[i].contains(k)),
            ]
        })
        .collect();
    let others_pass =
        |i: usize, dim: usize| scores[i].is_some() && pass[i].iter().enumerate().all(|(d, ok)| d == dim || *ok);

    let mut hits: Vec<Hit> = (0..n)
        .filter(|&i| others_pass(i, usize::MAX))
        .map(|i| Hit { index: i, score: scores[i].unwrap_or(0) })
        .collect();
    order::sort_by(&mut hits, |a, b| {
        let (ca, cb) = (&ds.components[a.index], &ds.components[b.index]);
        b.score.cmp(&a.score).then(cb.phase.cmp(&ca.phase)).then(ca.number.cmp(&cb.number))
    });

    let count = |dim: usize, has: &dyn Fn(usize) -> bool| (0..n).filter(|&i| others_pass(i, dim) && has(i)).count();
    let themes =
        ds.themes.iter().map(|t| (t.id.clone(), count(0, &|i| ds.components[i].themes.contains(&t.id)))).collect();
    let mut phase_numbers: Vec<u8> = ds.components.iter().map(|c| c.phase).collect();
    order::sort_by(&mut phase_numbers, |a, b| b.cmp(a));
    phase_numbers.dedup();
    let phases = phase_numbers.into_iter().map(|p| (p, count(1, &|i| ds.components[i].phase == p))).collect();
    let mut partner_ids: Vec<&String> = ds.components.iter().filter_map(|c| c.responsible_partner.as_ref()).collect();
    order::sort(&mut partner_ids);
    partner_ids.dedup();
    let mut partners: Vec<(String, usize)> = partner_ids
        .into_iter()
        .map(|p| (p.clone(), count(2, &|i| ds.components[i].responsible_partner.as_ref() == Some(p))))
        .collect();
    let name =
        |id: &str| super::query::organisation(ds, id).map(|o| o.name.get(locale).to_string()).unwrap_or_default();
    order::sort_by(&mut partners, |a, b| b.1.cmp(&a.1).then_with(|| name(&a.0).cmp(&name(&b.0))));
    let countries = ds
        .programme
        .countries
        .value
        .iter()
        .map(|k| (k.clone(), count(3, &|i| index.countries[i].contains(k))))
        .collect();

    SearchResult { hits, facets: Facets { themes, phases, partners, countries } }
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
    use crate::core::text::decode_component;

    fn ds() -> Dataset {
        super::super::load::parse(include_str!("../../public/data/bomca.json")).unwrap()
    }

    fn ids(ds: &Dataset, r: &SearchResult) -> Vec<String> {
        r.hits.iter().map(|h| ds.components[h.index].id.clone()).collect()
    }

    fn q(text: &str) -> ComponentQuery {
        ComponentQuery { text: text.into(), ..Default::default() }
    }

    #[test]
    fn empty_query_lists_everything_latest_phase_first() {
        let ds = ds();
        let r = search(&ds, &ComponentQuery::default(), Locale::En);
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
        let mut with_yo = ds.clone();
        with_yo.components[0].title.set("ru", "Учёт границ");
        let plain = ids(&with_yo, &search(&with_yo, &q("учет"), Locale::Ru));
        assert!(plain.contains(&with_yo.components[0].id), "{plain:?}");
        assert_eq!(plain, ids(&with_yo, &search(&with_yo, &q("УЧЁТ"), Locale::Ru)));
    }

    #[test]
    fn facets_are_disjunctive_within_and_conjunctive_across() {
        let ds = ds();
        let query = ComponentQuery { themes: vec!["trade-facilitation".into()], ..Default::default() };
        let r = search(&ds, &query, Locale::En);
        let trade: Vec<&Component> =
            ds.components.iter().filter(|c| c.themes.contains(&"trade-facilitation".into())).collect();
        assert_eq!(r.hits.len(), trade.len());
        // Theme counts ignore the theme selection itself: "drugs" still counts its components.
        let drugs = r.facets.themes.iter().find(|(t, _)| t == "drugs").unwrap().1;
        assert_eq!(drugs, ds.components.iter().filter(|c| c.themes.contains(&"drugs".into())).count());
        // Phase counts respect the theme selection.
        let p10 = r.facets.phases.iter().find(|(p, _)| *p == 10).unwrap().1;
        assert_eq!(p10, trade.iter().filter(|c| c.phase == 10).count());
        let p11 = r.facets.phases.iter().find(|(p, _)| *p == 11).unwrap().1;
        assert_eq!(p11, 0, "values without results are still listed, with 0");
        let narrowed = ComponentQuery { phases: vec![10], ..query };
        assert_eq!(search(&ds, &narrowed, Locale::En).hits.len(), p10);
    }

    #[test]
    fn query_string_round_trips() {
        let query = ComponentQuery {
            text: "граница & trade=100% +x".into(),
            themes: vec!["drugs".into(), "trade-facilitation".into()],
            phases: vec![9, 10],
            partners: vec!["org-icmpd".into()],
            countries: vec!["KG".into()],
        };
        let qs = query.to_query_string();
        let pairs = qs.split('&').map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (k.to_string(), decode_component(v))
        });
        let (back, ignored) = ComponentQuery::from_query_pairs(pairs);
        assert_eq!(back, query);
        assert!(ignored.is_empty());
    }

    #[test]
    fn hostile_values_are_reported_not_used() {
        let pairs = [("phase", "9,<script>,abc,300"), ("q", "<script>alert(1)</script>"), ("evil", "x")];
        let (query, ignored) =
            ComponentQuery::from_query_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        assert_eq!(query.phases, [9]);
        assert_eq!(ignored, ["<script>", "abc", "300"]);
        assert_eq!(decode_component("%3Cscript%3E%zz%"), "<script>%zz%");
        let ds = ds();
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
