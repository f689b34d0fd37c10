//! What a visitor sees when the dataset cannot be loaded: on the app shell, an error page with
//! Retry; on a pre-rendered page, that page as it was built, under a notice with Retry.
use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::page::DocumentTitle;
use crate::core::i18n::Catalogue;
use crate::core::load::LoadError;
use crate::ui::browser;
use crate::ui::fetch::LoadFailure;
use crate::ui::state::{query_suffix, use_t};

/// The reason in the visitor's words.
fn reason(c: &Catalogue, error: &LoadFailure) -> String {
    match error {
        LoadFailure::Network(_) => c.error_network.to_string(),
        LoadFailure::Http(status) => c.error_http.replace("{status}", &status.to_string()),
        LoadFailure::Invalid(LoadError::Syntax(_)) => c.error_syntax.to_string(),
        LoadFailure::Invalid(LoadError::Shape(_)) => c.error_shape.to_string(),
    }
}

/// What the parser or reader found, and where, for whoever maintains the data (not translated).
fn place(error: &LoadFailure) -> Option<String> {
    match error {
        LoadFailure::Invalid(LoadError::Syntax(detail) | LoadError::Shape(detail)) => Some(detail.clone()),
        _ => None,
    }
}

/// The app shell's page when the data fails: there is nothing else to show.
#[component]
pub fn LoadErrorPage(error: LoadFailure, retry: impl Fn() + 'static) -> impl IntoView {
    let t = use_t();
    Effect::new(move |_| browser::reveal_app("error"));
    let place = place(&error).map(|detail| view! { <p><code>{detail}</code></p> });
    view! {
        <DocumentTitle text=Signal::derive(move || t.get().error_title.to_string())/>
        <section class="error-page" role="alert">
            <h1>{move || t.get().error_title}</h1>
            <p>{move || reason(t.get(), &error)}</p>
            {place}
            <p>{move || t.get().error_help}</p>
            <button type="button" class="button" on:click=move |_| retry()>{move || t.get().error_retry}</button>
        </section>
    }
}

/// Written hidden into every pre-rendered page, for the case the data fails to load there. The
/// page's loader script reloads the page on Retry and when the browser comes back online
/// (scripts/postbuild.mjs); the app fills in the reason. Not in the wasm: the app shows it only on
/// the page it was built into.
#[cfg(feature = "ssr")]
#[component]
pub fn DataNotice() -> impl IntoView {
    let t = use_t().get_untracked();
    view! {
        <section class="data-notice no-print" role="alert" hidden>
            <p><strong>{t.error_title}</strong> " " <span class="data-notice-reason"></span> " " <code class="data-notice-place"></code></p>
            <p>{t.error_kept}</p>
            <button type="button" class="button">{t.error_retry}</button>
        </section>
    }
}

/// A pre-rendered page whose data failed to load stays as it was built, its controls disabled
/// (they need the data), with its notice shown. The app cannot render another page without the
/// data, so a navigation loads that page from the server instead.
#[component]
pub fn KeepPrerendered(error: LoadFailure) -> impl IntoView {
    let reason = reason(use_t().get_untracked(), &error);
    let place = place(&error).unwrap_or_default();
    Effect::new(move |_| browser::show_data_notice(&reason, &place));
    let location = use_location();
    let shown = location.pathname.get_untracked();
    Effect::new(move |_| {
        let path = location.pathname.get();
        if path != shown {
            browser::load_page(&format!("{path}{}", query_suffix(&location.search.get_untracked())));
        }
    });
}
