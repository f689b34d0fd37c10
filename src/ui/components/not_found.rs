//! Any unknown address, phase number or component id.
use leptos::prelude::*;

use super::page::PageMeta;
use crate::ui::state::{localized, texts};

#[component]
pub fn NotFound() -> impl IntoView {
    let t = texts();
    let home = localized("/");
    let phases = localized("/phases");
    let components = localized("/components");
    view! {
        <PageMeta
            title=t.not_found_title
            description=t.not_found_text
            path=localized("/404")
        />
        <section class="not-found">
            <h1>{t.not_found_title}</h1>
            <p class="lead">{t.not_found_text}</p>
            <ul class="link-list">
                <li><a href=home.clone()>{t.not_found_home}</a></li>
                <li><a href=phases.clone()>{t.phases_title}</a></li>
                <li><a href=components.clone()>{t.components_title}</a></li>
            </ul>
        </section>
    }
}
