//! The pure core: no browser, no Leptos. Compiles and is tested natively with `cargo test`.
pub mod country;
pub mod export;
pub mod format;
pub mod geo;
mod geo_shapes;
pub mod i18n;
pub mod load;
pub mod locale;
pub mod maps_only;
pub mod model;
pub mod order;
pub mod query;
pub mod routes;
pub mod search;
pub mod text;
pub mod validate;
