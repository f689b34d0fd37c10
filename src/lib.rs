#![recursion_limit = "512"]
//! BOMCA Explorer: a pure `core` (data model, validation, queries, formatting, exports)
//! and a `ui` layer of Leptos pages and components on top of it.
pub mod core;
#[cfg(feature = "ui")]
pub mod ui;
