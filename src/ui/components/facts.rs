//! How a sourced fact reads on the page: its value, its citations, other sources' values, or
//! "not published in the sources".
use leptos::prelude::*;
use leptos_router::components::A;

use crate::core::model::{Alternative, Fact};
use crate::ui::state::{localized, use_data, use_locale, use_t};

/// Citation markers `[n]` linking to `/sources#id`; n is the source's place in the source list,
/// so the same source has the same number on every page.
#[component]
pub fn Cite(#[prop(into)] sources: Vec<String>) -> impl IntoView {
    let ds = use_data();
    let locale = use_locale();
    let t = use_t();
    let sources_page = localized("/sources");
    let marks = sources
        .into_iter()
        .filter_map(|id| {
            let index = ds.sources.iter().position(|s| s.id == id)?;
            let title = ds.sources[index].title.clone();
            let href = move || format!("{}#{id}", sources_page.get());
            Some(view! {
                <A href=href attr:class="cite" attr:aria-label=move || t.get().source_aria.replace("{title}", title.get(locale.get()))>
                    {format!("[{}]", index + 1)}
                </A>
            })
        })
        .collect_view();
    view! { <sup class="cites">{marks}</sup> }
}

#[component]
pub fn NotPublished() -> impl IntoView {
    let t = use_t();
    view! { <span class="unknown">{move || t.get().not_published}</span> }
}

/// A fact formatted by `show`, with its citations and any disagreeing sources.
#[component]
pub fn FactView<T, F>(fact: Option<Fact<T>>, show: F) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(&T) -> String + Clone + Send + Sync + 'static,
{
    match fact {
        None => view! { <NotPublished/> }.into_any(),
        Some(fact) => {
            let value = {
                let show = show.clone();
                let v = fact.value.clone();
                move || show(&v)
            };
            let note = fact.note.clone();
            let locale = use_locale();
            view! {
                <span class="fact">
                    <span class="fact-value">{value}</span>
                    <Cite sources=fact.sources.clone()/>
                    {note.map(|n| view! { <span class="fact-note">" (" {move || n.get(locale.get()).to_string()} ")"</span> })}
                </span>
                {(!fact.alternatives.is_empty()).then(|| view! {
                    <Alternatives alternatives=fact.alternatives.clone() show=show.clone()/>
                })}
            }
            .into_any()
        }
    }
}

#[component]
fn Alternatives<T, F>(alternatives: Vec<Alternative<T>>, show: F) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    F: Fn(&T) -> String + Clone + Send + Sync + 'static,
{
    let t = use_t();
    let locale = use_locale();
    view! {
        <details class="alternatives">
            <summary>{move || t.get().alternative_intro}</summary>
            <ul>
                {alternatives
                    .into_iter()
                    .map(|alt| {
                        let value = show(&alt.value);
                        let note = alt.note.clone();
                        view! {
                            <li>
                                <span class="fact-value">{value}</span>
                                <Cite sources=alt.sources.clone()/>
                                " — "
                                {move || note.get(locale.get()).to_string()}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </details>
    }
}

/// A reactive value that may be unknown: the text, or "not published in the sources".
#[component]
pub fn OrUnknown<F>(value: F) -> impl IntoView
where
    F: Fn() -> Option<String> + Send + Sync + 'static,
{
    let t = use_t();
    let value = std::sync::Arc::new(value);
    let known = {
        let value = value.clone();
        move || value().is_some()
    };
    view! {
        <span class:unknown=move || !known()>{move || value().unwrap_or_else(|| t.get().not_published.to_string())}</span>
    }
}
