//! How a sourced fact reads on the page: its value, its citations, other sources' values, or
//! "not published in the sources".
use leptos::prelude::*;

use crate::core::model::{Alternative, Fact};
use crate::ui::state::{current_locale, localized, texts, use_data};

/// Citation markers `[n]` linking to `/sources#id`; n is the source's place in the source list,
/// so the same source has the same number on every page.
#[component]
pub fn Cite(#[prop(into)] sources: Vec<String>) -> impl IntoView {
    let ds = use_data();
    let locale = current_locale();
    let t = texts();
    let sources_page = localized("/sources");
    let marks = sources
        .into_iter()
        .filter_map(|id| {
            let index = ds.sources.iter().position(|s| s.id == id)?;
            let label = format!(" {}", t.source_aria.replace("{title}", ds.sources[index].title.get(locale)));
            Some(view! {
                <a href=format!("{sources_page}#{id}") class="cite">
                    {format!("[{}]", index + 1)}
                    <span class="visually-hidden">{label}</span>
                </a>
            })
        })
        .collect_view();
    view! { <sup class="cites">{marks}</sup> }
}

/// A value, or "not published in the sources" when the sources are silent.
#[component]
pub fn OrUnknown(value: Option<String>) -> impl IntoView {
    match value {
        Some(v) => view! { <span>{v}</span> }.into_any(),
        None => view! { <span class="unknown">{texts().not_published}</span> }.into_any(),
    }
}

/// A fact already formatted for display (`Fact::map`), with its citations and any disagreeing
/// sources, or "not published in the sources". `children`, where given, show the value instead of
/// its text (a list of links).
#[component]
pub fn FactView(fact: Option<Fact<String>>, #[prop(optional)] children: Option<Children>) -> impl IntoView {
    let locale = current_locale();
    let Some(fact) = fact else {
        return view! { <OrUnknown value=None/> }.into_any();
    };
    let note = fact.note.as_ref().map(|n| n.get(locale).to_string());
    let alternatives =
        (!fact.alternatives.is_empty()).then(|| view! { <Alternatives alternatives=fact.alternatives.clone()/> });
    view! {
        <span class="fact">
            <span class="fact-value">
                {match children {
                    Some(value) => value(),
                    None => fact.value.clone().into_any(),
                }}
            </span>
            <Cite sources=fact.sources.clone()/>
            {note.map(|n| view! { <span class="fact-note">" (" {n} ")"</span> })}
        </span>
        {alternatives}
    }
    .into_any()
}

#[component]
fn Alternatives(alternatives: Vec<Alternative<String>>) -> impl IntoView {
    let t = texts();
    let locale = current_locale();
    view! {
        <details class="alternatives">
            <summary>{t.alternative_intro}</summary>
            <ul>
                {alternatives
                    .into_iter()
                    .map(|alt| {
                        view! {
                            <li>
                                <span class="fact-value">{alt.value.clone()}</span>
                                <Cite sources=alt.sources.clone()/>
                                " — "
                                {alt.note.get(locale).to_string()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// The sources cited on a page, numbered as on the sources page, with their addresses for print.
#[component]
pub fn SourceNotes(ids: Vec<String>) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    view! {
        <section aria-labelledby="cited-h" class="footnotes">
            <h2 id="cited-h">{t.phase_sources}</h2>
            <ol class="source-notes">
                {ids.into_iter().filter_map(|id| {
                    let index = ds.sources.iter().position(|s| s.id == id)?;
                    let s = &ds.sources[index];
                    Some(view! {
                        <li value=index + 1>
                            <a href=localized(format!("/sources#{}", s.id))>{s.title.get(locale).to_string()}</a>
                            {s.url.clone().map(|u| view! { <span class="print-url">" " {u}</span> })}
                        </li>
                    })
                }).collect_view()}
            </ol>
        </section>
    }
}
