//! `/sources`: every source with what it supports, and the open-data downloads.
use leptos::prelude::*;

use super::PageMeta;
use crate::core::export::{csv, iati};
use crate::core::format::format_date;
use crate::core::model::{Reliability, SourceKind};
use crate::ui::components::actions::DownloadButton;
use crate::ui::state::{localized, use_data, use_locale, use_t, SiteBase};

/// How many facts cite each source, by kind of entity, for "what it supports".
fn citation_counts(json: &serde_json::Value, id: &str) -> Vec<(&'static str, usize)> {
    let mut counts = Vec::new();
    for key in ["programme", "phases", "components", "organisations", "offices", "events", "quotes"] {
        let n = count_citations(&json[key], id);
        if n > 0 {
            counts.push((key, n));
        }
    }
    counts
}

/// Counts `sources` arrays containing `id` anywhere below `value`.
fn count_citations(value: &serde_json::Value, id: &str) -> usize {
    match value {
        serde_json::Value::Object(map) => map
            .iter()
            .map(|(k, v)| {
                if k == "sources" {
                    usize::from(v.as_array().is_some_and(|a| a.iter().any(|s| s == id)))
                } else {
                    count_citations(v, id)
                }
            })
            .sum(),
        serde_json::Value::Array(items) => items.iter().map(|v| count_citations(v, id)).sum(),
        _ => 0,
    }
}

#[component]
pub fn SourcesPage() -> impl IntoView {
    let ds = use_data();
    let t = use_t();
    let locale = use_locale();
    let base = expect_context::<SiteBase>().0;

    let csv_buttons = csv::TABLES
        .iter()
        .map(|&(stem, make)| {
            let ds = ds.clone();
            view! {
                <li>
                    <DownloadButton
                        make=move || (format!("bomca-{stem}.csv"), "text/csv;charset=utf-8", make(&ds))
                        label=Signal::derive(move || t.get().download_csv.replace("{table}", stem))
                    />
                </li>
            }
        })
        .collect_view();
    let iati_button = {
        let ds = ds.clone();
        view! {
            <DownloadButton
                make=move || ("bomca-iati-activities.xml".to_string(), "application/xml", iati::activities_xml(&ds, &format!("{}T00:00:00Z", ds.meta.updated)))
                label=Signal::derive(move || t.get().download_iati.to_string())
            />
        }
    };

    let json = serde_json::to_value(&*ds).unwrap_or_default();
    let list = ds
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let s = s.clone();
            let counts = citation_counts(&json, &s.id);
            let title = s.title.clone();
            let publisher = s.publisher.clone();
            let kind = s.kind;
            let reliability = s.reliability;
            view! {
                <li id=s.id.clone() value=i + 1 class="source">
                    <p class="source-title">
                        {match s.url.clone() {
                            Some(url) => view! { <a href=url.clone() rel="noopener external">{move || title.get(locale.get()).to_string()}</a> }.into_any(),
                            None => view! { <span>{move || title.get(locale.get()).to_string()}</span> }.into_any(),
                        }}
                    </p>
                    <p class="muted">
                        {move || publisher.get(locale.get()).to_string()}
                        {move || s.date.map(|d| format!(", {}", format_date(d, locale.get())))}
                        " · "
                        {move || match kind { SourceKind::Seed => t.get().source_seed, SourceKind::Web => t.get().source_web }}
                        " · "
                        {move || match reliability {
                            Reliability::Official => t.get().reliability_official,
                            Reliability::Secondary => t.get().reliability_secondary,
                            Reliability::Unofficial => t.get().reliability_unofficial,
                        }}
                        {s.seed_file.clone().map(|f| view! { " · " <code>{f}</code> })}
                    </p>
                    <p class="supports">
                        {move || t.get().source_supports} ": "
                        {move || {
                            let c = t.get();
                            counts.iter().map(|(k, n)| format!("{} ({n})", crate::core::i18n::entity_name(c, k))).collect::<Vec<_>>().join(", ")
                        }}
                    </p>
                </li>
            }
        })
        .collect_view();

    view! {
        <PageMeta
            title=Signal::derive(move || t.get().sources_title.to_string())
            description=Signal::derive(move || t.get().sources_intro.to_string())
            path=localized("/sources")
        />
        <h1>{move || t.get().sources_title}</h1>
        <p class="lead">{move || t.get().sources_intro}</p>
        <section aria-labelledby="downloads-h" class="downloads">
            <h2 id="downloads-h">{move || t.get().downloads_title}</h2>
            <p>{move || t.get().downloads_intro}</p>
            <ul class="download-list">
                <li><a class="button button-small" href=format!("{base}/data/bomca.json") download="bomca.json">{move || t.get().download_json}</a></li>
                <li><a class="button button-small" href=format!("{base}/data/bomca.schema.json") download="bomca.schema.json">{move || t.get().download_schema}</a></li>
                {csv_buttons}
                <li>{iati_button}</li>
            </ul>
        </section>
        <section aria-labelledby="list-h">
            <h2 id="list-h">{move || t.get().sources_list}</h2>
            <ol class="source-list">{list}</ol>
        </section>
    }
}
