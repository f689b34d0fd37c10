//! `/sources`: every source with what it supports, and the open-data downloads.
use leptos::prelude::*;

use super::PageMeta;
use crate::core::export::{csv, iati};
use crate::core::format::format_date;
use crate::core::model::{Reliability, SourceKind};
use crate::core::query;
use crate::ui::components::actions::DownloadButton;
use crate::ui::state::{SiteBase, current_locale, localized, texts, use_data};

#[component]
pub fn SourcesPage() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let base = expect_context::<SiteBase>().0;

    let csv_buttons = csv::TABLES
        .iter()
        .map(|&(stem, make)| {
            let ds = ds.clone();
            view! {
                <li>
                    <DownloadButton
                        make=move || (format!("bomca-{stem}.csv"), "text/csv;charset=utf-8", make(&ds))
                        label=t.download_csv.replace("{table}", crate::core::i18n::entity_name(t, stem))
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
                label=t.download_iati
            />
        }
    };

    let list = ds
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let supports = query::source_usage(&ds, &s.id)
                .into_iter()
                .map(|(section, n)| format!("{} ({n})", crate::core::i18n::entity_name(t, section)))
                .collect::<Vec<_>>()
                .join(", ");
            let title = s.title.get(locale).to_string();
            let kind = match s.kind {
                SourceKind::Seed => t.source_seed,
                SourceKind::Web => t.source_web,
            };
            let reliability = match s.reliability {
                Reliability::Official => t.reliability_official,
                Reliability::Secondary => t.reliability_secondary,
                Reliability::Unofficial => t.reliability_unofficial,
            };
            view! {
                <li id=s.id.clone() value=i + 1 class="source">
                    <p class="source-title">
                        {match s.url.clone() {
                            Some(url) => view! { <a href=url rel="noopener external">{title}</a> }.into_any(),
                            None => view! { <span>{title}</span> }.into_any(),
                        }}
                    </p>
                    <p class="muted">
                        {s.publisher.get(locale).to_string()}
                        {s.date.map(|d| format!(", {}", format_date(d, locale)))}
                        " · " {kind} " · " {reliability}
                        {s.seed_file.clone().map(|f| view! { " · " <code>{f}</code> })}
                    </p>
                    <p class="supports">{t.source_supports} ": " {supports}</p>
                </li>
            }
        })
        .collect_view();

    view! {
        <PageMeta
            title=t.sources_title
            description=t.sources_intro
            path=localized("/sources")
        />
        <h1>{t.sources_title}</h1>
        <p class="lead">{t.sources_intro}</p>
        <section aria-labelledby="downloads-h" class="downloads">
            <h2 id="downloads-h">{t.downloads_title}</h2>
            <p>{t.downloads_intro}</p>
            <ul class="download-list">
                <li><a class="button button-small" href=format!("{base}/data/bomca.json") download="bomca.json">{t.download_json}</a></li>
                <li><a class="button button-small" href=format!("{base}/data/bomca.schema.json") download="bomca.schema.json">{t.download_schema}</a></li>
                {csv_buttons}
                <li>{iati_button}</li>
            </ul>
        </section>
        <section aria-labelledby="list-h">
            <h2 id="list-h">{t.sources_list}</h2>
            <ol class="source-list">{list}</ol>
        </section>
    }
}
