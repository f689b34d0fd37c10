//! An office or contact point as a card: the contacts page and the country pages list them.
use leptos::prelude::*;

use crate::core::export::vcard;
use crate::core::format::format_date;
use crate::core::i18n::labels::{kind_label, phase_label};
use crate::core::model::Office;
use crate::core::query;
use crate::ui::components::actions::{CopyButton, VcardButton};
use crate::ui::components::country::CountryLink;
use crate::ui::components::facts::Cite;
use crate::ui::components::orgs::OrgLink;
use crate::ui::state::{current_locale, texts, use_data};

/// An office or contact point with its published details, "as published" date and vCard.
#[component]
pub fn OfficeCard(
    office: Office,
    selected: RwSignal<Option<String>>,
    #[prop(optional)] heading_level: u8,
) -> impl IntoView {
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
    let address = query::postal_address(&office, locale);
    let org = office.organisation.clone().filter(|o| query::organisation(&ds, o).is_some());
    let published = office.published;
    let city = city.map(|c| c.get(locale).to_string());
    let comma = (city.is_some() && country.is_some()).then_some(", ");
    let where_text = view! { {city} {comma} {country.map(|code| view! { <CountryLink code/> })} };
    let name = name.get(locale).to_string();
    let heading =
        if heading_level == 3 { view! { <h3>{name}</h3> }.into_any() } else { view! { <h2>{name}</h2> }.into_any() };
    let select = {
        let id = id.clone();
        move || selected.set(Some(id.clone()))
    };
    view! {
        <article class="card contact-card" class:selected=is_selected id=format!("office-{id}") on:click=move |_| select()>
            <p class="card-kicker"><span class="badge">{kind_label(t, office.kind)}</span></p>
            {heading}
            {org.map(|id| view! { <p class="muted"><OrgLink id/></p> })}
            <p class="where">{where_text}</p>
            <dl class="contact-lines">
                {address.map(|a| {
                    let copy_text = a.clone();
                    view! {
                        <dt>{t.contact_address}</dt>
                        <dd>
                            <span class="address">{a}</span>
                            " "
                            <CopyButton text=move || copy_text.clone() label=t.copy/>
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
            <VcardButton ids={
                let id = office.id.clone();
                move || vec![id.clone()]
            } file=format!("{}.vcf", office.id) label=t.vcard_one/>
        </article>
    }
}
