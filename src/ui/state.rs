//! What every page reads from context: the dataset, the active locale and its catalogue.
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;

use crate::core::facets::Query;
use crate::core::i18n::{self, Catalogue};
use crate::core::locale::Locale;
use crate::core::model::Dataset;

/// The loaded dataset, provided once it is available.
#[derive(Clone)]
pub struct Data(pub Arc<Dataset>);

pub fn use_data() -> Arc<Dataset> {
    expect_context::<Data>().0
}

/// The locale follows the URL (`/ru/...`), so every page can be shared in its language.
pub fn provide_locale() -> Memo<Locale> {
    let location = use_location();
    let locale = Memo::new(move |_| Locale::split_path(&strip_base(&location.pathname.get())).0);
    provide_context(locale);
    locale
}

pub fn use_locale() -> Memo<Locale> {
    expect_context::<Memo<Locale>>()
}

/// The catalogue of the current locale, reactive: for the shell, which outlives a change of language.
pub fn use_t() -> Signal<&'static Catalogue> {
    let locale = use_locale();
    Signal::derive(move || i18n::catalogue(locale.get()))
}

/// The locale a page renders in. Pages read it once: a change of language is a change of route,
/// which renders the page anew, so their text needs no reactive wiring (and no code for it).
pub fn current_locale() -> Locale {
    use_locale().get_untracked()
}

/// The catalogue a page renders with (see `current_locale`).
pub fn texts() -> &'static Catalogue {
    i18n::catalogue(current_locale())
}

/// A locale-free site path (`/phases/9`) as a link in the page's locale, under the site's prefix.
pub fn localized(path: impl AsRef<str>) -> String {
    with_base(&current_locale().path(path.as_ref()))
}

/// A site path under the site's prefix ("/bomca/phases/9"): the router matches below its base but
/// leaves link targets as written.
pub fn with_base(path: &str) -> String {
    format!("{}{path}", expect_context::<SiteBase>().0)
}

/// A path without the site's prefix ("/bomca/phases/9" → "/phases/9").
pub fn strip_base(path: &str) -> String {
    let base = expect_context::<SiteBase>().0;
    path.strip_prefix(base.as_str()).unwrap_or(path).to_string()
}

/// The router's query string as a URL suffix: "?a=1", or "" when there is none.
pub fn query_suffix(search: &str) -> String {
    let search = search.trim_start_matches('?');
    if search.is_empty() {
        String::new()
    } else {
        format!("?{search}")
    }
}

/// A route parameter as a string ("" when absent).
pub fn use_param(name: &'static str) -> Memo<String> {
    let params = use_params_map();
    Memo::new(move |_| params.read().get(name).unwrap_or_default())
}

/// The site's path prefix ("" or "/bomca"), for the few links written outside `<A>` (inside SVG).
#[derive(Clone)]
pub struct SiteBase(pub String);

/// The site's absolute address ("https://example.org/bomca"), for canonical links.
#[derive(Clone)]
pub struct SiteUrl(pub String);

type Navigation = dyn Fn(&Query, bool) + Send + Sync;

/// How long typing rests before the address follows it: the router's navigation and
/// `history.replaceState` took a quarter of each keystroke's time on 100 times the events.
const ADDRESS_AFTER_TYPING: std::time::Duration = std::time::Duration::from_millis(300);

/// An explorer's state, kept in the URL so a filtered view can be shared: the query the router's
/// query string gives (with the values it ignored), and navigation to another query. Typing shows
/// its results at once and writes the address once it rests.
#[derive(Clone)]
pub struct ExplorerUrl {
    pub parsed: Memo<(Query, Vec<String>)>,
    /// The words typed while the address is behind them.
    typed: RwSignal<Option<String>>,
    /// The address's coming update, while typing.
    pending: StoredValue<Option<TimeoutHandle>>,
    go: Arc<Navigation>,
}

impl ExplorerUrl {
    /// `path` is the explorer's locale-free path; `parse` reads the decoded query pairs.
    pub fn new(
        path: &'static str,
        keys: &'static [&'static str],
        parse: impl Fn(Vec<(String, String)>) -> (Query, Vec<String>) + Send + Sync + 'static,
    ) -> Self {
        let query_map = use_query_map();
        let in_address =
            Memo::new(move |_| parse(query_map.read().clone().into_iter().map(|(k, v)| (k.to_string(), v)).collect()));
        let typed = RwSignal::new(None::<String>);
        // The address drops the values it ignored once it follows the words typed.
        let parsed = Memo::new(move |_| match typed.get() {
            Some(text) => (in_address.read().0.with_text(text), Vec::new()),
            None => in_address.get(),
        });
        let pending = StoredValue::new(None::<TimeoutHandle>);
        // The address caught up with the words, or changed by itself (Back): it rules again. The
        // router writes the address at once, so an update of ours has landed by the time this runs.
        Effect::new(move |_| {
            in_address.track();
            if typed.with_untracked(Option::is_some) {
                cancel(pending);
                typed.set(None);
            }
        });
        on_cleanup(move || {
            cancel(pending);
        });
        let navigate = use_navigate();
        let page = localized(path);
        let go = Arc::new(move |q: &Query, replace: bool| {
            let qs = q.to_query_string(keys);
            let url = if qs.is_empty() { page.clone() } else { format!("{page}?{qs}") };
            navigate(&url, NavigateOptions { replace, scroll: false, ..Default::default() });
        });
        ExplorerUrl { parsed, typed, pending, go }
    }

    pub fn query(&self) -> Query {
        self.parsed.read_untracked().0.clone()
    }

    /// Shows `q`; `replace` while typing, so Back leaves the explorer rather than undo a letter.
    pub fn go(&self, q: &Query, replace: bool) {
        let typing = cancel(self.pending);
        if replace {
            self.typed.set(Some(q.text.clone()));
            let (go, q, pending) = (self.go.clone(), q.clone(), self.pending);
            let write = move || {
                pending.set_value(None);
                go(&q, true);
            };
            self.pending.set_value(set_timeout_with_handle(write, ADDRESS_AFTER_TYPING).ok());
        } else {
            // The words typed just before get their own entry first, as if the address had
            // followed each keystroke.
            if typing {
                (self.go)(&self.query(), true);
            }
            (self.go)(q, false);
        }
    }
}

/// Drops the address's coming update; true if there was one.
fn cancel(pending: StoredValue<Option<TimeoutHandle>>) -> bool {
    let handle = pending.try_get_value().flatten();
    if let Some(handle) = handle {
        handle.clear();
        pending.set_value(None);
    }
    handle.is_some()
}
