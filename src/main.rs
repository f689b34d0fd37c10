//! Browser entry point: pick the language on a first visit, then take over the page: hydrate the
//! pre-rendered markup once its dataset copy is in, or render a page of its own (the shell of a
//! route with no pre-rendered page, a query view, a language the visitor switched to).
use bomca_explorer::core::export::dataset_file;
use bomca_explorer::core::locale::Locale;
use bomca_explorer::ui::app::App;
use bomca_explorer::ui::{browser, fetch};
use leptos::prelude::*;

fn main() {
    let base = browser::site_base();
    let site_url = browser::site_url();
    let redirected = open_in_preferred_language(&base);
    let app = browser::app_element();
    // The pre-rendered markup is that of the path alone, in its own language: a query string
    // (filters, a comparison) or a redirected language renders differently.
    if !browser::is_prerendered(&app) || redirected || !browser::query_string().is_empty() {
        wasm_bindgen_futures::spawn_local(async move {
            // Instantiating the wasm and building the app block input in two short spells, not one.
            browser::yield_to_browser().await;
            let target = browser::mount_target(app);
            leptos::mount::mount_to(target, move || view! { <App base site_url initial=None/> }).forget();
        });
        return;
    }
    let path = browser::pathname();
    let locale = Locale::split_path(path.strip_prefix(&base).unwrap_or(&path)).0;
    let url = format!("{base}/data/{}", dataset_file(locale));
    let request = fetch::fetch_dataset(url, move |loaded| {
        let initial = Some((Some(locale), loaded));
        if matches!(initial, Some((_, Ok(_)))) {
            let typed = browser::EarlyInput::take();
            leptos::mount::hydrate_from(app, move || view! { <App base site_url initial/> }).forget();
            typed.replay();
        } else {
            // The error page replaces the pre-rendered one in a single step.
            let target = browser::mount_target(app);
            leptos::mount::mount_to(target, move || view! { <App base site_url initial/> }).forget();
        }
    });
    // The app lives as long as the page: nothing ever cancels this first download.
    std::mem::forget(request);
}

/// Only the entry page follows the remembered or browser language; a shared deep link keeps its own.
/// Says whether it moved to another language.
fn open_in_preferred_language(base: &str) -> bool {
    let path = browser::pathname();
    let rest = path.strip_prefix(base).unwrap_or(&path);
    if rest != "/" && !rest.is_empty() {
        return false;
    }
    match browser::preferred_locale().and_then(|code| Locale::from_code(&code)) {
        Some(locale) if locale != Locale::En => {
            browser::replace_path(&format!("{base}{}", locale.path("/")));
            browser::drop_page_description();
            true
        }
        _ => false,
    }
}
