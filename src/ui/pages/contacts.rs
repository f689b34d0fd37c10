//! `/contacts`: every office and contact point, filterable (state in the URL), on a map of Central
//! Asia, with vCards; then the partner organisations and the phases they served in.
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::core::country;
use crate::core::export::vcard;
use crate::core::geo;
use crate::core::i18n::{self, labels::kind_label};
use crate::core::model::{Code, Dataset, Office, OfficeKind};
use crate::core::order;
use crate::core::query::{self, ContactFilter};
use crate::ui::components::actions::DownloadButton;
use crate::ui::components::country::CountryLinks;
use crate::ui::components::facts::Cite;
use crate::ui::components::map::{country_shapes, marker_dots, MapKey, MapSvg};
use crate::ui::components::offices::OfficeCard;
use crate::ui::components::orgs::OrgItem;
use crate::ui::components::page::PageMeta;
use crate::ui::state::{current_locale, localized, texts, use_data};
use strum::VariantArray;

/// The filter as the URL states it; unknown countries and kinds are dropped.
fn filter_from_query(ds: &Dataset, get: impl Fn(&str) -> Option<String>) -> ContactFilter {
    let countries = query::office_countries(ds);
    ContactFilter {
        country: get("country").map(|c| c.to_ascii_uppercase()).filter(|c| countries.contains(c)),
        kind: get("kind").and_then(|k| OfficeKind::from_code(&k)),
        text: get("q").unwrap_or_default().chars().take(100).collect(),
    }
}

fn filter_query(f: &ContactFilter) -> String {
    let mut parts = Vec::new();
    if let Some(c) = &f.country {
        parts.push(format!("country={c}"));
    }
    if let Some(k) = f.kind {
        parts.push(format!("kind={}", k.code()));
    }
    if !f.text.is_empty() {
        parts.push(format!("q={}", crate::core::search::encode_component(&f.text)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

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
            filter_from_query(&ds, |k| q.get(k))
        })
    };
    let navigate = use_navigate();
    let contacts_path = localized("/contacts");
    let set_filter = Arc::new(move |f: ContactFilter, replace: bool| {
        let url = format!("{contacts_path}{}", filter_query(&f));
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
    let all_vcards = {
        let ds = ds.clone();
        move || {
            let ids = shown.get_untracked();
            let offices: Vec<&Office> = ds.offices.iter().filter(|o| ids.contains(&o.id)).collect();
            ("bomca-contacts.vcf".to_string(), "text/vcard;charset=utf-8", vcard::offices_vcards(&ds, &offices, locale))
        }
    };

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
                    <DownloadButton make=all_vcards label=t.vcard_all/>
                </p>
                {cards}
            </div>
            <ContactMap filter selected set_filter=set_filter.clone()/>
        </div>
        <People filter/>
        <Partners/>
    }
}

/// The people table, filtered by the search box: names and public roles, linked to the phase pages
/// that show them, and never a contact route.
#[component]
fn People(filter: Memo<ContactFilter>) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let list = move || {
        let people: Vec<_> = query::filter_people(&ds, &filter.read().text, locale).into_iter().cloned().collect();
        people
            .into_iter()
            .map(|p| {
                let href = p.phases.first().map(|n| localized(format!("/phases/{n}#{}", p.id)));
                let name = p.name.get(locale).to_string();
                let countries = country::named_in(&ds, p.role.get(locale), locale);
                view! {
                    <li>
                        {match href {
                            Some(h) => view! { <a href=h><strong>{name}</strong></a> }.into_any(),
                            None => view! { <strong>{name}</strong> }.into_any(),
                        }}
                        " — " {p.role.get(locale).to_string()}
                        <Cite sources=p.sources.clone()/>
                        {(!countries.is_empty()).then(|| view! { " · " <CountryLinks codes=countries/> })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="people-h" class="people-section">
            <h2 id="people-h">{t.contacts_people}</h2>
            <p class="muted">{t.contacts_people_note}</p>
            <ul class="people">{list}</ul>
        </section>
    }
}

/// Inline SVG map of the five countries with office markers; a country or marker filters the list.
/// Under it, each country's page.
#[component]
fn ContactMap(
    filter: Memo<ContactFilter>,
    selected: RwSignal<Option<String>>,
    set_filter: Arc<dyn Fn(ContactFilter, bool) + Send + Sync>,
) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let shapes = country_shapes(|code, outline| {
        let code = code.to_string();
        let set_filter = set_filter.clone();
        let toggle = {
            let code = code.clone();
            move || {
                let current = filter.get_untracked();
                let country = if current.country.as_deref() == Some(code.as_str()) { None } else { Some(code.clone()) };
                set_filter(ContactFilter { country, ..current }, false);
            }
        };
        let toggle_key = toggle.clone();
        let active = {
            let code = code.clone();
            move || filter.read().country.as_deref() == Some(code.as_str())
        };
        view! {
            <g
                class="country"
                class:active=active.clone()
                role="button"
                tabindex="0"
                aria-pressed=move || active().to_string()
                aria-label=t.map_filter_country.replace("{country}", i18n::country_name(&code, locale))
                on:click=move |_| toggle()
                on:keydown=move |ev| {
                    if ev.key() == "Enter" || ev.key() == " " {
                        ev.prevent_default();
                        toggle_key();
                    }
                }
            >
                {outline}
            </g>
        }
    });

    // One marker per city; the regional office's city is drawn larger.
    let (cities, outside) = geo::markers(&ds.offices, locale);
    let outside: Vec<Office> = outside.into_iter().cloned().collect();
    let markers = cities
        .iter()
        .map(|marker| {
            let dots = marker_dots(marker);
            let ids: Vec<String> = marker.offices.iter().map(|o| o.id.clone()).collect();
            let country = marker.offices.iter().find_map(|o| o.country.clone());
            let highlighted = move || selected.read().as_ref().is_some_and(|s| ids.contains(s));
            let set_filter = set_filter.clone();
            let pick = move || set_filter(ContactFilter { country: country.clone(), ..filter.get_untracked() }, false);
            let pick_key = pick.clone();
            let list = marker.offices.iter().map(|o| o.name.get(locale)).collect::<Vec<_>>().join("; ");
            let city = marker.offices.iter().find_map(|o| o.city.as_ref()).map(|c| c.get(locale)).unwrap_or_default();
            view! {
                <g
                    class="marker"
                    class:regional=marker.regional
                    class:highlight=highlighted
                    role="button"
                    tabindex="0"
                    aria-label=format!("{city}: {list}")
                    on:click=move |_| pick()
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            pick_key();
                        }
                    }
                >
                    {dots}
                </g>
            }
        })
        .collect_view()
        .into_any();

    view! {
        <figure class="map">
            <MapSvg desc=t.map_desc shapes markers/>
            <figcaption>
                <MapKey outside/>
                <p class="map-countries">
                    {t.countries_pages} ": "
                    <CountryLinks codes=ds.programme.countries.value.clone()/>
                </p>
            </figcaption>
        </figure>
    }
}

/// Consortium, associate partners and donors, with the phases they served in.
#[component]
fn Partners() -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let mut orgs: Vec<_> = ds
        .organisations
        .iter()
        .map(|o| (o.clone(), query::phases_of_organisation(&ds, &o.id)))
        .filter(|(_, phases)| !phases.is_empty())
        .collect();
    order::sort_by(&mut orgs, |(a, a_phases), (b, b_phases)| {
        let latest = |phases: &[(u8, _)]| phases.iter().map(|p| p.0).max();
        latest(b_phases).cmp(&latest(a_phases)).then_with(|| a.name.get(locale).cmp(b.name.get(locale)))
    });
    view! {
        <section aria-labelledby="partners-h" class="partners-section">
            <h2 id="partners-h">{t.partners_title}</h2>
            <ul class="org-list">
                {orgs.into_iter().map(|(org, phases)| view! { <OrgItem org phases/> }).collect_view()}
            </ul>
        </section>
    }
}
