//! The site's pages: every locale-free route the pre-renderer writes, and the page that shows one
//! record (for the open-data API's links).
use super::model::Dataset;

/// Every locale-free route with its content: the list pages, each phase, component, event and
/// organisation, and each beneficiary country.
pub fn routes(ds: &Dataset) -> Vec<String> {
    let mut routes: Vec<String> = [
        "/",
        "/phases",
        "/compare",
        "/components",
        "/events",
        "/organisations",
        "/contacts",
        "/countries",
        "/sources",
        "/search",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    routes.extend(ds.phases.iter().map(|p| phase(p.number)));
    routes.extend(ds.components.iter().map(|c| component(&c.id)));
    routes.extend(ds.events.iter().map(|e| event(&e.id)));
    routes.extend(ds.organisations.iter().map(|o| organisation(&o.id)));
    routes.extend(ds.programme.countries.value.iter().filter_map(|c| super::country::page_path(ds, c)));
    routes
}

pub fn phase(number: u8) -> String {
    format!("/phases/{number}")
}

pub fn component(id: &str) -> String {
    format!("/components/{id}")
}

pub fn event(id: &str) -> String {
    format!("/events/{id}")
}

pub fn organisation(id: &str) -> String {
    format!("/organisations/{id}")
}

/// A source's entry in the list on `/sources` (its `<li>` carries the id).
pub fn source(id: &str) -> String {
    format!("/sources#{id}")
}

/// An office's card on `/contacts`.
pub fn office(id: &str) -> String {
    format!("/contacts#office-{id}")
}

/// The people section of `/contacts`.
pub fn people() -> String {
    "/contacts#people-h".into()
}
