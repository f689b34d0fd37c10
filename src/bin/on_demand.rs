//! The on-demand module: the code a visit needs only when it asks for it, loaded by the page on a
//! first use (`ui/on_demand.rs`). It drives the header's search combobox, fills `/search` with
//! what `core::site_search` finds, and writes vCards. A wasm of its own in plain web-sys rather
//! than Leptos views, so a visit that never searches downloads none of it: as Leptos views in the
//! page's wasm, the same search cost 18.6 KB brotli on every first visit (measured), over the
//! 300 KB cap. Its listeners sit on the document, so they outlive the header's re-rendering.

#[cfg(target_arch = "wasm32")]
mod module {
    use std::cell::RefCell;

    use bomca_explorer::core::export::vcard;
    use bomca_explorer::core::load::read_copy;
    use bomca_explorer::core::locale::Locale;
    use bomca_explorer::core::model::Dataset;
    use bomca_explorer::core::site_search::answer::{search_page, Searcher, View};
    use bomca_explorer::core::site_search::markup::{option_id, LIST_ID};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Document, Element, Event, HtmlElement, HtmlInputElement, KeyboardEvent};

    const INPUT_ID: &str = "site-search";
    const STATUS_ID: &str = "site-search-status";
    const PANEL: &str = ".site-search";

    #[derive(Default)]
    struct Ui {
        base: String,
        /// The page's data copy, read, and its index.
        data: Option<Dataset>,
        searcher: Option<Searcher>,
        /// The list's options' addresses; the one chosen with the arrow keys; whether it shows.
        targets: Vec<String>,
        active: Option<usize>,
        open: bool,
        /// The words `/search` shows (kept for a copy still to come).
        page: Option<String>,
    }

    thread_local! {
        static UI: RefCell<Ui> = RefCell::default();
    }

    fn document() -> Option<Document> {
        web_sys::window()?.document()
    }

    fn by_id(id: &str) -> Option<Element> {
        document()?.get_element_by_id(id)
    }

    fn field() -> Option<HtmlInputElement> {
        by_id(INPUT_ID)?.dyn_into().ok()
    }

    /// The page's language, which the app keeps in `<html lang>`.
    fn page_locale() -> Locale {
        document()
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|l| Locale::from_code(&l))
            .unwrap_or_default()
    }

    /// The element the event happened in, or its nearest ancestor matching `selector`.
    fn closest(ev: &Event, selector: &str) -> Option<Element> {
        ev.target()?.dyn_into::<Element>().ok()?.closest(selector).ok()?
    }

    fn from_field(ev: &Event) -> bool {
        closest(ev, "input").is_some_and(|e| e.id() == INPUT_ID)
    }

    fn listen(kind: &str, handler: fn(&Event)) {
        let Some(doc) = document() else { return };
        let closure = Closure::<dyn Fn(Event)>::new(move |ev: Event| handler(&ev));
        let _ = doc.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref());
        // Listeners for the page's lifetime.
        closure.forget();
    }

    #[wasm_bindgen]
    pub fn start(base: String) {
        UI.with_borrow_mut(|ui| ui.base = base);
        listen("input", |ev| {
            if from_field(ev) {
                refresh_list();
            }
        });
        listen("focusin", |ev| {
            if from_field(ev) {
                refresh_list();
            }
        });
        listen("focusout", |ev| {
            if from_field(ev) {
                UI.with_borrow_mut(|ui| ui.open = false);
                show_state();
            }
        });
        listen("keydown", on_keydown);
        // A click in the list keeps the focus in the field, so the list stays until it is read.
        listen("mousedown", |ev| {
            if closest(ev, &format!("#{LIST_ID}")).is_some() {
                ev.prevent_default();
            }
        });
        listen("click", |ev| {
            let n = closest(ev, &format!("#{LIST_ID} [data-n]")).and_then(|o| o.get_attribute("data-n")?.parse().ok());
            if let Some(href) = n.and_then(|n: usize| UI.with_borrow(|ui| ui.targets.get(n).cloned())) {
                go(&href);
            }
        });
        // Words typed before the module arrived.
        refresh_list();
    }

    /// Reads the data copy in `locale`; the reason when it does not read.
    #[wasm_bindgen]
    pub fn set_copy(locale: &str, copy: &[u8]) -> Option<String> {
        let locale = Locale::from_code(locale).unwrap_or_default();
        let ds = match read_copy(copy) {
            Ok(ds) => ds,
            Err(e) => return Some(e.to_string()),
        };
        let searcher = Searcher::new(&ds, locale);
        UI.with_borrow_mut(|ui| {
            ui.searcher = Some(searcher);
            ui.data = Some(ds);
        });
        // The first results in a task of their own: reading and indexing the copy is long enough.
        after(0, || {
            refresh_list();
            show_page_results();
        });
        None
    }

    /// Offers the vCards of the offices `ids`, in the page's language, as the file `file`; `false`
    /// without a data copy.
    #[wasm_bindgen]
    pub fn vcards(ids: Vec<String>, file: String) -> bool {
        let content = UI.with_borrow(|ui| {
            let ds = ui.data.as_ref()?;
            let offices: Vec<_> = ds.offices.iter().filter(|o| ids.contains(&o.id)).collect();
            Some(vcard::offices_vcards(ds, &offices, page_locale()))
        });
        content.is_some_and(|c| download(&file, "text/vcard;charset=utf-8", &c))
    }

    /// Offers `content` as a file download, generated in the browser.
    fn download(file_name: &str, mime: &str, content: &str) -> bool {
        let Some(doc) = document() else { return false };
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return false;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return false;
        };
        if let Ok(a) = doc.create_element("a") {
            let a: web_sys::HtmlAnchorElement = a.unchecked_into();
            a.set_href(&url);
            a.set_download(file_name);
            // Chromium starts a download only from an anchor in the document.
            if let Some(body) = doc.body() {
                let _ = body.append_child(&a);
                a.click();
                a.remove();
            }
        }
        // Released once the download has started, not before.
        after(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        true
    }

    /// Runs `f` in a task of its own, `ms` milliseconds from now.
    fn after(ms: i32, f: impl FnOnce() + 'static) {
        let f = Closure::once_into_js(f);
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms);
        }
    }

    /// Shows what `text` finds on `/search` (the page's `#search-count` and `#search-found`).
    #[wasm_bindgen]
    pub fn show_page(text: String) {
        UI.with_borrow_mut(|ui| ui.page = Some(text));
        show_page_results();
    }

    /// A searcher in the page's language, if the copy has come.
    fn answer(ui: &Ui, view: View, text: &str) -> Option<bomca_explorer::core::site_search::answer::Answer> {
        let s = ui.searcher.as_ref().filter(|s| s.locale == page_locale())?;
        (!text.trim().is_empty()).then(|| s.answer(view, &ui.base, text))
    }

    fn show_page_results() {
        let (Some(count), Some(found)) = (by_id("search-count"), by_id("search-found")) else { return };
        let shown = UI.with_borrow(|ui| answer(ui, View::Page, ui.page.as_deref().unwrap_or_default()));
        count.set_text_content(Some(shown.as_ref().map_or("", |a| &a.status)));
        found.set_inner_html(shown.as_ref().map_or("", |a| &a.html));
    }

    /// The list for the field's words.
    fn refresh_list() {
        let Some(input) = field() else { return };
        let focused = document().and_then(|d| d.active_element()).is_some_and(|e| e.id() == INPUT_ID);
        let text = input.value();
        let shown = UI.with_borrow_mut(|ui| {
            let shown = answer(ui, View::List, &text);
            ui.targets = shown.as_ref().map(|a| a.targets.clone()).unwrap_or_default();
            ui.active = None;
            ui.open = focused && shown.is_some();
            shown
        });
        if let Some(list) = by_id(LIST_ID) {
            list.set_inner_html(shown.as_ref().map_or("", |a| &a.html));
        }
        if let Some(status) = by_id(STATUS_ID) {
            status.set_text_content(Some(shown.as_ref().map_or("", |a| &a.status)));
        }
        show_state();
    }

    /// The combobox's state as ARIA says it: open or not, and the option chosen.
    fn show_state() {
        let (open, active) = UI.with_borrow(|ui| (ui.open, ui.active));
        let (Some(input), Some(list)) = (field(), by_id(LIST_ID)) else { return };
        let _ = input.set_attribute("aria-expanded", if open { "true" } else { "false" });
        match active.filter(|_| open) {
            Some(n) => {
                let _ = input.set_attribute("aria-activedescendant", &option_id(n));
            }
            None => {
                let _ = input.remove_attribute("aria-activedescendant");
            }
        }
        if open {
            let _ = list.remove_attribute("hidden");
        } else {
            let _ = list.set_attribute("hidden", "");
        }
        for n in 0..UI.with_borrow(|ui| ui.targets.len()) {
            if let Some(option) = by_id(&option_id(n)) {
                let chosen = active == Some(n);
                let _ = option.set_attribute("aria-selected", if chosen { "true" } else { "false" });
                if chosen {
                    option.scroll_into_view_with_bool(false);
                }
            }
        }
    }

    fn on_keydown(ev: &Event) {
        if !from_field(ev) {
            return;
        }
        let Some(key) = ev.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else { return };
        let count = UI.with_borrow(|ui| ui.targets.len());
        match key.as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                ev.prevent_default();
                let down = key == "ArrowDown";
                UI.with_borrow_mut(|ui| {
                    ui.open = true;
                    ui.active = Some(match (ui.active, down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(n), true) => (n + 1) % count,
                        (Some(n), false) => (n + count - 1) % count,
                    });
                });
                show_state();
            }
            "Enter" => {
                ev.prevent_default();
                let text = field().map(|f| f.value()).unwrap_or_default();
                let href = UI.with_borrow(|ui| {
                    ui.active
                        .and_then(|n| ui.targets.get(n).cloned())
                        .unwrap_or_else(|| search_page(&ui.base, page_locale(), &text))
                });
                go(&href);
            }
            "Escape" => {
                ev.prevent_default();
                let open = UI.with_borrow(|ui| ui.open);
                let input = field();
                if open {
                    UI.with_borrow_mut(|ui| ui.open = false);
                    show_state();
                } else if let Some(input) = input.filter(|i| !i.value().is_empty()) {
                    input.set_value("");
                    refresh_list();
                } else {
                    close_panel();
                }
            }
            _ => {}
        }
    }

    /// On a narrow screen the field shows only once opened (the app's search icon).
    fn close_panel() {
        if let Some(panel) = document().and_then(|d| d.query_selector(PANEL).ok().flatten()) {
            let _ = panel.class_list().remove_1("open");
        }
        if let Some(input) = field() {
            let _ = input.blur();
        }
    }

    /// Opens `href` as a link does: the app's router takes the click (a page load without it).
    fn go(href: &str) {
        if let Some(input) = field() {
            input.set_value("");
        }
        refresh_list();
        close_panel();
        let Some(doc) = document() else { return };
        let Some(link) = doc.create_element("a").ok().and_then(|a| a.dyn_into::<HtmlElement>().ok()) else { return };
        let _ = link.set_attribute("href", href);
        let _ = link.set_attribute("hidden", "");
        if let Some(body) = doc.body() {
            let _ = body.append_child(&link);
            link.click();
            link.remove();
        }
    }
}

fn main() {}
