//! Buttons that act in the browser: copy to the clipboard, save vCards, print.
use leptos::prelude::*;

use crate::ui::browser;
use crate::ui::on_demand::use_on_demand;
use crate::ui::state::texts;

/// Copies `text()` (evaluated on click) and confirms in a polite live region.
#[component]
pub fn CopyButton<F>(text: F, #[prop(into)] label: String) -> impl IntoView
where
    F: Fn() -> String + Send + Sync + 'static,
{
    let t = texts();
    let status = RwSignal::new(None::<bool>);
    let on_click = move |_| {
        status.set(None);
        browser::copy_text(text(), move |ok| status.set(Some(ok)));
    };
    view! {
        <span class="copy">
            <button type="button" class="button button-small" on:click=on_click>{label}</button>
            <span class="copy-status" role="status" aria-live="polite">
                {move || match status.get() {
                    Some(true) => t.copied,
                    Some(false) => t.copy_failed,
                    None => "",
                }}
            </span>
        </span>
    }
}

/// Copies the current page's address.
#[component]
pub fn CopyLinkButton() -> impl IntoView {
    let t = texts();
    view! { <CopyButton text=browser::current_url label=t.copy_link/> }
}

/// Offers the vCards of the offices `ids()` (read on click) as the file `file`. The on-demand
/// module writes them (`src/bin/on_demand.rs`), so their code is downloaded only when asked for;
/// if it cannot load, a polite live region says so.
#[component]
pub fn VcardButton<F>(ids: F, file: String, #[prop(into)] label: String) -> impl IntoView
where
    F: Fn() -> Vec<String> + Send + Sync + 'static,
{
    let t = texts();
    let client = use_on_demand();
    let failed = RwSignal::new(false);
    view! {
        <span class="copy-wrap">
            <button type="button" class="button button-small" on:click=move |_| {
                failed.set(false);
                client.vcards(ids(), file.clone(), move || failed.set(true));
            }>{label}</button>
            <span class="copy-status" role="status" aria-live="polite">{move || if failed.get() { t.vcard_failed } else { "" }}</span>
        </span>
    }
}

#[component]
pub fn PrintButton() -> impl IntoView {
    let t = texts();
    view! {
        <button type="button" class="button button-small" on:click=move |_| browser::print()>
            {t.print}
        </button>
    }
}
