//! Files made from the dataset. The tables, the IATI file, the data package, the static API,
//! `CITATION.cff` and the one-language copies the app loads are the same for every visitor, so the pre-renderer writes them under `data/` at build time
//! (no generator code in the wasm, and the tables work without JavaScript); vCards depend on the
//! visitor's choice of contacts and language, so the browser makes them.
#[cfg(not(target_arch = "wasm32"))]
pub mod api;
#[cfg(not(target_arch = "wasm32"))]
pub mod atom;
#[cfg(not(target_arch = "wasm32"))]
pub mod citation;
#[cfg(not(target_arch = "wasm32"))]
pub mod csv;
#[cfg(not(target_arch = "wasm32"))]
pub mod datapackage;
#[cfg(not(target_arch = "wasm32"))]
pub mod iati;
pub mod vcard;
#[cfg(not(target_arch = "wasm32"))]
mod xml;

use super::locale::Locale;
#[cfg(not(target_arch = "wasm32"))]
use super::model::Dataset;

/// The site's address when the build is given none (`SITE_URL`); the repository's `CITATION.cff`
/// names it.
pub const DEFAULT_SITE_URL: &str = "https://bomca-explorer.example.org";

/// The name of the dataset's copy in one language, in `data/`: what the app loads, since a visitor
/// reads one language at a time ([`app_copy`]).
pub fn dataset_file(locale: Locale) -> String {
    format!("bomca.{}.bin", locale.code())
}

/// The app's copy of the dataset in `locale`: [`dataset_in`], written in the binary form the
/// browser reads (`load::write_copy`). `tree` must be a dataset that `load::parse` reads.
#[cfg(not(target_arch = "wasm32"))]
pub fn app_copy(tree: &serde_json::Value, locale: Locale) -> Result<Vec<u8>, super::load::LoadError> {
    super::load::parse(&dataset_in(tree, locale)).map(|ds| super::load::write_copy(&ds))
}

#[cfg(not(target_arch = "wasm32"))]
/// The dataset with each text reduced to `locale` (or to English where it lacks one, as the app
/// would show), minified. Everything else is kept as it is, so the copy reads as a whole dataset.
/// Organisations keep their names in every language: their pages show both, and the directory's
/// search finds `ICMPD` and `МЦРМП` alike.
pub fn dataset_in(tree: &serde_json::Value, locale: Locale) -> String {
    let mut copy = one_language(tree, locale);
    let whole = tree.get("organisations").and_then(|v| v.as_array());
    if let (Some(reduced), Some(whole)) = (copy.get_mut("organisations").and_then(|v| v.as_array_mut()), whole) {
        for (org, full) in reduced.iter_mut().zip(whole) {
            for key in ["name", "short_name"] {
                org[key] = full[key].clone();
            }
        }
    }
    copy.to_string()
}

#[cfg(not(target_arch = "wasm32"))]
fn one_language(v: &serde_json::Value, locale: Locale) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(map) if is_text(map) => {
            let kept = [locale, Locale::En].into_iter().find_map(|l| map.get_key_value(l.code()));
            Value::Object(kept.map(|(k, v)| (k.clone(), v.clone())).into_iter().collect())
        }
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), one_language(v, locale))).collect()),
        Value::Array(items) => Value::Array(items.iter().map(|v| one_language(v, locale)).collect()),
        other => other.clone(),
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// A visitor-facing text (`model::Text`): an object of strings keyed by language codes.
fn is_text(map: &serde_json::Map<String, serde_json::Value>) -> bool {
    !map.is_empty() && map.iter().all(|(k, v)| Locale::from_code(k).is_some() && v.is_string())
}

/// A file generated at build time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Phases,
    Components,
    Organisations,
    Contacts,
    Events,
    People,
    Iati,
}

impl Export {
    pub const ALL: [Export; 7] = [
        Export::Phases,
        Export::Components,
        Export::Organisations,
        Export::Contacts,
        Export::Events,
        Export::People,
        Export::Iati,
    ];

    /// The name it is served under, in `data/`.
    pub fn file_name(self) -> String {
        match self.table() {
            Some(table) => format!("bomca-{table}.csv"),
            None => "bomca-iati-activities.xml".into(),
        }
    }

    /// The kind of record a CSV table lists (its i18n entity name); `None` for the IATI file.
    pub fn table(self) -> Option<&'static str> {
        match self {
            Export::Phases => Some("phases"),
            Export::Components => Some("components"),
            Export::Organisations => Some("organisations"),
            Export::Contacts => Some("contacts"),
            Export::Events => Some("events"),
            Export::People => Some("people"),
            Export::Iati => None,
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn generate(self, ds: &Dataset) -> String {
        match self {
            Export::Phases => csv::phases(ds),
            Export::Components => csv::components(ds),
            Export::Organisations => csv::organisations(ds),
            Export::Contacts => csv::contacts(ds),
            Export::Events => csv::events(ds),
            Export::People => csv::people(ds),
            // Dated by the dataset, so a rebuild of the same data gives the same file.
            Export::Iati => iati::activities_xml(ds, &format!("{}T00:00:00Z", ds.meta.updated)),
        }
    }
}
