//! The page's side of the on-demand module (`src/bin/on_demand.rs`): the code a visit needs only
//! when it asks for it, the site search and vCards. It is loaded on a first use (a search field
//! takes the focus, `/search` opens, a vCard is asked for), is given the data copy the page read
//! (so both show the same data), and runs what was asked meanwhile. At build time nothing loads:
//! the search renders empty.
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::core::locale::Locale;
use crate::ui::browser::{self, OnDemand};

#[derive(Clone)]
enum Module {
    Absent,
    Loading,
    Ready(Rc<OnDemand>),
}

/// Work waiting for the module: it gets the module, or `None` if it could not load.
type Pending = Box<dyn FnOnce(Option<&OnDemand>)>;

/// A data copy as the page read it, in its language.
type Copy = (Locale, Rc<Vec<u8>>);

#[derive(Clone, Copy)]
pub struct OnDemandClient {
    module: StoredValue<Module, LocalStorage>,
    pending: StoredValue<Vec<Pending>, LocalStorage>,
    copy: StoredValue<Option<Copy>, LocalStorage>,
    /// The site's path prefix, for the addresses of the results.
    base: StoredValue<String>,
}

pub fn provide_on_demand(base: String) {
    provide_context(OnDemandClient {
        module: StoredValue::new_local(Module::Absent),
        pending: StoredValue::new_local(Vec::new()),
        copy: StoredValue::new_local(None),
        base: StoredValue::new(base),
    });
}

pub fn use_on_demand() -> OnDemandClient {
    expect_context::<OnDemandClient>()
}

impl OnDemandClient {
    /// Runs `f` with the module, loading it first if need be; with `None` if it cannot load
    /// (offline, say), after which the next use tries again.
    fn with_module(self, f: impl FnOnce(Option<&OnDemand>) + 'static) {
        let state = self.module.get_value();
        if let Module::Ready(module) = state {
            return f(Some(&module));
        }
        self.pending.update_value(|p| p.push(Box::new(f)));
        if matches!(state, Module::Loading) {
            return;
        }
        self.module.set_value(Module::Loading);
        OnDemand::load(move |loaded| {
            let module = loaded.map(|m| {
                m.start(&self.base.get_value());
                Rc::new(m)
            });
            // Starting the module, reading and indexing the copy, and what was asked meanwhile
            // each take a task of their own. Until the copy is in, what is asked waits.
            set_timeout(
                move || {
                    if let (Some(m), Some((locale, bytes))) = (&module, self.copy.get_value()) {
                        m.set_copy(locale.code(), &bytes);
                    }
                    self.module.set_value(module.clone().map_or(Module::Absent, Module::Ready));
                    set_timeout(
                        move || {
                            for f in self.pending.try_update_value(std::mem::take).unwrap_or_default() {
                                f(module.as_deref());
                            }
                        },
                        Duration::ZERO,
                    );
                },
                Duration::ZERO,
            );
        });
    }

    /// Loads the module ahead of use (a search field has the focus); `failure` goes to the
    /// header's live region if it cannot load.
    pub fn start(self, failure: &'static str) {
        self.with_module(move |m| {
            if m.is_none() {
                browser::set_text("site-search-status", failure);
            }
        });
    }

    /// The loader's copy of the dataset in `locale`.
    pub fn set_copy(self, locale: Locale, bytes: Vec<u8>) {
        let bytes = Rc::new(bytes);
        self.copy.set_value(Some((locale, bytes.clone())));
        if let Module::Ready(module) = self.module.get_value() {
            module.set_copy(locale.code(), &bytes);
        }
    }

    /// What `/search` shows: `text`'s results (none for no words).
    pub fn show_page(self, text: String, failure: &'static str) {
        if text.trim().is_empty() && !matches!(self.module.get_value(), Module::Ready(_)) {
            return;
        }
        self.with_module(move |m| match m {
            Some(m) => m.show_page(&text),
            None => browser::set_text("search-count", failure),
        });
    }

    /// Offers the vCards of the offices `ids` as the file `file`; `failed` runs if they cannot
    /// be made.
    pub fn vcards(self, ids: Vec<String>, file: String, failed: impl Fn() + 'static) {
        self.with_module(move |m| {
            if !m.is_some_and(|m| m.vcards(&ids, &file)) {
                failed();
            }
        });
    }
}
