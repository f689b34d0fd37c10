//! One module per route. Each page reads the dataset and locale from context and renders the core's
//! results; none fetches or computes on its own.
//!
//! Links inside pages are plain `<a>`: the router still handles their clicks, and unlike `<A>` they
//! do not each re-check `aria-current` on every URL change (thousands of them on a large explorer
//! page, at every keystroke). The header's `<A>` links mark the current section.
pub mod compare;
pub mod component;
pub mod components;
pub mod contacts;
pub mod countries;
pub mod country;
pub mod event;
pub mod events;
pub mod organisation;
pub mod organisations;
pub mod overview;
pub mod phase;
pub mod phases;
pub mod search;
pub mod sources;
