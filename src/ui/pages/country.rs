//! `/countries/:code`: everything the sources say BOMCA did in one beneficiary country, each line
//! cited; a section the sources are silent on says so in one line.
use leptos::prelude::*;

use crate::core::country::{self, Profile};
use crate::core::format::{format_date, format_span};
use crate::core::i18n::country_in;
use crate::core::i18n::labels::phase_label;
use crate::core::query;
use crate::ui::components::events::EventItem;
use crate::ui::components::facts::{Cite, FactView, SourceNotes};
use crate::ui::components::figures::{FigureStat, QuoteView};
use crate::ui::components::later::Later;
use crate::ui::components::map::CountriesMap;
use crate::ui::components::not_found::NotFound;
use crate::ui::components::offices::OfficeCard;
use crate::ui::components::orgs::OrgItem;
use crate::ui::components::page::{PageHead, PageMeta};
use crate::ui::state::{current_locale, localized, texts, use_data, use_param};

#[component]
pub fn CountryPage() -> impl IntoView {
    let ds = use_data();
    let slug = use_param("code");
    move || match country::from_slug(&ds, &slug.get()) {
        Some(code) => view! { <CountryDetail code=code.to_string()/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

/// A section with its heading, or the one line that says the sources are silent.
fn section(id: &'static str, title: &'static str, none: &'static str, body: Option<AnyView>) -> impl IntoView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{title}</h2>
            {body.unwrap_or_else(|| view! { <p class="unknown">{none}</p> }.into_any())}
        </section>
    }
}

#[component]
fn CountryDetail(code: String) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let p: Profile = country::profile(&ds, &code, locale);
    let title = t.country_heading.replace("{in}", country_in(&code, locale));
    let since = p.start.map(|f| f.map(|d| format_date(*d, locale)));
    let selected = RwSignal::new(None::<String>);
    let some = |empty: bool, body: AnyView| (!empty).then_some(body);

    let phases = some(
        p.phases.is_empty(),
        view! {
            <ul class="country-phases">
                {p.phases.iter().map(|x| {
                    let n = x.phase.number;
                    let period = format_span(query::start(x.phase), query::end(x.phase), locale);
                    let counts = [
                        (x.events > 0).then(|| t.events_count.format(locale, x.events as u64)),
                        (x.offices > 0).then(|| t.offices_count.format(locale, x.offices as u64)),
                        (x.components > 0).then(|| t.results_count.format(locale, x.components as u64)),
                    ].into_iter().flatten().collect::<Vec<_>>().join(" · ");
                    view! {
                        <li>
                            <a href=localized(format!("/phases/{n}"))><strong>{x.phase.title.get(locale).to_string()}</strong></a>
                            " (" {period.unwrap_or_else(|| t.not_published.to_string())} ")"
                            <p class="muted">
                                {if x.named.is_some() { t.country_named } else { t.country_not_named }}
                                {x.named.map(|f| view! { <Cite sources=f.sources.clone()/> })}
                                {(!counts.is_empty()).then(|| [" · ", &counts].concat())}
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any(),
    );

    let offices_on_map: Vec<_> = p.offices.iter().map(|&o| o.clone()).collect();
    let current = Some(code.clone());

    view! {
        <PageMeta title=title.clone() description=t.country_intro path=localized(country::page_path(&ds, &code).unwrap_or_default())/>
        <nav class="breadcrumb" aria-label=t.breadcrumb>
            <a href=localized("/countries")>{t.nav_countries}</a>
        </nav>
        <PageHead title/>
        <p class="lead">{t.country_intro}</p>
        <div class="contacts-layout">
            <div>
                <dl class="facts">
                    <dt>{t.country_since}</dt>
                    <dd><FactView fact=since/></dd>
                </dl>
                {section("phases-h", t.country_phases, t.not_published, phases)}
            </div>
            <Later>
                <CountriesMap current offices=offices_on_map/>
            </Later>
        </div>
        // Below the fold: at takeover, in a task of its own.
        <Later>
            <CountrySections code selected/>
        </Later>
    }
}

/// The country's sections after its phases: what it took part in, who worked there, and the sources.
#[component]
fn CountrySections(code: String, selected: RwSignal<Option<String>>) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let p: Profile = country::profile(&ds, &code, locale);
    let some = |empty: bool, body: AnyView| (!empty).then_some(body);

    let components = some(
        p.components.is_empty(),
        view! {
            <ul class="component-list">
                {p.components.iter().map(|k| view! {
                    <li>
                        <a href=localized(format!("/components/{}", k.id))>
                            {phase_label(t, k.phase)} ", " {t.component_n.replace("{n}", &k.number.to_string())} ": "
                            {k.title.get(locale).to_string()}
                        </a>
                        <Cite sources=k.sources.clone()/>
                    </li>
                }).collect_view()}
            </ul>
            {(!p.themes.is_empty()).then(|| view! {
                <p>
                    {t.country_themes} ": "
                    {p.themes.iter().map(|th| th.name.get(locale)).collect::<Vec<_>>().join(", ")}
                </p>
            })}
        }
        .into_any(),
    );

    let events = some(
        p.events.is_empty(),
        view! {
            <p class="muted">{t.events_count.format(locale, p.events.len() as u64)}</p>
            <ol class="events">{p.events.iter().map(|&e| view! { <EventItem event=e.clone()/> }).collect_view()}</ol>
        }
        .into_any(),
    );

    let offices = some(
        p.offices.is_empty(),
        view! {
            <ul class="card-grid contact-list">
                {p.offices.iter().map(|&o| view! { <li><OfficeCard office=o.clone() selected heading_level=3/></li> }).collect_view()}
            </ul>
        }
        .into_any(),
    );

    let orgs = |list: &[&crate::core::model::Organisation]| {
        some(
            list.is_empty(),
            view! {
                <ul class="org-list">
                    {list.iter().map(|&o| view! {
                        <OrgItem org=o.clone() phases=query::phases_of_organisation(&ds, &o.id)/>
                    }).collect_view()}
                </ul>
            }
            .into_any(),
        )
    };
    let agencies = orgs(&p.agencies);
    let partners = orgs(&p.partners);

    let figures = some(
        p.figures.is_empty(),
        view! {
            <div class="stat-grid">{p.figures.iter().map(|(_, f)| view! { <FigureStat figure=(*f).clone()/> }).collect_view()}</div>
        }
        .into_any(),
    );

    let quotes = some(
        p.quotes.is_empty(),
        p.quotes.iter().map(|&q| view! { <QuoteView quote=q.clone()/> }).collect_view().into_any(),
    );

    let cited: Vec<String> = p.sources().into_iter().map(String::from).collect();

    // At takeover each group of sections renders in a task of its own.
    view! {
        <Later>
            {section("components-h", t.country_components, t.country_components_none, components)}
            {section("events-h", t.country_events, t.country_events_none, events)}
        </Later>
        <Later>{section("offices-h", t.country_offices, t.country_offices_none, offices)}</Later>
        <Later>
            {section("agencies-h", t.country_agencies, t.country_agencies_none, agencies)}
            {section("partners-h", t.country_partners, t.country_partners_none, partners)}
        </Later>
        <Later>
            {section("figures-h", t.country_figures, t.country_figures_none, figures)}
            {section("quotes-h", t.overview_quotes, t.country_quotes_none, quotes)}
            <SourceNotes ids=cited/>
        </Later>
    }
}
