//! `/phases`: every phase on one timeline, then a card per phase.
use leptos::prelude::*;

use crate::core::order;
use crate::ui::components::charts::PhaseTimeline;
use crate::ui::components::page::{PageMeta, PhaseCard};
use crate::ui::state::{localized, texts, use_data};

#[component]
pub fn PhasesPage() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let mut phases = ds.phases.clone();
    order::sort_by_key(&mut phases, |p| std::cmp::Reverse(p.number));
    view! {
        <PageMeta
            title=t.phases_title
            description=t.phases_intro
            path=localized("/phases")
        />
        <h1>{t.phases_title}</h1>
        <p class="lead">{t.phases_intro}</p>
        <PhaseTimeline/>
        <h2 class="visually-hidden">{t.phases_cards}</h2>
        <div class="card-grid">
            {phases.into_iter().map(|p| view! { <PhaseCard phase=p heading_level=3/> }).collect_view()}
        </div>
    }
}
