//! Open-data files made from the dataset. The tables and the IATI file are the same for every
//! visitor, so the pre-renderer writes them under `data/` at build time and /sources links to them
//! (no generator code in the wasm, and the files work without JavaScript); vCards depend on the
//! visitor's choice of contacts and language, so the browser makes them.
pub mod csv;
pub mod iati;
pub mod vcard;

use super::model::Dataset;

/// A file generated at build time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Phases,
    Components,
    Organisations,
    Contacts,
    Events,
    Iati,
}

impl Export {
    pub const ALL: [Export; 6] =
        [Export::Phases, Export::Components, Export::Organisations, Export::Contacts, Export::Events, Export::Iati];

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
            Export::Iati => None,
        }
    }

    pub fn generate(self, ds: &Dataset) -> String {
        match self {
            Export::Phases => csv::phases(ds),
            Export::Components => csv::components(ds),
            Export::Organisations => csv::organisations(ds),
            Export::Contacts => csv::contacts(ds),
            Export::Events => csv::events(ds),
            // Dated by the dataset, so a rebuild of the same data gives the same file.
            Export::Iati => iati::activities_xml(ds, &format!("{}T00:00:00Z", ds.meta.updated)),
        }
    }
}
