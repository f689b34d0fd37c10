//! `/compare?phases=9,10,11`: two to four phases side by side; the selection lives in the URL.
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::core::i18n::labels::phase_label;
use crate::core::query::{self, CompareRow};
use crate::ui::components::charts::BudgetChart;
use crate::ui::components::later::Later;
use crate::ui::components::page::{PageHead, PageMeta};
use crate::ui::state::{current_locale, localized, texts, use_data};

fn row_label(c: &crate::core::i18n::Catalogue, row: CompareRow) -> &'static str {
    match row {
        CompareRow::Period => c.row_period,
        CompareRow::Duration => c.row_duration,
        CompareRow::Length => c.row_length,
        CompareRow::Budget => c.row_budget,
        CompareRow::BudgetPerMonth => c.row_budget_per_month,
        CompareRow::Lead => c.row_lead,
        CompareRow::Components => c.row_components,
        CompareRow::Partners => c.row_partners,
        CompareRow::Countries => c.row_countries,
    }
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let query_map = use_query_map();
    let selection = {
        let ds = ds.clone();
        Memo::new(move |_| query::parse_selection(&ds, query_map.read().get("phases").as_deref()))
    };
    let navigate = use_navigate();
    let all = query::phase_numbers(&ds);

    let compare_path = localized("/compare");
    let choose = move |n: u8| {
        let next = query::toggle(&selection.get_untracked().phases, n);
        let url = format!("{compare_path}?{}", query::selection_query(&next));
        navigate(&url, NavigateOptions { scroll: false, ..Default::default() });
    };

    let picker = all
        .into_iter()
        .map(|n| {
            let choose = choose.clone();
            let checked = move || selection.read().phases.contains(&n);
            let disabled = move || {
                let s = selection.read();
                (s.phases.len() >= query::MAX_COMPARE && !s.phases.contains(&n))
                    || (s.phases.len() == 1 && s.phases.contains(&n))
            };
            view! {
                <label class="chip">
                    // The attribute for the pre-rendered page, the property for the live one.
                    <input type="checkbox" checked=checked prop:checked=checked disabled=disabled on:change=move |_| choose(n)/>
                    <span>{phase_label(t, n)}</span>
                </label>
                " "
            }
        })
        .collect_view();

    let notes = move || {
        let s = selection.get();
        let c = t;
        let mut notes = Vec::new();
        if !s.ignored.is_empty() {
            notes.push(c.compare_ignored.replace("{list}", &s.ignored.join(", ")));
        }
        if s.truncated {
            notes.push(c.compare_truncated.to_string());
        }
        if s.phases.len() < query::MIN_COMPARE {
            notes.push(c.compare_one.to_string());
        }
        notes.into_iter().map(|n| view! { <p class="notice">{n}</p> }).collect_view()
    };

    let table = {
        let ds = ds.clone();
        move || {
            let phases = selection.get().phases;
            let rows = query::compare(&ds, &phases, locale);
            let head = phases
                .iter()
                .map(|&n| {
                    let href = localized(format!("/phases/{n}"));
                    view! { <th scope="col"><a href=href.clone()>{phase_label(t, n)}</a></th> }
                })
                .collect_view();
            let body = rows
                .into_iter()
                .map(|r| {
                    let differs = r.differs;
                    view! {
                        <tr class:differs=differs>
                            <th scope="row">
                                {move || row_label(t, r.row)}
                                {differs.then(|| view! { " " <span class="differs-mark">{t.compare_differs}</span> })}
                            </th>
                            {r.cells.into_iter().map(|cell| match cell {
                                Some(v) => view! { <td>{v}</td> }.into_any(),
                                None => view! { <td class="unknown">{t.not_published}</td> }.into_any(),
                            }).collect_view()}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
                    <table class="compare-table">
                        <caption id="compare-caption">{t.compare_caption}</caption>
                        <thead><tr><td></td>{head}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
        }
    };

    let matrix = {
        let ds = ds.clone();
        move || {
            let phases = selection.get().phases;
            let coverage = query::theme_coverage(&ds, &phases);
            let head = phases.iter().map(|&n| view! { <th scope="col">{phase_label(t, n)}</th> }).collect_view();
            let body = coverage
                .into_iter()
                .map(|(theme, cells)| {
                    let name = theme.name.clone();
                    view! {
                        <tr>
                            <th scope="row">{name.get(locale).to_string()}</th>
                            {cells.into_iter().map(|list| {
                                if list.is_empty() {
                                    view! { <td class="matrix-empty"><span aria-hidden="true">"–"</span><span class="visually-hidden">{t.matrix_none}</span></td> }.into_any()
                                } else {
                                    let links = list.into_iter().map(|c| {
                                        let href = localized(format!("/components/{}", c.id));
                                        let title = c.title.clone();
                                        let number = c.number;
                                        view! { <li><a href=href.clone() title=move || title.get(locale).to_string()>{move || t.component_n.replace("{n}", &number.to_string())}</a></li> }
                                    }).collect_view();
                                    view! { <td class="matrix-yes"><ul>{links}</ul></td> }.into_any()
                                }
                            }).collect_view()}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="matrix-caption">
                    <table class="matrix">
                        <caption id="matrix-caption">{t.compare_theme_matrix}</caption>
                        <thead><tr><td></td>{head}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
        }
    };

    view! {
        <PageMeta
            title=t.compare_title
            description=t.compare_intro
            path=localized("/compare")
        />
        <PageHead title=t.compare_title/>
        <p class="lead">{t.compare_intro}</p>
        <fieldset class="picker no-print">
            <legend>{t.compare_choose}</legend>
            <div class="chips">{picker}</div>
        </fieldset>
        <div aria-live="polite">{notes}</div>
        <Later>{table}</Later>
        <h2>{t.chart_budget_title}</h2>
        <Later>{move || view! { <BudgetChart phases=selection.get().phases/> }}</Later>
        <h2>{t.compare_theme_matrix}</h2>
        <Later>{matrix}</Later>
    }
}
