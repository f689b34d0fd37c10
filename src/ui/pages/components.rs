//! `/components`: every component of every phase, faceted and searchable, with the state in the URL;
//! then the themes × phases view.
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::core::i18n;
use crate::core::i18n::labels::{org_name, phase_label};
use crate::core::locale::Locale;
use crate::core::model::{Component, Dataset};
use crate::core::search::{self, ComponentQuery, SearchIndex};
use crate::core::text::{highlight, tokenize, Segment};
use crate::ui::components::page::PageMeta;
use crate::ui::state::{current_locale, localized, texts, use_data};

/// Text with the query's terms wrapped in `<mark>`, built from text nodes only.
/// A facet: what it filters, its key in the URL, its heading, and its values with their counts.
type FacetGroup = (Dimension, &'static str, &'static str, Vec<(String, usize)>);

#[component]
pub fn Highlighted(text: String, terms: Memo<Vec<String>>) -> impl IntoView {
    move || {
        highlight(&text, &terms.read())
            .into_iter()
            .map(|segment| match segment {
                Segment::Plain(s) => s.to_string().into_any(),
                Segment::Match(s) => view! { <mark>{s.to_string()}</mark> }.into_any(),
            })
            .collect_view()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dimension {
    Theme,
    Phase,
    Partner,
    Country,
}

fn values_mut(q: &mut ComponentQuery, d: Dimension) -> &mut Vec<String> {
    match d {
        Dimension::Theme => &mut q.themes,
        Dimension::Partner => &mut q.partners,
        Dimension::Country => &mut q.countries,
        Dimension::Phase => unreachable!("phases are numbers"),
    }
}

fn toggled(q: &ComponentQuery, d: Dimension, value: &str) -> ComponentQuery {
    let mut next = q.clone();
    if d == Dimension::Phase {
        if let Ok(n) = value.parse::<u8>() {
            match next.phases.iter().position(|&p| p == n) {
                Some(i) => {
                    next.phases.remove(i);
                }
                None => next.phases.push(n),
            }
        }
        return next;
    }
    let values = values_mut(&mut next, d);
    match values.iter().position(|v| v == value) {
        Some(i) => {
            values.remove(i);
        }
        None => values.push(value.to_string()),
    }
    next
}

fn is_selected(q: &ComponentQuery, d: Dimension, value: &str) -> bool {
    match d {
        Dimension::Theme => q.themes.iter().any(|v| v == value),
        Dimension::Partner => q.partners.iter().any(|v| v == value),
        Dimension::Country => q.countries.iter().any(|v| v == value),
        Dimension::Phase => value.parse::<u8>().is_ok_and(|n| q.phases.contains(&n)),
    }
}

fn facet_label(ds: &Dataset, d: Dimension, value: &str, locale: Locale) -> String {
    match d {
        Dimension::Theme => ds
            .themes
            .iter()
            .find(|t| t.id == value)
            .map(|t| t.name.get(locale).to_string())
            .unwrap_or_else(|| value.into()),
        Dimension::Phase => phase_label(i18n::catalogue(locale), value.parse().unwrap_or(0)),
        Dimension::Partner => ds
            .organisations
            .iter()
            .find(|o| o.id == value)
            .map(|o| o.short_name.as_ref().unwrap_or(&o.name).get(locale).to_string())
            .unwrap_or_else(|| value.into()),
        Dimension::Country => i18n::country_name(value, locale).to_string(),
    }
}

const RESULTS_PAGE: usize = 50;

#[component]
pub fn ComponentsPage() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let query_map = use_query_map();
    let parsed = Memo::new(move |_| {
        let map = query_map.read();
        search::ComponentQuery::from_query_pairs(map.clone().into_iter().map(|(k, v)| (k.to_string(), v)))
    });
    let query = Memo::new(move |_| parsed.get().0);
    let index = {
        let ds = ds.clone();
        Memo::new(move |_| Arc::new(SearchIndex::build(&ds, locale)))
    };
    let result = {
        let ds = ds.clone();
        Memo::new(move |_| search::search_indexed(&ds, &index.get(), &query.get(), locale))
    };
    // Results render a page at a time, so typing stays instant however large the data grows.
    let limit = RwSignal::new(RESULTS_PAGE);
    let navigate = use_navigate();
    let components_path = localized("/components");
    let go = Arc::new(move |q: ComponentQuery, replace: bool| {
        limit.set(RESULTS_PAGE);
        let qs = q.to_query_string();
        let path = components_path.clone();
        let url = if qs.is_empty() { path } else { format!("{path}?{qs}") };
        navigate(&url, NavigateOptions { replace, scroll: false, ..Default::default() });
    });

    let search_box = {
        let go = go.clone();
        view! {
            <div class="search-field">
                <label for="component-search">{t.search_label}</label>
                <input
                    id="component-search"
                    type="search"
                    name="q"
                    autocomplete="off"
                    aria-describedby="search-hint"
                    prop:value=move || query.read().text.clone()
                    on:input=move |ev| go(ComponentQuery { text: event_target_value(&ev), ..query.get_untracked() }, true)
                />
                " "
                <small id="search-hint" class="muted">{t.search_hint}</small>
                // Results follow each keystroke; the button is for submitting before the app runs
                // and for those who expect one (WCAG technique H32).
                <button type="submit" class="button-quiet">{t.search_submit}</button>
            </div>
        }
    };

    let facets = {
        let ds = ds.clone();
        let go = go.clone();
        move || {
            let r = result.get();
            // Each with its URL key, so the form submitted before the app runs asks for the same view.
            let groups: [FacetGroup; 4] = [
                (Dimension::Theme, "theme", t.facet_theme, r.facets.themes.clone()),
                (
                    Dimension::Phase,
                    "phase",
                    t.facet_phase,
                    r.facets.phases.iter().map(|(n, c)| (n.to_string(), *c)).collect(),
                ),
                (Dimension::Partner, "partner", t.facet_partner, r.facets.partners.clone()),
                (Dimension::Country, "country", t.facet_country, r.facets.countries.clone()),
            ];
            groups
                .into_iter()
                .map(|(dim, key, legend, values)| {
                    let options = values
                        .into_iter()
                        .map(|(value, count)| {
                            let label = facet_label(&ds, dim, &value, locale);
                            let checked = is_selected(&query.get_untracked(), dim, &value);
                            let go = go.clone();
                            view! {
                                <label class:zero=count == 0>
                                    <input type="checkbox" name=key value=value.clone() prop:checked=checked on:change=move |_| go(toggled(&query.get_untracked(), dim, &value), false)/>
                                    <span>{label}</span>
                                    " "
                                    <span class="count">{count}</span>
                                </label>
                                " "
                            }
                        })
                        .collect_view();
                    view! {
                        <fieldset class="facet">
                            <legend>{legend}</legend>
                            {options}
                        </fieldset>
                    }
                })
                .collect_view()
        }
    };

    let terms = Memo::new(move |_| tokenize(&query.read().text));
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
    let ignored = move || {
        let list = parsed.read().1.clone();
        (!list.is_empty())
            .then(|| view! { <p class="notice">{move || t.search_ignored.replace("{list}", &list.join(", "))}</p> })
    };
    let clear = {
        let go = go.clone();
        move |_| go(ComponentQuery::default(), false)
    };

    view! {
        <PageMeta
            title=t.components_title
            description=t.components_intro
            path=localized("/components")
        />
        <h1>{t.components_title}</h1>
        <p class="lead">{t.components_intro}</p>
        <div class="explorer">
            <aside aria-label=t.components_filters>
                <form role="search" on:submit=|ev| ev.prevent_default()>
                    {search_box}
                    {facets}
                </form>
            </aside>
            <section aria-labelledby="results-count">
                {ignored}
                <p class="result-count" id="results-count" role="status" aria-live="polite" aria-atomic="true">
                    {move || t.results_count.format(locale, result.read().hits.len() as u64)}
                    " "
                    <button type="button" class="button button-small" on:click=clear>{t.clear_all}</button>
                </p>
                {results}
            </section>
        </div>
        <ThemesAcrossPhases/>
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
    let partner = component.responsible_partner.clone().map(|p| org_name(&ds, &p, l));
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
            <h2 class="result-title"><a href=href.clone()><Highlighted text=title terms/></a></h2>
            {objective.map(|o| view! { <p><Highlighted text=o terms/></p> })}
            {results.map(|o| view! { <p class="muted"><Highlighted text=o terms/></p> })}
            {partner.map(|p| view! { <p class="muted">{t.component_partner} ": " {p.clone()}</p> })}
            <ul class="theme-list" aria-label=t.component_themes>
                {themes.into_iter().map(|name| view! { <li class="chip-link">{name}</li> }).collect_view()}
            </ul>
        </article>
    }
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
