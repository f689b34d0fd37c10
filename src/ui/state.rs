//! What every page reads from context: the dataset, the active locale and its catalogue.
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

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
    let locale = Memo::new(move |_| Locale::split_path(&location.pathname.get()).0);
    provide_context(locale);
    locale
}

pub fn use_locale() -> Memo<Locale> {
    expect_context::<Memo<Locale>>()
}

/// The catalogue of the current locale.
pub fn use_t() -> Signal<&'static Catalogue> {
    let locale = use_locale();
    Signal::derive(move || i18n::catalogue(locale.get()))
}

/// A locale-free site path (`/phases/9`) in the current locale, reactive.
pub fn localized(path: impl Into<String>) -> Signal<String> {
    let locale = use_locale();
    let path = path.into();
    Signal::derive(move || locale.get().path(&path))
}

/// The site's path prefix ("" or "/bomca"), for the few links written outside `<A>` (inside SVG).
#[derive(Clone)]
pub struct SiteBase(pub String);
