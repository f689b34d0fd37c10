//! The dataset model. It mirrors `public/data/bomca.schema.json` one to one; field names follow the
//! IATI Activity Standard 2.03 where a concept matches (see the schema's descriptions). serde reads
//! it, rejecting fields it does not know; field and code names are the JSON's. Enum codes are
//! strum's snake_case names, the same for the JSON (`serde_by_code!`), URLs, CSS classes and tables.
//! Serialising writes the app's binary copy (`load::write_copy`): a format without field names, so
//! every field is written, none skipped.

use std::fmt;
use std::str::FromStr;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr, VariantArray, VariantNames};

use super::locale::Locale;

/// The code of an enum value as the JSON writes it (`eu_body`), and back.
pub trait Code: Copy + Into<&'static str> + FromStr + VariantArray {
    fn code(self) -> &'static str {
        self.into()
    }

    fn from_code(code: &str) -> Option<Self> {
        Self::from_str(code).ok()
    }
}

impl<T: Copy + Into<&'static str> + FromStr + VariantArray> Code for T {}

/// The enums are read and written through their codes: one small function each, where serde's
/// derived enum visitor cost about 1.2 KB of wasm per enum; the message for an unknown code is
/// serde's own ("unknown variant `finished`, expected one of ...").
fn deserialize_code<'de, D: Deserializer<'de>, T: Code + VariantNames>(deserializer: D) -> Result<T, D::Error> {
    let code = String::deserialize(deserializer)?;
    T::from_code(&code).ok_or_else(|| de::Error::unknown_variant(&code, <T as VariantNames>::VARIANTS))
}

macro_rules! serde_by_code {
    ($($name:ty),*) => {$(
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserialize_code(deserializer)
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }
    )*};
}

serde_by_code!(
    Qualifier,
    SourceKind,
    Reliability,
    FigureUnit,
    PhaseStatus,
    BudgetKind,
    PartnerRole,
    OrgKind,
    OfficeKind,
    EventKind
);

/// A visitor-facing text in every language of the site, keyed by ISO 639-1 code (`en`, `ru`, ...).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text(Vec<(String, String)>);

/// Read from an object of strings, as (language, text) pairs in the object's order: a list rather
/// than a map, since a text holds one or two languages.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Texts;
        impl<'de> Visitor<'de> for Texts {
            type Value = Text;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of texts by language")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(2));
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(Text(pairs))
            }
        }
        deserializer.deserialize_map(Texts)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (language, text) in &self.0 {
            map.serialize_entry(language, text)?;
        }
        map.end()
    }
}

impl Text {
    /// The text in `locale`, falling back to English, so a missing translation never blanks a page.
    pub fn get(&self, locale: Locale) -> &str {
        self.in_language(locale.code()).or_else(|| self.in_language(Locale::En.code())).unwrap_or("")
    }

    pub fn has(&self, locale: Locale) -> bool {
        self.in_language(locale.code()).is_some_and(|s| !s.trim().is_empty())
    }

    /// The text in the language `code`, without falling back.
    pub fn in_language(&self, code: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == code).map(|(_, v)| v.as_str())
    }

    /// The text in every language it has.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(_, v)| v.as_str())
    }

    /// The codes of the languages it has.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }

    /// Sets the text in the language `code`.
    pub fn set(&mut self, code: &str, text: &str) {
        match self.0.iter_mut().find(|(k, _)| k == code) {
            Some((_, v)) => *v = text.to_string(),
            None => self.0.push((code.to_string(), text.to_string())),
        }
    }
}

/// A calendar date as precise as its source: `2003`, `2026-02` or `2015-06-15`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub const fn ymd(year: i32, month: u8, day: u8) -> Self {
        Self { year, month: Some(month), day: Some(day) }
    }

    pub fn parse(s: &str) -> Result<Self, String> {
        let bad = || format!("'{s}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        let mut parts = s.split('-');
        let year: i32 = parts.next().filter(|p| p.len() == 4).ok_or_else(bad)?.parse().map_err(|_| bad())?;
        let mut next = |max: u8| -> Result<Option<u8>, String> {
            match parts.next() {
                None => Ok(None),
                Some(p) if p.len() == 2 => {
                    let v: u8 = p.parse().map_err(|_| bad())?;
                    if v == 0 || v > max {
                        Err(bad())
                    } else {
                        Ok(Some(v))
                    }
                }
                Some(_) => Err(bad()),
            }
        };
        let month = next(12)?;
        let day = next(31)?;
        if parts.next().is_some() {
            return Err(bad());
        }
        let date = Self { year, month, day };
        if let (Some(m), Some(d)) = (month, day) {
            if d > days_in_month(year, m) {
                return Err(format!("'{s}' is not a real day"));
            }
        }
        Ok(date)
    }

    /// The first day it can stand for, as a full ISO date (`2003` → `2003-01-01`), for formats
    /// that need one (IATI, Atom).
    pub fn first_day(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// Months since year 0 (month 1 when the source gives only a year), for spans and timelines.
    pub fn month_index(&self) -> i32 {
        self.year * 12 + i32::from(self.month.unwrap_or(1)) - 1
    }

    /// Position in fractional years, for drawing timelines.
    pub fn as_year_fraction(&self) -> f64 {
        let m = f64::from(self.month.unwrap_or(1)) - 1.0;
        let d = f64::from(self.day.unwrap_or(1)) - 1.0;
        f64::from(self.year) + (m + d / 31.0) / 12.0
    }
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PartialDate::parse(&text).map_err(de::Error::custom)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

pub type SourceId = String;
pub type OrgId = String;
pub type ThemeId = String;
/// ISO 3166-1 alpha-2 country code (IATI `recipient-country/@code`).
pub type CountryCode = String;

/// One published fact: the value the app shows, the sources that state it, and, where other sources
/// disagree, their values too (shown beside it, never silently dropped).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, bound(deserialize = "T: Deserialize<'de>"))]
pub struct Fact<T> {
    pub value: T,
    pub sources: Vec<SourceId>,
    #[serde(default)]
    pub note: Option<Text>,
    /// Left out of the file when no source disagrees.
    #[serde(default)]
    pub alternatives: Vec<Alternative<T>>,
}

impl<T> Fact<T> {
    /// The same fact with its value and every alternative transformed (e.g. formatted for display).
    pub fn map<U>(&self, f: impl Fn(&T) -> U) -> Fact<U> {
        Fact {
            value: f(&self.value),
            sources: self.sources.clone(),
            note: self.note.clone(),
            alternatives: self
                .alternatives
                .iter()
                .map(|a| Alternative {
                    value: f(&a.value),
                    sources: a.sources.clone(),
                    note: a.note.clone(),
                    qualifier: a.qualifier,
                })
                .collect(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative<T> {
    pub value: T,
    pub sources: Vec<SourceId>,
    pub note: Text,
    /// How its own source qualifies a figure's value ("more than € 33 million"), where that differs
    /// from the figure's qualifier; absent means the same qualifier. Money carries its own.
    pub qualifier: Option<Qualifier>,
}

/// How a source qualifies an amount ("almost EUR 5 million", "over 2 600").
#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr, EnumString, VariantArray, VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum Qualifier {
    Exactly,
    About,
    Almost,
    Over,
    AtLeast,
    /// A ceiling: "grants of up to EUR 300 000".
    UpTo,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// Whole currency units (EUR 12 million is 12000000).
    pub amount: f64,
    /// ISO 4217 (IATI `value/@currency`).
    pub currency: String,
    pub qualifier: Qualifier,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub meta: Meta,
    pub sources: Vec<Source>,
    pub programme: Programme,
    pub phases: Vec<Phase>,
    pub components: Vec<Component>,
    pub themes: Vec<Theme>,
    pub organisations: Vec<Organisation>,
    pub offices: Vec<Office>,
    pub events: Vec<Event>,
    pub quotes: Vec<Quote>,
    /// The programme's publicly named leaders and officials: public roles only, never a personal
    /// contact (the type has no field for one).
    pub people: Vec<Person>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub schema_version: u32,
    /// The data's semantic version (`1.0.0`): the major grows when a field changes meaning. Each
    /// release's files are also published under `data/v<version>/`.
    pub version: String,
    /// When the dataset was last compiled (IATI `@last-updated-datetime`).
    pub updated: PartialDate,
    pub licence: Text,
    /// SPDX identifier of the compilation's licence (`CC-BY-4.0`).
    pub licence_id: String,
    pub licence_url: String,
    pub note: Text,
    /// The changelog, newest release first; the first entry is this version.
    pub changes: Vec<Change>,
}

/// One release in the dataset's changelog.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    pub version: String,
    pub date: PartialDate,
    pub text: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr, EnumString, VariantArray, VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum SourceKind {
    /// One of the documents the project was created from (`shared/seeds/`).
    Seed,
    /// A public page quoted in the research notes (`shared/research/`).
    Web,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: SourceId,
    pub kind: SourceKind,
    pub title: Text,
    pub publisher: Text,
    pub date: Option<PartialDate>,
    /// Where the date is not printed on the source itself, how it was worked out (shown with it).
    pub date_note: Option<Text>,
    pub url: Option<String>,
    /// File name in `shared/seeds/` for seed documents.
    pub seed_file: Option<String>,
    /// Reliability as flagged by the research notes: official, reputable copy, or unofficial.
    pub reliability: Reliability,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr, EnumString, VariantArray, VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum Reliability {
    Official,
    Secondary,
    Unofficial,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Programme {
    pub name: Text,
    pub acronym: String,
    pub start_year: Fact<i32>,
    /// Organisation id of the donor (IATI participating-org role 1, funding).
    pub donor: Fact<OrgId>,
    pub summary: Fact<Text>,
    pub countries: Fact<Vec<CountryCode>>,
    /// When a country began to take part, for the countries whose start a source states.
    pub country_starts: Vec<CountryStart>,
    /// Overall objective per era of phases (the objective changed over time).
    pub objectives: Vec<EraObjective>,
    pub figures: Vec<Figure>,
}

/// The year a beneficiary country began to take part, as a source gives it.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CountryStart {
    pub country: CountryCode,
    pub start: Fact<PartialDate>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EraObjective {
    pub phases: Vec<u8>,
    pub objective: Fact<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr, EnumString, VariantArray, VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum FigureUnit {
    People,
    Events,
    Eur,
    Documents,
}

/// A headline figure with its "as of" date, e.g. "over 7,000 participants (September 2025)".
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub label: Text,
    pub value: Fact<f64>,
    pub unit: FigureUnit,
    pub qualifier: Qualifier,
    pub as_of: Option<PartialDate>,
    /// The span the figure covers, where the source gives one (e.g. EU funding 2003–2019).
    pub period_start: Option<PartialDate>,
    pub period_end: Option<PartialDate>,
    /// The one beneficiary country the figure is about, where its source says so (absent in the file
    /// otherwise).
    #[serde(default)]
    pub country: Option<CountryCode>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr, EnumString, VariantArray, VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum PhaseStatus {
    /// IATI activity-status 2.
    Implementation,
    /// IATI activity-status 4.
    Closed,
    /// The sources do not say.
    Unknown,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub number: u8,
    pub title: Text,
    pub status: PhaseStatus,
    /// IATI activity-date type 1..4.
    pub planned_start: Option<Fact<PartialDate>>,
    pub actual_start: Option<Fact<PartialDate>>,
    pub planned_end: Option<Fact<PartialDate>>,
    pub actual_end: Option<Fact<PartialDate>>,
    /// Planned duration as published.
    pub duration_months: Option<Fact<u32>>,
    pub extensions: Vec<Extension>,
    pub budgets: Vec<Budget>,
    /// Lead implementing organisation (IATI participating-org role 4).
    pub lead: Option<Fact<OrgId>>,
    pub partners: Vec<Partner>,
    pub overall_objective: Option<Fact<Text>>,
    pub countries: Option<Fact<Vec<CountryCode>>>,
    /// OECD DAC 5-digit purpose codes as a source publishes them for the phase (the BOMCA 10
    /// Action Document); where present they are the phase's IATI sectors instead of its themes'.
    pub dac_sectors: Option<Fact<Vec<String>>>,
    pub target_groups: Option<Fact<Text>>,
    pub final_beneficiaries: Option<Fact<Text>>,
    pub summary: Option<Fact<Text>>,
    pub figures: Vec<Figure>,
    /// Official identifiers such as contract numbers (IATI other-identifier).
    pub identifiers: Vec<Fact<String>>,
}

/// A dated extension of a phase (IATI: a revised planned end, type 3, and a revised budget).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Extension {
    pub id: String,
    pub decided: Option<PartialDate>,
    pub new_end: PartialDate,
    pub added: Option<Money>,
    pub note: Text,
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr, EnumString, VariantArray, VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum BudgetKind {
    /// The phase total as published (all contributions).
    Total,
    /// The EU contribution alone.
    EuContribution,
    /// The phase total at its launch, before extensions.
    Initial,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    pub kind: BudgetKind,
    pub amount: Fact<Money>,
    pub label: Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoStaticStr, EnumString, VariantArray, VariantNames)]
#[strum(serialize_all = "snake_case")]
pub enum PartnerRole {
    /// IATI participating-org role 4, the consortium lead.
    Lead,
    Consortium,
    Associate,
    /// Implementer of a phase run by one organisation (UNDP for phases 1 to 8), or a partner a source
    /// lists as an "implementing partner" without a more specific role (BOMCA 11).
    Implementing,
    /// A named partner for one activity such as training.
    Training,
    /// Listed by the source (the BOMCA 11 brochure's partner logos) without a stated role.
    Unstated,
    /// IATI role 1.
    Funding,
    /// IATI role 3 (the contracting authority).
    Extending,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub organisation: OrgId,
    pub role: PartnerRole,
    /// Component number the partner is responsible for, where stated.
    pub component: Option<u8>,
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    pub id: String,
    pub phase: u8,
    pub number: u8,
    pub title: Text,
    pub specific_objective: Option<Text>,
    pub expected_results: Option<Text>,
    pub description: Option<Text>,
    pub responsible_partner: Option<OrgId>,
    pub themes: Vec<ThemeId>,
    /// Beneficiary countries its published title or text names (absent in the file where none).
    #[serde(default)]
    pub countries: Vec<CountryCode>,
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: ThemeId,
    pub name: Text,
    pub description: Text,
    /// DAC 5-digit sector code used in the IATI export.
    pub dac_sector: Option<String>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, IntoStaticStr, EnumString, VariantArray, VariantNames,
)]
#[strum(serialize_all = "snake_case")]
pub enum OrgKind {
    EuBody,
    MemberStateAgency,
    InternationalOrganisation,
    Academic,
    BeneficiaryAgency,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: OrgId,
    pub name: Text,
    pub short_name: Option<Text>,
    pub kind: OrgKind,
    pub country: Option<CountryCode>,
    pub website: Option<String>,
    /// IATI organisation identifier where one is published.
    pub iati_ref: Option<String>,
    /// IATI OrganisationType code (10 government, 40 multilateral, 80 academic, ...).
    pub iati_type: u8,
    pub sources: Vec<SourceId>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, IntoStaticStr, EnumString, VariantArray, VariantNames,
)]
#[strum(serialize_all = "snake_case")]
pub enum OfficeKind {
    RegionalOffice,
    CountryOffice,
    Secretariat,
    EuDelegation,
    ProgrammeContact,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Social {
    pub network: String,
    pub url: String,
}

/// A publicly named leader or official of the programme, as published: name (in Latin and
/// Cyrillic script), public role, and the dates the sources give. There is deliberately no field
/// for an e-mail address or a phone number: people are a historical record, not a contact route.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: Text,
    pub role: Text,
    pub organisation: Option<OrgId>,
    /// Phases the sources name the person in (empty where they name none).
    pub phases: Vec<u8>,
    /// When the person took up and left the role, as published (partial where the source is).
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
    /// Where no tenure is published: the date a source names the person in the role.
    pub named_on: Option<PartialDate>,
    pub note: Option<Text>,
    pub sources: Vec<SourceId>,
}

/// A postal address as published, beside the office's city: RFC 6350's street, postal code and
/// country components, so a vCard or a mailing address is built from fields, not cut from a line.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// Street lines in the published order ("21 Erkindik Boulevard", "Business Centre Orion", ...).
    pub street: Vec<Text>,
    pub postal_code: Option<String>,
    /// The country as the address writes it ("Kyrgyz Republic").
    pub country: Option<Text>,
}

/// An office or contact point (IATI contact-info; city and country are extension fields).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: String,
    pub name: Text,
    pub kind: OfficeKind,
    pub organisation: Option<OrgId>,
    pub city: Option<Text>,
    pub country: Option<CountryCode>,
    pub address: Option<Address>,
    pub phone: Option<String>,
    pub fax: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub social: Vec<Social>,
    /// Social-media handles published without a network or address (e.g. "@BOMCAPROGRAMME" in the
    /// BOMCA 11 brochure), kept exactly as published rather than guessing which network they belong to.
    pub social_handles: Vec<String>,
    pub phases: Vec<u8>,
    /// When the source published these details.
    pub published: Option<PartialDate>,
    pub sources: Vec<SourceId>,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, IntoStaticStr, EnumString, VariantArray, VariantNames,
)]
#[strum(serialize_all = "snake_case")]
pub enum EventKind {
    Meeting,
    Conference,
    Workshop,
    Launch,
    Extension,
    Handover,
    Other,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: PartialDate,
    pub end_date: Option<PartialDate>,
    pub place: Option<Text>,
    pub country: Option<CountryCode>,
    pub title: Text,
    pub kind: EventKind,
    pub phase: Option<u8>,
    pub summary: Option<Text>,
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: String,
    pub text: Text,
    /// Language the quote was published in; the other languages are translations.
    pub original_language: String,
    pub speaker: Option<Text>,
    pub role: Text,
    pub date: Option<PartialDate>,
    /// Where the source does not date the quote itself, what the date is (shown with it).
    pub date_note: Option<Text>,
    pub phase: Option<u8>,
    /// Country of the speaker as published (absent in the file where not).
    #[serde(default)]
    pub country: Option<CountryCode>,
    pub sources: Vec<SourceId>,
}
