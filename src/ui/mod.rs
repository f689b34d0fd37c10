//! The Leptos UI: pages and components rendering the core's results. Pages are pure functions of
//! (dataset, route, locale), so the same views render in the browser and at build time.
pub mod app;
pub mod browser;
pub mod components;
pub mod fetch;
pub mod on_demand;
pub mod pages;
pub mod state;
