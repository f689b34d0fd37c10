//! How to cite the dataset: `CITATION.cff` (Citation File Format 1.2.0) for the exact version, at
//! its permanent address under `data/v<version>/`. The repository's own `CITATION.cff` is this file
//! for the default site address (a test keeps the two the same).
use crate::core::model::Dataset;

pub const TITLE: &str = "BOMCA Explorer: open data of the EU Border Management Programme in Central Asia";
/// Who compiled it: the project, not the programme (the programme publishes the sources).
pub const AUTHORS: &str = "BOMCA Explorer contributors";

/// The permanent address of this version's data package (which lists the version's files beside it).
pub fn version_url(ds: &Dataset, root: &str) -> String {
    format!("{root}/data/v{}/datapackage.json", ds.meta.version)
}

/// A YAML string in double quotes.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("a string always serialises")
}

pub fn cff(ds: &Dataset, root: &str) -> String {
    let meta = &ds.meta;
    let summary = ds.programme.summary.value.in_language("en").unwrap_or_default();
    [
        "# The dataset's citation (Citation File Format 1.2.0), written by the build from public/data/bomca.json (dist/data/CITATION.cff).".to_string(),
        "cff-version: 1.2.0".into(),
        "message: \"If you use these data, please cite the version you used as below.\"".into(),
        "type: dataset".into(),
        format!("title: {}", quoted(TITLE)),
        "authors:".into(),
        format!("  - name: {}", quoted(AUTHORS)),
        format!("version: {}", quoted(&meta.version)),
        format!("date-released: {}", quoted(&meta.updated.to_string())),
        format!("license: {}", meta.licence_id),
        format!("url: {}", quoted(&version_url(ds, root))),
        format!("abstract: {}", quoted(summary)),
        "keywords:".into(),
        "  - BOMCA".into(),
        "  - border management".into(),
        "  - Central Asia".into(),
        "  - European Union".into(),
        String::new(),
    ]
    .join("\n")
}
