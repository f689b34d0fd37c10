//! The partners' directory: every organisation as a record of the facet engine (kind, country,
//! phase), its role in each phase, and what the dataset ties to it (components, events, offices).
use strum::VariantNames;

use super::events::names_organisation;
use super::facets::{self, Explorer};
use super::locale::Locale;
use super::model::{Component, Dataset, Event, Office, OrgKind, Organisation, PartnerRole};
use super::{order, query};

pub const KEYS: [&str; 3] = ["kind", "country", "phase"];
pub const KIND: usize = 0;
pub const COUNTRY: usize = 1;
pub const PHASE: usize = 2;

/// Name, short name (each in every language the data has, so `ICMPD` and `МЦРМП` both find it).
const WEIGHTS: [u32; 2] = [10, 10];

/// The organisations in the directory's order: by name in the page's language.
pub fn by_name(ds: &Dataset, locale: Locale) -> Vec<&Organisation> {
    by_name_positions(ds, locale).into_iter().map(|i| &ds.organisations[i]).collect()
}

fn by_name_positions(ds: &Dataset, locale: Locale) -> Vec<usize> {
    let names: Vec<String> = ds.organisations.iter().map(|o| super::text::fold(o.name.get(locale))).collect();
    let mut list: Vec<usize> = (0..names.len()).collect();
    order::sort_by(&mut list, |&a, &b| names[a].cmp(&names[b]));
    list
}

/// The organisations indexed in one language, by name (`Explorer::run_ranked`: best match first).
pub fn index(ds: &Dataset, locale: Locale) -> Explorer {
    let mut records = facets::Index::new(&WEIGHTS, 1);
    let orgs = by_name_positions(ds, locale);
    for o in orgs.iter().map(|&i| &ds.organisations[i]) {
        let names = o.name.all().collect::<Vec<_>>().join(" / ");
        let short = o.short_name.iter().flat_map(|s| s.all()).collect::<Vec<_>>().join(" / ");
        let dims = vec![
            vec![<&str>::from(o.kind).to_string()],
            o.country.iter().cloned().collect(),
            roles_by_phase(ds, &o.id).iter().map(|(n, _)| n.to_string()).collect(),
        ];
        records.push(&[&names, &short], dims);
    }
    let mut known = records.values_seen(KEYS.len());
    known[KIND] = facets::in_declared_order(OrgKind::VARIANTS, &known[KIND]);
    super::country::sort_for_facets(ds, &mut known[COUNTRY]);
    facets::highest_first(&mut known[PHASE]);
    Explorer::new(&KEYS, records, orgs, known)
}

/// An organisation's roles, phase by phase (phases it took no part in left out).
pub fn roles_by_phase(ds: &Dataset, org: &str) -> Vec<(u8, Vec<PartnerRole>)> {
    let mut out: Vec<(u8, Vec<PartnerRole>)> = Vec::new();
    for (n, role) in query::phases_of_organisation(ds, org) {
        match out.last_mut() {
            Some((last, roles)) if *last == n => roles.push(role),
            _ => out.push((n, vec![role])),
        }
    }
    out
}

/// A row of the role matrix: the organisation and, per phase, its roles.
pub type RoleRow<'a> = (&'a Organisation, Vec<Vec<PartnerRole>>);

/// Organisation × phase: for every organisation that took part in a phase, its roles in each
/// phase of the dataset (empty where it took no part), in the directory's order.
pub fn role_matrix(ds: &Dataset, locale: Locale) -> (Vec<u8>, Vec<RoleRow<'_>>) {
    let phases = query::phase_numbers(ds);
    let rows = by_name(ds, locale)
        .into_iter()
        .filter_map(|o| {
            let roles = roles_by_phase(ds, &o.id);
            (!roles.is_empty()).then(|| {
                let cells = phases
                    .iter()
                    .map(|n| roles.iter().find(|(p, _)| p == n).map(|(_, r)| r.clone()).unwrap_or_default())
                    .collect();
                (o, cells)
            })
        })
        .collect();
    (phases, rows)
}

/// One part an organisation took in a phase: its role, and the component the source makes it
/// responsible for, where one is named.
#[derive(Clone, Debug, PartialEq)]
pub struct Part<'a> {
    pub phase: u8,
    pub role: PartnerRole,
    pub component: Option<&'a Component>,
}

pub fn parts<'a>(ds: &'a Dataset, org: &str) -> Vec<Part<'a>> {
    let mut out = Vec::new();
    for (phase, roles) in roles_by_phase(ds, org) {
        for role in roles {
            let number = query::phase(ds, phase)
                .and_then(|p| p.partners.iter().find(|x| x.organisation == org && x.role == role))
                .and_then(|x| x.component);
            let component = number.and_then(|n| ds.components.iter().find(|c| c.phase == phase && c.number == n));
            out.push(Part { phase, role, component });
        }
    }
    out
}

/// Components the sources name the organisation responsible for.
pub fn components_led<'a>(ds: &'a Dataset, org: &str) -> Vec<&'a Component> {
    ds.components.iter().filter(|c| c.responsible_partner.as_deref() == Some(org)).collect()
}

/// Events whose published text in `locale` names the organisation, newest first.
pub fn events_naming<'a>(ds: &'a Dataset, org: &Organisation, locale: Locale) -> Vec<&'a Event> {
    super::events::newest_first(ds).into_iter().filter(|e| names_organisation(e, org, locale)).collect()
}

pub fn offices_of<'a>(ds: &'a Dataset, org: &str) -> Vec<&'a Office> {
    ds.offices.iter().filter(|o| o.organisation.as_deref() == Some(org)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::facets::Query;

    fn ds() -> Dataset {
        super::super::load::parse(include_str!("../../public/data/bomca.json")).unwrap()
    }

    #[test]
    fn the_role_matrix_reads_the_phases() {
        let ds = ds();
        let (phases, rows) = role_matrix(&ds, Locale::En);
        let column = |n: u8| phases.iter().position(|p| *p == n).unwrap();
        let row = |id: &str| &rows.iter().find(|(o, _)| o.id == id).unwrap().1;
        assert!(row("org-sbg-lv")[column(9)].contains(&PartnerRole::Lead), "Latvia's State Border Guard leads phase 9");
        assert!(row("org-sbg-lv")[column(10)].contains(&PartnerRole::Lead));
        assert!(row("org-icmpd")[column(11)].contains(&PartnerRole::Lead));
        assert!(row("org-undp")[column(1)].contains(&PartnerRole::Lead), "UNDP implemented phase 1");
        assert!(row("org-sbg-lv")[column(11)].is_empty());
        assert_eq!(rows.len(), ds.organisations.iter().filter(|o| !roles_by_phase(&ds, &o.id).is_empty()).count());
    }

    #[test]
    fn parts_name_the_component_a_partner_answers_for() {
        let ds = ds();
        let lt = parts(&ds, "org-sbgs-lt");
        assert!(lt.iter().any(|p| p.phase == 10 && p.component.is_some_and(|c| c.number == 2)), "{lt:?}");
    }

    #[test]
    fn search_finds_names_in_either_language_and_filters_by_kind() {
        let ds = ds();
        let index = index(&ds, Locale::En);
        let (hits, _) = index.run_ranked(&Query { text: "icmpd".into(), selected: vec![vec![]; 3] });
        assert_eq!(ds.organisations[hits[0]].id, "org-icmpd");
        let (beneficiaries, outcome) = index.run_ranked(&Query {
            text: String::new(),
            selected: vec![vec!["beneficiary_agency".into()], vec![], vec![]],
        });
        assert!(beneficiaries.iter().all(|&i| ds.organisations[i].kind == OrgKind::BeneficiaryAgency));
        let kg = outcome.counts[COUNTRY].iter().find(|(c, _)| c == "KG").unwrap().1;
        assert_eq!(
            kg,
            ds.organisations
                .iter()
                .filter(|o| o.kind == OrgKind::BeneficiaryAgency && o.country.as_deref() == Some("KG"))
                .count()
        );
    }
}
