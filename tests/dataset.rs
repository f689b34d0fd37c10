//! The open dataset against its JSON Schema, the model and the seed documents: the file validates,
//! reads into the model without leaving a field unread, passes the integrity checks, and carries the
//! seed figures exactly.
use std::collections::BTreeSet;
use std::path::PathBuf;

use bomca_explorer::core::locale::Locale;
use bomca_explorer::core::model::Code;
use bomca_explorer::core::model::{
    BudgetKind, Dataset, EventKind, FigureUnit, OfficeKind, OrgKind, PartialDate, PartnerRole, Phase, PhaseStatus,
    Qualifier, Reliability, SourceKind,
};
use bomca_explorer::core::{load, validate};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

const DATA: &str = include_str!("../public/data/bomca.json");
const SCHEMA: &str = include_str!("../public/data/bomca.schema.json");

/// The seed documents the project was created from (shared/seeds/README.md).
const SEED_FILES: [&str; 5] = [
    "000_34a03780871a79fb.txt",
    "001_1dff0cbb2ae29f3a.txt",
    "002_0b2700481cc60d9b.txt",
    "003_db247835994379dc.txt",
    "004_a063eec296712753.txt",
];

fn dataset() -> Dataset {
    load::parse(DATA).expect("dataset parses")
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("valid JSON")
}

fn phase(ds: &Dataset, n: u8) -> &Phase {
    ds.phases.iter().find(|p| p.number == n).unwrap_or_else(|| panic!("phase {n}"))
}

fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap()
}

fn schema_errors(instance: &Value) -> Vec<String> {
    let validator = jsonschema::draft202012::new(&json(SCHEMA)).expect("the schema compiles");
    validator.iter_errors(instance).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    let schema = json(SCHEMA);
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(jsonschema::meta::is_valid(&schema));
}

#[test]
fn the_data_file_validates_against_the_schema() {
    let errors = schema_errors(&json(DATA));
    assert!(errors.is_empty(), "{errors:#?}");
}

type Breakage = (&'static str, fn(&mut Value));

#[test]
fn the_schema_rejects_what_the_model_would_not_show() {
    let cases: [Breakage; 8] = [
        ("a text without Russian", |j| {
            j["themes"][0]["name"].as_object_mut().unwrap().remove("ru");
        }),
        ("an empty English text", |j| j["programme"]["name"]["en"] = "".into()),
        ("a field the model does not know", |j| j["phases"][0]["budget_eur"] = 1.into()),
        ("a date in words", |j| j["events"][0]["date"] = "June 2015".into()),
        ("a fact without a source", |j| j["programme"]["start_year"]["sources"] = Value::Array(vec![])),
        ("an unknown status", |j| j["phases"][0]["status"] = "finished".into()),
        ("a phone number in local format", |j| {
            let o = j["offices"].as_array_mut().unwrap().iter_mut().find(|o| o["phone"].is_string()).unwrap();
            o["phone"] = "0312 26 10 00".into();
        }),
        ("a seed source without its file", |j| j["sources"][0]["seed_file"] = Value::Null),
    ];
    for (what, change) in cases {
        let mut j = json(DATA);
        change(&mut j);
        assert!(!schema_errors(&j).is_empty(), "the schema accepts {what}");
    }
}

/// Every object of the file that is not a text (texts are maps of language to string), once per
/// place in the structure (`phases[*].budgets[*]`), with its path as the loader writes it.
fn object_places(v: &Value, path: &str, general: &str, seen: &mut BTreeSet<String>, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(o) => {
            if o.values().any(|x| !x.is_string()) && seen.insert(general.to_string()) {
                out.push((general.to_string(), path.to_string()));
            }
            for (k, x) in o {
                let sep = if path.is_empty() { "" } else { "." };
                object_places(x, &format!("{path}{sep}{k}"), &format!("{general}.{k}"), seen, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                object_places(x, &format!("{path}[{i}]"), &format!("{general}[*]"), seen, out);
            }
        }
        _ => {}
    }
}

fn pointer(path: &str) -> String {
    path.replace('[', ".").replace(']', "").split('.').filter(|s| !s.is_empty()).map(|s| format!("/{s}")).collect()
}

#[test]
fn the_model_reads_every_field_of_the_file() {
    let mut places = Vec::new();
    object_places(&json(DATA), "", "", &mut BTreeSet::new(), &mut places);
    assert!(places.len() > 30, "the walk reaches nested objects: {places:?}");
    for (general, path) in places {
        let mut j = json(DATA);
        j.pointer_mut(&pointer(&path)).unwrap().as_object_mut().unwrap().insert("unread".into(), 1.into());
        let e = load::parse(&j.to_string()).expect_err(&format!("a field the model lacks, in {general}"));
        let place = if path.is_empty() { "unread".to_string() } else { format!("{path}.unread") };
        let expected = format!("The data file has an unexpected shape: {place}: unknown field `unread`, expected ");
        assert!(e.to_string().starts_with(&expected), "{e} (expected {expected}...)");
    }
}

/// The codes of a model enum, in declaration order, checking that serde reads and writes each
/// value by the same code as `Code` (URLs, CSS classes, tables) does.
fn codes<T: Code + DeserializeOwned + Serialize + std::fmt::Debug + PartialEq>() -> Vec<&'static str> {
    T::VARIANTS
        .iter()
        .map(|&v| {
            let code = v.code();
            assert_eq!(serde_json::to_value(v).unwrap(), code);
            assert_eq!(serde_json::from_value::<T>(code.into()).unwrap(), v);
            assert_eq!(T::from_code(code), Some(v));
            code
        })
        .collect()
}

#[test]
fn every_enum_reads_exactly_the_codes_the_schema_allows() {
    let schema = json(SCHEMA);
    let allowed = |pointer: &str| -> Vec<String> {
        let list = schema.pointer(pointer).and_then(Value::as_array).unwrap_or_else(|| panic!("{pointer}"));
        list.iter().map(|v| v.as_str().unwrap().to_string()).collect()
    };
    let cases: [(&str, Vec<&str>); 10] = [
        ("/$defs/Qualifier/enum", codes::<Qualifier>()),
        ("/$defs/Source/properties/kind/enum", codes::<SourceKind>()),
        ("/$defs/Source/properties/reliability/enum", codes::<Reliability>()),
        ("/$defs/Figure/properties/unit/enum", codes::<FigureUnit>()),
        ("/$defs/Budget/properties/kind/enum", codes::<BudgetKind>()),
        ("/$defs/Partner/properties/role/enum", codes::<PartnerRole>()),
        ("/$defs/Phase/properties/status/enum", codes::<PhaseStatus>()),
        ("/$defs/Organisation/properties/kind/enum", codes::<OrgKind>()),
        ("/$defs/Office/properties/kind/enum", codes::<OfficeKind>()),
        ("/$defs/Event/properties/kind/enum", codes::<EventKind>()),
    ];
    for (pointer, model) in cases {
        assert_eq!(model, allowed(pointer), "{pointer}");
    }
}

#[test]
fn the_integrity_checks_find_nothing() {
    let problems = validate::validate(&dataset());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn all_eleven_phases_are_there() {
    let ds = dataset();
    let numbers: Vec<u8> = ds.phases.iter().map(|p| p.number).collect();
    assert_eq!(numbers, (1..=11).collect::<Vec<u8>>());
    assert_eq!(phase(&ds, 11).status, PhaseStatus::Implementation);
    for n in 1..=10 {
        assert_ne!(phase(&ds, n).status, PhaseStatus::Implementation, "phase {n}");
    }
    // Phases 1 to 5: the sources give almost nothing per phase.
    for n in 1..=5 {
        let p = phase(&ds, n);
        assert!(p.planned_start.is_none() && p.planned_end.is_none() && p.actual_end.is_none(), "phase {n}");
        assert!(p.duration_months.is_none() && p.budgets.is_empty() && p.extensions.is_empty(), "phase {n}");
        assert!(p.overall_objective.is_none() && p.figures.is_empty() && p.identifiers.is_empty(), "phase {n}");
    }
    for n in 1..=6 {
        assert!(phase(&ds, n).summary.is_some(), "phase {n} says what is known");
    }
    for n in 2..=6 {
        assert!(phase(&ds, n).actual_start.is_none(), "phase {n} has no invented start");
    }
    // Derived ends are never stored as facts.
    for n in [7, 8, 9, 11] {
        assert!(phase(&ds, n).planned_end.is_none(), "phase {n} planned end is derived, not published");
    }
}

#[test]
fn phase_11_as_in_the_brochure() {
    let ds = dataset();
    let p = phase(&ds, 11);
    assert_eq!(p.actual_start.as_ref().unwrap().value, date("2026-02"));
    assert_eq!(p.duration_months.as_ref().unwrap().value, 40);
    let budget = p.budgets.iter().find(|b| b.kind == BudgetKind::Total).unwrap();
    assert_eq!(budget.amount.value.amount, 12_000_000.0);
    assert_eq!(budget.amount.value.currency, "EUR");
    assert_eq!(budget.amount.value.qualifier, Qualifier::Exactly);
    assert!(budget.amount.sources.contains(&"seed-bomca11-brochure".to_string()));
    assert_eq!(p.lead.as_ref().unwrap().value, "org-icmpd");
    for org in ["org-cfca-lv", "org-unodc", "org-interpol"] {
        assert!(p.partners.iter().any(|x| x.organisation == org && x.role == PartnerRole::Unstated), "{org}");
    }
    let components: Vec<&str> = ds.components.iter().filter(|c| c.phase == 11).map(|c| c.id.as_str()).collect();
    assert_eq!(components, ["bomca-11-c1", "bomca-11-c2", "bomca-11-c3"]);
}

#[test]
fn phase_10_dates_budget_and_partners() {
    let ds = dataset();
    let p = phase(&ds, 10);
    assert_eq!(p.actual_start.as_ref().unwrap().value, date("2021-04-01"));
    assert_eq!(p.duration_months.as_ref().unwrap().value, 54);
    let budget = p.budgets.iter().find(|b| b.kind == BudgetKind::Total).unwrap();
    assert_eq!(budget.amount.value.amount, 21_650_000.0);
    assert_eq!(budget.amount.alternatives[0].value.amount, 21_750_000.0);
    assert_eq!(p.lead.as_ref().unwrap().value, "org-sbg-lv");
    let by_component: Vec<(u8, &str)> =
        p.partners.iter().filter_map(|x| x.component.map(|c| (c, x.organisation.as_str()))).collect();
    assert_eq!(by_component, [(1, "org-sbg-lv"), (2, "org-sbgs-lt"), (3, "org-srs-lv"), (4, "org-icmpd")]);
    assert_eq!(ds.components.iter().filter(|c| c.phase == 10).count(), 4);
    let associates = p.partners.iter().filter(|x| x.role == PartnerRole::Associate).count();
    assert_eq!(associates, 5);
    let figure = |id: &str| p.figures.iter().find(|f| f.id == id).unwrap();
    assert_eq!(figure("bomca-10-2025-events").value.value, 306.0);
    let (feb, sep) = (figure("bomca-10-2025-02-participants"), figure("bomca-10-2025-09-participants"));
    assert_eq!((feb.value.value, feb.qualifier, feb.as_of), (6000.0, Qualifier::Over, Some(date("2025-02"))));
    assert_eq!((sep.value.value, sep.qualifier, sep.as_of), (7000.0, Qualifier::Over, Some(date("2025-09"))));
}

#[test]
fn phase_9_dates_extensions_and_seed_figures() {
    let ds = dataset();
    let p = phase(&ds, 9);
    let start = p.actual_start.as_ref().unwrap();
    assert_eq!(start.value, date("2015-06-15"));
    assert!(start.note.as_ref().unwrap().get(Locale::En).contains("June 2015"), "the seeds' month-only date is noted");
    assert_eq!(p.duration_months.as_ref().unwrap().value, 36);
    let ext: Vec<_> = p.extensions.iter().map(|e| (e.new_end, e.decided, e.added.as_ref().map(|m| m.amount))).collect();
    assert_eq!(
        ext,
        [
            (date("2019-12-14"), Some(date("2018-06")), Some(1_600_000.0)),
            (date("2020-04-30"), Some(date("2019-11")), None),
            (date("2020-09-30"), None, None),
        ]
    );
    assert_eq!(p.extensions[0].added.as_ref().unwrap().qualifier, Qualifier::Almost);
    let initial = p.budgets.iter().find(|b| b.kind == BudgetKind::Initial).unwrap();
    assert_eq!((initial.amount.value.amount, initial.amount.value.qualifier), (5_000_000.0, Qualifier::Almost));
    let eu = p.budgets.iter().find(|b| b.kind == BudgetKind::EuContribution).unwrap();
    assert_eq!(eu.amount.value.amount, 6_600_000.0);
    assert_eq!(p.lead.as_ref().unwrap().value, "org-sbg-lv");
    // Seed 004, the EU Delegation's press release of 28 November 2018.
    let seed = |id: &str| p.figures.iter().find(|f| f.id == id).unwrap();
    let people = seed("bomca-9-2018-people");
    assert_eq!((people.value.value, people.qualifier, people.unit), (2600.0, Qualifier::Over, FigureUnit::People));
    let events = seed("bomca-9-2018-events");
    assert_eq!((events.value.value, events.qualifier, events.unit), (181.0, Qualifier::Over, FigureUnit::Events));
    for f in [people, events] {
        assert_eq!(f.as_of, Some(date("2018-11-28")));
        assert_eq!(f.value.sources, ["seed-eudel-kg-2018"]);
    }
    let components: Vec<&str> = ds.components.iter().filter(|c| c.phase == 9).map(|c| c.id.as_str()).collect();
    assert_eq!(components, ["bomca-9-c1", "bomca-9-c2", "bomca-9-c3"]);
    assert!(ds.components.iter().filter(|c| c.phase == 9).all(|c| c.expected_results.is_some()));
}

#[test]
fn phases_7_and_8_as_published() {
    let ds = dataset();
    assert_eq!(phase(&ds, 7).actual_start.as_ref().unwrap().value, date("2009-01-01"));
    assert_eq!(phase(&ds, 7).duration_months.as_ref().unwrap().value, 24);
    let p8 = phase(&ds, 8);
    assert_eq!(p8.duration_months.as_ref().unwrap().value, 36);
    assert_eq!(p8.budgets[0].amount.value.amount, 8_690_000.0);
    assert_eq!(p8.identifiers[0].value, "DCI-ASIE/2011/268-512");
    for n in 1..=8 {
        assert_eq!(phase(&ds, n).lead.as_ref().unwrap().value, "org-undp", "phase {n}");
    }
}

#[test]
fn programme_figures_as_published() {
    let ds = dataset();
    let figure = |id: &str| ds.programme.figures.iter().find(|f| f.id == id).unwrap();
    let trained = figure("programme-officials-trained");
    assert_eq!((trained.value.value, trained.qualifier), (7000.0, Qualifier::Almost));
    assert!(trained.value.sources.contains(&"seed-bomca9-page-2016".to_string()));
    let funding = figure("programme-eu-funding-2003-2019");
    assert_eq!(funding.value.value, 40_100_000.0);
    assert_eq!((funding.period_start, funding.period_end), (Some(date("2003")), Some(date("2019"))));
    assert!(funding.value.sources.contains(&"seed-eudel-kg-2018".to_string()));
    let early = figure("programme-eu-funding-2003-2014");
    assert_eq!(early.value.value, 33_600_000.0);
    let alternatives: BTreeSet<u64> = early.value.alternatives.iter().map(|a| a.value as u64).collect();
    assert_eq!(alternatives, BTreeSet::from([33_000_000, 33_500_000, 36_000_000]));
    assert_eq!(ds.programme.start_year.value, 2003);
    assert_eq!(ds.programme.countries.value, ["KZ", "KG", "TJ", "TM", "UZ"]);
    let covered: BTreeSet<u8> = ds.programme.objectives.iter().flat_map(|e| e.phases.iter().copied()).collect();
    assert_eq!(covered, (1..=11).collect::<BTreeSet<u8>>());
}

#[test]
fn contacts_exactly_as_published() {
    let ds = dataset();
    let office = |id: &str| ds.offices.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("{id}"));
    let eu = office("office-eu-delegation-kg");
    assert_eq!(eu.phone.as_deref(), Some("+996 312 26 10 00"));
    assert_eq!(eu.fax.as_deref(), Some("+996 312 26 10 07"));
    assert_eq!(eu.email.as_deref(), Some("delegation-kyrgyzstan@eeas.europa.eu"));
    assert_eq!(eu.website.as_deref(), Some("http://eeas.europa.eu/delegations/kyrgyzstan"));
    assert_eq!(eu.social[0].url, "http://www.facebook.com/eudelkg");
    assert_eq!(eu.published, Some(date("2018-11-28")));
    let ro = office("office-regional-bishkek");
    assert_eq!(ro.email.as_deref(), Some("bomca@icmpd.org"));
    assert_eq!(ro.website.as_deref(), Some("https://www.bomca-eu.org"));
    assert_eq!(ro.social_handles, ["@BOMCAPROGRAMME"]);
    assert!(ro.social.is_empty(), "the brochure names no network for the handle");
    assert_eq!(office("office-secretariat-vienna").email.as_deref(), Some("BOMCA@icmpd.org"));
    let cities: BTreeSet<&str> = ds
        .offices
        .iter()
        .filter(|o| o.phases.contains(&10))
        .filter_map(|o| o.city.as_ref())
        .map(|c| c.get(Locale::En))
        .collect();
    assert!(
        ["Astana", "Bishkek", "Dushanbe", "Tashkent", "Ashgabat", "Vienna"].iter().all(|c| cities.contains(c)),
        "{cities:?}"
    );
    // The 2018 press release's National Coordinator is a historical record in `people`, not a contact.
    assert!(ds.offices.iter().all(|o| o.id != "contact-national-coordinator-kg"));
    let nc = ds.people.iter().find(|p| p.id == "person-tashieva").unwrap();
    assert_eq!(nc.name.get(Locale::En), "Janna Tashieva");
    assert_eq!(nc.named_on, Some(date("2018-11-28")));
}

/// Only the work contacts the sources publish; the research left personal ones out on purpose.
#[test]
fn no_contact_beyond_the_published_ones() {
    let ds = dataset();
    let mut emails = BTreeSet::new();
    let mut phones = BTreeSet::new();
    for o in &ds.offices {
        emails.extend(o.email.iter().map(String::as_str));
        phones.extend(o.phone.iter().chain(o.fax.iter()).map(String::as_str));
    }
    assert_eq!(emails, BTreeSet::from(["BOMCA@icmpd.org", "bomca@icmpd.org", "delegation-kyrgyzstan@eeas.europa.eu"]));
    assert_eq!(phones, BTreeSet::from(["+996 312 26 10 00", "+996 312 26 10 07"]));
}

fn seeds_readme() -> Option<String> {
    let dir = std::env::var_os("BOMCA_SEEDS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"));
    std::fs::read_to_string(dir.join("README.md")).ok()
}

#[test]
fn every_seed_document_has_a_seed_source() {
    let ds = dataset();
    let seeds: BTreeSet<&str> =
        ds.sources.iter().filter(|s| s.kind == SourceKind::Seed).filter_map(|s| s.seed_file.as_deref()).collect();
    let mut listed: BTreeSet<String> = SEED_FILES.iter().map(|s| s.to_string()).collect();
    match seeds_readme() {
        Some(readme) => {
            let in_readme: BTreeSet<String> = readme
                .lines()
                .filter_map(|l| l.strip_prefix('|'))
                .filter_map(|l| l.split('|').next())
                .map(str::trim)
                .filter(|name| name.ends_with(".txt"))
                .map(String::from)
                .collect();
            assert!(!in_readme.is_empty(), "the seeds README lists no documents");
            listed.extend(in_readme);
        }
        None if std::env::var_os("BOMCA_SEEDS_DIR").is_some() => panic!("BOMCA_SEEDS_DIR has no README.md"),
        None => eprintln!("shared/seeds/README.md not found next to the repository; checking the known seed list only"),
    }
    for name in &listed {
        assert!(seeds.contains(name.as_str()), "no seed source for {name}");
    }
    assert_eq!(seeds.len(), listed.len(), "seed sources that the README does not list: {seeds:?}");
    // Every seed is actually cited.
    let cited = citations(&json(DATA));
    let seed_ids: Vec<&str> = ds.sources.iter().filter(|s| s.kind == SourceKind::Seed).map(|s| s.id.as_str()).collect();
    for id in &seed_ids {
        assert!(cited.contains_key(*id), "seed source '{id}' is never cited");
    }
    let seed_citations: usize = seed_ids.iter().map(|id| cited[*id]).sum();
    assert!(seed_citations > seeds.len() * 2, "the seeds are cited only {seed_citations} times");
}

/// How often each source id is cited: the entries of every `sources` list in the file (the file's
/// own list of sources is the objects under the top-level `sources`, not citations).
fn citations(data: &Value) -> std::collections::BTreeMap<String, usize> {
    fn walk(v: &Value, top: bool, out: &mut std::collections::BTreeMap<String, usize>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    match (k.as_str(), v) {
                        ("sources", Value::Array(ids)) if !top => {
                            for id in ids.iter().filter_map(Value::as_str) {
                                *out.entry(id.to_string()).or_default() += 1;
                            }
                        }
                        _ => walk(v, false, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, false, out)),
            _ => {}
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(data, true, &mut out);
    out
}

#[test]
fn every_source_is_cited_somewhere() {
    let ds = dataset();
    let cited = citations(&json(DATA));
    for s in &ds.sources {
        assert!(cited.contains_key(&s.id), "source '{}' is listed but never cited", s.id);
    }
}
