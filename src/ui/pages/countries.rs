//! `/countries`: the five beneficiary countries on the map and as cards with their headline facts.
use leptos::prelude::*;

use crate::core::country::{self, Profile};
use crate::core::format::format_date;
use crate::core::i18n::country_name;
use crate::ui::components::facts::FactView;
use crate::ui::components::map::CountriesMap;
use crate::ui::components::page::PageMeta;
use crate::ui::state::{current_locale, localized, texts, use_data};

#[component]
pub fn CountriesPage() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let cards = country::profiles(&ds, locale).iter().map(|p| view! { <li>{country_card(p)}</li> }).collect_view();
    view! {
        <PageMeta title=t.countries_title description=t.countries_intro path=localized("/countries")/>
        <h1>{t.countries_title}</h1>
        <p class="lead">{t.countries_intro}</p>
        <div class="contacts-layout">
            <ul class="card-grid country-cards">{cards}</ul>
            <CountriesMap current=None offices=ds.offices.clone()/>
        </div>
    }
}

/// A country's card: since when it takes part, as the sources say, and how many offices, events and
/// organisations the dataset holds for it.
fn country_card(profile: &Profile) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let href = localized(country::page_path(&ds, profile.code).unwrap_or_default());
    let since = profile.start.map(|f| f.map(|d| format_date(*d, locale)));
    let offices = profile.offices.len() as u64;
    let events = profile.events.len() as u64;
    view! {
        <article class="card country-card">
            <h2><a href=href>{country_name(profile.code, locale).to_string()}</a></h2>
            <dl class="facts-compact">
                <dt>{t.country_since}</dt>
                <dd><FactView fact=since/></dd>
                <dt>{t.country_offices}</dt>
                <dd>{t.offices_count.format(locale, offices)}</dd>
                <dt>{t.country_events}</dt>
                <dd>{t.events_count.format(locale, events)}</dd>
                <dt>{t.country_agencies}</dt>
                <dd>{t.agencies_count.format(locale, profile.agencies.len() as u64)}</dd>
                <dt>{t.country_partners}</dt>
                <dd>{t.agencies_count.format(locale, profile.partners.len() as u64)}</dd>
            </dl>
        </article>
    }
}
