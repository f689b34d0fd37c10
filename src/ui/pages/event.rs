//! `/events/:id`: one event with its date as the sources give it, place, country, phase, kind,
//! summary, the organisations its text names, its sources, and the events before and after it.
use leptos::prelude::*;

use crate::core::events;
use crate::core::format::{format_date, format_span};
use crate::core::i18n::labels::{event_kind_label, phase_label};
use crate::core::model::Event;
use crate::core::routes;
use crate::ui::components::country::CountryLink;
use crate::ui::components::facts::{OrUnknown, SourceNotes};
use crate::ui::components::later::Later;
use crate::ui::components::not_found::NotFound;
use crate::ui::components::orgs::OrgLink;
use crate::ui::components::page::{PageHead, PageMeta};
use crate::ui::state::{current_locale, localized, texts, use_data, use_param};

#[component]
pub fn EventPage() -> impl IntoView {
    let ds = use_data();
    let id = use_param("id");
    move || match events::event(&ds, &id.get()).cloned() {
        Some(event) => view! { <EventDetail event/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn EventDetail(event: Event) -> impl IntoView {
    let t = texts();
    let locale = current_locale();
    let e = event;
    let title = e.title.get(locale).to_string();
    let summary = e.summary.as_ref().map(|s| s.get(locale).to_string());
    let date = match e.end_date {
        Some(end) => format_span(Some(e.date), Some(end), locale).unwrap_or_else(|| format_date(e.date, locale)),
        None => format_date(e.date, locale),
    };
    let kicker_date = date.clone();
    view! {
        <PageMeta title=title.clone() description=summary.clone().unwrap_or_else(|| title.clone()) path=localized(routes::event(&e.id))/>
        <nav class="breadcrumb" aria-label=t.breadcrumb>
            <a href=localized("/events")>{t.event_back}</a>
        </nav>
        <PageHead title>
            <p class="card-kicker">
                <span class="badge">{event_kind_label(t, e.kind)}</span>
                " "
                <time datetime=e.date.to_string()>{kicker_date}</time>
            </p>
        </PageHead>
        {summary.map(|s| view! { <p class="lead">{s}</p> })}
        <dl class="facts">
            <dt>{t.event_date}</dt>
            <dd><time datetime=e.date.to_string()>{date}</time></dd>
            <dt>{t.event_place}</dt>
            <dd><OrUnknown value=e.place.as_ref().map(|p| p.get(locale).to_string())/></dd>
            <dt>{t.facet_country}</dt>
            <dd>{match e.country.clone() {
                Some(code) => view! { <CountryLink code/> }.into_any(),
                None => view! { <OrUnknown value=None/> }.into_any(),
            }}</dd>
            <dt>{t.event_phase}</dt>
            <dd>{match e.phase {
                Some(n) => view! { <a href=localized(routes::phase(n))>{phase_label(t, n)}</a> }.into_any(),
                None => view! { <span class="muted">{t.event_no_phase}</span> }.into_any(),
            }}</dd>
            <dt>{t.event_kind}</dt>
            <dd>{event_kind_label(t, e.kind)}</dd>
        </dl>
        // Below the first screen: at takeover, in a task of its own.
        <Later>
            <EventLinks event=e.clone()/>
        </Later>
    }
}

/// What an event leads to: the organisations its text names, its sources, the events around it.
#[component]
fn EventLinks(event: Event) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let e = event;
    let named = events::organisations_named(&ds, &e, locale);
    let (older, newer) = events::neighbours(&ds, &e.id);
    let link = |other: &Event| (localized(routes::event(&other.id)), other.title.get(locale).to_string());
    let (older, newer) = (older.map(link), newer.map(link));
    view! {
        {(!named.is_empty()).then(|| view! {
            <section aria-labelledby="named-h">
                <h2 id="named-h">{t.event_orgs}</h2>
                <p class="muted">{t.event_orgs_note}</p>
                <ul class="link-list">
                    {named.into_iter().map(|o| view! { <li><OrgLink id=o.id.clone()/></li> }).collect_view()}
                </ul>
            </section>
        })}
        <SourceNotes ids=e.sources.clone()/>
        <nav class="pager no-print" aria-label=t.events_title>
            {older.map(|(href, name)| view! { <a href=href rel="prev">"← " {t.event_older} ": " {name}</a> " " })}
            {newer.map(|(href, name)| view! { <a href=href rel="next">{t.event_newer} ": " {name} " →"</a> })}
        </nav>
    }
}
