//! `/components/:id`: one component in full, and the same themes in other phases.
use leptos::prelude::*;
use leptos_router::components::A;

use super::not_found::NotFound;
use super::{org_name, phase_label, PageMeta};
use crate::core::model::Component;
use crate::core::{query, search};
use crate::ui::app::use_param;
use crate::ui::components::facts::{Cite, OrUnknown};
use crate::ui::state::{localized, use_data, use_locale, use_t};

#[component]
pub fn ComponentPage() -> impl IntoView {
    let ds = use_data();
    let id = use_param("id");
    move || match query::component(&ds, &id.get()).cloned() {
        Some(c) => view! { <ComponentDetail component=c/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn ComponentDetail(component: Component) -> impl IntoView {
    let ds = use_data();
    let t = use_t();
    let locale = use_locale();
    let c = component.clone();
    let title = {
        let c = c.clone();
        Signal::derive(move || format!("{} · {}", c.title.get(locale.get()), phase_label(t.get(), c.phase)))
    };
    let description = {
        let c = c.clone();
        Signal::derive(move || c.specific_objective.as_ref().unwrap_or(&c.title).get(locale.get()).to_string())
    };
    let phase_href = localized(format!("/phases/{}", c.phase));
    let back = localized("/components");
    let evolution = search::same_theme_elsewhere(&ds, &c.id);
    let text_row = |label: fn(&crate::core::i18n::Catalogue) -> &'static str, text: Option<crate::core::model::Text>| {
        view! {
            <dt>{move || label(t.get())}</dt>
            <dd><OrUnknown value=move || text.as_ref().map(|x| x.get(locale.get()).to_string())/></dd>
        }
    };
    let partner = {
        let ds = ds.clone();
        let partner = c.responsible_partner.clone();
        move || partner.as_ref().map(|p| org_name(&ds, p, locale.get()))
    };
    let themes = c
        .themes
        .iter()
        .filter_map(|id| ds.themes.iter().find(|th| &th.id == id).cloned())
        .map(|th| view! { <li class="chip-link">{move || th.name.get(locale.get()).to_string()}</li> })
        .collect_view();
    let (phase, number) = (c.phase, c.number);
    view! {
        <PageMeta title description path=localized(format!("/components/{}", c.id))/>
        <nav class="breadcrumb" aria-label=move || t.get().breadcrumb>
            <A href=move || back.get()>{move || t.get().component_back}</A>
        </nav>
        <header class="page-head">
            <p class="card-kicker">
                <A href=move || phase_href.get() attr:class="badge">{move || phase_label(t.get(), phase)}</A>
                <span>{move || t.get().component_n.replace("{n}", &number.to_string())}</span>
            </p>
            <h1>{move || component.title.get(locale.get()).to_string()} <Cite sources=c.sources.clone()/></h1>
        </header>
        <dl class="facts">
            {text_row(|c| c.component_objective, c.specific_objective.clone())}
            {text_row(|c| c.component_results, c.expected_results.clone())}
            {text_row(|c| c.component_description, c.description.clone())}
            <dt>{move || t.get().component_partner}</dt>
            <dd><OrUnknown value=partner/></dd>
            <dt>{move || t.get().component_themes}</dt>
            <dd><ul class="theme-list">{themes}</ul></dd>
        </dl>
        <section aria-labelledby="evolution-h">
            <h2 id="evolution-h">{move || t.get().component_evolution}</h2>
            {if evolution.iter().all(|(_, list)| list.is_empty()) {
                view! { <p class="muted">{move || t.get().component_evolution_none}</p> }.into_any()
            } else {
                let ds = ds.clone();
                evolution.into_iter().filter(|(_, list)| !list.is_empty()).map(|(theme, list)| {
                    let name = ds.themes.iter().find(|th| th.id == theme).map(|th| th.name.clone()).unwrap_or_default();
                    let items = list.into_iter().filter_map(|id| query::component(&ds, &id).cloned()).map(|other| {
                        let href = localized(format!("/components/{}", other.id));
                        let title = other.title.clone();
                        let p = other.phase;
                        view! { <li><A href=move || href.get()>{move || phase_label(t.get(), p)} ": " {move || title.get(locale.get()).to_string()}</A></li> }
                    }).collect_view();
                    view! {
                        <h3>{move || name.get(locale.get()).to_string()}</h3>
                        <ol class="component-list">{items}</ol>
                    }
                }).collect_view().into_any()
            }}
        </section>
    }
}
