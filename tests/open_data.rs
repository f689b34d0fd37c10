//! The open-data publication against the real dataset: the data package describes exactly the
//! tables the build writes, every link in the static JSON API leads to a file the build writes or
//! a page of the site, API records are the dataset's records, and CITATION.cff names this version.
//! (`frictionless validate` on the built package runs in scripts/test.sh.)
use std::collections::BTreeMap;

use bomca_explorer::core::export::{api, citation, csv, datapackage, Export, DEFAULT_SITE_URL};
use bomca_explorer::core::locale::Locale;
use bomca_explorer::core::model::{Dataset, Phase};
use bomca_explorer::core::{load, order, query, routes};
use serde_json::Value;

const DATA: &str = include_str!("../public/data/bomca.json");
const ROOT: &str = "https://data.example.org/bomca";

fn dataset() -> Dataset {
    load::parse(DATA).expect("dataset parses")
}

fn tree() -> Value {
    serde_json::from_str(DATA).unwrap()
}

fn api_files() -> BTreeMap<String, Value> {
    api::files(&tree(), &dataset(), ROOT)
        .into_iter()
        .map(|(path, text)| {
            let json = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} does not parse: {e}"));
            (path, json)
        })
        .collect()
}

/// Every string in a JSON value, with where it is.
fn strings<'v>(v: &'v Value, at: String, out: &mut Vec<(String, &'v str)>) {
    match v {
        Value::String(s) => out.push((at, s)),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, v)| strings(v, format!("{at}/{i}"), out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| strings(v, format!("{at}/{k}"), out)),
        _ => {}
    }
}

#[test]
fn the_data_package_declares_exactly_the_columns_of_each_table() {
    let ds = dataset();
    for export in Export::ALL.into_iter().filter(|e| e.table().is_some()) {
        let table = csv::parse(&export.generate(&ds));
        assert_eq!(
            table[0],
            datapackage::columns(export),
            "{}: the header and the package's fields",
            export.file_name()
        );
    }
}

#[test]
fn the_data_package_names_the_files_the_licence_and_the_version() {
    let ds = dataset();
    let package: Value = serde_json::from_str(&datapackage::package(&ds, ROOT)).unwrap();
    assert_eq!(package["version"], ds.meta.version);
    assert_eq!(package["licenses"][0]["name"], "CC-BY-4.0");
    assert_eq!(package["licenses"][0]["path"], ds.meta.licence_url);
    assert_eq!(package["id"], format!("{ROOT}/data/v{}/datapackage.json", ds.meta.version));
    assert_eq!(package["sources"].as_array().unwrap().len(), ds.sources.len());
    let resources = package["resources"].as_array().unwrap();
    let mut paths: Vec<&str> = resources.iter().map(|r| r["path"].as_str().unwrap()).collect();
    order::sort(&mut paths);
    let mut expected: Vec<String> = Export::ALL.iter().map(|e| e.file_name()).collect();
    expected.extend(["bomca.json".into(), "bomca.schema.json".into()]);
    order::sort(&mut expected);
    assert_eq!(paths, expected);
    // Every key names fields of its own table and of the table it refers to.
    let fields = |name: &str| -> Vec<String> {
        let r = resources.iter().find(|r| r["name"] == name).unwrap_or_else(|| panic!("no resource {name}"));
        r["schema"]["fields"].as_array().unwrap().iter().map(|f| f["name"].as_str().unwrap().to_string()).collect()
    };
    let mut keys = 0;
    for r in resources.iter().filter(|r| r["profile"] == "tabular-data-resource") {
        let own = fields(r["name"].as_str().unwrap());
        assert!(own.contains(&r["schema"]["primaryKey"].as_str().unwrap().to_string()));
        for fk in r["schema"]["foreignKeys"].as_array().unwrap() {
            assert!(own.contains(&fk["fields"].as_str().unwrap().to_string()), "{fk}");
            assert!(
                fields(fk["reference"]["resource"].as_str().unwrap())
                    .contains(&fk["reference"]["fields"].as_str().unwrap().to_string()),
                "{fk}"
            );
            keys += 1;
        }
    }
    assert_eq!(
        keys, 5,
        "phases→organisations, components→phases and organisations, events→phases, people→organisations"
    );
}

#[test]
fn the_api_record_of_phase_9_is_the_datasets_phase_9() {
    let files = api_files();
    let record = &files["data/api/phases/9.json"];
    let tree = tree();
    let phase_9 = tree["phases"].as_array().unwrap().iter().find(|p| p["number"] == 9).unwrap();
    assert_eq!(&record["record"], phase_9);
    let typed: Phase = serde_json::from_value(record["record"].clone()).unwrap();
    assert_eq!(&typed, dataset().phases.iter().find(|p| p.number == 9).unwrap());
    assert_eq!(record["pages"]["en"], format!("{ROOT}/phases/9"));
    assert_eq!(record["pages"]["ru"], format!("{ROOT}/ru/phases/9"));
    // Its sources resolved, each with its title in both languages.
    let cited: Vec<&str> = record["sources"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert!(cited.contains(&"seed-bomca9-overview"), "{cited:?}");
    for s in record["sources"].as_array().unwrap() {
        assert!(s["title"]["en"].is_string() && s["title"]["ru"].is_string(), "{s}");
    }
    let components: Vec<&str> =
        record["related"]["components"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    let ds = dataset();
    let expected: Vec<&str> = query::components_of(&ds, 9).iter().map(|c| c.id.as_str()).collect();
    assert!(!expected.is_empty());
    assert_eq!(components, expected);
}

#[test]
fn every_record_has_its_file_and_every_cited_source_is_resolved() {
    let files = api_files();
    let tree = tree();
    let index = &files["data/api/index.json"];
    assert_eq!(index["version"], dataset().meta.version);
    for kind in api::Kind::ALL {
        let records = tree[kind.key()].as_array().unwrap();
        assert_eq!(index["kinds"][kind.key()]["count"], records.len(), "{}", kind.key());
        let list = &files[&format!("data/api/{}/index.json", kind.key())];
        assert_eq!(list["records"].as_array().unwrap().len(), records.len());
        for r in records {
            let id = r.get("id").and_then(Value::as_str).map(String::from).unwrap_or_else(|| r["number"].to_string());
            let file = &files[&format!("data/api/{}/{id}.json", kind.key())];
            assert_eq!(&file["record"], r);
            let mut texts = Vec::new();
            strings(r, String::new(), &mut texts);
            for (at, source) in texts.into_iter().filter(|(at, _)| at.contains("/sources/")) {
                assert!(
                    file["sources"].as_array().unwrap().iter().any(|s| s["id"] == source),
                    "{}/{id}{at}: {source} unresolved",
                    kind.key()
                );
            }
        }
    }
}

#[test]
fn every_link_in_the_api_leads_to_a_file_the_build_writes_or_a_page_of_the_site() {
    let ds = dataset();
    let files = api_files();
    let mut targets: Vec<String> = files.keys().cloned().collect();
    targets.extend(Export::ALL.iter().map(|e| format!("data/{}", e.file_name())));
    targets.extend(["data/bomca.json", "data/datapackage.json", "data/CITATION.cff"].map(String::from));
    targets.push(format!("data/v{}/datapackage.json", ds.meta.version));
    let pages: Vec<String> =
        Locale::ALL.into_iter().flat_map(|l| routes::routes(&ds).into_iter().map(move |r| l.path(&r))).collect();
    let anchors: Vec<String> = ds
        .sources
        .iter()
        .map(|s| s.id.clone())
        .chain(ds.offices.iter().map(|o| format!("office-{}", o.id)))
        .chain(["people-h".into()])
        .collect();
    let mut links = 0;
    for (path, json) in &files {
        let mut texts = Vec::new();
        strings(json, String::new(), &mut texts);
        for (at, link) in texts.into_iter().filter(|(_, s)| s.starts_with(ROOT)) {
            let rest = &link[ROOT.len()..];
            if rest.contains("{id}") {
                continue;
            }
            let (page, anchor) = rest.split_once('#').map_or((rest, None), |(p, a)| (p, Some(a)));
            let ok = targets.iter().any(|t| page == format!("/{t}")) || pages.iter().any(|p| p == page);
            assert!(ok, "{path}{at}: {link} leads nowhere");
            if let Some(anchor) = anchor {
                assert!(anchors.iter().any(|a| a == anchor), "{path}{at}: {link}: no element #{anchor}");
            }
            links += 1;
        }
    }
    assert!(links > 1000, "{links} links checked");
}

#[test]
fn citation_cff_names_this_version_at_its_permanent_address() {
    let ds = dataset();
    let cff = citation::cff(&ds, DEFAULT_SITE_URL);
    assert_eq!(
        include_str!("../CITATION.cff"),
        cff,
        "CITATION.cff is not what the build writes: copy dist/data/CITATION.cff from a build without SITE_URL"
    );
    assert!(cff.contains(&format!("version: \"{}\"\n", ds.meta.version)));
    assert!(cff.contains(&format!("date-released: \"{}\"\n", ds.meta.updated)));
    assert!(cff.contains(&format!("url: \"{DEFAULT_SITE_URL}/data/v{}/datapackage.json\"\n", ds.meta.version)));
    assert!(cff.contains("license: CC-BY-4.0\n"));
}
