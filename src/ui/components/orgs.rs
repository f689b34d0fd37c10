//! An organisation as a line of a partner list: its name (linked to its website), its country
//! (linked to the country's page), its sources and the phases it served in, with its roles.
use leptos::prelude::*;

use crate::core::i18n::labels::{phase_label, role_label};
use crate::core::model::{Organisation, PartnerRole};
use crate::ui::components::country::CountryLink;
use crate::ui::components::facts::Cite;
use crate::ui::state::{current_locale, localized, texts};

#[component]
pub fn OrgItem(org: Organisation, phases: Vec<(u8, PartnerRole)>) -> impl IntoView {
    let t = texts();
    let locale = current_locale();
    let name = org.name.get(locale).to_string();
    let short = org.short_name.as_ref().map(|s| format!(" ({})", s.get(locale)));
    let country = org.country.clone();
    view! {
        <li>
            <p class="org-name">
                {match org.website.clone() {
                    Some(url) => view! { <a href=url rel="noopener external">{name}</a> }.into_any(),
                    None => view! { <span>{name}</span> }.into_any(),
                }}
                {short}
                <Cite sources=org.sources.clone()/>
                {country.map(|code| view! { <span class="org-country">" · " <CountryLink code/></span> })}
            </p>
            {(!phases.is_empty()).then(|| view! {
                <p class="org-phases">
                    {phases.into_iter().map(|(n, role)| {
                        let label = [phase_label(t, n).as_str(), " · ", role_label(t, role)].concat();
                        view! { <a href=localized(format!("/phases/{n}")) class="chip-link">{label}</a> " " }
                    }).collect_view()}
                </p>
            })}
        </li>
    }
}
