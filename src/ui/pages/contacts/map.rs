//! The contacts page's map: a country or a marker filters the list.
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::geo;
use crate::core::i18n;
use crate::core::model::Office;
use crate::core::query::ContactFilter;
use crate::ui::components::country::CountryLinks;
use crate::ui::components::map::{country_shapes, marker_dots, MapKey, MapSvg};
use crate::ui::state::{current_locale, texts, use_data};

/// Inline SVG map of the five countries with office markers; a country or marker filters the list.
/// Under it, each country's page.
#[component]
pub(super) fn ContactMap(
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
