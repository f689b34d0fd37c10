//! `/phases/:number`: everything the sources say about one phase, each fact cited.
use leptos::prelude::*;

use crate::core::format::{format_date, format_money, format_months, format_span};
use crate::core::i18n::labels::{country_list, org_name, phase_label, role_label, status_label};
use crate::core::model::{BudgetKind, Code, Fact, PartialDate, Phase, Text};
use crate::core::query;
use crate::ui::components::country::CountryLinks;
use crate::ui::components::events::EventItem;
use crate::ui::components::facts::{Cite, FactView, OrUnknown, SourceNotes};
use crate::ui::components::figures::{FigureStat, QuoteView};
use crate::ui::components::later::Later;
use crate::ui::components::not_found::NotFound;
use crate::ui::components::orgs::OrgLink;
use crate::ui::components::page::{PageHead, PageMeta};
use crate::ui::state::use_param;
use crate::ui::state::{current_locale, localized, texts, use_data};

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

#[component]
fn PhaseDetail(phase: Phase) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let n = phase.number;
    let (prev, next) = query::neighbours(&ds, n);
    let title = phase.title.get(locale).to_string();
    let period =
        format_span(query::start(&phase), query::end(&phase), locale).unwrap_or_else(|| t.not_published.to_string());
    let description = t.phase_description.replace("{title}", &title).replace("{period}", &period);
    let components = query::components_of(&ds, n).into_iter().cloned().collect::<Vec<_>>();
    let events: Vec<_> = ds.events.iter().filter(|e| e.phase == Some(n)).cloned().collect();
    let people: Vec<_> = ds.people.iter().filter(|x| x.phases.contains(&n)).cloned().collect();
    let unphased: Vec<_> = query::unphased_events_of_the_years(&ds, n).into_iter().cloned().collect();
    let quotes: Vec<_> = ds.quotes.iter().filter(|q| q.phase == Some(n)).cloned().collect();
    let cited: Vec<String> = query::phase_sources(&phase).into_iter().map(String::from).collect();
    let length = query::length_months(&phase).map(|m| format_months(m, locale));
    let per_month = query::budget_per_month(&phase).map(|m| format!("{} ({})", format_money(&m, locale), t.calculated));
    let partners: Vec<_> = query::implementing_partners(&phase).into_iter().cloned().collect();
    let status = phase.status;
    let text = move |f: &Option<Fact<Text>>| f.as_ref().map(|f| f.map(|x| x.get(locale).to_string()));
    let date = |f: &Option<Fact<PartialDate>>| f.as_ref().map(|f| f.map(|d| format_date(*d, locale)));
    let dates = [
        (t.phase_planned_start, date(&phase.planned_start)),
        (t.phase_actual_start, date(&phase.actual_start)),
        (t.phase_planned_end, date(&phase.planned_end)),
        (t.phase_actual_end, date(&phase.actual_end)),
    ];

    // The sections below the fold render in tasks of their own at takeover (`Later`).
    let (lead, countries, figures) = (phase.lead.clone(), phase.countries.clone(), phase.figures.clone());
    let (target_groups, final_beneficiaries) = (text(&phase.target_groups), text(&phase.final_beneficiaries));
    let objective = text(&phase.overall_objective);
    view! {
        <PageMeta title=title.clone() description path=localized(format!("/phases/{n}"))/>
        <nav class="breadcrumb" aria-label=t.breadcrumb>
            <a href=localized("/phases")>{t.nav_phases}</a>
        </nav>
        <PageHead title>
            <p class="card-kicker">
                <span class="badge">{phase_label(t, n)}</span>
                " "
                <span class=format!("status status-{}", status.code())>{status_label(t, status)}</span>
            </p>
        </PageHead>
        {phase.summary.as_ref().map(|s| view! {
            <p class="lead">{s.value.get(locale).to_string()} <Cite sources=s.sources.clone()/></p>
        })}

        <section aria-labelledby="period-h">
            <h2 id="period-h">{t.phase_period}</h2>
            <dl class="facts">
                {dates.into_iter().map(|(label, fact)| view! { <dt>{label}</dt><dd><FactView fact/></dd> }).collect_view()}
                <dt>{t.row_duration}</dt>
                <dd><FactView fact=phase.duration_months.as_ref().map(|f| f.map(|m| format_months(*m, locale)))/></dd>
                <dt>{t.row_length}</dt>
                <dd><OrUnknown value=length/></dd>
            </dl>
            {(!phase.extensions.is_empty()).then(|| view! {
                <h3>{t.phase_extensions}</h3>
                <ol class="extensions">
                    {phase.extensions.iter().map(|e| view! {
                        <li>
                            <strong>{t.extension_until.replace("{date}", &format_date(e.new_end, locale))}</strong>
                            {e.decided.map(|d| format!(" ({})", t.extension_decided.replace("{date}", &format_date(d, locale))))}
                            {e.added.as_ref().map(|m| format!(" — {}", t.extension_added.replace("{amount}", &format_money(m, locale))))}
                            ". " {e.note.get(locale).to_string()}
                            <Cite sources=e.sources.clone()/>
                        </li>
                    }).collect_view()}
                </ol>
            })}
        </section>

        <section aria-labelledby="budget-h">
            <h2 id="budget-h">{t.row_budget}</h2>
            {if phase.budgets.is_empty() {
                view! { <p><OrUnknown value=None/></p> }.into_any()
            } else {
                view! {
                    <dl class="facts">
                        {phase.budgets.iter().map(|b| view! {
                            <dt>{match b.kind {
                                BudgetKind::Total => t.budget_total,
                                BudgetKind::EuContribution => t.budget_eu,
                                BudgetKind::Initial => t.budget_initial,
                            }}</dt>
                            <dd>
                                <FactView fact=Some(b.amount.map(|m| format_money(m, locale)))/>
                                <span class="fact-label">" — " {b.label.get(locale).to_string()}</span>
                            </dd>
                        }).collect_view()}
                        <dt>{t.row_budget_per_month}</dt>
                        <dd><OrUnknown value=per_month/></dd>
                    </dl>
                }.into_any()
            }}
        </section>

        <Later>
        <section aria-labelledby="who-h">
            <h2 id="who-h">{t.phase_who}</h2>
            <dl class="facts">
                <dt>{t.row_lead}</dt>
                <dd>{match lead {
                    Some(lead) => {
                        let id = lead.value.clone();
                        view! { <FactView fact=Some(lead.map(|id| org_name(&ds, id, locale)))><OrgLink id/></FactView> }.into_any()
                    }
                    None => view! { <FactView fact=None/> }.into_any(),
                }}</dd>
            </dl>
            {if partners.is_empty() {
                view! { <p>{t.row_partners} ": " <OrUnknown value=None/></p> }.into_any()
            } else {
                view! {
                    <h3>{t.row_partners}</h3>
                    <ul class="partners">
                        {partners.into_iter().map(|x| view! {
                            <li>
                                <OrgLink id=x.organisation.clone()/>
                                <span class="role">" — " {role_label(t, x.role)}
                                    {x.component.map(|c| format!(", {}", t.component_n.replace("{n}", &c.to_string())))}
                                </span>
                                <Cite sources=x.sources.clone()/>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {(!people.is_empty()).then(|| view! {
                <h3 id="people-h">{t.phase_people}</h3>
                <p class="muted">{t.phase_people_note}</p>
                <ul class="people">
                    {people.into_iter().map(|x| {
                        let dates = [
                            x.from.map(|d| t.person_from.replace("{date}", &format_date(d, locale))),
                            x.to.map(|d| t.person_to.replace("{date}", &format_date(d, locale))),
                            x.named_on.map(|d| t.person_named.replace("{date}", &format_date(d, locale))),
                        ]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ");
                        view! {
                            <li id=x.id.clone()>
                                <strong>{x.name.get(locale).to_string()}</strong>
                                " — " {x.role.get(locale).to_string()}
                                {x.organisation.clone().map(|id| view! { " (" <OrgLink id/> ")" })}
                                {(!dates.is_empty()).then(|| format!(". {dates}"))}
                                {x.note.as_ref().map(|note| view! { <p class="muted">{note.get(locale).to_string()}</p> })}
                                <Cite sources=x.sources.clone()/>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            <dl class="facts">
                <dt>{t.row_countries}</dt>
                <dd>
                    <FactView fact=countries.as_ref().map(|f| f.map(|c| country_list(c, locale)))>
                        {countries.as_ref().map(|f| view! { <CountryLinks codes=f.value.clone()/> })}
                    </FactView>
                </dd>
                <dt>{t.phase_target_groups}</dt>
                <dd><FactView fact=target_groups/></dd>
                <dt>{t.phase_final_beneficiaries}</dt>
                <dd><FactView fact=final_beneficiaries/></dd>
            </dl>
        </section>

        <section aria-labelledby="objective-h">
            <h2 id="objective-h">{t.phase_objective}</h2>
            <div class="objective"><FactView fact=objective/></div>
        </section>

        <section aria-labelledby="components-h">
            <h2 id="components-h">{t.row_components}</h2>
            {if components.is_empty() {
                view! { <p><OrUnknown value=None/></p> }.into_any()
            } else {
                view! {
                    <ol class="component-list">
                        {components.into_iter().map(|c| view! {
                            <li>
                                <a href=localized(format!("/components/{}", c.id))>
                                    {t.component_n.replace("{n}", &c.number.to_string())} ": " {c.title.get(locale).to_string()}
                                </a>
                                {c.specific_objective.as_ref().map(|o| view! { <p class="muted">{o.get(locale).to_string()}</p> })}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>

        </Later>
        <Later>
        {(!figures.is_empty()).then(|| view! {
            <section aria-labelledby="figures-h">
                <h2 id="figures-h">{t.phase_figures}</h2>
                <div class="stat-grid">{figures.into_iter().map(|f| view! { <FigureStat figure=f/> }).collect_view()}</div>
            </section>
        })}

        {(!events.is_empty()).then(|| view! {
            <section aria-labelledby="events-h">
                <h2 id="events-h">{t.phase_events}</h2>
                <ol class="events">
                    {events.into_iter().map(|event| view! { <EventItem event/> }).collect_view()}
                </ol>
            </section>
        })}

        {(!unphased.is_empty()).then(|| view! {
            <section aria-labelledby="unphased-h">
                <h2 id="unphased-h">{t.phase_events_unphased}</h2>
                <p class="muted">{t.phase_events_unphased_note}</p>
                <ol class="events">
                    {unphased.into_iter().map(|event| view! { <EventItem event/> }).collect_view()}
                </ol>
            </section>
        })}

        {(!quotes.is_empty()).then(|| view! {
            <section aria-labelledby="quotes-h">
                <h2 id="quotes-h">{t.overview_quotes}</h2>
                {quotes.into_iter().map(|q| view! { <QuoteView quote=q/> }).collect_view()}
            </section>
        })}

        <SourceNotes ids=cited/>
        </Later>

        <nav class="pager no-print" aria-label=t.phase_pager>
            {prev.map(|p| view! { <a href=localized(format!("/phases/{p}")) rel="prev">"← " {t.phase_prev} ": " {phase_label(t, p)}</a> " " })}
            {next.map(|p| view! { <a href=localized(format!("/phases/{p}")) rel="next">{t.phase_next} ": " {phase_label(t, p)} " →"</a> })}
        </nav>
    }
}
