//! IATI 2.03 activity file: the programme as the parent activity (hierarchy 1), each phase with
//! published dates as a child (hierarchy 2), linked both ways with `related-activity`.
//! This site republishes public information, so it reports as a secondary reporter.
use quick_xml::events::{BytesText, Event};

use super::xml::{document, finish, written, Elements, Xml};

use crate::core::locale::Locale;
use crate::core::model::{Dataset, OrgId, PartialDate, PartnerRole, Phase, PhaseStatus, Text, Theme};
use crate::core::{order, query};

pub const REPORTING_ORG: &str = "XX-BOMCA-EXPLORER";
const LANGS: [&str; 2] = ["en", "ru"];

/// One `narrative` per language the text has, and elements holding them.
trait Narratives {
    fn narratives(&mut self, t: &Text);

    /// An element holding the text's narratives.
    fn narrated(&mut self, name: &str, attrs: &[(&str, &str)], t: &Text);
}

impl Narratives for Xml {
    fn narratives(&mut self, t: &Text) {
        for l in LANGS {
            if let Some(s) = t.in_language(l).filter(|s| !s.is_empty()) {
                self.text("narrative", &[("xml:lang", l)], s);
            }
        }
    }

    fn narrated(&mut self, name: &str, attrs: &[(&str, &str)], t: &Text) {
        self.el(name, attrs, |x| x.narratives(t));
    }
}

/// A full ISO date: IATI needs one, so a month or year given alone becomes its first day, and the
/// element says so in a narrative.
fn iso(d: PartialDate) -> (String, bool) {
    (d.first_day(), d.day.is_none())
}
fn activity_date(x: &mut Xml, kind: u8, date: PartialDate) {
    let (iso_date, partial) = iso(date);
    let kind = kind.to_string();
    let attrs = [("type", kind.as_str()), ("iso-date", iso_date.as_str())];
    if partial {
        x.el("activity-date", &attrs, |x| {
            x.text(
                "narrative",
                &[("xml:lang", "en")],
                &format!("The source gives {date}; the first day stands for it."),
            )
        });
    } else {
        x.empty("activity-date", &attrs);
    }
}

fn org_element(x: &mut Xml, ds: &Dataset, id: &OrgId, role: u8) {
    let Some(o) = query::organisation(ds, id) else {
        return;
    };
    let (role, kind) = (role.to_string(), o.iati_type.to_string());
    let mut attrs = vec![("role", role.as_str()), ("type", kind.as_str())];
    if let Some(r) = &o.iati_ref {
        attrs.push(("ref", r));
    }
    x.narrated("participating-org", &attrs, &o.name);
}

fn role_code(role: PartnerRole) -> u8 {
    match role {
        PartnerRole::Funding => 1,
        PartnerRole::Extending => 3,
        _ => 4,
    }
}

fn identifier(n: Option<u8>) -> String {
    match n {
        None => format!("{REPORTING_ORG}-BOMCA"),
        Some(n) => format!("{REPORTING_ORG}-BOMCA-{n}"),
    }
}

/// Phases IATI can describe: those with at least one published date (an activity needs one).
pub fn exported_phases(ds: &Dataset) -> Vec<&Phase> {
    let mut list: Vec<&Phase> =
        ds.phases.iter().filter(|p| query::start(p).is_some() || query::end(p).is_some()).collect();
    order::sort_by_key(&mut list, |p| p.number);
    list
}

fn contact_infos(x: &mut Xml, ds: &Dataset, phase: Option<u8>) {
    let offices = ds
        .offices
        .iter()
        .filter(|o| phase.is_none_or(|n| o.phases.contains(&n)))
        // Institutional contacts only: IATI has no element for the people table, which stays out.
        .filter(|o| o.email.is_some() || o.phone.is_some() || o.address.is_some());
    for o in offices {
        x.el("contact-info", &[("type", "1")], |x| {
            x.narrated("organisation", &[], &o.name);
            if let Some(phone) = &o.phone {
                x.text("telephone", &[], phone);
            }
            if let Some(email) = &o.email {
                x.text("email", &[], email);
            }
            if let Some(w) = &o.website {
                x.text("website", &[], w);
            }
            if o.address.is_some() {
                let mut address = Text::default();
                for locale in Locale::ALL {
                    address.set(locale.code(), &query::postal_address(o, locale).unwrap_or_default());
                }
                x.narrated("mailing-address", &[], &address);
            }
        });
    }
}

/// Equal shares summing to exactly 100, two decimals.
fn shares(n: usize) -> Vec<String> {
    let base = (10000 / n as u32) as f64 / 100.0;
    let last = 100.0 - base * (n as f64 - 1.0);
    (0..n).map(|i| format!("{:.2}", if i + 1 == n { last } else { base })).collect()
}

fn activity(x: &mut Xml, updated: &str, hierarchy: &str, inner: impl FnOnce(&mut Xml)) {
    let attrs =
        [("last-updated-datetime", updated), ("xml:lang", "en"), ("default-currency", "EUR"), ("hierarchy", hierarchy)];
    x.el("iati-activity", &attrs, inner);
    x.newline();
}

fn phase_activity(x: &mut Xml, ds: &Dataset, p: &Phase, updated: &str) {
    activity(x, updated, "2", |x| {
        x.text("iati-identifier", &[], &identifier(Some(p.number)));
        reporting_org(x);
        x.narrated("title", &[], &p.title);
        let general = p.summary.as_ref().map(|f| &f.value).unwrap_or(&p.title);
        x.narrated("description", &[("type", "1")], general);
        if let Some(o) = &p.overall_objective {
            x.narrated("description", &[("type", "2")], &o.value);
        }
        if let Some(t) = &p.target_groups {
            x.narrated("description", &[("type", "3")], &t.value);
        }
        let mut orgs: Vec<(&OrgId, u8)> = Vec::new();
        if let Some(lead) = &p.lead {
            orgs.push((&lead.value, 4));
        }
        for partner in &p.partners {
            let entry = (&partner.organisation, role_code(partner.role));
            if !orgs.contains(&entry) {
                orgs.push(entry);
            }
        }
        if !orgs.iter().any(|(_, r)| *r == 1) {
            orgs.insert(0, (&ds.programme.donor.value, 1));
        }
        for (id, role) in orgs {
            org_element(x, ds, id, role);
        }
        let donor = query::organisation(ds, &ds.programme.donor.value);
        for id in &p.identifiers {
            x.el("other-identifier", &[("ref", &id.value), ("type", "A9")], |x| {
                x.narrated("owner-org", &[], &donor.map(|o| o.name.clone()).unwrap_or_default())
            });
        }
        let status = match p.status {
            PhaseStatus::Implementation => "2",
            PhaseStatus::Closed => "4",
            // Not reported: the least committal reading of a phase whose status nobody published.
            PhaseStatus::Unknown => "4",
        };
        x.empty("activity-status", &[("code", status)]);
        for (kind, fact) in [(1, &p.planned_start), (2, &p.actual_start), (3, &p.planned_end), (4, &p.actual_end)] {
            if let Some(f) = fact {
                activity_date(x, kind, f.value);
            }
        }
        if let (Some(last), None) = (p.extensions.last(), &p.planned_end) {
            activity_date(x, 3, last.new_end);
        }
        contact_infos(x, ds, Some(p.number));
        x.empty("activity-scope", &[("code", "2")]);
        let countries = p.countries.as_ref().map(|f| &f.value).unwrap_or(&ds.programme.countries.value);
        for (code, share) in countries.iter().zip(shares(countries.len())) {
            x.empty("recipient-country", &[("code", code), ("percentage", &share)]);
        }
        let components = query::components_of(ds, p.number);
        let mut sectors: Vec<&str> = Vec::new();
        let mut themes: Vec<&Theme> = Vec::new();
        for theme in components.iter().flat_map(|c| &c.themes).filter_map(|t| ds.themes.iter().find(|x| &x.id == t)) {
            if !themes.iter().any(|t| t.id == theme.id) {
                themes.push(theme);
            }
            if let Some(code) = theme.dac_sector.as_deref() {
                if !sectors.contains(&code) {
                    sectors.push(code);
                }
            }
        }
        // Codes a source publishes for the phase win over the themes' (the dataset's own classification).
        if let Some(published) = &p.dac_sectors {
            sectors = published.value.iter().map(String::as_str).collect();
        }
        for (code, share) in sectors.iter().zip(shares(sectors.len().max(1))) {
            x.empty("sector", &[("vocabulary", "1"), ("code", code), ("percentage", &share)]);
        }
        for t in themes {
            let attrs = [
                ("vocabulary", "99"),
                ("vocabulary-uri", "https://www.bomca-eu.org/data/bomca.schema.json#themes"),
                ("code", t.id.as_str()),
            ];
            x.narrated("tag", &attrs, &t.name);
        }
        // The published total as a commitment: IATI budgets must be split into periods of at most a
        // year, and the sources publish no such split.
        if let (Some(budget), Some(start)) = (query::headline_budget(p), query::start(p)) {
            let (date, _) = iso(start);
            let money = &budget.amount.value;
            x.el("transaction", &[], |x| {
                x.empty("transaction-type", &[("code", "11")]);
                x.empty("transaction-date", &[("iso-date", &date)]);
                let value_attrs = [("currency", money.currency.as_str()), ("value-date", date.as_str())];
                x.text("value", &value_attrs, &format!("{:.2}", money.amount));
                x.narrated("description", &[], &budget.label);
                let kind = donor.map(|o| o.iati_type).unwrap_or(40).to_string();
                x.el("provider-org", &[("type", &kind)], |x| {
                    if let Some(o) = donor {
                        x.narratives(&o.name);
                    }
                });
            });
        }
        x.empty("related-activity", &[("ref", &identifier(None)), ("type", "1")]);
        for c in components {
            x.el("result", &[("type", "1")], |x| {
                x.narrated("title", &[], &c.title);
                if let Some(so) = &c.specific_objective {
                    x.narrated("description", &[], so);
                }
                let indicator_title = c.expected_results.as_ref().unwrap_or(&c.title);
                x.el("indicator", &[("measure", "5")], |x| x.narrated("title", &[], indicator_title));
            });
        }
    });
}

fn reporting_org(x: &mut Xml) {
    let attrs = [("ref", REPORTING_ORG), ("type", "90"), ("secondary-reporter", "1")];
    x.el("reporting-org", &attrs, |x| {
        x.text("narrative", &[], "BOMCA Explorer (open data, secondary publication of public sources)")
    });
}

fn programme_activity(x: &mut Xml, ds: &Dataset, phases: &[&Phase], updated: &str) {
    let p = &ds.programme;
    activity(x, updated, "1", |x| {
        x.text("iati-identifier", &[], &identifier(None));
        reporting_org(x);
        x.narrated("title", &[], &p.name);
        x.narrated("description", &[("type", "1")], &p.summary.value);
        org_element(x, ds, &p.donor.value, 1);
        let status = if ds.phases.iter().any(|ph| ph.status == PhaseStatus::Implementation) { "2" } else { "4" };
        x.empty("activity-status", &[("code", status)]);
        activity_date(x, 2, PartialDate { year: p.start_year.value, month: None, day: None });
        contact_infos(x, ds, None);
        x.empty("activity-scope", &[("code", "2")]);
        x.empty("recipient-region", &[("code", "619"), ("vocabulary", "1")]);
        for ph in phases {
            x.empty("related-activity", &[("ref", &identifier(Some(ph.number))), ("type", "2")]);
        }
    });
}

/// The whole file; `generated` is an ISO date-time such as "2026-11-22T00:00:00Z".
pub fn activities_xml(ds: &Dataset, generated: &str) -> String {
    let phases = exported_phases(ds);
    let skipped: Vec<String> = ds
        .phases
        .iter()
        .filter(|p| !phases.iter().any(|x| x.number == p.number))
        .map(|p| p.number.to_string())
        .collect();
    let mut x = document();
    x.el("iati-activities", &[("version", "2.03"), ("generated-datetime", generated)], |x| {
        x.newline();
        if !skipped.is_empty() {
            let note = format!(
                " Phases {} are left out: the sources publish no date for them, and an IATI activity needs one. ",
                skipped.join(", ")
            );
            written(x.write_event(Event::Comment(BytesText::from_escaped(note))));
            x.newline();
        }
        programme_activity(x, ds, &phases, generated);
        for p in &phases {
            phase_activity(x, ds, p, generated);
        }
    });
    finish(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_sum_to_one_hundred() {
        for n in 1..8 {
            let total: f64 = shares(n).iter().map(|s| s.parse::<f64>().unwrap()).sum();
            assert!((total - 100.0).abs() < 1e-9, "{n}: {total}");
        }
    }

    #[test]
    fn escapes_markup() {
        let mut x = Xml::new(Vec::new());
        x.text("t", &[("a", "\"&")], "<a & b>");
        assert_eq!(String::from_utf8(x.into_inner()).unwrap(), "<t a=\"&quot;&amp;\">&lt;a &amp; b&gt;</t>");
    }
}
