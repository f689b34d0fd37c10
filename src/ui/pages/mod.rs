//! One module per route. Each page reads the dataset and locale from context and renders the core's
//! results; none fetches or computes on its own.
//!
//! Links inside pages are plain `<a>`: the router still handles their clicks, and unlike `<A>` they
//! do not each re-check `aria-current` on every URL change (thousands of them on a large explorer
//! page, at every keystroke). The header's `<A>` links mark the current section.
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
#[cfg(feature = "ssr")]
use leptos_meta::Meta;
use leptos_meta::Title;

use crate::core::i18n::{self, Catalogue};
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Phase, PhaseStatus};
use crate::ui::state::{current_locale, SiteUrl};

/// Title, description, OpenGraph and canonical tags of a page, pre-rendered into its head. Values
/// are read once: a change of language is a change of route, which renders the page anew.
///
/// In the browser only the title and the canonical address follow the visitor from page to page
/// (Android's share sheet shares the canonical address). Description and OpenGraph tags serve
/// crawlers and link previews, which load each address's own pre-rendered page; keeping them out of
/// the wasm saves 3 KB of brotli on every first visit.
#[component]
pub fn PageMeta(#[prop(into)] title: String, #[prop(into)] description: String, path: String) -> impl IntoView {
    let site = expect_context::<SiteUrl>().0;
    let base = expect_context::<crate::ui::state::SiteBase>().0;
    let path = path.strip_prefix(base.as_str()).unwrap_or(&path).to_string();
    let canonical = format!("{site}{path}");
    #[cfg(not(feature = "ssr"))]
    {
        let _ = description;
        Effect::new(move |_| crate::ui::browser::set_canonical(&canonical));
        view! { <Title text=title/> }
    }
    #[cfg(feature = "ssr")]
    {
        let locale = current_locale();
        view! {
            <Title text=title.clone()/>
            <Meta name="description" content=description.clone()/>
            <Meta property="og:title" content=title/>
            <Meta property="og:description" content=description/>
            <Meta property="og:type" content="website"/>
            <Meta property="og:locale" content=if locale == Locale::Ru { "ru_RU" } else { "en_GB" }/>
            <leptos_meta::Link rel="canonical" href=canonical/>
        }
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
    use crate::ui::state::{localized, texts, use_data};

    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let number = phase.number;
    let status = phase.status;
    let components = query::components_of(&ds, number).len();
    let lead = query::lead(&ds, &phase).map(|o| o.short_name.as_ref().unwrap_or(&o.name).get(locale).to_string());
    let title = phase.title.get(locale).to_string();
    let heading = view! { <a href=localized(format!("/phases/{number}"))>{title}</a> };
    let heading = if heading_level == 3 { view! { <h3>{heading}</h3> }.into_any() } else { view! { <h2>{heading}</h2> }.into_any() };
    let period = format_span(query::start(&phase), query::end(&phase), locale);
    let budget = query::headline_budget(&phase).map(|b| format_money(&b.amount.value, locale));
    view! {
        <article class="card phase-card" class:is-active=status == PhaseStatus::Implementation>
            <p class="card-kicker">
                <span class="badge">{phase_label(t, number)}</span>
                " "
                <span class=format!("status status-{}", status.code())>{status_label(t, status)}</span>
            </p>
            {heading}
            <dl class="facts-compact">
                <dt>{t.row_period}</dt>
                <dd><OrUnknown value=period/></dd>
                <dt>{t.row_budget}</dt>
                <dd><OrUnknown value=budget/></dd>
                <dt>{t.row_lead}</dt>
                <dd><OrUnknown value=lead/></dd>
                <dt>{t.row_components}</dt>
                <dd><OrUnknown value=(components > 0).then(|| components.to_string())/></dd>
            </dl>
        </article>
    }
}

/// A card linking to another part of the site.
#[component]
pub fn PageCard(path: &'static str, title: &'static str, text: &'static str) -> impl IntoView {
    use crate::ui::state::localized;
    view! {
        <a href=localized(path) class="card cta">
            <span class="cta-title">{title}</span>
            " "
            <span class="cta-text">{text}</span>
        </a>
    }
}
