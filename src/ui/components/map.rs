//! The map of the five beneficiary countries (outlines in `public/map/central-asia.svg`, drawn with
//! `<use>`), their labels and the office markers: the frame the contacts and country pages share.
use leptos::prelude::*;

use crate::core::country;
use crate::core::format::coord;
use crate::core::geo::{self, Marker};
use crate::core::i18n::country_name;
use crate::core::model::Office;
use crate::ui::state::{current_locale, localized, texts, use_data, with_base};

/// The map's SVG: `shapes` are the countries' outlines (each drawn with `outline`), `markers` the
/// city markers (each drawn with `marker_dots`). Labels go between them, over every outline.
#[component]
pub fn MapSvg(desc: &'static str, shapes: AnyView, markers: AnyView) -> impl IntoView {
    let t = texts();
    let locale = current_locale();
    let (w, h) = geo::VIEW_BOX;
    let labels = geo::COUNTRY_SHAPES
        .iter()
        .map(|shape| {
            view! {
                <text x=coord(shape.label_x) y=coord(shape.label_y) text-anchor="middle">
                    {country_name(shape.code, locale).to_string()}
                </text>
            }
        })
        .collect_view();
    view! {
        <svg viewBox=format!("0 0 {} {}", coord(w), coord(h)) role="group" aria-labelledby="map-title" aria-describedby="map-desc">
            <title id="map-title">{t.map_title}</title>
            <desc id="map-desc">{desc}</desc>
            {shapes}
            <g class="country-labels" aria-hidden="true">{labels}</g>
            {markers}
        </svg>
    }
}

/// The five countries' outlines from the map file, each wrapped by `wrap(code, outline)` (a link,
/// a filter button).
pub fn country_shapes<V: IntoView>(wrap: impl Fn(&'static str, AnyView) -> V) -> AnyView {
    geo::COUNTRY_SHAPES
        .iter()
        .map(|shape| {
            let outline = view! { <use href=format!("{}#{}", with_base(geo::MAP_FILE), shape.code)/> };
            wrap(shape.code, outline.into_any())
        })
        .collect_view()
        .into_any()
}

/// The two circles of a city marker; a regional office's are larger.
pub fn marker_dots(marker: &Marker) -> impl IntoView {
    let (x, y) = geo::project(marker.city.lon, marker.city.lat);
    let (x, y) = (coord(x), coord(y));
    let (outer, inner) = if marker.regional { ("14", "5") } else { ("9", "3.5") };
    view! {
        <circle cx=x.clone() cy=y.clone() r=outer/>
        <circle class="marker-dot" cx=x cy=y r=inner/>
    }
}

/// The map's key and credit, with the offices that are off the map (`geo::markers`' second list).
#[component]
pub fn MapKey(outside: Vec<Office>) -> impl IntoView {
    let t = texts();
    let locale = current_locale();
    let outside: Vec<String> = outside
        .iter()
        .map(|o| format!("{} ({})", o.name.get(locale), o.city.as_ref().map_or(t.map_no_city, |c| c.get(locale))))
        .collect();
    view! {
        <span class="key key-regional" aria-hidden="true"></span>{t.map_regional}
        " "
        <span class="key key-office" aria-hidden="true"></span>{t.map_office}
        " "
        {(!outside.is_empty()).then(|| view! { <p class="muted">{t.map_outside} ": " {outside.join("; ")}</p> })}
        <span class="credit">{t.map_credit}</span>
    }
}

/// The map as the way into the country pages: each country a link to its page, `current` (a
/// country code) highlighted, with markers for the cities of `offices`.
#[component]
pub fn CountriesMap(current: Option<String>, offices: Vec<Office>) -> impl IntoView {
    let ds = use_data();
    let t = texts();
    let locale = current_locale();
    let shapes = country_shapes(|code, outline| {
        let active = current.as_deref() == Some(code);
        let href = country::page_path(&ds, code).map(localized).unwrap_or_default();
        view! {
            <g class="country" class:active=active>
                // An SVG link: the router leaves it to the browser, which loads the pre-rendered page.
                <a href=href aria-label=country_name(code, locale) aria-current=active.then_some("page")>
                    {outline}
                </a>
            </g>
        }
    });
    let (cities, outside) = geo::markers(&offices, locale);
    let outside: Vec<Office> = outside.into_iter().cloned().collect();
    let markers = cities
        .iter()
        .map(|m| view! { <g class="marker static" class:regional=m.regional aria-hidden="true">{marker_dots(m)}</g> })
        .collect_view()
        .into_any();
    view! {
        <figure class="map">
            <MapSvg desc=t.countries_map_desc shapes markers/>
            <figcaption><MapKey outside/></figcaption>
        </figure>
    }
}
