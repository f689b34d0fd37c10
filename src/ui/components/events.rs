//! An event as a line of a dated list: date, title (linked to its page), place (its country linked to the country's
//! page), summary and sources.
use leptos::prelude::*;

use crate::core::format::format_date;
use crate::core::model::Event;
use crate::core::{country, routes};
use crate::ui::components::country::CountryLink;
use crate::ui::components::facts::Cite;
use crate::ui::state::{current_locale, localized, use_data};

/// `year_heading`: the item starts its year in a list grouped by year, so its heading comes first.
#[component]
pub fn EventItem(event: Event, #[prop(optional)] year_heading: bool) -> impl IntoView {
    let locale = current_locale();
    view! {
        <li>
            {year_heading.then(|| view! { <h2 class="year-heading">{event.date.year}</h2> })}
            <time datetime=event.date.to_string()>{format_date(event.date, locale)}</time>
            " — " <a href=localized(routes::event(&event.id))>{event.title.get(locale).to_string()}</a>
            {event.place.as_ref().map(|p| format!(", {}", p.get(locale)))}
            {event.country.clone().filter(|c| country::page_path(&use_data(), c).is_some()).map(|code| view! { ", " <CountryLink code/> })}
            {event.summary.as_ref().map(|s| view! { <p class="muted">{s.get(locale).to_string()}</p> })}
            <Cite sources=event.sources/>
        </li>
    }
}
