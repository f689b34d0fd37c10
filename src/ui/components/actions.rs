//! Buttons that act in the browser: copy to the clipboard, download a generated file.
use leptos::prelude::*;

use crate::ui::browser;
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

/// Generates a file on click (`make` returns name, MIME type and content) and offers it.
#[component]
pub fn DownloadButton<F>(make: F, #[prop(into)] label: String) -> impl IntoView
where
    F: Fn() -> (String, &'static str, String) + Send + Sync + 'static,
{
    view! {
        <button type="button" class="button button-small" on:click=move |_| {
            let (name, mime, content) = make();
            browser::download(&name, mime, &content);
        }>{label}</button>
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
