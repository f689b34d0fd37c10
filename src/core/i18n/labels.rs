//! Labels made from the catalogue and the dataset: names of organisations, phases, statuses and
//! roles as the pages show them.
use super::{country_name, Catalogue};
use crate::core::locale::Locale;
use crate::core::model::{Dataset, EventKind, OfficeKind, OrgKind, PartnerRole, PhaseStatus};
use crate::core::query;

pub fn org_name(ds: &Dataset, id: &str, locale: Locale) -> String {
    query::organisation(ds, id).map(|o| o.name.get(locale).to_string()).unwrap_or_else(|| id.to_string())
}

pub fn status_label(c: &Catalogue, status: PhaseStatus) -> &'static str {
    match status {
        PhaseStatus::Implementation => c.status_implementation,
        PhaseStatus::Closed => c.status_closed,
        PhaseStatus::Unknown => c.status_unknown,
    }
}

pub fn country_list(codes: &[String], locale: Locale) -> String {
    codes.iter().map(|c| country_name(c, locale)).collect::<Vec<_>>().join(", ")
}

pub fn phase_label(c: &Catalogue, n: u8) -> String {
    c.phase_short.replace("{n}", &n.to_string())
}

pub fn role_label(c: &Catalogue, role: PartnerRole) -> &'static str {
    match role {
        PartnerRole::Lead => c.role_lead,
        PartnerRole::Consortium => c.role_consortium,
        PartnerRole::Associate => c.role_associate,
        PartnerRole::Implementing => c.role_implementing,
        PartnerRole::Training => c.role_training,
        PartnerRole::Unstated => c.role_unstated,
        PartnerRole::Funding => c.role_funding,
        PartnerRole::Extending => c.role_extending,
    }
}

pub fn kind_label(c: &Catalogue, kind: OfficeKind) -> &'static str {
    match kind {
        OfficeKind::RegionalOffice => c.kind_regional_office,
        OfficeKind::CountryOffice => c.kind_country_office,
        OfficeKind::Secretariat => c.kind_secretariat,
        OfficeKind::EuDelegation => c.kind_eu_delegation,
        OfficeKind::ProgrammeContact => c.kind_programme_contact,
    }
}

pub fn event_kind_label(c: &Catalogue, kind: EventKind) -> &'static str {
    match kind {
        EventKind::Meeting => c.event_kind_meeting,
        EventKind::Conference => c.event_kind_conference,
        EventKind::Workshop => c.event_kind_workshop,
        EventKind::Launch => c.event_kind_launch,
        EventKind::Extension => c.event_kind_extension,
        EventKind::Handover => c.event_kind_handover,
        EventKind::Other => c.event_kind_other,
    }
}

pub fn org_kind_label(c: &Catalogue, kind: OrgKind) -> &'static str {
    match kind {
        OrgKind::EuBody => c.org_kind_eu_body,
        OrgKind::MemberStateAgency => c.org_kind_member_state_agency,
        OrgKind::InternationalOrganisation => c.org_kind_international_organisation,
        OrgKind::Academic => c.org_kind_academic,
        OrgKind::BeneficiaryAgency => c.org_kind_beneficiary_agency,
    }
}
