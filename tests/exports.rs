//! The open-data exports against the real dataset: IATI XML against the IATI 2.03 schema (xmllint),
//! CSV round trips, the one-language copies the app loads.
use bomca_explorer::core::export::{app_copy, csv, dataset_file, dataset_in, iati, vcard, Export};
use bomca_explorer::core::facets::Query;
use bomca_explorer::core::load;
use bomca_explorer::core::locale::Locale;
use bomca_explorer::core::search::{search, KEYS};
use serde_json::Value;

fn dataset() -> bomca_explorer::core::model::Dataset {
    load::parse(include_str!("../public/data/bomca.json")).expect("dataset parses")
}

#[test]
fn iati_file_validates_against_the_iati_2_03_schema() {
    let xml = iati::activities_xml(&dataset(), "2026-11-22T00:00:00Z");
    let dir = std::env::temp_dir().join(format!("bomca-iati-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("activities.xml");
    std::fs::write(&file, &xml).unwrap();
    let schema = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/iati/iati-activities-schema.xsd");
    let output = std::process::Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema", schema])
        .arg(&file)
        .output()
        .unwrap_or_else(|e| panic!("xmllint could not run ({e}): install it with `apt-get install libxml2-utils`"));
    assert!(output.status.success(), "IATI schema validation failed:\n{}", String::from_utf8_lossy(&output.stderr));
    // The parent and every dated phase, linked both ways.
    assert_eq!(xml.matches("<iati-activity ").count(), 1 + iati::exported_phases(&dataset()).len());
    assert!(xml.contains("<related-activity ref=\"XX-BOMCA-EXPLORER-BOMCA-11\" type=\"2\"/>"));
    assert!(xml.contains("<related-activity ref=\"XX-BOMCA-EXPLORER-BOMCA\" type=\"1\"/>"));
    assert!(xml.contains("<recipient-region code=\"619\" vocabulary=\"1\"/>"));
    assert!(xml.contains("<narrative xml:lang=\"ru\">БОМКА 11</narrative>"));
    assert!(xml.contains(">21650000.00</value>"));
}

#[test]
fn csv_tables_round_trip() {
    let ds = dataset();
    let expected_rows = [
        ds.phases.len(),
        ds.components.len(),
        ds.organisations.len(),
        ds.offices.len(),
        ds.events.len(),
        ds.people.len(),
    ];
    let tables = Export::ALL.into_iter().filter(|e| e.table().is_some());
    for (table, rows) in tables.zip(expected_rows) {
        let name = table.file_name();
        assert!(name.ends_with(".csv"), "{name}");
        let text = table.generate(&ds);
        assert!(text.starts_with('\u{feff}'), "{name}: UTF-8 byte-order mark");
        assert!(text.ends_with("\r\n"), "{name}: CRLF");
        let table = csv::parse(&text);
        assert_eq!(table.len(), rows + 1, "{name}: one row per entity plus the header");
        let width = table[0].len();
        assert!(table.iter().all(|r| r.len() == width), "{name}: every row has {width} columns");
    }
    let contacts = csv::parse(&csv::contacts(&ds));
    let delegation = contacts.iter().find(|r| r[0] == "office-eu-delegation-kg").unwrap();
    assert_eq!(
        delegation[7],
        "21 Erkindik Boulevard, Business Centre Orion, 5th floor, Bishkek, 720040, Kyrgyz Republic"
    );
    assert!(delegation[8].contains("бизнес-центр «Орион»"));
    assert_eq!(delegation[9], "+996 312 26 10 00");
}

/// `copy` is `full` with every text (an object of strings keyed by language) reduced to `code`,
/// except the organisations' names, kept in every language.
fn assert_one_language(full: &Value, copy: &Value, code: &str, place: &str) {
    let org_name =
        place.starts_with("dataset.organisations[") && (place.ends_with(".name") || place.ends_with(".short_name"));
    match (full, copy) {
        (f, c) if org_name => assert_eq!(f, c, "{place}: names stay in every language"),
        (Value::Object(f), Value::Object(c)) if f.contains_key("en") && f.values().all(Value::is_string) => {
            assert_eq!(c.len(), 1, "{place}: {c:?}");
            assert_eq!(c.get(code), f.get(code), "{place}");
        }
        (Value::Object(f), Value::Object(c)) => {
            assert_eq!(f.keys().collect::<Vec<_>>(), c.keys().collect::<Vec<_>>(), "{place}");
            for (k, v) in f {
                assert_one_language(v, &c[k], code, &format!("{place}.{k}"));
            }
        }
        (Value::Array(f), Value::Array(c)) => {
            assert_eq!(f.len(), c.len(), "{place}");
            for (i, (f, c)) in f.iter().zip(c).enumerate() {
                assert_one_language(f, c, code, &format!("{place}[{i}]"));
            }
        }
        (f, c) => assert_eq!(f, c, "{place}"),
    }
}

#[test]
fn each_language_copy_is_the_dataset_in_that_language() {
    let json = include_str!("../public/data/bomca.json");
    let tree: Value = serde_json::from_str(json).unwrap();
    let full = dataset();
    for (locale, query) in [(Locale::En, "trade border"), (Locale::Ru, "торговле")] {
        assert_eq!(dataset_file(locale), format!("bomca.{}.bin", locale.code()));
        let copy_json = dataset_in(&tree, locale);
        assert_one_language(&tree, &serde_json::from_str(&copy_json).unwrap(), locale.code(), "dataset");
        // The app's copy is that one-language dataset, in the binary form the browser reads.
        let bytes = app_copy(&tree, locale).unwrap();
        let copy = load::read_copy(&bytes).expect("the copy reads as a dataset");
        assert_eq!(copy, load::parse(&copy_json).unwrap());
        assert!(
            bytes.len() * 10 < copy_json.len() * 8 && copy_json.len() * 10 < json.len() * 7,
            "{locale:?} copy is {} bytes, {} as JSON, of {} bytes",
            bytes.len(),
            copy_json.len(),
            json.len()
        );
        // What the pages compute from it is what they compute from the whole file.
        let q = Query { text: query.into(), selected: vec![Vec::new(); KEYS.len()] };
        let hits = search(&full, &q, locale);
        assert!(!hits.hits.is_empty(), "{query}");
        assert_eq!(search(&copy, &q, locale), hits, "{query}");
        let offices: Vec<_> = full.offices.iter().collect();
        let copy_offices: Vec<_> = copy.offices.iter().collect();
        assert_eq!(vcard::offices_vcards(&copy, &copy_offices, locale), vcard::offices_vcards(&full, &offices, locale));
    }
}

#[test]
fn a_text_missing_a_language_keeps_english_in_that_copy() {
    let tree = serde_json::json!({"title": {"en": "Hello", "ru": "Привет"}, "name": {"en": "Only English"}, "n": 3});
    let ru: Value = serde_json::from_str(&dataset_in(&tree, Locale::Ru)).unwrap();
    assert_eq!(ru, serde_json::json!({"title": {"ru": "Привет"}, "name": {"en": "Only English"}, "n": 3}));
}
