//! The page's side of the site search. Its module (`src/bin/search_ui.rs`) is loaded on a first
//! search, when a search field takes the focus or `/search` opens, and is given the data copy the
//! page read (so both show the same data) and the words `/search` shows. At build time nothing
//! loads: the search renders empty.
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::locale::Locale;
use crate::ui::browser::{self, SearchModule};

#[derive(Clone)]
enum Module {
    Absent,
    Loading,
    Ready(Rc<SearchModule>),
    /// It did not download (offline, say); a later search tries again.
    Failed,
}

/// A data copy as the page read it, in its language.
type Copy = (Locale, Rc<Vec<u8>>);

#[derive(Clone, Copy)]
pub struct SearchClient {
    module: StoredValue<Module, LocalStorage>,
    /// The data copy the page read, in its language.
    copy: StoredValue<Option<Copy>, LocalStorage>,
    /// The words `/search` shows.
    page: StoredValue<Option<String>>,
    /// The site's path prefix, for the addresses of the results.
    base: StoredValue<String>,
}

pub fn provide_search_client(base: String) {
    provide_context(SearchClient {
        module: StoredValue::new_local(Module::Absent),
        copy: StoredValue::new_local(None),
        page: StoredValue::new(None),
        base: StoredValue::new(base),
    });
}

pub fn use_search_client() -> SearchClient {
    expect_context::<SearchClient>()
}

/// Where the page says that search could not start: the header's live region, `/search`'s count.
const FAILURE_PLACES: [&str; 2] = ["site-search-status", "search-count"];

impl SearchClient {
    /// Loads the module unless it is there or on its way; `failure` is shown if it cannot load.
    pub fn start(self, failure: &'static str) {
        if matches!(self.module.get_value(), Module::Loading | Module::Ready(_)) {
            return;
        }
        self.module.set_value(Module::Loading);
        SearchModule::load(move |loaded| match loaded {
            Some(module) => {
                module.start(&self.base.get_value());
                let module = Rc::new(module);
                self.module.set_value(Module::Ready(module.clone()));
                if let Some((locale, bytes)) = self.copy.get_value() {
                    self.give_copy(&module, locale, &bytes, failure);
                }
                if let Some(text) = self.page.get_value() {
                    module.show_page(&text);
                }
            }
            None => {
                self.module.set_value(Module::Failed);
                FAILURE_PLACES.iter().for_each(|id| browser::set_text(id, failure));
            }
        });
    }

    fn give_copy(self, module: &SearchModule, locale: Locale, bytes: &[u8], failure: &'static str) {
        if module.set_copy(locale.code(), bytes).is_some() {
            FAILURE_PLACES.iter().for_each(|id| browser::set_text(id, failure));
        }
    }

    /// The loader's copy of the dataset in `locale`.
    pub fn set_copy(self, locale: Locale, bytes: Vec<u8>, failure: &'static str) {
        let bytes = Rc::new(bytes);
        self.copy.set_value(Some((locale, bytes.clone())));
        if let Module::Ready(module) = self.module.get_value() {
            self.give_copy(&module, locale, &bytes, failure);
        }
    }

    /// What `/search` shows: `text`'s results (none for no words).
    pub fn show_page(self, text: String, failure: &'static str) {
        self.page.set_value(Some(text.clone()));
        match self.module.get_value() {
            Module::Ready(module) => module.show_page(&text),
            _ if text.trim().is_empty() => {}
            _ => self.start(failure),
        }
    }
}
