//! The partner organisations and the phases they served in.

use leptos::prelude::*;

use crate::core::order;
use crate::core::query;
use crate::ui::components::orgs::OrgItem;
use crate::ui::state::{current_locale, texts, use_data};

/// Consortium, associate partners and donors, with the phases they served in.
#[component]
pub(super) fn Partners() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let mut orgs: Vec<_> = ds
        .organisations
        .iter()
        .map(|o| (o.clone(), query::phases_of_organisation(&ds, &o.id)))
        .filter(|(_, phases)| !phases.is_empty())
        .collect();
    order::sort_by(&mut orgs, |(a, a_phases), (b, b_phases)| {
        let latest = |phases: &[(u8, _)]| phases.iter().map(|p| p.0).max();
        latest(b_phases).cmp(&latest(a_phases)).then_with(|| a.name.get(locale).cmp(b.name.get(locale)))
    });
    view! {
        <section aria-labelledby="partners-h" class="partners-section">
            <h2 id="partners-h">{t.partners_title}</h2>
            <ul class="org-list">
                {orgs.into_iter().map(|(org, phases)| view! { <OrgItem org phases/> }).collect_view()}
            </ul>
        </section>
    }
}
