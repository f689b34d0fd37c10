//! `/contacts`: every office and contact point, filterable (state in the URL), on a map of Central
//! Asia, with vCards; then the people of the programme's history and the partner organisations.
mod map;
mod partners;
mod people;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::core::i18n::{self, labels::kind_label};
use crate::core::model::{Code, Office, OfficeKind};
use crate::core::query::{self, ContactFilter};
use crate::ui::components::actions::VcardButton;
use crate::ui::components::later::Later;
use crate::ui::components::offices::OfficeCard;
use crate::ui::components::page::PageMeta;
use crate::ui::state::{current_locale, localized, texts, use_data};
use strum::VariantArray;

use map::ContactMap;
use partners::Partners;
use people::People;

#[component]
pub fn ContactsPage() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let query_map = use_query_map();
    let filter = {
        let ds = ds.clone();
        Memo::new(move |_| {
            let q = query_map.read();
            query::contact_filter_from_query(&ds, |k| q.get(k))
        })
    };
    let navigate = use_navigate();
    let contacts_path = localized("/contacts");
    let set_filter = Arc::new(move |f: ContactFilter, replace: bool| {
        let url = format!("{contacts_path}{}", query::contact_filter_query(&f));
        navigate(&url, NavigateOptions { replace, scroll: false, ..Default::default() });
    });
    let shown = {
        let ds = ds.clone();
        Memo::new(move |_| {
            query::filter_offices(&ds, &filter.get(), locale).into_iter().map(|o| o.id.clone()).collect::<Vec<_>>()
        })
    };
    let selected = RwSignal::new(None::<String>);

    let country_select = {
        let set_filter = set_filter.clone();
        let countries = query::office_countries(&ds);
        view! {
            <div class="field">
                <label for="filter-country">{t.filter_country}</label>
                <select id="filter-country" name="country" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    set_filter(ContactFilter { country: (!value.is_empty()).then_some(value), ..filter.get_untracked() }, false);
                } prop:value=move || filter.read().country.clone().unwrap_or_default()>
                    <option value="">{t.filter_all}</option>
                    {countries.into_iter().map(|c| {
                        let (code, name_code) = (c.clone(), c.clone());
                        view! { <option value=c selected=move || filter.read().country.as_deref() == Some(code.as_str())>{move || i18n::country_name(&name_code, locale).to_string()}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let kind_select = {
        let set_filter = set_filter.clone();
        view! {
            <div class="field">
                <label for="filter-kind">{t.filter_kind}</label>
                <select id="filter-kind" name="kind" on:change=move |ev| {
                    let kind = OfficeKind::from_code(&event_target_value(&ev));
                    set_filter(ContactFilter { kind, ..filter.get_untracked() }, false);
                } prop:value=move || filter.read().kind.map(|k| k.code()).unwrap_or_default()>
                    <option value="">{t.filter_all}</option>
                    {OfficeKind::VARIANTS.iter().copied().filter(|k| ds.offices.iter().any(|o| o.kind == *k)).map(|k| view! {
                        <option value=k.code() selected=move || filter.read().kind == Some(k)>{kind_label(t, k)}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let search_box = {
        let set_filter = set_filter.clone();
        view! {
            <div class="field field-grow">
                <label for="filter-text">{t.contacts_search}</label>
                <input id="filter-text" type="search" name="q" autocomplete="off" prop:value=move || filter.read().text.clone() on:input=move |ev| {
                    set_filter(ContactFilter { text: event_target_value(&ev), ..filter.get_untracked() }, true);
                }/>
            </div>
        }
    };

    let cards = {
        let ds = ds.clone();
        move || {
            let ids = shown.get();
            if ids.is_empty() {
                return view! { <p class="empty">{t.contacts_empty}</p> }.into_any();
            }
            let offices: Vec<Office> =
                ids.iter().filter_map(|id| ds.offices.iter().find(|o| &o.id == id).cloned()).collect();
            view! {
                <ul class="card-grid contact-list">
                    {offices.into_iter().map(|o| view! { <li><OfficeCard office=o selected/></li> }).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    let count = move || t.contacts_count.format(locale, shown.read().len() as u64);

    view! {
        <PageMeta
            title=t.contacts_title
            description=t.contacts_intro
            path=localized("/contacts")
        />
        <h1>{t.contacts_title}</h1>
        <p class="lead">{t.contacts_intro}</p>
        <div class="contacts-layout">
            <div class="contacts-main">
                <form class="filters" role="search" on:submit=|ev| ev.prevent_default()>
                    {country_select}
                    {kind_select}
                    {search_box}
                    // The list follows each change; the button submits before the app runs (H32).
                    <button type="submit" class="button-quiet">{t.filter_submit}</button>
                </form>
                <p class="result-count" role="status" aria-live="polite">
                    {count}
                    " "
                    <VcardButton ids=move || shown.get_untracked() file="bomca-contacts.vcf".to_string() label=t.vcard_all/>
                </p>
                <Later>{cards}</Later>
            </div>
            <Later>
                <ContactMap filter selected set_filter=set_filter.clone()/>
            </Later>
        </div>
        <Later>
            <People filter/>
        </Later>
        <Later>
            <Partners/>
        </Later>
    }
}
