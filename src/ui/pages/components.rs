//! `/components`: every component of every phase, faceted and searchable, with the state in the URL;
//! then the themes × phases view.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::i18n;
use crate::core::i18n::labels::phase_label;
use crate::core::locale::Locale;
use crate::core::model::{Component, Dataset};
use crate::core::search::{self, SearchIndex};
use crate::core::text::{highlight_html, tokenize};
use crate::ui::components::explorer::{Facet, FacetGroups, IgnoredValues, ResultCount, SearchField};
use crate::ui::components::later::Later;
use crate::ui::components::orgs::OrgLink;
use crate::ui::components::page::PageMeta;
use crate::ui::state::{current_locale, localized, texts, use_data, ExplorerUrl};

fn facet_label(ds: &Dataset, dim: usize, value: &str, locale: Locale) -> String {
    match dim {
        search::THEME => ds
            .themes
            .iter()
            .find(|t| t.id == value)
            .map(|t| t.name.get(locale).to_string())
            .unwrap_or_else(|| value.into()),
        search::PHASE => phase_label(i18n::catalogue(locale), value.parse().unwrap_or(0)),
        search::PARTNER => ds
            .organisations
            .iter()
            .find(|o| o.id == value)
            .map(|o| o.short_name.as_ref().unwrap_or(&o.name).get(locale).to_string())
            .unwrap_or_else(|| value.into()),
        _ => i18n::country_name(value, locale).to_string(),
    }
}

/// Results shown at first, and added by "More": at scale, each keystroke builds fewer cards.
const RESULTS_PAGE: usize = 20;

#[component]
pub fn ComponentsPage() -> impl IntoView {
    let t = texts();
    // At takeover the explorer (its index, facets and results) and the themes each render in a
    // task of their own.
    view! {
        <PageMeta
            title=t.components_title
            description=t.components_intro
            path=localized("/components")
        />
        <h1>{t.components_title}</h1>
        <p class="lead">{t.components_intro}</p>
        <Later>
            <ComponentsExplorer/>
        </Later>
        <Later>
            <ThemesAcrossPhases/>
        </Later>
    }
}

/// The search, the facets and the results, the state in the URL.
#[component]
fn ComponentsExplorer() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let index = Arc::new(SearchIndex::build(&ds, locale));
    let url = {
        let index = index.clone();
        ExplorerUrl::new("/components", &search::KEYS, move |pairs| index.explorer.parse(pairs.into_iter()))
    };
    let parsed = url.parsed;
    let result = {
        let ds = ds.clone();
        Memo::new(move |_| search::search_indexed(&ds, &index, &parsed.read().0, locale))
    };
    // Results render a page at a time, so typing stays instant however large the data grows.
    let limit = RwSignal::new(RESULTS_PAGE);
    Effect::new(move |_| {
        parsed.track();
        limit.set(RESULTS_PAGE);
    });
    let groups = {
        let ds = ds.clone();
        Signal::derive(move || {
            let counts = result.read().counts.clone();
            [
                (search::THEME, t.facet_theme),
                (search::PHASE, t.facet_phase),
                (search::PARTNER, t.facet_partner),
                (search::COUNTRY, t.facet_country),
            ]
            .into_iter()
            .map(|(dim, legend)| Facet {
                dim,
                key: search::KEYS[dim],
                legend,
                options: counts[dim].iter().map(|(v, n)| (v.clone(), facet_label(&ds, dim, v, locale), *n)).collect(),
            })
            .collect()
        })
    };

    let terms = Memo::new(move |_| tokenize(&parsed.read().0.text));
    // Cards are keyed by component, so a keystroke only adds and removes the cards that change and
    // re-highlights the rest.
    let shown =
        Memo::new(move |_| result.read().hits.iter().take(limit.get()).map(|hit| hit.index).collect::<Vec<_>>());
    let results = {
        let ds = ds.clone();
        let card = move |index: usize| {
            ds.components.get(index).map(|c| view! { <li><ResultCard component=c.clone() terms/></li> })
        };
        let more = move || {
            (result.read().hits.len() > limit.get()).then(|| view! {
            <button type="button" class="button" on:click=move |_| limit.update(|n| *n += RESULTS_PAGE)>{t.results_more}</button>
        })
        };
        let empty = move || result.read().hits.is_empty().then(|| view! { <p class="empty">{t.results_empty}</p> });
        view! {
            {empty}
            <ul class="results">
                <For each=move || shown.get() key=|index| *index children=card/>
            </ul>
            {more}
        }
    };
    let count = Signal::derive(move || result.read().hits.len());

    let facets_url = url.clone();
    view! {
        <div class="explorer">
            <aside aria-label=t.components_filters>
                <form role="search" on:submit=|ev| ev.prevent_default()>
                    <SearchField id="component-search" label=t.search_label hint=t.search_hint url=url.clone()/>
                    <Later><FacetGroups groups url=facets_url/></Later>
                </form>
            </aside>
            <section aria-labelledby="results-count">
                <IgnoredValues url=url.clone()/>
                <ResultCount count plural=t.results_count url/>
                <Later>{results}</Later>
            </section>
        </div>
    }
}

#[component]
fn ResultCard(component: Component, terms: Memo<Vec<String>>) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let href = localized(format!("/components/{}", component.id));
    let l = locale;
    let title = component.title.get(l).to_string();
    let objective = component.specific_objective.as_ref().map(|o| o.get(l).to_string());
    let results = component.expected_results.as_ref().map(|o| o.get(l).to_string());
    let (phase, number) = (component.phase, component.number);
    let partner = component.responsible_partner.clone();
    let themes: Vec<String> = component
        .themes
        .iter()
        .filter_map(|id| ds.themes.iter().find(|th| &th.id == id))
        .map(|th| th.name.get(l).to_string())
        .collect();
    view! {
        <article class="card result">
            <p class="card-kicker">
                <span class="badge">{phase_label(t, phase)}</span>
                " "
                <span>{move || t.component_n.replace("{n}", &number.to_string())}</span>
            </p>
            <h2 class="result-title"><a href=href.clone() inner_html=marked(title, terms)></a></h2>
            {objective.map(|o| view! { <p inner_html=marked(o, terms)></p> })}
            {results.map(|o| view! { <p class="muted" inner_html=marked(o, terms)></p> })}
            {partner.map(|id| view! { <p class="muted">{t.component_partner} ": " <OrgLink id/></p> })}
            <ul class="theme-list" aria-label=t.component_themes>
                {themes.into_iter().map(|name| view! { <li class="chip-link">{name}</li> }).collect_view()}
            </ul>
        </article>
    }
}

/// `text` as escaped markup with the search's words in `<mark>`, marked anew as the terms change.
/// Markup rather than a view per segment: the same results with fewer nodes to build per keystroke.
fn marked(text: String, terms: Memo<Vec<String>>) -> impl Fn() -> String + Send + Sync + 'static {
    move || highlight_html(&text, &terms.read())
}

/// Themes as rows, phases as columns; each cell lists that phase's components on the theme.
#[component]
pub fn ThemesAcrossPhases() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let matrix = search::theme_matrix(&ds);
    let phases: Vec<u8> = matrix.first().map(|(_, cols)| cols.iter().map(|(n, _)| *n).collect()).unwrap_or_default();
    let head = phases.iter().map(|&n| view! { <th scope="col">{phase_label(t, n)}</th> }).collect_view();
    let rows = matrix
        .into_iter()
        .map(|(theme_id, cols)| {
            let name = ds.themes.iter().find(|th| th.id == theme_id).map(|th| th.name.clone()).unwrap_or_default();
            let cells = cols
                .into_iter()
                .map(|(_, ids)| {
                    if ids.is_empty() {
                        return view! { <td class="matrix-empty"><span aria-hidden="true">"–"</span><span class="visually-hidden">{t.matrix_none}</span></td> }.into_any();
                    }
                    let links = ids
                        .into_iter()
                        .filter_map(|id| ds.components.iter().find(|c| c.id == id).cloned())
                        .map(|c| {
                            let href = localized(format!("/components/{}", c.id));
                            let title = c.title.clone();
                            view! { <li><a href=href.clone()>{title.get(locale).to_string()}</a></li> }
                        })
                        .collect_view();
                    view! { <td class="matrix-yes"><ul>{links}</ul></td> }.into_any()
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{name.get(locale).to_string()}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="themes-h">
            <h2 id="themes-h">{t.themes_across}</h2>
            <p>{t.themes_across_intro}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="themes-h">
                <table class="matrix matrix-wide">
                    <thead><tr><td></td>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
