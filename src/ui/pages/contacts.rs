//! `/contacts`: every office and contact point, filterable (state in the URL), on a map of Central
//! Asia, with vCards; then the partner organisations and the phases they served in.
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

use crate::core::export::vcard;
use crate::core::format::{coord, format_date};
use crate::core::geo;
use crate::core::i18n::labels::{phase_label, role_label};
use crate::core::i18n::{self, Catalogue};
use crate::core::model::{Code, Dataset, Office, OfficeKind};
use crate::core::order;
use crate::core::query::{self, ContactFilter};
use crate::ui::components::actions::{CopyButton, DownloadButton};
use crate::ui::components::facts::Cite;
use crate::ui::components::page::PageMeta;
use crate::ui::state::{current_locale, localized, texts, use_data, with_base};
use strum::VariantArray;

pub fn kind_label(c: &Catalogue, kind: OfficeKind) -> &'static str {
    match kind {
        OfficeKind::RegionalOffice => c.kind_regional_office,
        OfficeKind::CountryOffice => c.kind_country_office,
        OfficeKind::Secretariat => c.kind_secretariat,
        OfficeKind::EuDelegation => c.kind_eu_delegation,
        OfficeKind::ProgrammeContact => c.kind_programme_contact,
    }
}

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
                view! {
                    <li>
                        {match href {
                            Some(h) => view! { <a href=h><strong>{name}</strong></a> }.into_any(),
                            None => view! { <strong>{name}</strong> }.into_any(),
                        }}
                        " — " {p.role.get(locale).to_string()}
                        <Cite sources=p.sources.clone()/>
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

#[component]
fn OfficeCard(office: Office, selected: RwSignal<Option<String>>) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let stale = query::contact_may_be_stale(&ds, &office);
    let id = office.id.clone();
    let is_selected = {
        let id = id.clone();
        move || selected.read().as_deref() == Some(id.as_str())
    };
    let name = office.name.clone();
    let city = office.city.clone();
    let country = office.country.clone();
    let address = office.address.clone();
    let org = office.organisation.clone().and_then(|o| query::organisation(&ds, &o).cloned());
    let published = office.published;
    let vcard_make = {
        let ds = ds.clone();
        let office = office.clone();
        move || (format!("{}.vcf", office.id), "text/vcard;charset=utf-8", vcard::office_vcard(&ds, &office, locale))
    };
    let where_text = move || {
        let city = city.as_ref().map(|c| c.get(locale).to_string());
        let country = country.as_ref().map(|c| i18n::country_name(c, locale).to_string());
        [city, country].into_iter().flatten().collect::<Vec<_>>().join(", ")
    };
    let select = {
        let id = id.clone();
        move || selected.set(Some(id.clone()))
    };
    view! {
        <article class="card contact-card" class:selected=is_selected id=format!("office-{id}") on:click=move |_| select()>
            <p class="card-kicker"><span class="badge">{kind_label(t, office.kind)}</span></p>
            <h2>{name.get(locale).to_string()}</h2>
            {org.map(|o| view! { <p class="muted">{o.name.get(locale).to_string()}</p> })}
            <p class="where">{where_text}</p>
            <dl class="contact-lines">
                {address.map(|a| {
                    let copy_text = a.clone();
                    view! {
                        <dt>{t.contact_address}</dt>
                        <dd>
                            <span class="address">{a.get(locale).to_string()}</span>
                            " "
                            <CopyButton text=move || copy_text.get(locale).to_string() label=t.copy/>
                        </dd>
                    }
                })}
                {office.phone.clone().map(|p| {
                    let tel = vcard::tel_uri(&p).unwrap_or_default();
                    let copy = p.clone();
                    view! {
                        <dt>{t.contact_phone}</dt>
                        <dd><a href=tel>{p}</a> " " <CopyButton text=move || copy.clone() label=t.copy/></dd>
                    }
                })}
                {office.fax.clone().map(|p| {
                    let tel = vcard::tel_uri(&p).unwrap_or_default();
                    view! {
                        <dt>{t.contact_fax}</dt>
                        <dd><a href=tel>{p}</a></dd>
                    }
                })}
                {office.email.clone().map(|e| {
                    let copy = e.clone();
                    view! {
                        <dt>{t.contact_email}</dt>
                        <dd><a href=vcard::mailto(&e)>{e.clone()}</a> " " <CopyButton text=move || copy.clone() label=t.copy/></dd>
                    }
                })}
                {office.website.clone().map(|w| view! {
                    <dt>{t.contact_website}</dt>
                    <dd><a href=w.clone() rel="noopener external">{w.trim_start_matches("https://").trim_start_matches("http://").to_string()}</a></dd>
                })}
                {(!office.social.is_empty() || !office.social_handles.is_empty()).then(|| {
                    let social = office.social.clone();
                    let handles = office.social_handles.join(" ");
                    view! {
                        <dt>{t.contact_social}</dt>
                        <dd>
                            {social.into_iter().map(|s| view! { <a href=s.url.clone() rel="noopener external">{s.network.clone()}</a> " " }).collect_view()}
                            {handles}
                        </dd>
                    }
                })}
                <dt>{t.contact_phases}</dt>
                <dd>{
                    let phases = office.phases.clone();
                    move || phases.iter().map(|&n| phase_label(t, n)).collect::<Vec<_>>().join(", ")
                }</dd>
            </dl>
            <p class="published" class:stale=stale>
                {match published.map(|d| format_date(d, locale)) {
                    None => t.contact_undated.to_string(),
                    Some(date) if stale => t.contact_stale.replace("{date}", &date),
                    Some(date) => t.contact_published.replace("{date}", &date),
                }}
                <Cite sources=office.sources.clone()/>
            </p>
            <DownloadButton make=vcard_make label=t.vcard_one/>
        </article>
    }
}

/// Inline SVG map of the five countries with office markers; a country or marker filters the list.
#[component]
fn ContactMap(
    filter: Memo<ContactFilter>,
    selected: RwSignal<Option<String>>,
    set_filter: Arc<dyn Fn(ContactFilter, bool) + Send + Sync>,
) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let (w, h) = geo::VIEW_BOX;
    let map_file = with_base(geo::MAP_FILE);
    let shapes = geo::COUNTRY_SHAPES
        .iter()
        .map(|shape| {
            let code = shape.code.to_string();
            let set_filter = set_filter.clone();
            let toggle = {
                let code = code.clone();
                move || {
                    let current = filter.get_untracked();
                    let country =
                        if current.country.as_deref() == Some(code.as_str()) { None } else { Some(code.clone()) };
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
                    aria-label=move || t.map_filter_country.replace("{country}", i18n::country_name(&code, locale))
                    on:click=move |_| toggle()
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            toggle_key();
                        }
                    }
                >
                    <use href=format!("{map_file}#{}", shape.code)/>
                </g>
            }
        })
        .collect_view();
    // Labels after every outline, so no neighbour's outline is painted over them.
    let labels = geo::COUNTRY_SHAPES
        .iter()
        .map(|shape| {
            let code = shape.code;
            view! { <text x=coord(shape.label_x) y=coord(shape.label_y) text-anchor="middle">{move || i18n::country_name(code, locale).to_string()}</text> }
        })
        .collect_view();

    // One marker per city; the regional office's city is drawn larger.
    let mut cities: Vec<(&'static geo::City, Vec<Office>)> = Vec::new();
    let mut outside: Vec<Office> = Vec::new();
    for o in &ds.offices {
        match o.city.as_ref().and_then(|c| geo::city_for(c.get(locale))) {
            Some(city) => match cities.iter_mut().find(|(c, _)| c.key == city.key) {
                Some((_, list)) => list.push(o.clone()),
                None => cities.push((city, vec![o.clone()])),
            },
            None => outside.push(o.clone()),
        }
    }
    let markers = cities
        .into_iter()
        .map(|(city, offices)| {
            let (x, y) = geo::project(city.lon, city.lat);
            let regional = offices.iter().any(|o| o.kind == OfficeKind::RegionalOffice);
            let ids: Vec<String> = offices.iter().map(|o| o.id.clone()).collect();
            let country = offices.iter().find_map(|o| o.country.clone());
            let names = offices.clone();
            let highlighted = move || selected.read().as_ref().is_some_and(|s| ids.contains(s));
            let set_filter = set_filter.clone();
            let pick = {
                let country = country.clone();
                move || set_filter(ContactFilter { country: country.clone(), ..filter.get_untracked() }, false)
            };
            let pick_key = pick.clone();
            let city_name = offices.iter().find_map(|o| o.city.clone());
            view! {
                <g
                    class="marker"
                    class:regional=regional
                    class:highlight=highlighted
                    role="button"
                    tabindex="0"
                    aria-label=move || {
                        let list = names.iter().map(|o| o.name.get(locale).to_string()).collect::<Vec<_>>().join("; ");
                        let city = city_name.as_ref().map(|c| c.get(locale).to_string()).unwrap_or_default();
                        format!("{city}: {list}")
                    }
                    on:click=move |_| pick()
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            pick_key();
                        }
                    }
                >
                    <circle cx=coord(x) cy=coord(y) r=if regional { 14 } else { 9 }/>
                    <circle class="marker-dot" cx=coord(x) cy=coord(y) r=if regional { "5" } else { "3.5" }/>
                </g>
            }
        })
        .collect_view();

    view! {
        <figure class="map">
            <svg viewBox=format!("0 0 {} {}", coord(w), coord(h)) role="group" aria-labelledby="map-title" aria-describedby="map-desc">
                <title id="map-title">{t.map_title}</title>
                <desc id="map-desc">{t.map_desc}</desc>
                {shapes}
                <g class="country-labels" aria-hidden="true">{labels}</g>
                {markers}
            </svg>
            <figcaption>
                <span class="key key-regional" aria-hidden="true"></span>{t.map_regional}
                " "
                <span class="key key-office" aria-hidden="true"></span>{t.map_office}
                " "
                {(!outside.is_empty()).then(|| view! {
                    <p class="muted">{t.map_outside} ": "
                        {move || outside.iter().map(|o| {
                            let city = o.city.as_ref().map_or(t.map_no_city, |c| c.get(locale));
                            format!("{} ({city})", o.name.get(locale))
                        }).collect::<Vec<_>>().join("; ")}
                    </p>
                })}
                <span class="credit">{t.map_credit}</span>
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
                {orgs.into_iter().map(|(o, phases)| {
                    let name = o.name.clone();
                    let short = o.short_name.clone();
                    view! {
                        <li>
                            <p class="org-name">
                                {match o.website.clone() {
                                    Some(url) => view! { <a href=url rel="noopener external">{name.get(locale).to_string()}</a> }.into_any(),
                                    None => view! { <span>{name.get(locale).to_string()}</span> }.into_any(),
                                }}
                                {move || short.as_ref().map(|s| format!(" ({})", s.get(locale)))}
                                <Cite sources=o.sources.clone()/>
                            </p>
                            <p class="org-phases">
                                {phases.into_iter().map(|(n, role)| {
                                    let href = localized(format!("/phases/{n}"));
                                    view! { <a href=href.clone() class="chip-link">{move || format!("{} · {}", phase_label(t, n), role_label(t, role))}</a> " " }
                                }).collect_view()}
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
