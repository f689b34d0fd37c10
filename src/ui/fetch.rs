//! The one network request of the app: the dataset, fetched once relative to the site's base.
use std::sync::Arc;

use crate::core::model::Dataset;

/// Why the dataset could not be loaded, in terms a page can explain.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadFailure {
    Network(String),
    Http(u16),
    Invalid(crate::core::load::LoadError),
}

#[cfg(target_arch = "wasm32")]
pub async fn fetch_dataset(url: String) -> Result<Arc<Dataset>, LoadFailure> {
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| LoadFailure::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadFailure::Http(response.status()));
    }
    let body = response.text().await.map_err(|e| LoadFailure::Network(e.to_string()))?;
    // Parsing and then rendering each get a task of their own, so neither blocks input for long.
    crate::ui::browser::yield_to_browser().await;
    let parsed = crate::core::load::parse(&body).map(Arc::new).map_err(LoadFailure::Invalid);
    crate::ui::browser::yield_to_browser().await;
    parsed
}

/// Build-time rendering receives the dataset directly and never fetches.
#[cfg(not(target_arch = "wasm32"))]
pub async fn fetch_dataset(_url: String) -> Result<Arc<Dataset>, LoadFailure> {
    Err(LoadFailure::Network("no network when rendering at build time".into()))
}
