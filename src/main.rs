//! Browser entry point: read the page's texts, pick the language on a first visit, then mount the
//! app. wasm-bindgen's start function rather than `main`: Rust's `main` runtime would bring stdout
//! and its error texts into the wasm for nothing (0.6 KB brotli, measured).
#![no_main]

use bomca_explorer::core::i18n::{self, Catalogue};
use bomca_explorer::core::locale::Locale;
use bomca_explorer::ui::{app::App, browser};
use leptos::prelude::*;

#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    // Instantiating the wasm, reading the page's texts and building the app each take a task of
    // their own, so each blocks input for a short spell instead of one long one.
    // (wasm-bindgen's executor directly: Leptos sets its own up in mount_to.)
    wasm_bindgen_futures::spawn_local(async move {
        browser::yield_to_browser().await;
        // Without its texts the app cannot speak: the page stays as it was built, under its notice.
        if !install_page_texts() {
            return browser::show_data_notice("", "");
        }
        let base = browser::site_base();
        let site_url = browser::site_url();
        if open_in_preferred_language(&base) {
            return;
        }
        browser::yield_to_browser().await;
        let target = browser::mount_target(browser::app_element());
        leptos::mount::mount_to(target, move || view! { <App base site_url initial=None/> }).forget();
    });
}

fn install_page_texts() -> bool {
    let catalogues = browser::page_texts()
        .into_iter()
        .filter_map(|(code, texts)| Some((Locale::from_code(&code)?, Catalogue::from_flat(&texts)?)))
        .collect();
    i18n::install(catalogues)
}

/// Only the entry page follows the remembered or browser language (by opening that language's
/// page); a shared deep link keeps its own. True when another page is opening.
fn open_in_preferred_language(base: &str) -> bool {
    let path = browser::pathname();
    let rest = path.strip_prefix(base).unwrap_or(&path);
    if rest != "/" && !rest.is_empty() {
        return false;
    }
    match browser::preferred_locale().and_then(|code| Locale::from_code(&code)) {
        Some(locale) if locale != Locale::En => {
            browser::open_instead(&format!("{base}{}", locale.path("/")));
            true
        }
        _ => false,
    }
}
