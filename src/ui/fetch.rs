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

/// A request under way; dropping it cancels the download (a language the visitor has left).
pub struct InFlight(#[cfg(target_arch = "wasm32")] Option<web_sys::AbortController>);

impl Drop for InFlight {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        if let Some(controller) = &self.0 {
            controller.abort();
        }
    }
}

/// The dataset as read, and the bytes of the copy it was read from (for the search worker).
pub type Fetched = Result<(Arc<Dataset>, Vec<u8>), LoadFailure>;

/// Starts loading `url` and calls `done` with the result, unless the request is dropped first.
#[cfg(target_arch = "wasm32")]
pub fn fetch_dataset(url: String, done: impl FnOnce(Fetched) + 'static) -> InFlight {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    leptos::task::spawn_local(async move {
        let request = gloo_net::http::Request::get(&url).abort_signal(signal.as_ref());
        let loaded = async {
            let response = request.send().await.map_err(network_failure)?;
            if !response.ok() {
                return Err(LoadFailure::Http(response.status()));
            }
            let bytes = response.binary().await.map_err(network_failure)?;
            // Parsing and then rendering each get a task of their own, so neither blocks input for long.
            crate::ui::browser::yield_to_browser().await;
            // A User Timing measure ("bomca-read"), which the read benchmark takes from the page.
            let performance = web_sys::window().and_then(|w| w.performance());
            let _ = performance.as_ref().map(|p| p.mark(READ_MARK));
            let dataset = crate::core::load::read_copy(&bytes).map(Arc::new).map_err(LoadFailure::Invalid);
            let _ = performance.as_ref().map(|p| p.measure_with_start_mark("bomca-read", READ_MARK));
            dataset.map(|ds| (ds, bytes))
        };
        match loaded.await {
            // Cancelled: nobody waits for it any more.
            Err(LoadFailure::Network(reason)) if reason == ABORTED => {}
            result => {
                crate::ui::browser::yield_to_browser().await;
                done(result);
            }
        }
    });
    InFlight(controller)
}

#[cfg(target_arch = "wasm32")]
const ABORTED: &str = "AbortError";
#[cfg(target_arch = "wasm32")]
const READ_MARK: &str = "bomca-read-start";

/// A body that failed to arrive: the browser's message, as a network failure.
#[cfg(target_arch = "wasm32")]
fn network_failure(e: gloo_net::Error) -> LoadFailure {
    LoadFailure::Network(match e {
        gloo_net::Error::JsError(js) if js.name == ABORTED => ABORTED.into(),
        gloo_net::Error::JsError(js) => js.message,
        _ => "the download failed".into(),
    })
}

/// Build-time rendering receives the dataset directly and never fetches.
#[cfg(not(target_arch = "wasm32"))]
pub fn fetch_dataset(_url: String, done: impl FnOnce(Fetched) + 'static) -> InFlight {
    done(Err(LoadFailure::Network("no network when rendering at build time".into())));
    InFlight()
}
