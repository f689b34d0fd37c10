//! People: public roles only, cited, dated as published; date notes of sources and quotes.
use super::checker::Checker;

pub(super) fn check(c: &mut Checker) {
    let ds = c.ds;
    c.unique("person", ds.people.iter().map(|p| p.id.as_str()));
    for p in &ds.people {
        let what = format!("person '{}'", p.id);
        c.cited(&what, &p.sources);
        c.text(&format!("{what} name"), &p.name);
        c.text(&format!("{what} role"), &p.role);
        if let Some(note) = &p.note {
            c.text(&format!("{what} note"), note);
        }
        if let Some(org) = &p.organisation {
            c.org(&what, org);
        }
        for &n in &p.phases {
            c.phase(&what, n);
        }
        c.ordered(&format!("{what} tenure"), p.from, p.to);
    }
    for s in &ds.sources {
        if let Some(note) = &s.date_note {
            c.text(&format!("source '{}' date note", s.id), note);
            if s.date.is_none() {
                c.report(format!("source '{}' has a date note but no date", s.id));
            }
        }
    }
    for q in &ds.quotes {
        if let Some(note) = &q.date_note {
            c.text(&format!("quote '{}' date note", q.id), note);
            if q.date.is_none() {
                c.report(format!("quote '{}' has a date note but no date", q.id));
            }
        }
    }
}
