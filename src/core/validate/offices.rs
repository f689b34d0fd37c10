//! Offices and contacts: institutional routes only.
use super::checker::Checker;
use super::formats::{is_email, is_handle, is_phone, is_url};
use crate::core::locale::Locale;

pub(super) fn check(c: &mut Checker) {
    let ds = c.ds;
    for o in &ds.offices {
        let what = format!("office '{}'", o.id);
        c.cited(&what, &o.sources);
        c.text(&format!("{what} name"), &o.name);
        if let Some(city) = &o.city {
            c.text(&format!("{what} city"), city);
        }
        if let Some(address) = &o.address {
            for line in &address.street {
                c.text(&format!("{what} address"), line);
            }
            if let Some(country) = &address.country {
                c.text(&format!("{what} address country"), country);
            }
        }
        if let Some(code) = &o.country {
            c.country(&what, code);
        }
        for &n in &o.phases {
            c.phase(&what, n);
        }
        if let Some(org) = &o.organisation {
            c.org(&what, org);
        }
        if let Some(email) = &o.email {
            if !is_email(email) {
                c.report(format!("{what} has a malformed e-mail '{email}'"));
            }
            // Institutional addresses only: one that carries a named person's surname is personal.
            let local = email.split('@').next().unwrap_or("").to_lowercase();
            for p in &ds.people {
                let surname = p.name.get(Locale::En).split_whitespace().last().unwrap_or("").to_lowercase();
                if surname.len() > 2 && local.contains(&surname) {
                    c.report(format!("{what} has the personal e-mail '{email}' of {}", p.name.get(Locale::En)));
                }
            }
        }
        for phone in o.phone.iter().chain(o.fax.iter()) {
            if !is_phone(phone) {
                c.report(format!("{what} has a malformed phone number '{phone}'"));
            }
        }
        for url in o.website.iter().chain(o.social.iter().map(|s| &s.url)) {
            if !is_url(url) {
                c.report(format!("{what} has a malformed URL '{url}'"));
            }
        }
        for s in &o.social {
            if s.network.trim().is_empty() {
                c.report(format!("{what} has a social link without a network name"));
            }
        }
        for h in &o.social_handles {
            if !is_handle(h) {
                c.report(format!("{what} has a malformed social handle '{h}'"));
            }
        }
    }
}
