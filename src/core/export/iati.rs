//! IATI 2.03 activity file: the programme as the parent activity (hierarchy 1), each phase with
//! published dates as a child (hierarchy 2), linked both ways with `related-activity`.
//! This site republishes public information, so it reports as a secondary reporter.
use crate::core::model::{Dataset, Fact, OrgId, PartialDate, PartnerRole, Phase, PhaseStatus, Text};
use crate::core::{order, query};

pub const REPORTING_ORG: &str = "XX-BOMCA-EXPLORER";
const LANGS: [&str; 2] = ["en", "ru"];

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

fn narratives(t: &Text) -> String {
    LANGS
        .iter()
        .filter_map(|l| t.in_language(l).filter(|s| !s.is_empty()).map(|s| format!("<narrative xml:lang=\"{l}\">{}</narrative>", esc(s))))
        .collect()
}

fn plain(s: &str) -> String {
    format!("<narrative>{}</narrative>", esc(s))
}

/// A full ISO date: IATI needs one, so a month or year given alone becomes its first day, and the
/// element says so in a narrative.
fn iso(d: PartialDate) -> (String, bool) {
    (format!("{:04}-{:02}-{:02}", d.year, d.month.unwrap_or(1), d.day.unwrap_or(1)), d.day.is_none())
}

fn activity_date(kind: u8, fact: &Fact<PartialDate>) -> String {
    let (date, partial) = iso(fact.value);
    if partial {
        format!(
            "<activity-date type=\"{kind}\" iso-date=\"{date}\"><narrative xml:lang=\"en\">The source gives {}; the first day stands for it.</narrative></activity-date>",
            fact.value
        )
    } else {
        format!("<activity-date type=\"{kind}\" iso-date=\"{date}\"/>")
    }
}

fn org_element(ds: &Dataset, id: &OrgId, role: u8) -> String {
    let Some(o) = query::organisation(ds, id) else { return String::new() };
    let reference = o.iati_ref.as_ref().map(|r| format!(" ref=\"{}\"", esc(r))).unwrap_or_default();
    format!("<participating-org role=\"{role}\" type=\"{}\"{reference}>{}</participating-org>", o.iati_type, narratives(&o.name))
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
    let mut list: Vec<&Phase> = ds.phases.iter().filter(|p| query::start(p).is_some() || query::end(p).is_some()).collect();
    order::sort_by_key(&mut list, |p| p.number);
    list
}

fn contact_infos(ds: &Dataset, phase: Option<u8>) -> String {
    ds.offices
        .iter()
        .filter(|o| phase.is_none_or(|n| o.phases.contains(&n)))
        // Institutional contacts only: IATI has no element for the people table, which stays out.
        .filter(|o| o.email.is_some() || o.phone.is_some() || o.address.is_some())
        .map(|o| {
            let mut x = String::from("<contact-info type=\"1\">");
            x.push_str(&format!("<organisation>{}</organisation>", narratives(&o.name)));
            if let Some(phone) = &o.phone {
                x.push_str(&format!("<telephone>{}</telephone>", esc(phone)));
            }
            if let Some(email) = &o.email {
                x.push_str(&format!("<email>{}</email>", esc(email)));
            }
            if let Some(w) = &o.website {
                x.push_str(&format!("<website>{}</website>", esc(w)));
            }
            if let Some(a) = &o.address {
                x.push_str(&format!("<mailing-address>{}</mailing-address>", narratives(a)));
            }
            x.push_str("</contact-info>");
            x
        })
        .collect()
}

/// Equal shares summing to exactly 100, two decimals.
fn shares(n: usize) -> Vec<String> {
    let base = (10000 / n as u32) as f64 / 100.0;
    let last = 100.0 - base * (n as f64 - 1.0);
    (0..n).map(|i| format!("{:.2}", if i + 1 == n { last } else { base })).collect()
}

fn phase_activity(ds: &Dataset, p: &Phase, updated: &str) -> String {
    let mut x = format!(
        "<iati-activity last-updated-datetime=\"{updated}\" xml:lang=\"en\" default-currency=\"EUR\" hierarchy=\"2\">"
    );
    x.push_str(&format!("<iati-identifier>{}</iati-identifier>", identifier(Some(p.number))));
    x.push_str(&reporting_org());
    x.push_str(&format!("<title>{}</title>", narratives(&p.title)));
    let general = p.summary.as_ref().map(|f| f.value.clone()).unwrap_or_else(|| p.title.clone());
    x.push_str(&format!("<description type=\"1\">{}</description>", narratives(&general)));
    if let Some(o) = &p.overall_objective {
        x.push_str(&format!("<description type=\"2\">{}</description>", narratives(&o.value)));
    }
    if let Some(t) = &p.target_groups {
        x.push_str(&format!("<description type=\"3\">{}</description>", narratives(&t.value)));
    }
    let mut orgs: Vec<(String, u8)> = Vec::new();
    if let Some(lead) = &p.lead {
        orgs.push((lead.value.clone(), 4));
    }
    for partner in &p.partners {
        let entry = (partner.organisation.clone(), role_code(partner.role));
        if !orgs.contains(&entry) {
            orgs.push(entry);
        }
    }
    if !orgs.iter().any(|(_, r)| *r == 1) {
        orgs.insert(0, (ds.programme.donor.value.clone(), 1));
    }
    for (id, role) in &orgs {
        x.push_str(&org_element(ds, id, *role));
    }
    for id in &p.identifiers {
        x.push_str(&format!(
            "<other-identifier ref=\"{}\" type=\"A9\"><owner-org>{}</owner-org></other-identifier>",
            esc(&id.value),
            narratives(&query::organisation(ds, &ds.programme.donor.value).map(|o| o.name.clone()).unwrap_or_default())
        ));
    }
    let status = match p.status {
        PhaseStatus::Implementation => 2,
        PhaseStatus::Closed => 4,
        // Not reported: the least committal reading of a phase whose status nobody published.
        PhaseStatus::Unknown => 4,
    };
    x.push_str(&format!("<activity-status code=\"{status}\"/>"));
    for (kind, fact) in [(1, &p.planned_start), (2, &p.actual_start), (3, &p.planned_end), (4, &p.actual_end)] {
        if let Some(f) = fact {
            x.push_str(&activity_date(kind, f));
        }
    }
    if let Some(last) = p.extensions.last() {
        let revised = Fact { value: last.new_end, sources: last.sources.clone(), note: None, alternatives: Vec::new() };
        if p.planned_end.is_none() {
            x.push_str(&activity_date(3, &revised));
        }
    }
    x.push_str(&contact_infos(ds, Some(p.number)));
    x.push_str("<activity-scope code=\"2\"/>");
    let countries = p.countries.as_ref().map(|f| f.value.clone()).unwrap_or_else(|| ds.programme.countries.value.clone());
    for (code, share) in countries.iter().zip(shares(countries.len())) {
        x.push_str(&format!("<recipient-country code=\"{code}\" percentage=\"{share}\"/>"));
    }
    let components = query::components_of(ds, p.number);
    let mut sectors: Vec<&str> = Vec::new();
    let mut themes: Vec<&str> = Vec::new();
    for c in &components {
        for t in &c.themes {
            if let Some(theme) = ds.themes.iter().find(|x| &x.id == t) {
                if !themes.contains(&theme.id.as_str()) {
                    themes.push(&theme.id);
                }
                if let Some(code) = theme.dac_sector.as_deref() {
                    if !sectors.contains(&code) {
                        sectors.push(code);
                    }
                }
            }
        }
    }
    // Codes a source publishes for the phase win over the themes' (the dataset's own classification).
    if let Some(published) = &p.dac_sectors {
        sectors = published.value.iter().map(String::as_str).collect();
    }
    for (code, share) in sectors.iter().zip(shares(sectors.len().max(1))) {
        x.push_str(&format!("<sector vocabulary=\"1\" code=\"{code}\" percentage=\"{share}\"/>"));
    }
    for t in themes {
        let name = ds.themes.iter().find(|x| x.id == t).map(|x| narratives(&x.name)).unwrap_or_default();
        x.push_str(&format!(
            "<tag vocabulary=\"99\" vocabulary-uri=\"https://www.bomca-eu.org/data/bomca.schema.json#themes\" code=\"{t}\">{name}</tag>"
        ));
    }
    // The published total as a commitment: IATI budgets must be split into periods of at most a
    // year, and the sources publish no such split.
    if let (Some(budget), Some(start)) = (query::headline_budget(p), query::start(p)) {
        let (date, _) = iso(start);
        let donor = query::organisation(ds, &ds.programme.donor.value);
        x.push_str(&format!(
            "<transaction><transaction-type code=\"11\"/><transaction-date iso-date=\"{date}\"/><value currency=\"{}\" value-date=\"{date}\">{:.2}</value><description>{}</description><provider-org type=\"{}\">{}</provider-org></transaction>",
            esc(&budget.amount.value.currency),
            budget.amount.value.amount,
            narratives(&budget.label),
            donor.map(|o| o.iati_type).unwrap_or(40),
            donor.map(|o| narratives(&o.name)).unwrap_or_default()
        ));
    }
    x.push_str(&format!("<related-activity ref=\"{}\" type=\"1\"/>", identifier(None)));
    for c in components {
        x.push_str("<result type=\"1\">");
        x.push_str(&format!("<title>{}</title>", narratives(&c.title)));
        if let Some(so) = &c.specific_objective {
            x.push_str(&format!("<description>{}</description>", narratives(so)));
        }
        let indicator_title = c.expected_results.clone().unwrap_or_else(|| c.title.clone());
        x.push_str(&format!("<indicator measure=\"5\"><title>{}</title></indicator>", narratives(&indicator_title)));
        x.push_str("</result>");
    }
    x.push_str("</iati-activity>");
    x
}

fn reporting_org() -> String {
    format!(
        "<reporting-org ref=\"{REPORTING_ORG}\" type=\"90\" secondary-reporter=\"1\">{}</reporting-org>",
        plain("BOMCA Explorer (open data, secondary publication of public sources)")
    )
}

fn programme_activity(ds: &Dataset, phases: &[&Phase], updated: &str) -> String {
    let p = &ds.programme;
    let mut x = format!(
        "<iati-activity last-updated-datetime=\"{updated}\" xml:lang=\"en\" default-currency=\"EUR\" hierarchy=\"1\">"
    );
    x.push_str(&format!("<iati-identifier>{}</iati-identifier>", identifier(None)));
    x.push_str(&reporting_org());
    x.push_str(&format!("<title>{}</title>", narratives(&p.name)));
    x.push_str(&format!("<description type=\"1\">{}</description>", narratives(&p.summary.value)));
    x.push_str(&org_element(ds, &p.donor.value, 1));
    let status = if ds.phases.iter().any(|ph| ph.status == PhaseStatus::Implementation) { 2 } else { 4 };
    x.push_str(&format!("<activity-status code=\"{status}\"/>"));
    let start = Fact { value: PartialDate { year: p.start_year.value, month: None, day: None }, sources: p.start_year.sources.clone(), note: None, alternatives: Vec::new() };
    x.push_str(&activity_date(2, &start));
    x.push_str(&contact_infos(ds, None));
    x.push_str("<activity-scope code=\"2\"/>");
    x.push_str("<recipient-region code=\"619\" vocabulary=\"1\"/>");
    for ph in phases {
        x.push_str(&format!("<related-activity ref=\"{}\" type=\"2\"/>", identifier(Some(ph.number))));
    }
    x.push_str("</iati-activity>");
    x
}

/// The whole file; `generated` is an ISO date-time such as "2026-11-22T00:00:00Z".
pub fn activities_xml(ds: &Dataset, generated: &str) -> String {
    let phases = exported_phases(ds);
    let skipped: Vec<String> = ds.phases.iter().filter(|p| !phases.iter().any(|x| x.number == p.number)).map(|p| p.number.to_string()).collect();
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!("<iati-activities version=\"2.03\" generated-datetime=\"{}\">\n", esc(generated)));
    if !skipped.is_empty() {
        x.push_str(&format!(
            "<!-- Phases {} are left out: the sources publish no date for them, and an IATI activity needs one. -->\n",
            skipped.join(", ")
        ));
    }
    x.push_str(&programme_activity(ds, &phases, generated));
    x.push('\n');
    for p in &phases {
        x.push_str(&phase_activity(ds, p, generated));
        x.push('\n');
    }
    x.push_str("</iati-activities>\n");
    x
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
        assert_eq!(esc("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}
