//! The pure core: no browser, no Leptos. Compiles and is tested natively with `cargo test`.
pub mod country;
pub mod events;
pub mod export;
pub mod facets;
pub mod format;
pub mod geo;
mod geo_shapes;
pub mod i18n;
pub mod load;
pub mod locale;
pub mod model;
pub mod order;
pub mod organisations;
pub mod query;
pub mod routes;
pub mod search;
pub mod text;
pub mod validate;
