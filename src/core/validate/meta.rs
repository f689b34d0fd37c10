//! Meta: the licence, and the version as the changelog's newest entry, released on the date of the data.
use super::checker::Checker;
use super::formats::{is_url, semver};

pub(super) fn check(c: &mut Checker) {
    let ds = c.ds;
    c.text("meta licence", &ds.meta.licence);
    c.text("meta note", &ds.meta.note);
    if !is_url(&ds.meta.licence_url) {
        c.report(format!("meta licence_url '{}' is malformed", ds.meta.licence_url));
    }
    let mut newer: Option<(u32, u32, u32)> = None;
    for change in &ds.meta.changes {
        c.text(&format!("change {}", change.version), &change.text);
        match semver(&change.version) {
            None => c.report(format!("change '{}' is not a version of the form 1.2.3", change.version)),
            Some(v) if newer.is_some_and(|n| v >= n) => {
                c.report(format!("change {} is not older than the one above it: newest first", change.version))
            }
            Some(v) => newer = Some(v),
        }
    }
    match ds.meta.changes.first() {
        None => c.report("meta changes is empty: the changelog needs this version".into()),
        Some(latest) if latest.version != ds.meta.version || latest.date != ds.meta.updated => c.report(format!(
            "the newest change ({} of {}) is not this version ({} of {})",
            latest.version, latest.date, ds.meta.version, ds.meta.updated
        )),
        Some(_) => {}
    }
}
