//! `/organisations/:id`: one organisation: its names in both languages, kind, country, website as
//! published, its part in each phase (role and component), the components it answers for, the
//! events that name it, its offices and its sources.
use leptos::prelude::*;

use crate::core::i18n::labels::{org_kind_label, phase_label, role_label};
use crate::core::model::Organisation;
use crate::core::{organisations, query, routes};
use crate::ui::components::country::CountryLink;
use crate::ui::components::events::EventItem;
use crate::ui::components::facts::{OrUnknown, SourceNotes};
use crate::ui::components::later::Later;
use crate::ui::components::not_found::NotFound;
use crate::ui::components::page::{PageHead, PageMeta};
use crate::ui::state::{current_locale, localized, texts, use_data, use_param};

#[component]
pub fn OrganisationPage() -> impl IntoView {
    let ds = use_data();
    let id = use_param("id");
    move || match query::organisation(&ds, &id.get()).cloned() {
        Some(org) => view! { <OrganisationDetail org/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn OrganisationDetail(org: Organisation) -> impl IntoView {
    let t = texts();
    let locale = current_locale();
    let o = org;
    let title = o.name.get(locale).to_string();
    let kind = org_kind_label(t, o.kind);
    let description = format!("{title}: {kind}. {}", t.orgs_intro);
    // Every language the sources give the name in, each marked with its language.
    let names = |text: &crate::core::model::Text| {
        text.languages()
            .filter_map(|code| text.in_language(code).map(|name| (code.to_string(), name.to_string())))
            .map(|(code, name)| view! { <span class="name-line" lang=code>{name}</span> " " })
            .collect_view()
    };
    let (id, links) = (o.id.clone(), o.clone());
    view! {
        <PageMeta title=title.clone() description path=localized(routes::organisation(&o.id))/>
        <nav class="breadcrumb" aria-label=t.breadcrumb>
            <a href=localized("/organisations")>{t.org_back}</a>
        </nav>
        <PageHead title>
            <p class="card-kicker"><span class="badge">{kind}</span></p>
        </PageHead>
        <dl class="facts">
            <dt>{t.org_names}</dt>
            <dd>{names(&o.name)}</dd>
            {o.short_name.as_ref().map(|s| view! { <dt>{t.org_short}</dt><dd>{names(s)}</dd> })}
            <dt>{t.org_kind}</dt>
            <dd>{kind}</dd>
            <dt>{t.org_country}</dt>
            <dd>{match o.country.clone() {
                Some(code) => view! { <CountryLink code/> }.into_any(),
                None => view! { <OrUnknown value=None/> }.into_any(),
            }}</dd>
            <dt>{t.org_website}</dt>
            <dd>{match o.website.clone() {
                Some(url) => view! { <a href=url.clone() rel="noopener external">{url.clone()}</a> }.into_any(),
                None => view! { <OrUnknown value=None/> }.into_any(),
            }}</dd>
        </dl>
        // Below the first screen: at takeover, each in a task of its own.
        <Later>
            <OrganisationParts id/>
        </Later>
        <Later>
            <OrganisationLinks org=links/>
        </Later>
    }
}

/// The organisation's part in each phase and the components it answers for.
#[component]
fn OrganisationParts(id: String) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let parts = organisations::parts(&ds, &id);
    let led = organisations::components_led(&ds, &id);
    view! {
        <section aria-labelledby="parts-h">
            <h2 id="parts-h">{t.org_parts}</h2>
            {if parts.is_empty() {
                view! { <p class="muted">{t.org_parts_none}</p> }.into_any()
            } else {
                view! {
                    <ul class="link-list">
                        {parts.into_iter().map(|p| view! {
                            <li>
                                <a href=localized(routes::phase(p.phase))>{phase_label(t, p.phase)}</a>
                                " — " {role_label(t, p.role)}
                                {p.component.map(|c| view! {
                                    ": " <a href=localized(routes::component(&c.id))>{t.org_responsible.replace("{title}", c.title.get(locale))}</a>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {(!led.is_empty()).then(|| view! {
            <section aria-labelledby="led-h">
                <h2 id="led-h">{t.org_components}</h2>
                <ul class="link-list">
                    {led.into_iter().map(|c| view! {
                        <li><a href=localized(routes::component(&c.id))>{phase_label(t, c.phase)} ": " {c.title.get(locale).to_string()}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}

/// The events that name the organisation, its offices and its sources.
#[component]
fn OrganisationLinks(org: Organisation) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let o = org;
    let events = organisations::events_naming(&ds, &o, locale);
    let offices = organisations::offices_of(&ds, &o.id);
    view! {
        <section aria-labelledby="org-events-h">
            <h2 id="org-events-h">{t.org_events}</h2>
            {if events.is_empty() {
                view! { <p class="muted">{t.org_events_none}</p> }.into_any()
            } else {
                view! { <ol class="events">{events.into_iter().map(|e| view! { <EventItem event=e.clone()/> }).collect_view()}</ol> }.into_any()
            }}
        </section>
        {(!offices.is_empty()).then(|| view! {
            <section aria-labelledby="org-offices-h">
                <h2 id="org-offices-h">{t.org_offices}</h2>
                <ul class="link-list">
                    {offices.into_iter().map(|office| view! {
                        <li><a href=localized(routes::office(&office.id))>{office.name.get(locale).to_string()}</a></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <SourceNotes ids=o.sources.clone()/>
    }
}
