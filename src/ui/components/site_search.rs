//! The header's search over the whole site: an ARIA combobox whose results show as the visitor
//! types, grouped by kind; `/` opens it, the arrow keys move through the results, Enter opens one
//! (or, with none chosen, every result on `/search`) and Escape closes the list. This view is its
//! markup (`markup::field_html`); the on-demand module (`src/bin/on_demand.rs`), loaded when the
//! field first takes the focus, drives it. Without JavaScript the form sends the words to
//! `/search`, and on a narrow screen the search icon is a link there.
use leptos::prelude::*;

use crate::core::site_search::answer::search_page;
use crate::core::site_search::markup::field_html;
use crate::ui::browser;
use crate::ui::on_demand::use_on_demand;
use crate::ui::state::{use_locale, use_t, SiteBase};

#[component]
pub fn SiteSearch() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let base = expect_context::<SiteBase>().0;
    let client = use_on_demand();
    browser::on_slash_key(|| browser::toggle_search_panel(Some(true)));
    view! {
        <div class="site-search"
            on:focusin=move |_| client.start(t.get_untracked().site_search_failed)
            on:click=|ev| {
                if browser::within(&ev, ".search-toggle") {
                    ev.prevent_default();
                    browser::toggle_search_panel(None);
                }
            }
            inner_html=move || field_html(t.get(), &search_page(&base, locale.get(), ""))>
        </div>
    }
}
