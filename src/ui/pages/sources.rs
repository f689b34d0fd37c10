//! `/sources`: every source with what it supports, and the open-data downloads.
use leptos::prelude::*;

use crate::core::export::Export;
use crate::core::format::format_date;
use crate::core::model::{Reliability, SourceKind};
use crate::core::query;
use crate::ui::components::later::Later;
use crate::ui::components::page::PageMeta;
use crate::ui::state::{current_locale, localized, texts, use_data, SiteBase, SiteUrl};

#[component]
pub fn SourcesPage() -> impl IntoView {
    let t = texts();
    let base = expect_context::<SiteBase>().0;

    // Generated at build time (core::export), so they are plain links that work without JavaScript.
    let exports = Export::ALL
        .into_iter()
        .map(|export| {
            let label = match export.table() {
                Some(table) => t.download_csv.replace("{table}", crate::core::i18n::entity_name(t, table)),
                None => t.download_iati.to_string(),
            };
            let file = export.file_name();
            view! { <li><a class="button button-small" href=format!("{base}/data/{file}") download=file.clone()>{label}</a></li> }
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
                {exports}
                <li><a class="button button-small" href=format!("{base}/data/datapackage.json") download="datapackage.json">{t.download_datapackage}</a></li>
            </ul>
        </section>
        // Below the fold: at takeover, in a task of its own.
        <Later>
            <OpenData/>
            <SourceList/>
        </Later>
    }
}

/// How to reuse the data: the API, the licence, how to cite it and what changed.
#[component]
fn OpenData() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let base = expect_context::<SiteBase>().0;
    let site = expect_context::<SiteUrl>().0;
    let meta = &ds.meta;
    let version = meta.version.clone();
    let curl = format!(
        "curl {site}/data/api/index.json\ncurl {site}/data/api/phases/9.json\ncurl -O {site}/data/v{version}/datapackage.json"
    );
    let cite = t
        .open_data_cite_line
        .replace("{year}", &meta.updated.year.to_string())
        .replace("{version}", &version)
        .replace("{url}", &format!("{site}/data/v{version}/datapackage.json"));
    let changes = meta
        .changes
        .iter()
        .map(|c| {
            view! { <li><strong>{c.version.clone()}</strong> " (" {format_date(c.date, locale)} "): " {c.text.get(locale).to_string()}</li> }
        })
        .collect_view();
    let licence = meta.licence.get(locale).to_string();
    let licence_url = meta.licence_url.clone();
    let licence_id = meta.licence_id.clone();

    view! {
        <section aria-labelledby="open-data-h" class="open-data">
            <h2 id="open-data-h">{t.open_data_title}</h2>
            <p>{t.open_data_intro.replace("{version}", &version)}</p>
            <p>{t.open_data_curl}</p>
            <pre class="code"><code>{curl}</code></pre>
            <h3>{t.open_data_licence}</h3>
            <p>{licence} " " <a href=licence_url rel="license external">{licence_id}</a></p>
            <h3>{t.open_data_cite}</h3>
            <p class="citation">{cite}</p>
            <p><a href=format!("{base}/data/CITATION.cff")>"CITATION.cff"</a></p>
            <h3>{t.open_data_changes}</h3>
            <ul class="changes">{changes}</ul>
        </section>
    }
}

/// Every source, with what in the data it supports.
#[component]
fn SourceList() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
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
                        {s.date_note.as_ref().map(|n| view! { <span class="muted">" (" {n.get(locale).to_string()} ")"</span> })}
                        " · " {kind} " · " {reliability}
                        {s.seed_file.clone().map(|f| view! { " · " <code>{f}</code> })}
                    </p>
                    <p class="supports">{t.source_supports} ": " {supports}</p>
                </li>
            }
        })
        .collect_view();

    view! {
        <section aria-labelledby="list-h">
            <h2 id="list-h">{t.sources_list}</h2>
            <ol class="source-list">{list}</ol>
        </section>
    }
}
