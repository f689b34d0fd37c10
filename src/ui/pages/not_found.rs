//! Any unknown address, phase number or component id.
use leptos::prelude::*;
use leptos_router::components::A;

use super::PageMeta;
use crate::ui::state::{localized, use_t};

#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_t();
    let home = localized("/");
    let phases = localized("/phases");
    let components = localized("/components");
    view! {
        <PageMeta
            title=Signal::derive(move || t.get().not_found_title.to_string())
            description=Signal::derive(move || t.get().not_found_text.to_string())
            path=localized("/404")
        />
        <section class="not-found">
            <h1>{move || t.get().not_found_title}</h1>
            <p class="lead">{move || t.get().not_found_text}</p>
            <ul class="link-list">
                <li><A href=move || home.get()>{move || t.get().not_found_home}</A></li>
                <li><A href=move || phases.get()>{move || t.get().phases_title}</A></li>
                <li><A href=move || components.get()>{move || t.get().components_title}</A></li>
            </ul>
        </section>
    }
}
