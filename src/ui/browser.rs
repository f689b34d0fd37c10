//! The few browser APIs the app touches, called only from effects, event handlers and start-up.
//! Native builds (pre-rendering) get no-ops: those code paths never run there.

#[cfg(target_arch = "wasm32")]
mod imp {
    use wasm_bindgen::JsCast;

    fn document() -> Option<web_sys::Document> {
        web_sys::window()?.document()
    }

    const LOCALE_KEY: &str = "bomca-locale";

    pub fn set_document_lang(code: &str) {
        // Only a change: setting it, even to the same value, makes the browser restyle the whole
        // page (every element's `:lang`), a task of its own while the app takes over.
        if let Some(root) = document().and_then(|d| d.document_element()) {
            if root.get_attribute("lang").as_deref() != Some(code) {
                let _ = root.set_attribute("lang", code);
            }
        }
    }

    pub fn remember_locale(code: &str) {
        if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            let _ = storage.set_item(LOCALE_KEY, code);
        }
    }

    /// The remembered language, else the first of the browser's preferred languages the site has.
    pub fn preferred_locale() -> Option<String> {
        let window = web_sys::window()?;
        if let Some(saved) = window.local_storage().ok().flatten().and_then(|s| s.get_item(LOCALE_KEY).ok().flatten()) {
            return Some(saved);
        }
        window
            .navigator()
            .languages()
            .iter()
            .filter_map(|l| l.as_string())
            .map(|l| l.split('-').next().unwrap_or_default().to_ascii_lowercase())
            .find(|l| crate::core::locale::Locale::from_code(l).is_some())
    }

    /// The site's path prefix from `<base href>` ("" at the root, "/bomca" under a sub-path).
    pub fn site_base() -> String {
        document()
            .and_then(|d| d.base_uri().ok().flatten())
            .and_then(|uri| web_sys::Url::new(&uri).ok())
            .map(|url| url.pathname().trim_end_matches('/').to_string())
            .unwrap_or_default()
    }

    /// The absolute address of the site ("https://example.org/bomca"), from `<base href>`.
    pub fn site_url() -> String {
        document()
            .and_then(|d| d.base_uri().ok().flatten())
            .map(|uri| uri.trim_end_matches('/').to_string())
            .unwrap_or_default()
    }

    /// The UI texts the page carries (`i18n::page_texts_script`) as language code and texts;
    /// empty if it has none or they are not a JSON object of string lists.
    pub fn page_texts() -> Vec<(String, Vec<&'static str>)> {
        let id = crate::core::i18n::PAGE_TEXTS_ID;
        let Some(json) = document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.text_content()) else {
            return Vec::new();
        };
        let Ok(parsed) = js_sys::JSON::parse(&json) else { return Vec::new() };
        let Some(parsed) = parsed.dyn_ref::<js_sys::Object>() else { return Vec::new() };
        js_sys::Object::entries(parsed)
            .iter()
            .filter_map(|entry| {
                let entry: js_sys::Array = entry.unchecked_into();
                let texts = entry.get(1).dyn_into::<js_sys::Array>().ok()?;
                // Leaked: they live as long as the page, like compiled-in texts would.
                let texts = texts.iter().map(|t| t.as_string().map(|t| &*t.leak())).collect::<Option<_>>()?;
                Some((entry.get(0).as_string()?, texts))
            })
            .collect()
    }

    pub fn set_title(title: &str) {
        if let Some(doc) = document() {
            doc.set_title(title);
        }
    }

    /// Points the page's canonical link at `href`, adding one where the page has none (the app shell).
    pub fn set_canonical(href: &str) {
        let Some(doc) = document() else { return };
        let link = match doc.query_selector("link[rel=canonical]").ok().flatten() {
            Some(link) => link,
            None => {
                let (Ok(link), Some(head)) = (doc.create_element("link"), doc.head()) else {
                    return;
                };
                let _ = link.set_attribute("rel", "canonical");
                let _ = head.append_child(&link);
                link
            }
        };
        let _ = link.set_attribute("href", href);
    }

    pub fn pathname() -> String {
        web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
    }

    /// Opens another page in place of this one (no history entry is added).
    pub fn open_instead(href: &str) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().replace(href);
        }
    }

    thread_local! {
        /// The live app while it renders off-document, until it replaces the pre-rendered page.
        static PENDING: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
        /// Parts of the live app still to render in tasks of their own (`Later`), and the state to
        /// reveal once the last is in.
        static LATER: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
        static REVEAL: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
    }

    /// The app's container in index.html.
    pub fn app_element() -> web_sys::HtmlElement {
        document().and_then(|d| d.get_element_by_id("app")).expect("#app in index.html").unchecked_into()
    }

    /// Whether the container holds a pre-rendered page (the shell's is empty).
    pub fn is_prerendered(app: &web_sys::HtmlElement) -> bool {
        app.child_element_count() > 0
    }

    /// Where to render: into the empty container, or, when the page was pre-rendered, a detached
    /// container that replaces it in one step once the app has the same markup (a hidden sibling
    /// would count as a full-page layout shift when shown).
    pub fn mount_target(app: web_sys::HtmlElement) -> web_sys::HtmlElement {
        if !is_prerendered(&app) {
            return app;
        }
        let live = document().and_then(|d| d.create_element("div").ok()).expect("div");
        live.set_id("app");
        PENDING.with(|p| *p.borrow_mut() = Some(live.clone()));
        live.unchecked_into()
    }

    /// Marks the app's state for tests and styles. While taking over, the live app replaces the
    /// pre-rendered page once its last part is in (`Later`): the route's view renders in effects
    /// after this call, so the swap waits a task for its parts to be counted.
    pub fn reveal_app(state: &'static str) {
        if !taking_over() {
            return swap_in(state);
        }
        REVEAL.set(Some(state));
        later_started();
        leptos::prelude::set_timeout(later_done, std::time::Duration::ZERO);
    }

    /// Swaps the pre-rendered page for the live app (if it is still in) and marks the state.
    fn swap_in(state: &str) {
        let Some(doc) = document() else { return };
        if let Some(live) = PENDING.with(|p| p.borrow_mut().take()) {
            if let Some(old) = doc.get_element_by_id("app") {
                let focused = doc.active_element().filter(|a| old.contains(Some(a))).map(|a| a.id());
                let _ = old.replace_with_with_node_1(&live);
                // In a task of its own: the swap is a long enough one.
                leptos::prelude::set_timeout(move || carry_over(&old, &live, focused), std::time::Duration::ZERO);
            }
        }
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("data-app", state);
        }
    }

    /// What the visitor did on the pre-rendered page while the app started: words typed into its
    /// search fields go to the live fields (as if typed there, so the page follows them), and the
    /// focus goes to the live element of the same id.
    fn carry_over(old: &web_sys::Element, live: &web_sys::Element, focused: Option<String>) {
        if let Ok(fields) = old.query_selector_all("input:is([type=search], [role=combobox])[id]") {
            for field in (0..fields.length()).filter_map(|i| fields.item(i)) {
                let typed: web_sys::HtmlInputElement = field.unchecked_into();
                let Ok(Some(now)) = live.query_selector(&format!("#{}", typed.id())) else { continue };
                let now: web_sys::HtmlInputElement = now.unchecked_into();
                // Only what the visitor typed: the field's value as built may differ from the live
                // one, which follows the address (`?q=`).
                if typed.value() != typed.default_value() && typed.value() != now.value() {
                    now.set_value(&typed.value());
                    let init = web_sys::EventInit::new();
                    init.set_bubbles(true);
                    if let Ok(input) = web_sys::Event::new_with_event_init_dict("input", &init) {
                        let _ = now.dispatch_event(&input);
                    }
                }
            }
        }
        let target = focused.filter(|id| !id.is_empty()).and_then(|id| document()?.get_element_by_id(&id));
        if let Some(target) = target {
            let _ = target.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    }

    /// Whether the app is taking over a pre-rendered page: it renders off-document, and a failed
    /// load can leave the pre-rendered page in place.
    pub fn taking_over() -> bool {
        PENDING.with(|p| p.borrow().is_some())
    }

    /// A part of the live app will render later (`Later`): the page waits for it.
    pub fn later_started() {
        LATER.set(LATER.get() + 1);
    }

    /// A part that rendered later is in; after the last one the page is revealed.
    pub fn later_done() {
        LATER.set(LATER.get().saturating_sub(1));
        if LATER.get() == 0 {
            if let Some(state) = REVEAL.take() {
                swap_in(state);
            }
        }
    }

    /// Shows the pre-rendered page's data notice (`DataNotice`) with the reason and its place.
    pub fn show_data_notice(reason: &str, place: &str) {
        let Some(doc) = document() else { return };
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("data-app", "error");
        }
        for (selector, text) in [(".data-notice-reason", reason), (".data-notice-place", place)] {
            if let Ok(Some(element)) = doc.query_selector(selector) {
                element.set_text_content(Some(text));
            }
        }
        // The search fields took words while the data loaded; without it they can do nothing.
        if let Ok(fields) = doc.query_selector_all("#app input:is([type=search], [role=combobox])") {
            for field in (0..fields.length()).filter_map(|i| fields.item(i)) {
                field.unchecked_into::<web_sys::HtmlInputElement>().set_disabled(true);
            }
        }
    }

    /// Loads `href` from the server, as a link without the app would.
    pub fn load_page(href: &str) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_href(href);
        }
    }

    /// Ends the current task: the browser may paint and handle input before the caller goes on.
    pub async fn yield_to_browser() {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let scheduled = web_sys::window().map(|w| w.set_timeout_with_callback(&resolve).is_ok()).unwrap_or(false);
            if !scheduled {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    /// Calls `f` when "/" is typed outside a text field: the site search's shortcut. The header
    /// lives as long as the page, so the listener is never removed.
    pub fn on_slash_key(f: impl Fn() + 'static) {
        let _ = leptos::prelude::window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || ev.default_prevented() {
                return;
            }
            let typing = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()).is_some_and(|el| {
                el.is_content_editable() || matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            });
            if !typing {
                ev.prevent_default();
                f();
            }
        });
    }

    /// The on-demand module (`src/bin/on_demand.rs`), loaded through the page's
    /// `bomcaOnDemand()` (scripts/postbuild.mjs writes it, with the module's hashed address).
    pub struct OnDemand(wasm_bindgen::JsValue);

    impl OnDemand {
        pub fn load(done: impl FnOnce(Option<Self>) + 'static) {
            let load = web_sys::window()
                .and_then(|w| js_sys::Reflect::get(&w, &"bomcaOnDemand".into()).ok())
                .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
            wasm_bindgen_futures::spawn_local(async move {
                let promise = load.and_then(|f| f.call0(&wasm_bindgen::JsValue::NULL).ok()).map(js_sys::Promise::from);
                let module = match promise {
                    Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.ok(),
                    None => None,
                };
                done(module.map(OnDemand));
            });
        }

        fn call(&self, name: &str, args: &[wasm_bindgen::JsValue]) -> Option<wasm_bindgen::JsValue> {
            let f: js_sys::Function = js_sys::Reflect::get(&self.0, &name.into()).ok()?.dyn_into().ok()?;
            f.apply(&self.0, &args.iter().collect()).ok()
        }

        pub fn start(&self, base: &str) {
            self.call("start", &[base.into()]);
        }

        pub fn set_copy(&self, locale: &str, copy: &[u8]) {
            self.call("set_copy", &[locale.into(), js_sys::Uint8Array::from(copy).into()]);
        }

        pub fn show_page(&self, text: &str) {
            self.call("show_page", &[text.into()]);
        }

        /// Whether the file was offered.
        pub fn vcards(&self, ids: &[String], file: &str) -> bool {
            let ids: js_sys::Array = ids.iter().map(|id| wasm_bindgen::JsValue::from_str(id)).collect();
            self.call("vcards", &[ids.into(), file.into()]).and_then(|ok| ok.as_bool()).unwrap_or(false)
        }
    }

    /// Whether the event happened in an element matching `selector`.
    pub fn within(ev: &web_sys::Event, selector: &str) -> bool {
        ev.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.closest(selector).ok().flatten().is_some())
    }

    /// Sets the text of the element `id`, if the page has it.
    pub fn set_text(id: &str, text: &str) {
        if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
            el.set_text_content(Some(text));
        }
    }

    /// Opens or closes the header's search on a narrow screen; open, its field has the focus.
    pub fn toggle_search_panel(open: Option<bool>) {
        let Some(panel) = document().and_then(|d| d.query_selector(".site-search").ok().flatten()) else { return };
        let open = open.unwrap_or(!panel.class_list().contains("open"));
        let _ = panel.class_list().toggle_with_force("open", open);
        if open {
            if let Some(input) =
                panel.query_selector("input").ok().flatten().and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = input.focus();
            }
        }
    }

    /// Moves keyboard focus to the page content (the skip link's target).
    pub fn focus_main() {
        if let Some(main) = document().and_then(|d| d.get_element_by_id("main")) {
            let main: web_sys::HtmlElement = main.unchecked_into();
            let _ = main.focus();
        }
    }

    pub fn current_url() -> String {
        web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
    }

    /// Copies text; calls `done(true)` once the clipboard has it.
    pub fn copy_text(text: String, done: impl FnOnce(bool) + 'static) {
        let Some(window) = web_sys::window() else {
            return done(false);
        };
        let promise = window.navigator().clipboard().write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    }

    pub fn now_ms() -> f64 {
        js_sys::Date::now()
    }

    pub fn print() {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    }

    /// Today's date in the visitor's time zone, as (year, month, day).
    pub fn today() -> (i32, u8, u8) {
        let d = js_sys::Date::new_0();
        (d.get_full_year() as i32, d.get_month() as u8 + 1, d.get_date() as u8)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn set_document_lang(_code: &str) {}
    pub fn set_canonical(_href: &str) {}
    pub fn set_title(_title: &str) {}
    pub fn remember_locale(_code: &str) {}
    pub fn reveal_app(_state: &'static str) {}
    pub fn taking_over() -> bool {
        false
    }
    pub fn later_started() {}
    pub fn later_done() {}
    pub fn show_data_notice(_reason: &str, _place: &str) {}
    pub fn load_page(_href: &str) {}
    pub fn focus_main() {}
    pub fn on_slash_key(_f: impl Fn() + 'static) {}
    pub struct OnDemand;
    impl OnDemand {
        pub fn load(_done: impl FnOnce(Option<Self>) + 'static) {}
        pub fn start(&self, _base: &str) {}
        pub fn set_copy(&self, _locale: &str, _copy: &[u8]) {}
        pub fn show_page(&self, _text: &str) {}
        pub fn vcards(&self, _ids: &[String], _file: &str) -> bool {
            false
        }
    }
    pub fn set_text(_id: &str, _text: &str) {}
    pub fn within(_ev: &leptos::web_sys::Event, _selector: &str) -> bool {
        false
    }
    pub fn toggle_search_panel(_open: Option<bool>) {}
    pub fn current_url() -> String {
        String::new()
    }
    pub fn copy_text(_text: String, done: impl FnOnce(bool) + 'static) {
        done(false)
    }
    pub fn now_ms() -> f64 {
        0.0
    }
    pub fn print() {}
    pub fn today() -> (i32, u8, u8) {
        (0, 1, 1)
    }
}

pub use imp::*;
