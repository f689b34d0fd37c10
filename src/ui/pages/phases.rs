//! `/phases`: every phase on one timeline, then a card per phase.
use leptos::prelude::*;

use super::{PageMeta, PhaseCard};
use crate::ui::components::charts::PhaseTimeline;
use crate::ui::state::{localized, use_data, use_t};

#[component]
pub fn PhasesPage() -> impl IntoView {
    let ds = use_data();
    let t = use_t();
    let mut phases = ds.phases.clone();
    phases.sort_by_key(|p| std::cmp::Reverse(p.number));
    view! {
        <PageMeta
            title=Signal::derive(move || t.get().phases_title.to_string())
            description=Signal::derive(move || t.get().phases_intro.to_string())
            path=localized("/phases")
        />
        <h1>{move || t.get().phases_title}</h1>
        <p class="lead">{move || t.get().phases_intro}</p>
        <PhaseTimeline/>
        <h2 class="visually-hidden">{move || t.get().phases_cards}</h2>
        <div class="card-grid">
            {phases.into_iter().map(|p| view! { <PhaseCard phase=p heading_level=3/> }).collect_view()}
        </div>
    }
}
