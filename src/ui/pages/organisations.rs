//! `/organisations`: every organisation, searchable and filterable by kind, country and phase, with
//! the state in the URL; then the organisation × phase matrix of roles.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::i18n::labels::{org_kind_label, phase_label, role_label};
use crate::core::i18n::{self, country_name};
use crate::core::model::OrgKind;
use crate::core::organisations;
use crate::core::query;
use crate::ui::components::explorer::{Facet, FacetGroups, IgnoredValues, ResultCount, SearchField};
use crate::ui::components::later::Later;
use crate::ui::components::orgs::{OrgItem, OrgLink};
use crate::ui::components::page::PageMeta;
use crate::ui::state::{current_locale, localized, texts, use_data, ExplorerUrl};

#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let t = texts();
    // At takeover the explorer (its index, facets and results) and the matrix each render in a
    // task of their own.
    view! {
        <PageMeta title=t.orgs_title description=t.orgs_intro path=localized("/organisations")/>
        <h1>{t.orgs_title}</h1>
        <p class="lead">{t.orgs_intro}</p>
        <Later>
            <OrganisationsExplorer/>
        </Later>
        <Later>
            <RoleMatrix/>
        </Later>
    }
}

/// The search, the facets and the results, the state in the URL.
#[component]
fn OrganisationsExplorer() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let index = Arc::new(organisations::index(&ds, locale));
    let url = {
        let index = index.clone();
        ExplorerUrl::new("/organisations", &organisations::KEYS, move |pairs| index.parse(pairs.into_iter()))
    };
    let parsed = url.parsed;
    let found = {
        let index = index.clone();
        Memo::new(move |_| index.run_ranked(&parsed.read().0))
    };
    let groups = Signal::derive(move || {
        let counts = found.read().1.counts.clone();
        let label = |dim: usize, v: &str| match dim {
            organisations::KIND => v.parse::<OrgKind>().map_or(v.to_string(), |k| org_kind_label(t, k).to_string()),
            organisations::COUNTRY => country_name(v, locale).to_string(),
            _ => phase_label(i18n::catalogue(locale), v.parse().unwrap_or(0)),
        };
        [
            (organisations::KIND, t.org_kind),
            (organisations::COUNTRY, t.facet_country),
            (organisations::PHASE, t.facet_phase),
        ]
        .into_iter()
        .map(|(dim, legend)| Facet {
            dim,
            key: organisations::KEYS[dim],
            legend,
            options: counts[dim].iter().map(|(v, n)| (v.clone(), label(dim, v), *n)).collect(),
        })
        .collect()
    });
    let count = Signal::derive(move || found.read().0.len());
    let results = {
        let ds = ds.clone();
        move || {
            found
                .read()
                .0
                .iter()
                .map(|&i| {
                    let org = ds.organisations[i].clone();
                    let phases = query::phases_of_organisation(&ds, &org.id);
                    view! { <OrgItem org phases/> }
                })
                .collect_view()
        }
    };
    let empty = move || found.read().0.is_empty().then(|| view! { <p class="empty">{t.orgs_empty}</p> });
    let facets_url = url.clone();
    view! {
        <div class="explorer">
            <aside aria-label=t.components_filters>
                <form role="search" on:submit=|ev| ev.prevent_default()>
                    <SearchField id="org-search" label=t.orgs_search hint=t.orgs_hint url=url.clone()/>
                    <Later><FacetGroups groups url=facets_url/></Later>
                </form>
            </aside>
            <section aria-labelledby="results-count">
                <IgnoredValues url=url.clone()/>
                <ResultCount count plural=t.orgs_count url/>
                {empty}
                <Later><ul class="org-list">{results}</ul></Later>
            </section>
        </div>
    }
}

/// Organisations as rows, phases as columns, each cell the roles the sources give.
#[component]
fn RoleMatrix() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let (phases, rows) = organisations::role_matrix(&ds, locale);
    let head = phases
        .iter()
        .map(|&n| view! { <th scope="col"><a href=localized(crate::core::routes::phase(n))>{phase_label(t, n)}</a></th> })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|(org, cells)| {
            let cells = cells
                .into_iter()
                .map(|roles| {
                    if roles.is_empty() {
                        return view! { <td class="matrix-empty"><span aria-hidden="true">"–"</span><span class="visually-hidden">{t.matrix_none}</span></td> }.into_any();
                    }
                    let text = roles.iter().map(|r| role_label(t, *r)).collect::<Vec<_>>().join(", ");
                    view! { <td class="matrix-yes">{text}</td> }.into_any()
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row"><OrgLink id=org.id.clone() short=true/></th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="roles-h">
            <h2 id="roles-h">{t.orgs_matrix}</h2>
            <p>{t.orgs_matrix_intro}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="roles-h">
                <table class="matrix matrix-wide">
                    <thead><tr><td></td>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
