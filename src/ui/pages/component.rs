//! `/components/:id`: one component in full, and the same themes in other phases.
use leptos::prelude::*;

use crate::core::i18n::labels::phase_label;
use crate::core::model::Component;
use crate::core::{query, search};
use crate::ui::components::facts::{Cite, OrUnknown};
use crate::ui::components::later::Later;
use crate::ui::components::not_found::NotFound;
use crate::ui::components::orgs::OrgLink;
use crate::ui::components::page::PageMeta;
use crate::ui::state::use_param;
use crate::ui::state::{current_locale, localized, texts, use_data};

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
    let t = texts();
    let locale = current_locale();
    let c = component;
    let name = c.title.get(locale).to_string();
    let title = format!("{name} · {}", phase_label(t, c.phase));
    let description = c.specific_objective.as_ref().unwrap_or(&c.title).get(locale).to_string();
    let evolution = search::same_theme_elsewhere(&ds, &c.id);
    let text = |x: &Option<crate::core::model::Text>| x.as_ref().map(|x| x.get(locale).to_string());
    let rows = [
        (t.component_objective, text(&c.specific_objective)),
        (t.component_results, text(&c.expected_results)),
        (t.component_description, text(&c.description)),
    ];
    let themes = c
        .themes
        .iter()
        .filter_map(|id| ds.themes.iter().find(|th| &th.id == id))
        .map(|th| view! { <li class="chip-link">{th.name.get(locale).to_string()}</li> })
        .collect_view();
    let evolution_view = if evolution.iter().all(|(_, list)| list.is_empty()) {
        view! { <p class="muted">{t.component_evolution_none}</p> }.into_any()
    } else {
        evolution
            .into_iter()
            .filter(|(_, list)| !list.is_empty())
            .map(|(theme, list)| {
                let name = ds.themes.iter().find(|th| th.id == theme).map(|th| th.name.get(locale).to_string()).unwrap_or_default();
                let items = list
                    .into_iter()
                    .filter_map(|id| query::component(&ds, &id).cloned())
                    .map(|other| view! {
                        <li><a href=localized(format!("/components/{}", other.id))>{phase_label(t, other.phase)} ": " {other.title.get(locale).to_string()}</a></li>
                    })
                    .collect_view();
                view! {
                    <h3>{name}</h3>
                    <ol class="component-list">{items}</ol>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <PageMeta title description path=localized(format!("/components/{}", c.id))/>
        <nav class="breadcrumb" aria-label=t.breadcrumb>
            <a href=localized("/components")>{t.component_back}</a>
        </nav>
        <header class="page-head">
            <p class="card-kicker">
                <a href=localized(format!("/phases/{}", c.phase)) class="badge">{phase_label(t, c.phase)}</a>
                " "
                <span>{t.component_n.replace("{n}", &c.number.to_string())}</span>
            </p>
            <h1>{name} <Cite sources=c.sources.clone()/></h1>
        </header>
        <dl class="facts">
            {rows.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd><OrUnknown value/></dd> }).collect_view()}
            <dt>{t.component_partner}</dt>
            <dd>{match c.responsible_partner.clone() {
                Some(id) => view! { <OrgLink id/> }.into_any(),
                None => view! { <OrUnknown value=None/> }.into_any(),
            }}</dd>
            <dt>{t.component_themes}</dt>
            <dd><ul class="theme-list">{themes}</ul></dd>
        </dl>
        // Below the first screen: at takeover, in a task of its own.
        <Later>
            <section aria-labelledby="evolution-h">
                <h2 id="evolution-h">{t.component_evolution}</h2>
                {evolution_view}
            </section>
        </Later>
    }
}
