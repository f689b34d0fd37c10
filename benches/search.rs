//! Search and faceting speed of the components and events explorers and of the site-wide search
//! over the real dataset and over one 100 times larger (every kind of record multiplied).
//! Run: `cargo bench --bench search` (prints the median time per query).
use std::hint::black_box;
use std::time::Instant;

use bomca_explorer::core::events;
use bomca_explorer::core::facets::Query;
use bomca_explorer::core::locale::Locale;
use bomca_explorer::core::model::Dataset;
use bomca_explorer::core::search::{search_indexed, SearchIndex, PHASE, THEME};
use bomca_explorer::core::site_search::{records, SiteIndex};
use bomca_explorer::core::{load, order};

/// `times` copies of each record, each copy with its own id.
fn copies<T: Clone>(list: &[T], times: usize, id: fn(&mut T) -> &mut String) -> Vec<T> {
    (0..times)
        .flat_map(|i| {
            list.iter().map(move |r| {
                let mut r = r.clone();
                let id = id(&mut r);
                *id = format!("{id}-x{i}");
                r
            })
        })
        .collect()
}

fn scaled(ds: &Dataset, times: usize) -> Dataset {
    let mut big = ds.clone();
    big.events = copies(&ds.events, times, |e| &mut e.id);
    big.components = copies(&ds.components, times, |c| &mut c.id);
    big.organisations = copies(&ds.organisations, times, |o| &mut o.id);
    big.people = copies(&ds.people, times, |p| &mut p.id);
    big.offices = copies(&ds.offices, times, |o| &mut o.id);
    big.sources = copies(&ds.sources, times, |s| &mut s.id);
    big.themes = copies(&ds.themes, times, |t| &mut t.id);
    big.phases = (0..times).flat_map(|_| ds.phases.iter().cloned()).collect();
    big
}

/// Median wall time of `f` over enough runs to take about half a second.
fn median_ns(mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    f();
    let once = start.elapsed().as_nanos().max(1) as f64;
    let runs = ((5e8 / once) as usize).clamp(5, 2000);
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_nanos() as f64
        })
        .collect();
    order::sort_by(&mut times, |a, b| a.partial_cmp(b).unwrap());
    times[runs / 2]
}

fn main() {
    let real = load::parse(include_str!("../public/data/bomca.json")).expect("dataset");
    let text = |t: &str, dims: usize| Query { text: t.into(), selected: vec![Vec::new(); dims] };
    let mut facets_only = text("", 4);
    facets_only.selected[THEME] = vec!["trade-facilitation".into()];
    facets_only.selected[PHASE] = vec!["9".into(), "10".into()];
    let queries: Vec<(&str, Locale, Query)> = vec![
        ("all, no filter", Locale::En, text("", 4)),
        ("text \"trade\"", Locale::En, text("trade", 4)),
        ("text \"граница\" (ru)", Locale::Ru, text("граница", 4)),
        ("two terms", Locale::En, text("border management", 4)),
        ("facets only", Locale::En, facets_only),
    ];
    let mut tajik_handovers = text("", 4);
    tajik_handovers.selected[1] = vec!["TJ".into()];
    tajik_handovers.selected[2] = vec!["handover".into()];
    let event_queries: Vec<(&str, Query)> = vec![
        ("events: all", text("", 4)),
        ("events: text \"handover\"", text("handover", 4)),
        ("events: TJ handovers", tajik_handovers),
    ];
    for (name, ds) in [("real", real.clone()), ("100x", scaled(&real, 100))] {
        println!("{name} dataset: {} components", ds.components.len());
        for locale in [Locale::En, Locale::Ru] {
            let ns = median_ns(|| {
                black_box(SearchIndex::build(black_box(&ds), locale));
            });
            println!("  index build ({})          {:>10.1} µs", locale.code(), ns / 1e3);
        }
        let indexes = [SearchIndex::build(&ds, Locale::En), SearchIndex::build(&ds, Locale::Ru)];
        for (label, locale, q) in &queries {
            let index = &indexes[usize::from(*locale == Locale::Ru)];
            let ns = median_ns(|| {
                black_box(search_indexed(black_box(&ds), index, black_box(q), *locale));
            });
            println!("  {label:<24} {:>10.1} µs per query (search + facets)", ns / 1e3);
        }
        println!("  ({} events)", ds.events.len());
        let events = events::index(&ds, Locale::En);
        for (label, q) in &event_queries {
            let ns = median_ns(|| {
                black_box(events.run_in_listed_order(black_box(q)));
            });
            println!("  {label:<24} {:>10.1} µs per query (search + facets)", ns / 1e3);
        }
        for locale in [Locale::En, Locale::Ru] {
            let made = median_ns(|| {
                black_box(records(black_box(&ds), locale));
            });
            let list = records(&ds, locale);
            let indexed = median_ns(|| {
                black_box(SiteIndex::new(black_box(list.clone())));
            });
            println!(
                "  site records ({0}, at build time) {1:>8.1} µs; index of them (first search) {2:>8.1} µs",
                locale.code(),
                made / 1e3,
                indexed / 1e3
            );
        }
        let site = [SiteIndex::new(records(&ds, Locale::En)), SiteIndex::new(records(&ds, Locale::Ru))];
        // What typing "bishkek office" sends, keystroke by keystroke, and the queries.
        let typed: Vec<String> = (1..="bishkek office".len()).map(|n| "bishkek office"[..n].to_string()).collect();
        for (label, locale, queries) in [
            ("site: typing \"bishkek office\"", Locale::En, typed.clone()),
            ("site: typing (ru)", Locale::Ru, typed),
            ("site: Бишкек, 2018, ICMPD", Locale::Ru, vec!["Бишкек".into(), "2018".into(), "ICMPD".into()]),
            ("site: a typo, \"Tashknet\"", Locale::En, vec!["Tashknet".into()]),
        ] {
            let index = &site[usize::from(locale == Locale::Ru)];
            let ns = median_ns(|| {
                for q in &queries {
                    black_box(index.search(black_box(q), 3));
                }
            });
            println!("  {label:<24} {:>10.1} µs per query", ns / 1e3 / queries.len() as f64);
        }
    }
}
