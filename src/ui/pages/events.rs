//! `/events`: every event of the programme, newest first and grouped by year, with the events per
//! year, facets (year, country, kind, phase) and a text search, the state in the URL.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::events;
use crate::core::i18n::labels::{event_kind_label, phase_label};
use crate::core::i18n::{self, country_name};
use crate::core::model::EventKind;
use crate::ui::components::charts::EventsPerYear;
use crate::ui::components::events::EventItem;
use crate::ui::components::explorer::{Facet, FacetGroups, IgnoredValues, ResultCount, SearchField};
use crate::ui::components::later::Later;
use crate::ui::components::page::PageMeta;
use crate::ui::state::{current_locale, localized, texts, use_data, with_base, ExplorerUrl};

/// Events render a page at a time, so typing stays instant however large the data grows.
const RESULTS_PAGE: usize = 50;

#[component]
pub fn EventsPage() -> impl IntoView {
    let t = texts();
    let feed = localized("/events.atom");
    let csv = with_base("/data/bomca-events.csv");
    // At takeover the chart and the explorer (its index, facets and results) each render in a
    // task of their own.
    view! {
        <PageMeta title=t.events_title description=t.events_intro path=localized("/events") feed=feed.clone()/>
        <h1>{t.events_title}</h1>
        <p class="lead">{t.events_intro}</p>
        <p class="downloads no-print">
            <a href=feed type="application/atom+xml">{t.events_feed}</a>
            " · "
            <a href=csv download="">{t.download_csv.replace("{table}", i18n::entity_name(t, "events"))}</a>
        </p>
        <Later>
            <EventsPerYear/>
        </Later>
        <Later>
            <EventsExplorer/>
        </Later>
    }
}

/// The search, the facets and the results, the state in the URL.
#[component]
fn EventsExplorer() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let index = Arc::new(events::index(&ds, locale));
    let url = {
        let index = index.clone();
        ExplorerUrl::new("/events", &events::KEYS, move |pairs| index.parse(pairs.into_iter()))
    };
    let parsed = url.parsed;
    let found = {
        let index = index.clone();
        Memo::new(move |_| index.run_in_listed_order(&parsed.read().0))
    };
    let limit = RwSignal::new(RESULTS_PAGE);
    Effect::new(move |_| {
        parsed.track();
        limit.set(RESULTS_PAGE);
    });
    let groups = {
        let known = index.known.clone();
        Signal::derive(move || {
            let counts = found.read().1.counts.clone();
            let label = |dim: usize, v: &str| match dim {
                events::COUNTRY => country_name(v, locale).to_string(),
                events::KIND => v.parse::<EventKind>().map_or(v.to_string(), |k| event_kind_label(t, k).to_string()),
                events::PHASE => phase_label(i18n::catalogue(locale), v.parse().unwrap_or(0)),
                _ => v.to_string(),
            };
            [
                (events::YEAR, t.facet_year),
                (events::COUNTRY, t.facet_country),
                (events::KIND, t.facet_kind),
                (events::PHASE, t.facet_phase),
            ]
            .into_iter()
            .map(|(dim, legend)| Facet {
                dim,
                key: events::KEYS[dim],
                legend,
                options: counts[dim].iter().map(|(v, n)| (v.clone(), label(dim, v), *n)).collect(),
            })
            .filter(|f| !known[f.dim].is_empty())
            .collect()
        })
    };
    let count = Signal::derive(move || found.read().0.len());
    // The shown events, each with whether it starts its year (newest first). Keyed, so a keystroke
    // only adds and removes the events that change.
    let shown = {
        let ds = ds.clone();
        Memo::new(move |_| {
            let found = found.read();
            let list = &found.0[..found.0.len().min(limit.get())];
            let year = |k: usize| ds.events[list[k]].date.year;
            (0..list.len()).map(|k| (list[k], k == 0 || year(k - 1) != year(k))).collect::<Vec<_>>()
        })
    };
    let results = {
        let ds = ds.clone();
        view! {
            <ol class="events event-stream">
                <For each=move || shown.get() key=|item| *item children=move |(i, year_heading)| view! { <EventItem event=ds.events[i].clone() year_heading/> }/>
            </ol>
        }
    };
    let more = move || {
        (found.read().0.len() > limit.get()).then(|| view! {
            <button type="button" class="button" on:click=move |_| limit.update(|n| *n += RESULTS_PAGE)>{t.results_more}</button>
        })
    };
    let empty = move || found.read().0.is_empty().then(|| view! { <p class="empty">{t.events_empty}</p> });
    let facets_url = url.clone();
    view! {
        <div class="explorer">
            <aside aria-label=t.components_filters>
                <form role="search" on:submit=|ev| ev.prevent_default()>
                    <SearchField id="event-search" label=t.events_search hint=t.events_hint url=url.clone()/>
                    <Later><FacetGroups groups url=facets_url/></Later>
                </form>
            </aside>
            <section aria-labelledby="results-count">
                <IgnoredValues url=url.clone()/>
                <ResultCount count plural=t.events_count url/>
                {empty}
                <Later>{results}{more}</Later>
            </section>
        </div>
    }
}
