//! Sources: texts, addresses, dates.
use super::checker::Checker;
use super::formats::is_url;
use crate::core::model::SourceKind;

pub(super) fn check(c: &mut Checker) {
    let ds = c.ds;
    for s in &ds.sources {
        c.text(&format!("source '{}' title", s.id), &s.title);
        c.text(&format!("source '{}' publisher", s.id), &s.publisher);
        if let Some(url) = &s.url {
            if !is_url(url) {
                c.report(format!("source '{}' has a malformed URL '{url}'", s.id));
            }
        }
        match (s.kind, &s.seed_file) {
            (SourceKind::Seed, None) => c.report(format!("seed source '{}' names no seed file", s.id)),
            (SourceKind::Seed, Some(f)) if !f.ends_with(".txt") || f.contains('/') => {
                c.report(format!("seed source '{}' has a malformed seed file name '{f}'", s.id))
            }
            (SourceKind::Web, Some(_)) => c.report(format!("web source '{}' names a seed file", s.id)),
            _ => {}
        }
    }
}
