//! `/phases/:number`: everything the sources say about one phase, each fact cited.
use leptos::prelude::*;
use leptos_router::components::A;

use super::not_found::NotFound;
use super::overview::{FigureStat, QuoteView};
use super::{country_list, org_name, phase_label, status_label, PageMeta};
use crate::core::format::{format_date, format_money, format_months, format_span};
use crate::core::model::{BudgetKind, PartnerRole, Phase};
use crate::core::query;
use crate::ui::app::use_param;
use crate::ui::components::actions::{CopyLinkButton, PrintButton};
use crate::ui::components::facts::{Cite, FactView, NotPublished, OrUnknown};
use crate::ui::state::{localized, use_data, use_locale, use_t};

#[component]
pub fn PhasePage() -> impl IntoView {
    let ds = use_data();
    let number = use_param("number");
    move || {
        let found = number.get().parse::<u8>().ok().and_then(|n| query::phase(&ds, n).cloned());
        match found {
            Some(p) => view! { <PhaseDetail phase=p/> }.into_any(),
            None => view! { <NotFound/> }.into_any(),
        }
    }
}

pub fn role_label(c: &crate::core::i18n::Catalogue, role: PartnerRole) -> &'static str {
    match role {
        PartnerRole::Lead => c.role_lead,
        PartnerRole::Consortium => c.role_consortium,
        PartnerRole::Associate => c.role_associate,
        PartnerRole::Implementing => c.role_implementing,
        PartnerRole::Training => c.role_training,
        PartnerRole::Funding => c.role_funding,
        PartnerRole::Extending => c.role_extending,
    }
}

#[component]
fn PhaseDetail(phase: Phase) -> impl IntoView {
    let ds = use_data();
    let t = use_t();
    let locale = use_locale();
    let n = phase.number;
    let (prev, next) = query::neighbours(&ds, n);
    let title = {
        let title = phase.title.clone();
        Signal::derive(move || title.get(locale.get()).to_string())
    };
    let description = {
        let p = phase.clone();
        Signal::derive(move || {
            let c = t.get();
            let period = format_span(query::start(&p), query::end(&p), locale.get()).unwrap_or_else(|| c.not_published.to_string());
            c.phase_description.replace("{title}", p.title.get(locale.get())).replace("{period}", &period)
        })
    };
    let components = query::components_of(&ds, n).into_iter().cloned().collect::<Vec<_>>();
    let events: Vec<_> = ds.events.iter().filter(|e| e.phase == Some(n)).cloned().collect();
    let quotes: Vec<_> = ds.quotes.iter().filter(|q| q.phase == Some(n)).cloned().collect();
    let cited: Vec<String> = query::phase_sources(&phase).into_iter().map(String::from).collect();
    let length = query::length_months(&phase);
    let per_month = query::budget_per_month(&phase);
    let partners: Vec<_> = query::implementing_partners(&phase).into_iter().cloned().collect();
    let status = phase.status;

    let date_row = |label: fn(&crate::core::i18n::Catalogue) -> &'static str, fact: Option<crate::core::model::Fact<crate::core::model::PartialDate>>| {
        view! {
            <dt>{move || label(t.get())}</dt>
            <dd><FactView fact show={move |d: &crate::core::model::PartialDate| format_date(*d, locale.get())}/></dd>
        }
    };

    view! {
        <PageMeta title description path=localized(format!("/phases/{n}"))/>
        <nav class="breadcrumb" aria-label=move || t.get().breadcrumb>
            <A href=move || localized("/phases").get()>{move || t.get().nav_phases}</A>
        </nav>
        <header class="page-head">
            <p class="card-kicker">
                <span class="badge">{move || phase_label(t.get(), n)}</span>
                <span class=format!("status status-{status:?}").to_lowercase()>{move || status_label(t.get(), status)}</span>
            </p>
            <h1>{move || title.get()}</h1>
            <div class="page-actions no-print">
                <CopyLinkButton/>
                <PrintButton/>
            </div>
        </header>
        {phase.summary.clone().map(|s| view! {
            <p class="lead">{move || s.value.get(locale.get()).to_string()} <Cite sources=s.sources.clone()/></p>
        })}

        <section aria-labelledby="period-h">
            <h2 id="period-h">{move || t.get().phase_period}</h2>
            <dl class="facts">
                {date_row(|c| c.phase_planned_start, phase.planned_start.clone())}
                {date_row(|c| c.phase_actual_start, phase.actual_start.clone())}
                {date_row(|c| c.phase_planned_end, phase.planned_end.clone())}
                {date_row(|c| c.phase_actual_end, phase.actual_end.clone())}
                <dt>{move || t.get().row_duration}</dt>
                <dd><FactView fact=phase.duration_months.clone() show={move |m: &u32| format_months(*m, locale.get())}/></dd>
                <dt>{move || t.get().row_length}</dt>
                <dd><OrUnknown value=move || length.map(|m| format_months(m, locale.get()))/></dd>
            </dl>
            {(!phase.extensions.is_empty()).then(|| {
                let extensions = phase.extensions.clone();
                view! {
                    <h3>{move || t.get().phase_extensions}</h3>
                    <ol class="extensions">
                        {extensions.into_iter().map(|e| {
                            let note = e.note.clone();
                            let added = e.added.clone();
                            view! {
                                <li>
                                    <strong>{move || t.get().extension_until.replace("{date}", &format_date(e.new_end, locale.get()))}</strong>
                                    {move || e.decided.map(|d| format!(" ({})", t.get().extension_decided.replace("{date}", &format_date(d, locale.get()))))}
                                    {move || added.as_ref().map(|m| format!(" — {}", t.get().extension_added.replace("{amount}", &format_money(m, locale.get()))))}
                                    ". " {move || note.get(locale.get()).to_string()}
                                    <Cite sources=e.sources.clone()/>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }
            })}
        </section>

        <section aria-labelledby="budget-h">
            <h2 id="budget-h">{move || t.get().row_budget}</h2>
            {if phase.budgets.is_empty() {
                view! { <p><NotPublished/></p> }.into_any()
            } else {
                let budgets = phase.budgets.clone();
                view! {
                    <dl class="facts">
                        {budgets.into_iter().map(|b| {
                            let kind = b.kind;
                            let label = b.label.clone();
                            view! {
                                <dt>{move || match kind {
                                    BudgetKind::Total => t.get().budget_total,
                                    BudgetKind::EuContribution => t.get().budget_eu,
                                    BudgetKind::Initial => t.get().budget_initial,
                                }}</dt>
                                <dd>
                                    <FactView fact=Some(b.amount) show={move |m: &crate::core::model::Money| format_money(m, locale.get())}/>
                                    <span class="fact-label">" — " {move || label.get(locale.get()).to_string()}</span>
                                </dd>
                            }
                        }).collect_view()}
                        <dt>{move || t.get().row_budget_per_month}</dt>
                        <dd><OrUnknown value=move || per_month.as_ref().map(|m| format!("{} ({})", format_money(m, locale.get()), t.get().calculated))/></dd>
                    </dl>
                }.into_any()
            }}
        </section>

        <section aria-labelledby="who-h">
            <h2 id="who-h">{move || t.get().phase_who}</h2>
            <dl class="facts">
                <dt>{move || t.get().row_lead}</dt>
                <dd>{
                    let ds = ds.clone();
                    view! { <FactView fact=phase.lead.clone() show={move |id: &String| org_name(&ds, id, locale.get())}/> }
                }</dd>
            </dl>
            {if partners.is_empty() {
                view! { <p>{move || t.get().row_partners} ": " <NotPublished/></p> }.into_any()
            } else {
                let ds = ds.clone();
                view! {
                    <h3>{move || t.get().row_partners}</h3>
                    <ul class="partners">
                        {partners.into_iter().map(|x| {
                            let ds = ds.clone();
                            let org = x.organisation.clone();
                            view! {
                                <li>
                                    {move || org_name(&ds, &org, locale.get())}
                                    <span class="role">" — " {move || role_label(t.get(), x.role)}
                                        {move || x.component.map(|c| format!(", {}", t.get().component_n.replace("{n}", &c.to_string())))}
                                    </span>
                                    <Cite sources=x.sources.clone()/>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <dl class="facts">
                <dt>{move || t.get().row_countries}</dt>
                <dd><FactView fact=phase.countries.clone() show={move |c: &Vec<String>| country_list(c, locale.get())}/></dd>
                <dt>{move || t.get().phase_target_groups}</dt>
                <dd><FactView fact=phase.target_groups.clone() show={move |x: &crate::core::model::Text| x.get(locale.get()).to_string()}/></dd>
                <dt>{move || t.get().phase_final_beneficiaries}</dt>
                <dd><FactView fact=phase.final_beneficiaries.clone() show={move |x: &crate::core::model::Text| x.get(locale.get()).to_string()}/></dd>
            </dl>
        </section>

        <section aria-labelledby="objective-h">
            <h2 id="objective-h">{move || t.get().phase_objective}</h2>
            <p><FactView fact=phase.overall_objective.clone() show={move |x: &crate::core::model::Text| x.get(locale.get()).to_string()}/></p>
        </section>

        <section aria-labelledby="components-h">
            <h2 id="components-h">{move || t.get().row_components}</h2>
            {if components.is_empty() {
                view! { <p><NotPublished/></p> }.into_any()
            } else {
                view! {
                    <ol class="component-list">
                        {components.into_iter().map(|c| {
                            let href = localized(format!("/components/{}", c.id));
                            let title = c.title.clone();
                            let objective = c.specific_objective.clone();
                            view! {
                                <li>
                                    <A href=move || href.get()>{move || t.get().component_n.replace("{n}", &c.number.to_string())} ": " {move || title.get(locale.get()).to_string()}</A>
                                    {move || objective.as_ref().map(|o| view! { <p class="muted">{o.get(locale.get()).to_string()}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>

        {(!phase.figures.is_empty()).then(|| {
            let figures = phase.figures.clone();
            view! {
                <section aria-labelledby="figures-h">
                    <h2 id="figures-h">{move || t.get().phase_figures}</h2>
                    <div class="stat-grid">{figures.into_iter().map(|f| view! { <FigureStat figure=f/> }).collect_view()}</div>
                </section>
            }
        })}

        {(!events.is_empty()).then(|| view! {
            <section aria-labelledby="events-h">
                <h2 id="events-h">{move || t.get().phase_events}</h2>
                <ol class="events">
                    {events.into_iter().map(|e| {
                        let title = e.title.clone();
                        let place = e.place.clone();
                        view! {
                            <li>
                                <time datetime=e.date.to_string()>{move || format_date(e.date, locale.get())}</time>
                                " — " {move || title.get(locale.get()).to_string()}
                                {move || place.as_ref().map(|p| format!(", {}", p.get(locale.get())))}
                                <Cite sources=e.sources.clone()/>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
        })}

        {(!quotes.is_empty()).then(|| view! {
            <section aria-labelledby="quotes-h">
                <h2 id="quotes-h">{move || t.get().overview_quotes}</h2>
                {quotes.into_iter().map(|q| view! { <QuoteView quote=q/> }).collect_view()}
            </section>
        })}

        <section aria-labelledby="cited-h" class="footnotes">
            <h2 id="cited-h">{move || t.get().phase_sources}</h2>
            <ol class="source-notes">
                {cited.into_iter().filter_map(|id| {
                    let index = ds.sources.iter().position(|s| s.id == id)?;
                    let s = ds.sources[index].clone();
                    let href = localized(format!("/sources#{}", s.id));
                    Some(view! {
                        <li value=index + 1>
                            <A href=move || href.get()>{move || s.title.get(locale.get()).to_string()}</A>
                            {s.url.clone().map(|u| view! { <span class="print-url">" " {u}</span> })}
                        </li>
                    })
                }).collect_view()}
            </ol>
        </section>

        <nav class="pager no-print" aria-label=move || t.get().phase_pager>
            {prev.map(|p| { let href = localized(format!("/phases/{p}")); view! { <A href=move || href.get() attr:rel="prev">"← " {move || t.get().phase_prev} ": " {move || phase_label(t.get(), p)}</A> } })}
            {next.map(|p| { let href = localized(format!("/phases/{p}")); view! { <A href=move || href.get() attr:rel="next">{move || t.get().phase_next} ": " {move || phase_label(t.get(), p)} " →"</A> } })}
        </nav>
    }
}
