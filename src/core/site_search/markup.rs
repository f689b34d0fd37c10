//! The search's markup: the header's field and the `/search` page's form, which the app inserts
//! as they are (one string costs the page's wasm less than a view per element: with the title set
//! without leptos_meta, 2.7 KB brotli less, measured), and the results, which the on-demand module inserts. Every text is escaped.
use super::texts::search_texts;
use super::{group_label, Results};
use crate::core::i18n::{catalogue, Catalogue, SECTIONS};
use crate::core::locale::Locale;
use crate::core::text::{escape_html, highlight_html};

/// The id of the header's listbox; its options are `{LIST_ID}-{n}`, numbered in the order of
/// the answer's targets.
pub const LIST_ID: &str = "site-search-list";

pub fn option_id(n: usize) -> String {
    format!("{LIST_ID}-{n}")
}

/// One option of the list.
fn option_html(out: &mut String, n: usize, class: &str, inner: &str) {
    out.push_str(&format!(
        r#"<div role="option" id="{}" class="{class}" data-n="{n}" aria-selected="false">{inner}</div>"#,
        option_id(n)
    ));
}

/// The listbox's options: the results grouped by kind with their words marked, then `last`, the
/// line that opens every result on `/search`.
pub fn list_html(r: &Results, locale: Locale, last: &str) -> String {
    let mut out = String::new();
    let mut n = 0;
    for g in &r.groups {
        let id = format!("{LIST_ID}-{}", g.kind.key());
        out.push_str(&format!(
            r#"<div role="group" aria-labelledby="{id}"><div class="option-group" id="{id}">{} <span class="count">{}</span></div>"#,
            escape_html(group_label(locale, g.kind)),
            g.total
        ));
        for f in &g.found {
            let inner = format!(
                r#"<span class="option-title">{}</span><span class="option-context">{}</span>"#,
                highlight_html(&f.title, &r.terms),
                highlight_html(&f.context, &r.terms)
            );
            option_html(&mut out, n, "option", &inner);
            n += 1;
        }
        out.push_str("</div>");
    }
    option_html(&mut out, n, "option option-all", &escape_html(last));
    out
}

/// The `/search` page's results: per kind a heading with the count, then each result's link
/// (`href` makes a page's address from its path) and context, their words marked.
pub fn page_html(r: &Results, locale: Locale, href: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    for g in &r.groups {
        let key = g.kind.key();
        out.push_str(&format!(
            r#"<section class="search-group" aria-labelledby="found-{key}"><h2 id="found-{key}">{} <span class="count">{}</span></h2><ul class="search-results">"#,
            escape_html(group_label(locale, g.kind)),
            g.total
        ));
        for f in &g.found {
            out.push_str(&format!(
                r#"<li><a href="{}">{}</a><p class="muted">{}</p></li>"#,
                escape_html(&href(&f.path)),
                highlight_html(&f.title, &r.terms),
                highlight_html(&f.context, &r.terms)
            ));
        }
        out.push_str("</ul>");
        if g.total > g.found.len() {
            let shown = search_texts(locale).count.format(locale, g.found.len() as u64);
            out.push_str(&format!(r#"<p class="muted">{} / {}</p>"#, escape_html(&shown), g.total));
        }
        out.push_str("</section>");
    }
    out
}

/// The sections as links (`href` makes a page's address from its path).
pub fn sections_html(c: &Catalogue, href: &dyn Fn(&str) -> String) -> String {
    let mut out = String::from(r#"<ul class="link-list section-links">"#);
    for (path, label) in SECTIONS {
        out.push_str(&format!(r#"<li><a href="{}">{}</a></li>"#, escape_html(&href(path)), escape_html(label(c))));
    }
    out.push_str("</ul>");
    out
}

/// The `/search` page when nothing is found: the sections to browse instead.
pub fn none_html(locale: Locale, href: &dyn Fn(&str) -> String) -> String {
    let browse = escape_html(search_texts(locale).browse);
    format!("<p>{browse}</p>{}", sections_html(catalogue(locale), href))
}

/// The header's search: on a narrow screen an icon that opens it (a link to `/search` without
/// JavaScript), and the combobox's field, list and live region, in a form that sends the words to
/// `page` (`/search`) when nothing else handles them.
pub fn field_html(c: &Catalogue, page: &str) -> String {
    let (page, label) = (escape_html(page), escape_html(c.site_search_label));
    format!(
        concat!(
            r#"<a class="search-toggle" href="{page}"><svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">"#,
            r#"<circle cx="10.5" cy="10.5" r="6.5"/><path d="M15.5 15.5 21 21"/></svg><span class="visually-hidden">{open}</span></a>"#,
            r#"<form role="search" class="site-search-form" action="{page}" method="get" aria-label="{label}">"#,
            r#"<label for="site-search" class="visually-hidden">{label}</label>"#,
            r#"<input id="site-search" type="text" name="q" role="combobox" enterkeyhint="search" autocomplete="off" spellcheck="false" "#,
            r#"aria-autocomplete="list" aria-controls="{list}" aria-expanded="false" placeholder="{placeholder}">"#,
            r#"<div id="{list}" role="listbox" class="site-search-list" aria-label="{label}" hidden></div>"#,
            r#"<p id="site-search-status" class="visually-hidden" role="status"></p></form>"#
        ),
        page = page,
        label = label,
        open = escape_html(c.site_search_open),
        list = LIST_ID,
        placeholder = escape_html(c.site_search_placeholder),
    )
}

/// The `/search` page's own form, holding the words `q` it shows.
pub fn page_form_html(c: &Catalogue, page: &str, q: &str) -> String {
    format!(
        concat!(
            r#"<form role="search" class="search-page-form" action="{page}" method="get">"#,
            r#"<label for="search-page-q">{label}</label> "#,
            r#"<input id="search-page-q" type="search" name="q" autocomplete="off" spellcheck="false" value="{q}"> "#,
            r#"<button type="submit" class="button-quiet">{submit}</button></form>"#
        ),
        page = escape_html(page),
        label = escape_html(c.site_search_label),
        q = escape_html(q),
        submit = escape_html(c.search_submit),
    )
}

/// What `/search` says without JavaScript: that search needs it, and the sections.
pub fn needs_js_html(c: &Catalogue, href: &dyn Fn(&str) -> String) -> String {
    format!(r#"<p class="notice">{}</p>{}"#, escape_html(c.site_search_needs_js), sections_html(c, href))
}
