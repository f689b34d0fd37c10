//! Browser entry point: pick the language on a first visit, then mount the app. wasm-bindgen's
//! start function rather than `main`: Rust's `main` runtime would bring stdout and its error
//! texts into the wasm for nothing (0.6 KB brotli, measured).
#![no_main]

use bomca_explorer::core::locale::Locale;
use bomca_explorer::ui::{app::App, browser};
use leptos::prelude::*;

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    let base = browser::site_base();
    let site_url = browser::site_url();
    open_in_preferred_language(&base);
    // Mount in a task of its own: instantiating the wasm and building the app then block input
    // for two short spells instead of one long one.
    // (wasm-bindgen's executor directly: Leptos sets its own up in mount_to.)
    wasm_bindgen_futures::spawn_local(async move {
        browser::yield_to_browser().await;
        let target = browser::mount_target(browser::app_element());
        leptos::mount::mount_to(target, move || view! { <App base site_url initial=None/> }).forget();
    });
}

/// Only the entry page follows the remembered or browser language; a shared deep link keeps its own.
fn open_in_preferred_language(base: &str) {
    let path = browser::pathname();
    let rest = path.strip_prefix(base).unwrap_or(&path);
    if rest != "/" && !rest.is_empty() {
        return;
    }
    if let Some(locale) = browser::preferred_locale().and_then(|code| Locale::from_code(&code)) {
        if locale != Locale::En {
            browser::replace_path(&format!("{base}{}", locale.path("/")));
            browser::drop_page_description();
        }
    }
}
