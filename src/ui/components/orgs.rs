//! Organisations wherever they are named: a link to the organisation's page, and a line of a
//! partner list with its country, sources and roles phase by phase.
use leptos::prelude::*;

use crate::core::i18n::labels::{phase_label, role_label};
use crate::core::model::{Organisation, PartnerRole};
use crate::core::{query, routes};
use crate::ui::components::country::CountryLink;
use crate::ui::components::facts::Cite;
use crate::ui::state::{current_locale, localized, texts, use_data};

/// The organisation's name, linked to its page (the id as written when the dataset lacks it).
#[component]
pub fn OrgLink(#[prop(into)] id: String, #[prop(optional)] short: bool) -> impl IntoView {
    let ds = use_data();
    let locale = current_locale();
    match query::organisation(&ds, &id) {
        Some(o) => {
            let name = if short { o.short_name.as_ref().unwrap_or(&o.name) } else { &o.name };
            view! { <a href=localized(routes::organisation(&o.id))>{name.get(locale).to_string()}</a> }.into_any()
        }
        None => id.into_any(),
    }
}

#[component]
pub fn OrgItem(org: Organisation, phases: Vec<(u8, PartnerRole)>) -> impl IntoView {
    let t = texts();
    let locale = current_locale();
    let short = org.short_name.as_ref().map(|s| format!(" ({})", s.get(locale)));
    let country = org.country.clone();
    view! {
        <li>
            <p class="org-name">
                <OrgLink id=org.id.clone()/>
                {short}
                <Cite sources=org.sources.clone()/>
                {country.map(|code| view! { <span class="org-country">" · " <CountryLink code/></span> })}
            </p>
            {(!phases.is_empty()).then(|| view! {
                <p class="org-phases">
                    {phases.into_iter().map(|(n, role)| {
                        let label = [phase_label(t, n).as_str(), " · ", role_label(t, role)].concat();
                        view! { <a href=localized(routes::phase(n)) class="chip-link">{label}</a> " " }
                    }).collect_view()}
                </p>
            })}
        </li>
    }
}
