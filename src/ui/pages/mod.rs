//! One module per route. Each page reads the dataset and locale from context and renders the core's
//! results; none fetches or computes on its own.
pub mod compare;
pub mod component;
pub mod components;
pub mod contacts;
pub mod not_found;
pub mod overview;
pub mod phase;
pub mod phases;
pub mod sources;

use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

use crate::core::i18n::{self, Catalogue};
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Phase, PhaseStatus};
use crate::ui::state::{use_locale, SiteBase};

/// Title, description, OpenGraph and canonical tags of a page (the pre-renderer writes the same).
#[component]
pub fn PageMeta(#[prop(into)] title: Signal<String>, #[prop(into)] description: Signal<String>, path: Signal<String>) -> impl IntoView {
    let base = expect_context::<SiteBase>().0;
    let locale = use_locale();
    view! {
        <Title text=move || title.get()/>
        <Meta name="description" content=move || description.get()/>
        <Meta property="og:title" content=move || title.get()/>
        <Meta property="og:description" content=move || description.get()/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:locale" content=move || if locale.get() == Locale::Ru { "ru_RU" } else { "en_GB" }/>
        <Link rel="canonical" href=format!("{base}{}", path.get_untracked())/>
    }
}

pub fn org_name(ds: &Dataset, id: &str, locale: Locale) -> String {
    crate::core::query::organisation(ds, id).map(|o| o.name.get(locale).to_string()).unwrap_or_else(|| id.to_string())
}

pub fn status_label(c: &Catalogue, status: PhaseStatus) -> &'static str {
    match status {
        PhaseStatus::Implementation => c.status_implementation,
        PhaseStatus::Closed => c.status_closed,
        PhaseStatus::Unknown => c.status_unknown,
    }
}

pub fn country_list(codes: &[String], locale: Locale) -> String {
    codes.iter().map(|c| i18n::country_name(c, locale)).collect::<Vec<_>>().join(", ")
}

pub fn phase_label(c: &Catalogue, n: u8) -> String {
    c.phase_short.replace("{n}", &n.to_string())
}

/// The headline facts of a phase, used on cards and in the overview.
#[component]
pub fn PhaseCard(phase: Phase, #[prop(optional)] heading_level: u8) -> impl IntoView {
    use crate::core::format::{format_money, format_span};
    use crate::core::query;
    use crate::ui::components::facts::OrUnknown;
    use crate::ui::state::{localized, use_data, use_t};
    use leptos_router::components::A;

    let ds = use_data();
    let t = use_t();
    let locale = use_locale();
    let number = phase.number;
    let href = localized(format!("/phases/{number}"));
    let status = phase.status;
    let components = query::components_of(&ds, number).len();
    let lead = query::lead(&ds, &phase).map(|o| o.short_name.clone().unwrap_or_else(|| o.name.clone()));
    let title = phase.title.clone();
    let text = move || title.get(locale.get()).to_string();
    let heading = view! { <A href=move || href.get()>{text}</A> };
    let heading_view = if heading_level == 3 {
        view! { <h3>{heading}</h3> }.into_any()
    } else {
        view! { <h2>{heading}</h2> }.into_any()
    };
    let p = phase.clone();
    let period = move || format_span(query::start(&p), query::end(&p), locale.get());
    let budget = move || query::headline_budget(&phase).map(|b| format_money(&b.amount.value, locale.get()));
    view! {
        <article class="card phase-card" class:is-active=status == PhaseStatus::Implementation>
            <p class="card-kicker">
                <span class="badge">{move || phase_label(t.get(), number)}</span>
                <span class=format!("status status-{status:?}").to_lowercase()>{move || status_label(t.get(), status)}</span>
            </p>
            {heading_view}
            <dl class="facts-compact">
                <dt>{move || t.get().row_period}</dt>
                <dd><OrUnknown value=period/></dd>
                <dt>{move || t.get().row_budget}</dt>
                <dd><OrUnknown value=budget/></dd>
                <dt>{move || t.get().row_lead}</dt>
                <dd><OrUnknown value=move || lead.as_ref().map(|n| n.get(locale.get()).to_string())/></dd>
                <dt>{move || t.get().row_components}</dt>
                <dd><OrUnknown value=move || (components > 0).then(|| components.to_string())/></dd>
            </dl>
        </article>
    }
}

/// A card linking to another part of the site.
#[component]
pub fn PageCard<T, X>(path: &'static str, title: T, text: X) -> impl IntoView
where
    T: Fn() -> &'static str + Send + Sync + 'static,
    X: Fn() -> &'static str + Send + Sync + 'static,
{
    use crate::ui::state::localized;
    use leptos_router::components::A;
    let href = localized(path);
    view! {
        <A href=move || href.get() attr:class="card cta">
            <span class="cta-title">{title}</span>
            <span class="cta-text">{text}</span>
        </A>
    }
}
