//! The app shell: router, header, footer, and the one place the dataset is loaded.
use std::sync::Arc;

use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_meta::provide_meta_context;
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes, A};
use leptos_router::hooks::use_location;
use leptos_router::{ParamSegment, StaticSegment};

use super::browser;
#[cfg(feature = "ssr")]
use super::components::data_failure::DataNotice;
use super::components::data_failure::{KeepPrerendered, LoadErrorPage};
use super::components::later::Later;
use super::components::not_found::NotFound;
use super::components::site_search::SiteSearch;
use super::fetch::LoadFailure;
use super::on_demand::{provide_on_demand, use_on_demand};
use super::pages::{
    compare::ComparePage, component::ComponentPage, components::ComponentsPage, contacts::ContactsPage,
    countries::CountriesPage, country::CountryPage, event::EventPage, events::EventsPage,
    organisation::OrganisationPage, organisations::OrganisationsPage, overview::Overview, phase::PhasePage,
    phases::PhasesPage, search::SearchPage, sources::SourcesPage,
};
use super::state::{provide_locale, query_suffix, strip_base, use_locale, use_t, with_base, Data, SiteBase, SiteUrl};
use crate::core::export::dataset_file;
use crate::core::i18n::{self, SECTIONS};
use crate::core::locale::Locale;
use crate::core::model::Dataset;

/// What the app starts with: the dataset (or why it failed) and the language of its texts (`None`:
/// every language, when rendering at build time). `None` before it is fetched.
pub type Loaded = (Option<Locale>, Result<Arc<Dataset>, LoadFailure>);

/// `base` is the site's path prefix without a trailing slash ("" at the root, "/bomca" under a
/// sub-path); `site_url` the absolute address it is served at, for canonical links. `initial` is
/// the dataset the page renders from: given at build time and when hydrating a pre-rendered page
/// (the same data, so the same markup); `None` when the app renders a page of its own and loads it.
#[component]
pub fn App(base: String, site_url: String, initial: Option<Loaded>) -> impl IntoView {
    #[cfg(feature = "ssr")]
    provide_meta_context();
    provide_context(SiteBase(base.clone()));
    provide_context(SiteUrl(site_url));
    provide_on_demand(base.clone());
    view! {
        <Router base=base.clone()>
            <Shell>
                // At takeover the frame mounts first and the loader (its request, the skeleton) in
                // a task of its own.
                <Later>
                    <DataLoader base initial/>
                </Later>
            </Shell>
        </Router>
    }
}

#[component]
fn Shell(children: Children) -> impl IntoView {
    let locale = provide_locale();
    let t = use_t();
    let location = use_location();
    Effect::new(move |_| {
        // A page carries only its own language's texts: another language is another page.
        if !i18n::has_catalogue(locale.get()) {
            return browser::load_page(&browser::current_url());
        }
        browser::set_document_lang(locale.get().code());
        browser::remember_locale(locale.get().code());
    });
    // Pre-rendered pages carry a hidden notice for the case their data fails to load.
    #[cfg(feature = "ssr")]
    let notice = view! { <DataNotice/> };
    #[cfg(not(feature = "ssr"))]
    let notice = ();
    view! {
        // The page's own address: under the site's <base href>, a bare "#main" would lead to the
        // home page wherever JavaScript is off.
        <a class="skip-link" href=move || format!("{}{}#main", location.pathname.get(), query_suffix(&location.search.get())) on:click=|ev| {
            ev.prevent_default();
            browser::focus_main();
        }>{move || t.get().skip_to_content}</a>
        <Header/>
        <main id="main" tabindex="-1">{notice}{children()}</main>
        <Later>
            <Footer/>
        </Later>
    }
}

#[component]
fn Header() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    view! {
        <header class="site-header">
            <div class="header-inner">
                <A href=move || with_base(&locale.get().path("/")) attr:class="brand" exact=true>
                    <span class="brand-mark" aria-hidden="true">"B"</span>
                    " "
                    <span class="brand-text">
                        <span class="brand-name">{move || t.get().site_name}</span>
                        " "
                        <span class="brand-tag">{move || t.get().site_tagline}</span>
                    </span>
                </A>
                // The takeover's first task builds the frame; the header's parts come in tasks of their own.
                <Later>
                    <SiteSearch/>
                </Later>
                <Later>
                    <LanguageSwitcher/>
                </Later>
            </div>
            <nav class="site-nav" aria-label=move || t.get().nav_label>
                <Later>
                <ul>
                    {SECTIONS
                        .into_iter()
                        .map(|(path, label)| {
                            view! {
                                <li>
                                    <A href=move || with_base(&locale.get().path(path))>{move || label(t.get())}</A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                </Later>
            </nav>
        </header>
    }
}

/// Links to the same page and query in every other language: that language's page, loaded from
/// the server (`rel="external"`), as each page carries only its own language's texts.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let location = use_location();
    let t = use_t();
    view! {
        <nav class="lang-switch" aria-label=move || t.get().language_label>
            {Locale::ALL
                .into_iter()
                .map(|target| {
                    let href = move || {
                        let path = strip_base(&location.pathname.get());
                        let (_, rest) = Locale::split_path(&path);
                        format!("{}{}", with_base(&target.path(rest)), query_suffix(&location.search.get()))
                    };
                    view! {
                        <A href=href exact=true attr:hreflang=target.code() attr:lang=target.code() attr:rel="external">
                            {target.native_name()}
                        </A>
                        " "
                    }
                })
                .collect_view()}
        </nav>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    view! {
        <footer class="site-footer">
            <p class="eu-funding">
                <span class="eu-flag" aria-hidden="true"></span>
                {move || t.get().footer_funding}
            </p>
            <p>
                {move || t.get().footer_data} " "
                <A href=move || with_base(&locale.get().path("/sources"))>{move || t.get().footer_download}</A>
            </p>
        </footer>
    }
}

/// Loads the dataset's copy in the page's language (`export::dataset_file`). Until it arrives the
/// skeleton shows.
///
/// A signal set by a spawned fetch rather than a `LocalResource` under `Suspense`: the async-derived
/// and suspense machinery cost 7.9 KB of brotli on every first visit (3 % of the size budget), and
/// the signal's `Option` already says "loading".
#[component]
fn DataLoader(base: String, initial: Option<Loaded>) -> impl IntoView {
    let locale = use_locale();
    let data = RwSignal::new(initial);
    let attempt = Trigger::new();
    let search = use_on_demand();
    // The effect keeps the request under way; its next run (Retry) drops it, which cancels the
    // download. The language is the page's: another language is another page (`Shell`).
    Effect::new(move |_: Option<Option<super::fetch::InFlight>>| {
        attempt.track();
        let wanted = locale.get_untracked();
        // The page started with this language's copy (or its failure, until Retry clears it).
        if data.with_untracked(|d| matches!(d, Some((Some(language), _)) if *language == wanted)) {
            return None;
        }
        let url = format!("{base}/data/{}", dataset_file(wanted));
        Some(super::fetch::fetch_dataset(url, move |fetched| {
            let loaded = fetched.map(|(ds, copy)| {
                search.set_copy(wanted, copy);
                ds
            });
            data.set(Some((Some(wanted), loaded)))
        }))
    });
    move || match data.get() {
        None => view! { <Skeleton/> }.into_any(),
        Some((_, Ok(ds))) => view! { <DataReady ds/> }.into_any(),
        Some((_, Err(error))) if browser::taking_over() => view! { <KeepPrerendered error/> }.into_any(),
        Some((_, Err(error))) => view! { <LoadErrorPage error retry=move || {
            data.set(None);
            attempt.notify();
        }/> }
        .into_any(),
    }
}

/// Shown while the dataset loads: the page's frame, so nothing jumps when it arrives.
#[component]
fn Skeleton() -> impl IntoView {
    let t = use_t();
    view! {
        <div class="skeleton" role="status" aria-live="polite">
            <p class="visually-hidden">{move || t.get().loading}</p>
            <div class="sk-line sk-title"></div>
            <div class="sk-line"></div>
            <div class="sk-line"></div>
            <div class="sk-line sk-short"></div>
        </div>
    }
}

#[component]
fn DataReady(ds: Arc<Dataset>) -> impl IntoView {
    provide_context(Data(ds));
    Effect::new(move |_| browser::reveal_app("ready"));
    view! {
        <Routes fallback=NotFound>
            <LocaleRoutes prefix="ru"/>
            <LocaleRoutes prefix=""/>
        </Routes>
    }
}

/// Every page, mounted once per locale prefix.
#[component(transparent)]
fn LocaleRoutes(prefix: &'static str) -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=StaticSegment(prefix) view=Outlet>
            <Route path=StaticSegment("") view=Overview/>
            <Route path=StaticSegment("phases") view=PhasesPage/>
            <Route path=(StaticSegment("phases"), ParamSegment("number")) view=PhasePage/>
            <Route path=StaticSegment("compare") view=ComparePage/>
            <Route path=StaticSegment("components") view=ComponentsPage/>
            <Route path=(StaticSegment("components"), ParamSegment("id")) view=ComponentPage/>
            <Route path=StaticSegment("events") view=EventsPage/>
            <Route path=(StaticSegment("events"), ParamSegment("id")) view=EventPage/>
            <Route path=StaticSegment("organisations") view=OrganisationsPage/>
            <Route path=(StaticSegment("organisations"), ParamSegment("id")) view=OrganisationPage/>
            <Route path=StaticSegment("contacts") view=ContactsPage/>
            <Route path=StaticSegment("countries") view=CountriesPage/>
            <Route path=(StaticSegment("countries"), ParamSegment("code")) view=CountryPage/>
            <Route path=StaticSegment("sources") view=SourcesPage/>
            <Route path=StaticSegment("search") view=SearchPage/>
        </ParentRoute>
    }
    .into_inner()
}
