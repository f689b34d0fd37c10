//! The dataset as a published open-data product: it validates against its JSON Schema, deserialises
//! into the model with no integrity problem, and states the seeds' figures exactly.
use bomca_explorer::core::load;
use bomca_explorer::core::model::{BudgetKind, Dataset, PartialDate, Qualifier, SourceKind};
use bomca_explorer::core::query;

const DATA: &str = include_str!("../public/data/bomca.json");
const SCHEMA: &str = include_str!("../public/data/bomca.schema.json");

fn dataset() -> Dataset {
    load::parse(DATA).expect("the dataset deserialises into the model")
}

#[test]
fn validates_against_the_json_schema() {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    let data: serde_json::Value = serde_json::from_str(DATA).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema is valid JSON Schema");
    let errors: Vec<String> = validator.iter_errors(&data).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_rejects_what_the_model_rejects() {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut data: serde_json::Value = serde_json::from_str(DATA).unwrap();
    data["phases"][0]["title"].as_object_mut().unwrap().remove("ru");
    data["offices"][0]["surprise"] = "field".into();
    data["events"][0]["date"] = "2020-13".into();
    assert_eq!(validator.iter_errors(&data).count(), 3);
}

#[test]
fn integrity_holds() {
    let problems = load::validate(&dataset());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_seed_document_is_a_source() {
    let ds = dataset();
    let readme = include_str!("../../shared/seeds/README.md");
    for line in readme.lines().filter(|l| l.starts_with("| 0")) {
        let file = line.split('|').nth(1).unwrap().trim();
        assert!(
            ds.sources.iter().any(|s| s.kind == SourceKind::Seed && s.seed_file.as_deref() == Some(file)),
            "no source for seed {file}"
        );
    }
}

fn total(ds: &Dataset, n: u8) -> (f64, Qualifier) {
    let b = query::phase(ds, n).unwrap().budgets.iter().find(|b| b.kind == BudgetKind::Total).unwrap();
    (b.amount.value.amount, b.amount.value.qualifier)
}

#[test]
fn the_seeds_figures_appear_exactly() {
    let ds = dataset();
    let p11 = query::phase(&ds, 11).unwrap();
    assert_eq!(total(&ds, 11), (12_000_000.0, Qualifier::Exactly));
    assert_eq!(p11.duration_months.as_ref().unwrap().value, 40);
    assert_eq!(p11.actual_start.as_ref().unwrap().value, PartialDate { year: 2026, month: Some(2), day: None });

    let p10 = query::phase(&ds, 10).unwrap();
    assert_eq!(p10.actual_start.as_ref().unwrap().value, PartialDate::ymd(2021, 4, 1));
    assert_eq!(p10.duration_months.as_ref().unwrap().value, 54);
    assert_eq!(total(&ds, 10), (21_650_000.0, Qualifier::Exactly));
    assert_eq!(p10.components_count(&ds), 4);

    let p9 = query::phase(&ds, 9).unwrap();
    assert_eq!(p9.actual_start.as_ref().unwrap().value, PartialDate::ymd(2015, 6, 15));
    assert_eq!(p9.duration_months.as_ref().unwrap().value, 36);
    let first = &p9.extensions[0];
    assert_eq!(first.new_end, PartialDate::ymd(2019, 12, 14));
    assert_eq!(first.added.as_ref().map(|m| (m.amount, m.qualifier)), Some((1_600_000.0, Qualifier::Almost)));
    assert_eq!(p9.extensions[1].new_end, PartialDate::ymd(2020, 4, 30));
    let figure = |id: &str| {
        ds.programme.figures.iter().chain(ds.phases.iter().flat_map(|p| p.figures.iter())).find(|f| f.id == id).unwrap()
    };
    assert_eq!((figure("bomca-9-2018-people").value.value, figure("bomca-9-2018-people").qualifier), (2600.0, Qualifier::Over));
    assert_eq!((figure("bomca-9-2018-events").value.value, figure("bomca-9-2018-events").qualifier), (181.0, Qualifier::Over));
    assert_eq!(figure("programme-eu-funding-2003-2019").value.value, 40_100_000.0);
    assert_eq!((figure("programme-officials-trained").value.value, figure("programme-officials-trained").qualifier), (7000.0, Qualifier::Almost));

    let delegation = ds.offices.iter().find(|o| o.id == "office-eu-delegation-kg").unwrap();
    assert_eq!(delegation.phone.as_deref(), Some("+996 312 26 10 00"));
    assert_eq!(delegation.fax.as_deref(), Some("+996 312 26 10 07"));
    assert_eq!(delegation.email.as_deref(), Some("delegation-kyrgyzstan@eeas.europa.eu"));
    assert_eq!(query::phase(&ds, 8).unwrap().budgets[0].amount.value.amount, 8_690_000.0);
}

#[test]
fn phases_the_sources_say_little_about_are_present_with_nulls() {
    let ds = dataset();
    for n in 2..=6 {
        let p = query::phase(&ds, n).unwrap();
        assert!(p.planned_start.is_none() && p.actual_start.is_none() && p.budgets.is_empty(), "phase {n} has no invented data");
        assert!(p.summary.is_some(), "phase {n} says what is known");
    }
}

trait ComponentsCount {
    fn components_count(&self, ds: &Dataset) -> usize;
}
impl ComponentsCount for bomca_explorer::core::model::Phase {
    fn components_count(&self, ds: &Dataset) -> usize {
        query::components_of(ds, self.number).len()
    }
}
