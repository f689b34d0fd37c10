//! `/`: the programme at a glance.
use leptos::prelude::*;

use crate::core::query;
use crate::ui::components::charts::PhaseTimeline;
use crate::ui::components::country::CountryLinks;
use crate::ui::components::facts::{Cite, FactView};
use crate::ui::components::figures::{FigureStat, QuoteView};
use crate::ui::components::later::Later;
use crate::ui::components::page::{PageCard, PageMeta, PhaseCard};
use crate::ui::state::{current_locale, localized, texts, use_data};

#[component]
pub fn Overview() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let p = &ds.programme;
    let name = p.name.get(locale).to_string();
    let summary = p.summary.value.get(locale).to_string();
    let latest = query::latest_phase(&ds).cloned();
    let highlight = latest.as_ref().map(|p| p.number).unwrap_or(0);
    let quotes = ds.quotes.clone();
    view! {
        <PageMeta title=name.clone() description=summary.clone() path=localized("/")/>
        <section class="hero">
            <p class="eyebrow">{t.overview_eyebrow} " · " <CountryLinks codes=p.countries.value.clone()/></p>
            <h1>{name}</h1>
            <p class="lead">{summary} <Cite sources=p.summary.sources.clone()/></p>
        </section>
        <section aria-labelledby="glance">
            <h2 id="glance">{t.overview_glance}</h2>
            <div class="stat-grid">
                <div class="stat">
                    <p class="stat-label">{t.overview_since}</p>
                    <div class="stat-value"><FactView fact=Some(p.start_year.map(i32::to_string))/></div>
                </div>
                <div class="stat">
                    <p class="stat-label">{t.overview_phases}</p>
                    <p class="stat-value">{t.phases_count.format(locale, ds.phases.len() as u64)}</p>
                </div>
                <div class="stat">
                    <p class="stat-label">{t.overview_countries}</p>
                    <p class="stat-value stat-text">
                        <CountryLinks codes=p.countries.value.clone()/>
                        <Cite sources=p.countries.sources.clone()/>
                    </p>
                </div>
                {p.figures.iter().cloned().map(|f| view! { <FigureStat figure=f/> }).collect_view()}
            </div>
        </section>
        <Later>
        <section aria-labelledby="timeline-h">
            <h2 id="timeline-h">{t.overview_timeline}</h2>
            <PhaseTimeline compact=true highlight=highlight/>
        </section>
        </Later>
        <Later>
        {latest.map(|p| view! {
            <section aria-labelledby="latest-h" class="latest">
                <h2 id="latest-h">{t.overview_latest}</h2>
                <PhaseCard phase=p heading_level=3/>
            </section>
        })}
        <section aria-labelledby="explore-h">
            <h2 id="explore-h">{t.overview_explore}</h2>
            <div class="cta-grid">
                <PageCard path="/compare" title=t.cta_compare text=t.cta_compare_text/>
                <PageCard path="/components" title=t.cta_components text=t.cta_components_text/>
                <PageCard path="/contacts" title=t.cta_contacts text=t.cta_contacts_text/>
            </div>
        </section>
        </Later>
        <Later>
        {(!quotes.is_empty()).then(|| view! {
            <section aria-labelledby="quotes-h">
                <h2 id="quotes-h">{t.overview_quotes}</h2>
                {quotes.into_iter().map(|q| view! { <QuoteView quote=q/> }).collect_view()}
            </section>
        })}
        </Later>
    }
}
