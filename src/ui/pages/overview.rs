//! `/`: the programme at a glance.
use leptos::prelude::*;

use super::{country_list, PageCard, PageMeta, PhaseCard};
use crate::core::format::{format_date, format_figure};
use crate::core::model::Figure;
use crate::core::query;
use crate::ui::components::charts::PhaseTimeline;
use crate::ui::components::facts::{Cite, FactView};
use crate::ui::state::{localized, use_data, use_locale, use_t};

#[component]
pub fn Overview() -> impl IntoView {
    let ds = use_data();
    let t = use_t();
    let locale = use_locale();
    let name = ds.programme.name.clone();
    let summary = ds.programme.summary.clone();
    let latest = query::latest_phase(&ds).cloned();
    let phase_count = ds.phases.len() as u64;
    let countries = ds.programme.countries.clone();
    let start_year = ds.programme.start_year.clone();
    let quotes = ds.quotes.clone();
    let title = {
        let name = name.clone();
        Signal::derive(move || name.get(locale.get()).to_string())
    };
    let description = {
        let summary = summary.clone();
        Signal::derive(move || summary.value.get(locale.get()).to_string())
    };
    let figures = ds.programme.figures.clone();
    view! {
        <PageMeta title description path=localized("/")/>
        <section class="hero">
            <p class="eyebrow">{move || t.get().overview_eyebrow}</p>
            <h1>{move || name.get(locale.get()).to_string()}</h1>
            <p class="lead">
                {move || summary.value.get(locale.get()).to_string()}
                <Cite sources=summary.sources.clone()/>
            </p>
        </section>
        <section aria-labelledby="glance">
            <h2 id="glance">{move || t.get().overview_glance}</h2>
            <div class="stat-grid">
                <div class="stat">
                    <p class="stat-label">{move || t.get().overview_since}</p>
                    <p class="stat-value"><FactView fact=Some(start_year) show=|y: &i32| y.to_string()/></p>
                </div>
                <div class="stat">
                    <p class="stat-label">{move || t.get().overview_phases}</p>
                    <p class="stat-value">{move || t.get().phases_count.format(locale.get(), phase_count)}</p>
                </div>
                <div class="stat">
                    <p class="stat-label">{move || t.get().overview_countries}</p>
                    <p class="stat-value stat-text">
                        {move || country_list(&countries.value, locale.get())}
                        <Cite sources=countries.sources.clone()/>
                    </p>
                </div>
                {figures.into_iter().map(|f| view! { <FigureStat figure=f/> }).collect_view()}
            </div>
        </section>
        <section aria-labelledby="timeline-h">
            <h2 id="timeline-h">{move || t.get().overview_timeline}</h2>
            <PhaseTimeline compact=true highlight=latest.as_ref().map(|p| p.number).unwrap_or(0)/>
        </section>
        {latest.map(|p| view! {
            <section aria-labelledby="latest-h" class="latest">
                <h2 id="latest-h">{move || t.get().overview_latest}</h2>
                <PhaseCard phase=p heading_level=3/>
            </section>
        })}
        <section aria-labelledby="explore-h">
            <h2 id="explore-h">{move || t.get().overview_explore}</h2>
            <div class="cta-grid">
                <PageCard path="/compare" title=move || t.get().cta_compare text=move || t.get().cta_compare_text/>
                <PageCard path="/components" title=move || t.get().cta_components text=move || t.get().cta_components_text/>
                <PageCard path="/contacts" title=move || t.get().cta_contacts text=move || t.get().cta_contacts_text/>
            </div>
        </section>
        {(!quotes.is_empty()).then(|| view! {
            <section aria-labelledby="quotes-h">
                <h2 id="quotes-h">{move || t.get().overview_quotes}</h2>
                {quotes.into_iter().map(|q| view! { <QuoteView quote=q/> }).collect_view()}
            </section>
        })}
    }
}

/// A headline figure with its date: "EUR 40.1 million · 2003 – 2019".
#[component]
pub fn FigureStat(figure: Figure) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let label = figure.label.clone();
    let (unit, qualifier) = (figure.unit, figure.qualifier);
    let when = move || {
        let c = t.get();
        let span = match (figure.period_start, figure.period_end) {
            (Some(s), Some(e)) => Some(format!("{}–{}", s.year, e.year)),
            _ => None,
        };
        let as_of = figure.as_of.map(|d| c.as_of.replace("{date}", &format_date(d, locale.get())));
        [span, as_of].into_iter().flatten().collect::<Vec<_>>().join(" · ")
    };
    view! {
        <div class="stat">
            <p class="stat-label">{move || label.get(locale.get()).to_string()}</p>
            <p class="stat-value">
                <FactView fact=Some(figure.value) show={move |v: &f64| format_figure(*v, unit, qualifier, locale.get())}/>
            </p>
            <p class="stat-when">{when}</p>
        </div>
    }
}

#[component]
pub fn QuoteView(quote: crate::core::model::Quote) -> impl IntoView {
    let t = use_t();
    let locale = use_locale();
    let original = quote.original_language.clone();
    let text = quote.text.clone();
    let speaker = quote.speaker.clone();
    let role = quote.role.clone();
    let date = quote.date;
    view! {
        <figure class="quote">
            <blockquote>
                <p>{move || text.get(locale.get()).to_string()}</p>
            </blockquote>
            <figcaption>
                {move || speaker.as_ref().map(|s| view! { <strong>{s.get(locale.get()).to_string()}</strong> ", " })}
                {move || role.get(locale.get()).to_string()}
                {move || date.map(|d| format!(", {}", format_date(d, locale.get())))}
                <Cite sources=quote.sources.clone()/>
                {move || (original != locale.get().code()).then(|| view! { <span class="translation-note">" (" {t.get().translated_quote} ")"</span> })}
            </figcaption>
        </figure>
    }
}

