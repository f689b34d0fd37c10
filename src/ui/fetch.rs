//! The one network request of the app: the dataset's copy in the page's language, relative to the site's base.
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
    use crate::core::load::{self, LoadError};
    use wasm_bindgen::JsCast;

    // The browser's fetch and JSON parser: faster than code in wasm, and none to download.
    let window = web_sys::window().ok_or_else(|| LoadFailure::Network("no window".into()))?;
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&url)).await.map_err(js_failure)?.unchecked_into();
    if !response.ok() {
        return Err(LoadFailure::Http(response.status()));
    }
    let parsed = response.json().map_err(js_failure)?;
    let tree = wasm_bindgen_futures::JsFuture::from(parsed).await.map_err(|e| match e.dyn_ref::<js_sys::SyntaxError>() {
        Some(syntax) => LoadFailure::Invalid(LoadError::Syntax(String::from(syntax.message()))),
        None => js_failure(e),
    })?;
    // Reading and then rendering each get a task of their own, so neither blocks input for long.
    crate::ui::browser::yield_to_browser().await;
    let dataset = load::read(&tree).map(Arc::new).map_err(LoadFailure::Invalid);
    crate::ui::browser::yield_to_browser().await;
    dataset
}

/// A body that failed to arrive: the browser's message, as a network failure.
#[cfg(target_arch = "wasm32")]
fn js_failure(e: wasm_bindgen::JsValue) -> LoadFailure {
    use wasm_bindgen::JsCast;
    let message = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()));
    LoadFailure::Network(message.unwrap_or_else(|| "the download failed".into()))
}

/// Build-time rendering receives the dataset directly and never fetches.
#[cfg(not(target_arch = "wasm32"))]
pub async fn fetch_dataset(_url: String) -> Result<Arc<Dataset>, LoadFailure> {
    Err(LoadFailure::Network("no network when rendering at build time".into()))
}
