//! The events as an Atom feed (RFC 4287), one per language (`events.atom`, `ru/events.atom`):
//! one entry per event, newest first, with its permanent address, date and summary.
use super::xml::{document, finish, Elements};
use crate::core::events::newest_first;
use crate::core::i18n;
use crate::core::locale::Locale;
use crate::core::model::{Dataset, PartialDate};

/// The feed's file, relative to the site's root, in a language.
pub fn feed_path(locale: Locale) -> String {
    locale.path("/events.atom")
}

/// An Atom date (RFC 3339): a partial date stands for its first day.
fn timestamp(d: PartialDate) -> String {
    format!("{}T00:00:00Z", d.first_day())
}

/// The feed in `locale`; `root` is the site's absolute address without a trailing slash.
pub fn feed(ds: &Dataset, root: &str, locale: Locale) -> String {
    let c = i18n::catalogue(locale);
    let url = |path: &str| format!("{root}{}", locale.path(path));
    let events = newest_first(ds);
    let updated = events.iter().map(|e| e.date).chain([ds.meta.updated]).max().unwrap_or(ds.meta.updated);
    let mut x = document();
    x.el("feed", &[("xmlns", "http://www.w3.org/2005/Atom"), ("xml:lang", locale.code())], |x| {
        x.newline();
        x.text("id", &[], &url("/events"));
        x.text("title", &[], &format!("{} · {}", c.events_title, c.site_name));
        x.text("subtitle", &[], c.events_intro);
        x.text("updated", &[], &timestamp(updated));
        x.el("author", &[], |x| x.text("name", &[], c.site_name));
        x.empty(
            "link",
            &[("rel", "self"), ("type", "application/atom+xml"), ("href", &format!("{root}{}", feed_path(locale)))],
        );
        x.empty("link", &[("rel", "alternate"), ("type", "text/html"), ("href", &url("/events"))]);
        x.newline();
        for e in events {
            let link = url(&crate::core::routes::event(&e.id));
            x.el("entry", &[], |x| {
                x.text("id", &[], &link);
                x.text("title", &[], e.title.get(locale));
                x.text("updated", &[], &timestamp(e.date));
                x.empty("link", &[("rel", "alternate"), ("type", "text/html"), ("href", &link)]);
                let summary = e.summary.as_ref().map(|s| s.get(locale)).filter(|s| !s.is_empty());
                x.text("summary", &[], summary.unwrap_or(e.title.get(locale)));
            });
            x.newline();
        }
    });
    finish(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_entry_per_event_with_absolute_links() {
        let ds = crate::core::load::parse(include_str!("../../../public/data/bomca.json")).unwrap();
        for locale in Locale::ALL {
            let xml = feed(&ds, "https://example.org/bomca", locale);
            assert_eq!(xml.matches("<entry>").count(), ds.events.len());
            let prefix = format!("https://example.org/bomca{}", locale.path("/events/"));
            assert_eq!(xml.matches(&format!("<id>{prefix}")).count(), ds.events.len());
            assert!(xml.contains("<updated>2002-01-01T00:00:00Z</updated>"), "a year stands for its first day");
            // Every date is an RFC 3339 timestamp.
            for part in xml.split("<updated>").skip(1) {
                let stamp = &part[..part.find('<').unwrap()];
                assert!(stamp.len() == 20 && stamp.ends_with("T00:00:00Z"), "{stamp}");
            }
        }
    }
}
