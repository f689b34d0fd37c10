//! `data/datapackage.json`: a Frictionless Data Package (v1) describing the CSV tables (every field
//! with its type and meaning, primary and foreign keys, the missing-value convention) and the other
//! files, with the licence, sources, version and date of the data. Checked with the reference
//! validator (`frictionless validate`) in `make test`.
use serde_json::{json, Value};

use super::Export;
use crate::core::model::{BudgetKind, Code, Dataset, EventKind, OfficeKind, OrgKind, PhaseStatus, Qualifier};

/// Values the sources do not publish are empty cells.
const MISSING: &str = "";
const PARTIAL_DATE: &str = r"\d{4}(-\d{2}(-\d{2})?)?";
const COUNTRY: &str = "[A-Z]{2}";

/// One column: its name (the CSV header), Table Schema type, description and constraints.
struct Field {
    name: &'static str,
    kind: &'static str,
    about: &'static str,
    constraints: Value,
    format: Option<&'static str>,
}

fn field(name: &'static str, kind: &'static str, about: &'static str) -> Field {
    Field { name, kind, about, constraints: json!({}), format: None }
}
fn text(name: &'static str, about: &'static str) -> Field {
    field(name, "string", about)
}
fn key(name: &'static str, about: &'static str) -> Field {
    Field { constraints: json!({ "required": true, "unique": true }), ..text(name, about) }
}
fn date(name: &'static str, about: &'static str) -> Field {
    Field { constraints: json!({ "pattern": PARTIAL_DATE }), ..text(name, about) }
}
fn codes<T: Code>(name: &'static str, about: &'static str) -> Field {
    let values: Vec<&str> = T::VARIANTS.iter().map(|v| v.code()).collect();
    Field { constraints: json!({ "enum": values }), ..text(name, about) }
}
fn url(name: &'static str, about: &'static str) -> Field {
    Field { format: Some("uri"), ..text(name, about) }
}
fn country(name: &'static str, about: &'static str) -> Field {
    Field { constraints: json!({ "pattern": COUNTRY }), ..text(name, about) }
}
fn list(name: &'static str, about: &'static str) -> Field {
    text(name, about)
}

const SOURCES: &str =
    "Ids of the sources for the row, separated by ';' (data/api/sources/<id>.json, or bomca.json's sources).";

/// The columns of `export`'s table, in the order `csv.rs` writes them (a test checks the headers).
fn fields(export: Export) -> Vec<Field> {
    match export {
        Export::Phases => vec![
            Field {
                kind: "integer",
                constraints: json!({ "required": true, "unique": true, "minimum": 1 }),
                ..text("number", "Phase number (BOMCA 1 to 11).")
            },
            text("title_en", "Title in English."),
            text("title_ru", "Title in Russian."),
            codes::<PhaseStatus>(
                "status",
                "Implementation status as the sources give it (IATI activity-status 2 implementation, 4 closed).",
            ),
            date("planned_start", "Planned start, as precise as the source (YYYY, YYYY-MM or YYYY-MM-DD)."),
            date("actual_start", "Actual start, as precise as the source."),
            date("planned_end", "Planned end, as precise as the source."),
            date("actual_end", "Actual end, as precise as the source."),
            date("last_extension_end", "The end date set by the latest published extension."),
            Field { kind: "integer", ..text("duration_months", "Planned duration in months, as published.") },
            Field {
                kind: "number",
                ..text("budget", "The headline budget in whole currency units (EUR 12 million is 12000000).")
            },
            text("currency", "ISO 4217 currency of the budget."),
            codes::<Qualifier>(
                "budget_qualifier",
                "How the source qualifies the budget (exactly, about, almost, over, ...).",
            ),
            codes::<BudgetKind>(
                "budget_kind",
                "What the budget covers: the phase total, the EU contribution alone, or the total at launch.",
            ),
            text("lead_id", "Organisation id of the lead implementer (organisations table)."),
            text("lead_name_en", "The lead implementer's name in English."),
            text("lead_name_ru", "The lead implementer's name in Russian."),
            list("partner_ids", "Organisation ids of the implementing partners, separated by ';'."),
            Field {
                constraints: json!({ "pattern": "[A-Z]{2}(;[A-Z]{2})*" }),
                ..text("countries", "ISO 3166-1 alpha-2 codes of the countries, separated by ';'.")
            },
            Field { kind: "integer", ..text("components", "Number of components the dataset lists for the phase.") },
            list("sources", SOURCES),
        ],
        Export::Components => vec![
            key("id", "Component id."),
            Field {
                kind: "integer",
                constraints: json!({ "required": true }),
                ..text("phase", "Number of the phase (phases table).")
            },
            Field {
                kind: "integer",
                constraints: json!({ "required": true }),
                ..text("number", "Component number within its phase.")
            },
            text("title_en", "Title in English."),
            text("title_ru", "Title in Russian."),
            text("specific_objective_en", "Specific objective in English, as published."),
            text("specific_objective_ru", "Specific objective in Russian."),
            text("expected_results_en", "Expected results in English, as published."),
            text("expected_results_ru", "Expected results in Russian."),
            text("responsible_partner_id", "Organisation id of the partner responsible for it (organisations table)."),
            list("themes", "Theme ids, separated by ';' (bomca.json's themes)."),
            list("sources", SOURCES),
        ],
        Export::Organisations => vec![
            key("id", "Organisation id."),
            text("name_en", "Name in English."),
            text("name_ru", "Name in Russian."),
            text("short_name", "Short name or acronym."),
            codes::<OrgKind>("kind", "Kind of organisation."),
            country("country", "ISO 3166-1 alpha-2 code of its country."),
            url("website", "Its website."),
            Field {
                kind: "integer",
                ..text(
                    "iati_organisation_type",
                    "IATI OrganisationType code (10 government, 40 multilateral, 80 academic, ...).",
                )
            },
            list("phases", "Numbers of the phases it took part in, separated by ';'."),
            list("sources", SOURCES),
        ],
        Export::Contacts => vec![
            key("id", "Office id."),
            text("name_en", "Name in English."),
            text("name_ru", "Name in Russian."),
            codes::<OfficeKind>("kind", "Kind of office or contact point."),
            text("city_en", "City in English."),
            text("city_ru", "City in Russian."),
            country("country", "ISO 3166-1 alpha-2 code of its country."),
            text("address_en", "Postal address in English, as published."),
            text("address_ru", "Postal address in Russian."),
            text("phone", "Institutional phone number, as published."),
            text("fax", "Institutional fax number, as published."),
            Field { format: Some("email"), ..text("email", "Institutional e-mail address, as published.") },
            url("website", "Website."),
            list("phases", "Numbers of the phases the details were published for, separated by ';'."),
            date("published", "When the source published these details (they may be out of date)."),
            list("sources", SOURCES),
        ],
        Export::Events => vec![
            key("id", "Event id."),
            Field {
                constraints: json!({ "required": true, "pattern": PARTIAL_DATE }),
                ..text("date", "Date, as precise as the source.")
            },
            date("end_date", "Last day, for events of several days."),
            codes::<EventKind>("kind", "Kind of event."),
            text("title_en", "Title in English."),
            text("title_ru", "Title in Russian."),
            text("place_en", "Place in English."),
            text("place_ru", "Place in Russian."),
            country("country", "ISO 3166-1 alpha-2 code of the country it took place in."),
            Field {
                kind: "integer",
                ..text("phase", "Number of the phase a source ties it to; empty where no source names one.")
            },
            list("sources", SOURCES),
        ],
        Export::People => vec![
            key("id", "Person id."),
            text("name_en", "Name in Latin script."),
            text("name_ru", "Name in Cyrillic script."),
            text("role_en", "Public role in English, as published."),
            text("role_ru", "Public role in Russian."),
            text("organisation_id", "Organisation id (organisations table)."),
            list("phases", "Numbers of the phases the sources name the person in, separated by ';'."),
            date("from", "When the person took up the role, as published."),
            date("to", "When the person left the role, as published."),
            date("named_on", "Where no tenure is published: the date a source names the person in the role."),
            text("note_en", "Note in English."),
            list("sources", SOURCES),
        ],
        Export::Iati => vec![],
    }
}

/// Foreign keys: (field, table, field there).
fn foreign_keys(export: Export) -> &'static [(&'static str, &'static str, &'static str)] {
    match export {
        Export::Phases => &[("lead_id", "organisations", "id")],
        Export::Components => &[("phase", "phases", "number"), ("responsible_partner_id", "organisations", "id")],
        Export::Events => &[("phase", "phases", "number")],
        Export::People => &[("organisation_id", "organisations", "id")],
        _ => &[],
    }
}

fn primary_key(export: Export) -> &'static str {
    match export {
        Export::Phases => "number",
        _ => "id",
    }
}

/// The Table Schema of a CSV table.
fn schema(export: Export) -> Value {
    let fields: Vec<Value> = fields(export)
        .into_iter()
        .map(|f| {
            let mut v = json!({ "name": f.name, "type": f.kind, "description": f.about });
            if f.constraints.as_object().is_some_and(|c| !c.is_empty()) {
                v["constraints"] = f.constraints;
            }
            if let Some(format) = f.format {
                v["format"] = json!(format);
            }
            v
        })
        .collect();
    let fks: Vec<Value> = foreign_keys(export)
        .iter()
        .map(|(field, table, other)| json!({ "fields": field, "reference": { "resource": table, "fields": other } }))
        .collect();
    json!({ "fields": fields, "primaryKey": primary_key(export), "foreignKeys": fks, "missingValues": [MISSING] })
}

/// The column names of `export`'s table as the data package declares them.
pub fn columns(export: Export) -> Vec<&'static str> {
    fields(export).iter().map(|f| f.name).collect()
}

/// The package, for files in the same folder (`data/`); `root` is the site's address with its base.
pub fn package(ds: &Dataset, root: &str) -> String {
    let meta = &ds.meta;
    let en = |t: &crate::core::model::Text| t.in_language("en").unwrap_or_default().to_string();
    let mut resources: Vec<Value> = Export::ALL
        .into_iter()
        .filter_map(|e| {
            let table = e.table()?;
            Some(json!({
                "name": table,
                "path": e.file_name(),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "header": true },
                "schema": schema(e),
            }))
        })
        .collect();
    resources.extend([
        json!({
            "name": "dataset", "path": "bomca.json", "profile": "data-resource", "format": "json",
            "mediatype": "application/json", "encoding": "utf-8",
            "description": "The whole dataset: every fact with its sources, the values sources disagree on, both languages. The tables are drawn from it; its JSON Schema is the resource dataset-schema.",
        }),
        json!({
            "name": "dataset-schema", "path": "bomca.schema.json", "profile": "data-resource", "format": "json", "type": "file",
            "mediatype": "application/schema+json", "encoding": "utf-8",
            "description": "The JSON Schema (draft 2020-12) of bomca.json; its descriptions name the IATI 2.03 element each field corresponds to.",
        }),
        json!({
            "name": "iati-activities", "path": Export::Iati.file_name(), "profile": "data-resource", "format": "xml",
            "mediatype": "application/xml", "encoding": "utf-8",
            "description": "The programme and its dated phases as IATI 2.03 activities.",
        }),
    ]);
    let sources: Vec<Value> = ds
        .sources
        .iter()
        .map(|s| {
            let mut v = json!({ "title": en(&s.title) });
            if let Some(url) = &s.url {
                v["path"] = json!(url);
            }
            v
        })
        .collect();
    let package = json!({
        "profile": "data-package",
        "name": "bomca-explorer",
        "id": format!("{root}/data/v{}/datapackage.json", meta.version),
        "title": super::citation::TITLE,
        "description": en(&ds.programme.summary.value) + " " + &en(&meta.note),
        "homepage": format!("{root}/sources"),
        "version": meta.version,
        "created": format!("{}T00:00:00Z", meta.updated),
        "licenses": [{ "name": meta.licence_id, "path": meta.licence_url, "title": en(&meta.licence) }],
        "keywords": ["BOMCA", "border management", "Central Asia", "European Union", "IATI"],
        "sources": sources,
        "changes": meta.changes,
        "resources": resources,
    });
    serde_json::to_string_pretty(&package).expect("a JSON value always serialises") + "\n"
}
