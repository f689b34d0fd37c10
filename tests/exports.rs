//! The open-data exports against the real dataset: IATI XML against the IATI 2.03 schema (xmllint),
//! CSV round trips.
use bomca_explorer::core::export::{csv, iati, Export};
use bomca_explorer::core::load;

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
    let expected_rows = [ds.phases.len(), ds.components.len(), ds.organisations.len(), ds.offices.len(), ds.events.len()];
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
    assert_eq!(delegation[7], "21 Erkindik Boulevard, Business Centre Orion, 5th floor, Bishkek, 720040, Kyrgyz Republic");
    assert!(delegation[8].contains("бизнес-центр «Орион»"));
    assert_eq!(delegation[9], "+996 312 26 10 00");
}
