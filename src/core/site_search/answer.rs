//! What the on-demand module (`src/bin/on_demand.rs`) shows for the words typed: the results as
//! markup (`markup`) with the addresses of the list's options. The page's wasm carries none of
//! this: the module is loaded on a first search.
use super::markup::{list_html, none_html, page_html};
use super::texts::search_texts;
use super::SiteIndex;
use crate::core::load::{read_copy, LoadError};
use crate::core::locale::Locale;
use crate::core::model::Dataset;
use crate::core::text::encode_component;

/// Where the results show: the header's list (a few per kind) or the `/search` page (all).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    List,
    Page,
}

impl View {
    /// Results per kind.
    fn per_group(self) -> usize {
        match self {
            View::List => 3,
            View::Page => 50,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub total: usize,
    /// The results, or on the page with none found, the sections to browse instead.
    pub html: String,
    /// The list's options' addresses in order, the last one `/search` with the words; empty for
    /// the page.
    pub targets: Vec<String>,
    /// The line a screen reader announces ("12 results").
    pub status: String,
}

/// The address of `/search` for `text` in `locale`, under the site's prefix `base`.
pub fn search_page(base: &str, locale: Locale, text: &str) -> String {
    let page = format!("{base}{}", locale.path("/search"));
    match text.trim() {
        "" => page,
        words => format!("{page}?q={}", encode_component(words)),
    }
}

/// The index of one data copy, in the copy's language.
pub struct Searcher {
    pub locale: Locale,
    index: SiteIndex,
}

impl Searcher {
    pub fn from_copy(locale: Locale, copy: &[u8]) -> Result<Self, LoadError> {
        Ok(Self::new(&read_copy(copy)?, locale))
    }

    pub fn new(ds: &Dataset, locale: Locale) -> Self {
        Searcher { locale, index: SiteIndex::build(ds, locale) }
    }

    /// What `text` finds, shown in `view`, with addresses under the site's prefix `base`.
    pub fn answer(&self, view: View, base: &str, text: &str) -> Answer {
        let locale = self.locale;
        let c = search_texts(locale);
        let results = self.index.search(text, view.per_group());
        let words = text.trim();
        let status = match results.total {
            0 => c.none.replace("{q}", words),
            n => c.count.format(locale, n as u64),
        };
        let href = |path: &str| format!("{base}{}", locale.path(path));
        let (html, targets) = match view {
            View::List => {
                let last = if results.total == 0 { c.none } else { c.all };
                let html = list_html(&results, locale, &last.replace("{q}", words));
                let mut targets: Vec<String> =
                    results.groups.iter().flat_map(|g| g.found.iter().map(|f| href(&f.path))).collect();
                targets.push(search_page(base, locale, text));
                (html, targets)
            }
            View::Page if results.total == 0 => (none_html(locale, &href), Vec::new()),
            View::Page => (page_html(&results, locale, &href), Vec::new()),
        };
        Answer { total: results.total, html, targets, status }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::{parse, write_copy};

    fn searcher(locale: Locale) -> Searcher {
        Searcher::from_copy(locale, &write_copy(&parse(include_str!("../../../public/data/bomca.json")).unwrap()))
            .unwrap()
    }

    #[test]
    fn the_list_links_each_result_then_all_of_them_in_the_page_language() {
        let a = searcher(Locale::Ru).answer(View::List, "/bomca", "Бишкек");
        assert!(a.total > 0);
        assert!(a.status.contains(&a.total.to_string()), "{}", a.status);
        assert!(a.targets.iter().all(|t| t.starts_with("/bomca/ru/")), "{:?}", a.targets);
        assert_eq!(a.targets.last().unwrap(), "/bomca/ru/search?q=%D0%91%D0%B8%D1%88%D0%BA%D0%B5%D0%BA");
        // One option per target, numbered in their order.
        let options = a.html.matches(r#"role="option""#).count();
        assert_eq!(options, a.targets.len());
        assert!(a.html.contains(&format!(r#"id="{}""#, super::super::markup::option_id(options - 1))));
        assert!(a.html.contains("<mark>"), "matched words are marked");
    }

    #[test]
    fn the_page_shows_every_result_and_escapes_the_words() {
        let s = searcher(Locale::En);
        let page = s.answer(View::Page, "/bomca", "office");
        let list = s.answer(View::List, "/bomca", "office");
        assert_eq!(page.total, list.total);
        assert!(page.html.matches("<li>").count() > list.targets.len() - 1, "more per kind than the list");
        assert!(page.html.contains(r#"href="/bomca/contacts"#), "{}", page.html);
        let hostile = s.answer(View::List, "", "<script>alert(1)</script>");
        assert_eq!(hostile.total, 0);
        assert!(!hostile.html.contains("<script>") && hostile.html.contains("&lt;script&gt;"), "{}", hostile.html);
    }

    #[test]
    fn no_result_on_the_page_offers_the_sections() {
        let a = searcher(Locale::En).answer(View::Page, "", "zzzzqqq");
        assert_eq!(a.total, 0);
        assert!(a.status.contains("zzzzqqq"), "{}", a.status);
        assert!(a.html.contains(r#"href="/components""#) && a.html.contains(r#"href="/sources""#), "{}", a.html);
    }

    #[test]
    fn a_bad_copy_is_an_error_not_a_panic() {
        assert!(Searcher::from_copy(Locale::En, b"not a copy").is_err());
        assert!(Searcher::from_copy(Locale::En, &[]).is_err());
    }
}
