//! The parts every explorer shares (events, organisations): the search field, the facets as
//! checkbox groups with counts, the result count with "Clear all", and the note on values the
//! address held that the data does not have. Their state is the URL's (`state::ExplorerUrl`).
use leptos::prelude::*;

use crate::core::format::Plural;
use crate::ui::state::{current_locale, texts, ExplorerUrl};

/// A facet as shown: its dimension, URL key, heading, and its values as (value, label, count).
#[derive(Clone, PartialEq)]
pub struct Facet {
    pub dim: usize,
    pub key: &'static str,
    pub legend: &'static str,
    pub options: Vec<(String, String, usize)>,
}

/// The search field: results follow each keystroke; the button submits the form before the app
/// runs (a plain GET of the same address) and serves those who expect one (WCAG technique H32).
#[component]
pub fn SearchField(id: &'static str, label: &'static str, hint: &'static str, url: ExplorerUrl) -> impl IntoView {
    let t = texts();
    let hint_id = format!("{id}-hint");
    let parsed = url.parsed;
    view! {
        <div class="search-field">
            <label for=id>{label}</label>
            <input
                id=id
                type="search"
                name="q"
                autocomplete="off"
                aria-describedby=hint_id.clone()
                prop:value=move || parsed.read().0.text.clone()
                on:input=move |ev| url.go(&url.query().with_text(event_target_value(&ev)), true)
            />
            " "
            <small id=hint_id class="muted">{hint}</small>
            <button type="submit" class="button-quiet">{t.search_submit}</button>
        </div>
    }
}

/// The facets. A keystroke changes their counts, rarely their values: a facet's boxes are built
/// again only when its values change (or their order: partners go by count), and otherwise only
/// the counts and ticks follow the query (rebuilding every box took a quarter of a keystroke's
/// time on 100 times the events). Plain closures rather than a keyed `<For>`: its diffing, built
/// for these types, cost 4 KB of brotli wasm.
#[component]
pub fn FacetGroups(groups: Signal<Vec<Facet>>, url: ExplorerUrl) -> impl IntoView {
    // Computed once per query, however many boxes read it.
    let groups = Memo::new(move |_| groups.get());
    let option = move |dim: usize, value: &str| {
        groups.with(|g| {
            let facet = g.iter().find(|f| f.dim == dim);
            facet.and_then(|f| f.options.iter().find(|o| o.0 == value)).cloned()
        })
    };
    groups
        .get_untracked()
        .into_iter()
        .map(|Facet { dim, key, legend, .. }| {
            let values = Memo::new(move |_| {
                groups.with(|g| g.iter().find(|f| f.dim == dim).map(|f| f.options.iter().map(|o| o.0.clone()).collect()))
                    .unwrap_or_else(Vec::<String>::new)
            });
            let url = url.clone();
            let boxes = move || {
                let url = url.clone();
                values
                    .get()
                    .into_iter()
                    .map(|value| {
                        // Untracked: the boxes are built again only when `values` changes.
                        let label = untrack(|| option(dim, &value)).map(|o| o.1).unwrap_or_default();
                        let count = {
                            let value = value.clone();
                            move || option(dim, &value).map_or(0, |o| o.2)
                        };
                        let zero = count.clone();
                        let checked = {
                            let (url, value) = (url.clone(), value.clone());
                            move || url.parsed.read().0.is_selected(dim, &value)
                        };
                        let url = url.clone();
                        view! {
                            <label class:zero=move || zero() == 0>
                                <input type="checkbox" name=key value=value.clone() prop:checked=checked on:change=move |_| url.go(&url.query().toggled(dim, &value), false)/>
                                <span>{label}</span>
                                " "
                                <span class="count">{move || count().to_string()}</span>
                            </label>
                            " "
                        }
                    })
                    .collect_view()
            };
            view! {
                <fieldset class="facet">
                    <legend>{legend}</legend>
                    {boxes}
                </fieldset>
            }
        })
        .collect_view()
}

/// "12 events", announced as it changes, with the button that clears the query.
#[component]
pub fn ResultCount(count: Signal<usize>, plural: Plural, url: ExplorerUrl) -> impl IntoView {
    let t = texts();
    let locale = current_locale();
    view! {
        <p class="result-count" id="results-count" role="status" aria-live="polite" aria-atomic="true">
            {move || plural.format(locale, count.get() as u64)}
            " "
            <button type="button" class="button button-small" on:click=move |_| url.go(&url.query().cleared(), false)>{t.clear_all}</button>
        </p>
    }
}

/// The values of the address that were ignored, shown as text.
#[component]
pub fn IgnoredValues(url: ExplorerUrl) -> impl IntoView {
    let t = texts();
    move || {
        let list = url.parsed.read().1.clone();
        (!list.is_empty())
            .then(|| view! { <p class="notice">{t.search_ignored.replace("{list}", &list.join(", "))}</p> })
    }
}
