//! The people of the programme's history under the contacts, filtered by its search box.

use leptos::prelude::*;

use crate::core::country;
use crate::core::query::{self, ContactFilter};
use crate::ui::components::country::CountryLinks;
use crate::ui::components::facts::Cite;
use crate::ui::state::{current_locale, localized, texts, use_data};

/// The people table, filtered by the search box: names and public roles, linked to the phase pages
/// that show them, and never a contact route.
#[component]
pub(super) fn People(filter: Memo<ContactFilter>) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let list = move || {
        let people: Vec<_> = query::filter_people(&ds, &filter.read().text, locale).into_iter().cloned().collect();
        people
            .into_iter()
            .map(|p| {
                let href = p.phases.first().map(|n| localized(format!("/phases/{n}#{}", p.id)));
                let name = p.name.get(locale).to_string();
                let countries = country::named_in(&ds, p.role.get(locale), locale);
                view! {
                    <li>
                        {match href {
                            Some(h) => view! { <a href=h><strong>{name}</strong></a> }.into_any(),
                            None => view! { <strong>{name}</strong> }.into_any(),
                        }}
                        " — " {p.role.get(locale).to_string()}
                        <Cite sources=p.sources.clone()/>
                        {(!countries.is_empty()).then(|| view! { " · " <CountryLinks codes=countries/> })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="people-h" class="people-section">
            <h2 id="people-h">{t.contacts_people}</h2>
            <p class="muted">{t.contacts_people_note}</p>
            <ul class="people">{list}</ul>
        </section>
    }
}
