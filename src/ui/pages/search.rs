//! `/search?q=…`: everything the site-wide search finds, grouped by kind, as a shareable address.
//! The on-demand module (`src/bin/on_demand.rs`) fills `#search-count` and `#search-found` with the
//! address's words. Pre-rendered empty: without JavaScript it says that search needs it and lists
//! the sections.
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::core::site_search::markup::{needs_js_html, page_form_html};
use crate::ui::components::page::PageMeta;
use crate::ui::on_demand::use_on_demand;
use crate::ui::state::{localized, texts};

/// The longest query the page reads from its address.
const MAX_QUERY_CHARS: usize = 200;

#[component]
pub fn SearchPage() -> impl IntoView {
    let t = texts();
    let query_map = use_query_map();
    let client = use_on_demand();
    let q = Memo::new(move |_| {
        query_map.read().get("q").unwrap_or_default().chars().take(MAX_QUERY_CHARS).collect::<String>()
    });
    // The address's words go to the on-demand module (effects run in the browser only), once the
    // page is in the document: after a navigation its view is built before it is attached.
    Effect::new(move |_| {
        let q = q.get();
        request_animation_frame(move || client.show_page(q, t.site_search_failed));
    });
    let page = localized("/search");
    view! {
        <PageMeta title=t.site_search_title description=t.site_search_intro path=page.clone()/>
        <h1>{t.site_search_title}</h1>
        <p class="lead">{t.site_search_intro}</p>
        <div on:focusin=move |_| client.start(t.site_search_failed) inner_html=move || page_form_html(t, &page, &q.get())></div>
        <noscript inner_html=needs_js_html(t, &|path: &str| localized(path))></noscript>
        <p id="search-count" class="result-count" role="status"></p>
        <div id="search-found" class="search-found"></div>
    }
}
