//! Views every page shares: its head tags, and the cards that link to other pages.
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_meta::Meta;
#[cfg(feature = "ssr")]
use leptos_meta::Title;

use crate::core::format::{format_money, format_span};
use crate::core::i18n::labels::{phase_label, status_label};
#[cfg(feature = "ssr")]
use crate::core::locale::Locale;
use crate::core::model::{Code, Phase, PhaseStatus};
use crate::core::query;
use crate::ui::components::actions::{CopyLinkButton, PrintButton};
use crate::ui::components::facts::OrUnknown;
use crate::ui::components::orgs::OrgLink;
use crate::ui::state::{current_locale, localized, strip_base, texts, use_data, SiteUrl};

/// Title, description, OpenGraph and canonical tags of a page, pre-rendered into its head. Values
/// are read once: a change of language is a change of route, which renders the page anew.
///
/// In the browser only the title and the canonical address follow the visitor from page to page
/// (Android's share sheet shares the canonical address). Description and OpenGraph tags serve
/// crawlers and link previews, which load each address's own pre-rendered page; keeping them out of
/// the wasm saves 3 KB of brotli on every first visit.
///
/// `feed`: the address of an Atom feed of the page's items, announced to feed readers.
#[component]
pub fn PageMeta(
    #[prop(into)] title: String,
    #[prop(into)] description: String,
    path: String,
    #[prop(optional)] feed: Option<String>,
) -> impl IntoView {
    let site = expect_context::<SiteUrl>().0;
    let canonical = format!("{site}{}", strip_base(&path));
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (description, feed);
        Effect::new(move |_| crate::ui::browser::set_canonical(&canonical));
        view! { <DocumentTitle text=title/> }
    }
    #[cfg(feature = "ssr")]
    {
        let locale = current_locale();
        view! {
            <DocumentTitle text=title.clone()/>
            <Meta name="description" content=description.clone()/>
            <Meta property="og:title" content=title/>
            <Meta property="og:description" content=description/>
            <Meta property="og:type" content="website"/>
            <Meta property="og:locale" content=if locale == Locale::Ru { "ru_RU" } else { "en_GB" }/>
            <leptos_meta::Link rel="canonical" href=canonical/>
            {feed.map(|href| view! { <leptos_meta::Link rel="alternate" type_="application/atom+xml" href/> })}
        }
    }
}

/// The document's title, "page · BOMCA Explorer". In the browser an effect sets it (leptos_meta's
/// `<Title>`, for this one tag, put all of leptos_meta in the wasm); at build time leptos_meta
/// writes it into the head.
#[component]
pub fn DocumentTitle(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let full = move || {
        let page = text.get();
        if page.is_empty() {
            "BOMCA Explorer".to_string()
        } else {
            format!("{page} · BOMCA Explorer")
        }
    };
    #[cfg(not(feature = "ssr"))]
    {
        Effect::new(move |_| crate::ui::browser::set_title(&full()));
    }
    // Rendered once, at build time.
    #[cfg(feature = "ssr")]
    {
        view! { <Title text=full()/> }
    }
}

/// A page's heading with its copy-link and print buttons; `children` (a kicker) go above it.
#[component]
pub fn PageHead(#[prop(into)] title: String, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    view! {
        <header class="page-head">
            {children.map(|kicker| kicker())}
            <h1>{title}</h1>
            <div class="page-actions no-print">
                <CopyLinkButton/>
                <PrintButton/>
            </div>
        </header>
    }
}

/// The headline facts of a phase, used on cards and in the overview.
#[component]
pub fn PhaseCard(phase: Phase, #[prop(optional)] heading_level: u8) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let number = phase.number;
    let status = phase.status;
    let components = query::components_of(&ds, number).len();
    let lead = query::lead(&ds, &phase).map(|o| o.id.clone());
    let title = phase.title.get(locale).to_string();
    let heading = view! { <a href=localized(format!("/phases/{number}"))>{title}</a> };
    let heading = if heading_level == 3 {
        view! { <h3>{heading}</h3> }.into_any()
    } else {
        view! { <h2>{heading}</h2> }.into_any()
    };
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
                <dd>{match lead {
                    Some(id) => view! { <OrgLink id short=true/> }.into_any(),
                    None => view! { <OrUnknown value=None/> }.into_any(),
                }}</dd>
                <dt>{t.row_components}</dt>
                <dd><OrUnknown value=(components > 0).then(|| components.to_string())/></dd>
            </dl>
        </article>
    }
}

/// A card linking to another part of the site.
#[component]
pub fn PageCard(path: &'static str, title: &'static str, text: &'static str) -> impl IntoView {
    view! {
        <a href=localized(path) class="card cta">
            <span class="cta-title">{title}</span>
            " "
            <span class="cta-text">{text}</span>
        </a>
    }
}
