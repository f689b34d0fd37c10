//! A country's name as a link to its page, wherever a country appears.
use leptos::prelude::*;

use crate::core::country;
use crate::core::i18n::country_name;
use crate::ui::state::{current_locale, localized, use_data};

/// The country's name, linked to its page where it has one (the five beneficiary countries).
#[component]
pub fn CountryLink(#[prop(into)] code: String) -> impl IntoView {
    let name = country_name(&code, current_locale()).to_string();
    match country::page_path(&use_data(), &code) {
        Some(path) => view! { <a href=localized(path)>{name}</a> }.into_any(),
        None => name.into_any(),
    }
}

/// Countries as a comma-separated list of links.
#[component]
pub fn CountryLinks(codes: Vec<String>) -> impl IntoView {
    codes
        .into_iter()
        .enumerate()
        .map(|(i, code)| view! { {(i > 0).then_some(", ")} <CountryLink code/> })
        .collect_view()
}
