//! A static JSON API under `data/api/`, in the manner of Open UNDP's per-project files: an index of
//! every kind of record with its list, a list per kind, and one file per record. A record file holds
//! the record exactly as the dataset has it (both languages), its sources resolved (titles,
//! publishers, URLs), links to the records it relates to, and its page on the site in each
//! language. Links are absolute (`root` is the site's address with its base), so a file read on
//! its own still leads on.
use serde_json::{json, Map, Value};

use crate::core::locale::Locale;
use crate::core::model::Dataset;
use crate::core::{query, routes};

/// The folder the API is written to, under the site's root.
pub const DIR: &str = "data/api";

/// A kind of record, its list in the dataset and how one record of it is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Phases,
    Components,
    Organisations,
    Offices,
    Events,
    People,
    Sources,
}

impl Kind {
    pub const ALL: [Kind; 7] =
        [Kind::Phases, Kind::Components, Kind::Organisations, Kind::Offices, Kind::Events, Kind::People, Kind::Sources];

    /// Its list's key in the dataset, and its folder under `data/api/`.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Phases => "phases",
            Kind::Components => "components",
            Kind::Organisations => "organisations",
            Kind::Offices => "offices",
            Kind::Events => "events",
            Kind::People => "people",
            Kind::Sources => "sources",
        }
    }

    /// The field that names a record (a text in both languages).
    fn label_field(self) -> &'static str {
        match self {
            Kind::Organisations | Kind::Offices | Kind::People => "name",
            _ => "title",
        }
    }
}

/// A record's id as its file is named: a phase's number, anyone else's `id`.
fn id_of(record: &Value) -> String {
    match &record["id"] {
        Value::String(id) => id.clone(),
        _ => record["number"].to_string(),
    }
}

/// The API's files, as (path under the site's root, JSON text), for the dataset `tree` (the file as
/// read) and `ds` (the same, typed, for the relations between records).
pub fn files(tree: &Value, ds: &Dataset, root: &str) -> Vec<(String, String)> {
    let api = Api { tree, ds, root };
    let mut out = vec![(format!("{DIR}/index.json"), pretty(&api.index()))];
    for kind in Kind::ALL {
        let records = tree[kind.key()].as_array().map(Vec::as_slice).unwrap_or_default();
        let list: Vec<Value> = records.iter().map(|r| api.summary(kind, r)).collect();
        out.push((
            format!("{DIR}/{}/index.json", kind.key()),
            pretty(&json!({ "kind": kind.key(), "count": list.len(), "records": list })),
        ));
        for record in records {
            let id = id_of(record);
            assert_ne!(id, "index", "a record id 'index' would overwrite its kind's list");
            out.push((format!("{DIR}/{}/{id}.json", kind.key()), pretty(&api.record(kind, record))));
        }
    }
    out
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).expect("a JSON value always serialises") + "\n"
}

struct Api<'a> {
    tree: &'a Value,
    ds: &'a Dataset,
    root: &'a str,
}

impl Api<'_> {
    fn url(&self, path: &str) -> String {
        format!("{}/{path}", self.root)
    }

    fn record_url(&self, kind: Kind, id: &str) -> String {
        self.url(&format!("{DIR}/{}/{id}.json", kind.key()))
    }

    /// The page in each language, e.g. `{"en": ".../phases/9", "ru": ".../ru/phases/9"}`.
    fn pages(&self, route: &str) -> Value {
        Value::Object(
            Locale::ALL
                .into_iter()
                .map(|l| (l.code().to_string(), json!(format!("{}{}", self.root, l.path(route)))))
                .collect(),
        )
    }

    fn index(&self) -> Value {
        let meta = &self.ds.meta;
        let kinds: Map<String, Value> = Kind::ALL
            .into_iter()
            .map(|k| {
                let count = self.tree[k.key()].as_array().map_or(0, Vec::len);
                let entry = json!({
                    "list": self.url(&format!("{DIR}/{}/index.json", k.key())),
                    "record": self.url(&format!("{DIR}/{}/{{id}}.json", k.key())),
                    "count": count,
                });
                (k.key().to_string(), entry)
            })
            .collect();
        json!({
            "name": "BOMCA Explorer open data",
            "version": meta.version,
            "updated": meta.updated,
            "licence": { "id": meta.licence_id, "url": meta.licence_url, "text": meta.licence },
            "dataset": self.url("data/bomca.json"),
            "datapackage": self.url("data/datapackage.json"),
            "this_version": super::citation::version_url(self.ds, self.root),
            "pages": self.pages("/sources"),
            "kinds": kinds,
        })
    }

    fn summary(&self, kind: Kind, record: &Value) -> Value {
        let id = id_of(record);
        json!({ "id": id, "label": record[kind.label_field()], "url": self.record_url(kind, &id) })
    }

    fn record(&self, kind: Kind, record: &Value) -> Value {
        let id = id_of(record);
        let mut cited = Vec::new();
        sources_cited(record, &mut cited);
        let sources: Vec<Value> = cited
            .iter()
            .filter_map(|s| self.tree["sources"].as_array()?.iter().find(|x| x["id"] == **s))
            .map(|s| {
                json!({
                    "id": s["id"], "title": s["title"], "publisher": s["publisher"], "date": s["date"],
                    "url": s["url"], "reliability": s["reliability"], "api": self.record_url(Kind::Sources, &id_of(s)),
                })
            })
            .collect();
        let mut out = json!({
            "kind": kind.key(),
            "id": id,
            "url": self.record_url(kind, &id),
            "version": self.ds.meta.version,
            "licence": self.ds.meta.licence_id,
            "record": record,
            "sources": sources,
            "related": self.related(kind, &id),
        });
        if let Some(route) = self.route(kind, &id, record) {
            out["pages"] = self.pages(&route);
        }
        out
    }

    /// The page that shows the record, where there is one.
    fn route(&self, kind: Kind, id: &str, record: &Value) -> Option<String> {
        match kind {
            Kind::Phases => Some(routes::phase(record["number"].as_u64()? as u8)),
            Kind::Components => Some(routes::component(id)),
            Kind::Sources => Some(routes::source(id)),
            Kind::Offices => Some(routes::office(id)),
            Kind::People => Some(routes::people()),
            Kind::Events => Some(routes::phase(record["phase"].as_u64()? as u8)),
            Kind::Organisations => None,
        }
    }

    fn links<'b>(&self, kind: Kind, ids: impl IntoIterator<Item = &'b str>) -> Value {
        let mut seen: Vec<&str> = Vec::new();
        for id in ids {
            if !seen.contains(&id) {
                seen.push(id);
            }
        }
        Value::Array(seen.into_iter().map(|id| json!({ "id": id, "url": self.record_url(kind, id) })).collect())
    }

    fn related(&self, kind: Kind, id: &str) -> Value {
        let ds = self.ds;
        let phases = |ns: Vec<u8>| ns.iter().map(u8::to_string).collect::<Vec<_>>();
        let pairs: Vec<(Kind, Vec<String>)> = match kind {
            Kind::Phases => {
                let Some(p) = ds.phases.iter().find(|p| p.number.to_string() == id) else { return json!({}) };
                let n = p.number;
                let mut orgs: Vec<String> = p.lead.iter().map(|l| l.value.clone()).collect();
                orgs.extend(p.partners.iter().map(|x| x.organisation.clone()));
                vec![
                    (Kind::Components, query::components_of(ds, n).iter().map(|c| c.id.clone()).collect()),
                    (Kind::Organisations, orgs),
                    (Kind::Events, ds.events.iter().filter(|e| e.phase == Some(n)).map(|e| e.id.clone()).collect()),
                    (
                        Kind::Offices,
                        ds.offices.iter().filter(|o| o.phases.contains(&n)).map(|o| o.id.clone()).collect(),
                    ),
                    (Kind::People, ds.people.iter().filter(|x| x.phases.contains(&n)).map(|x| x.id.clone()).collect()),
                ]
            }
            Kind::Components => {
                let Some(c) = ds.components.iter().find(|c| c.id == id) else { return json!({}) };
                vec![
                    (Kind::Phases, phases(vec![c.phase])),
                    (Kind::Organisations, c.responsible_partner.iter().cloned().collect()),
                ]
            }
            Kind::Organisations => vec![
                (Kind::Phases, phases(query::phases_of_organisation(ds, id).into_iter().map(|(n, _)| n).collect())),
                (
                    Kind::Components,
                    ds.components
                        .iter()
                        .filter(|c| c.responsible_partner.as_deref() == Some(id))
                        .map(|c| c.id.clone())
                        .collect(),
                ),
                (
                    Kind::Offices,
                    ds.offices.iter().filter(|o| o.organisation.as_deref() == Some(id)).map(|o| o.id.clone()).collect(),
                ),
                (
                    Kind::People,
                    ds.people.iter().filter(|x| x.organisation.as_deref() == Some(id)).map(|x| x.id.clone()).collect(),
                ),
            ],
            Kind::Offices => {
                let Some(o) = ds.offices.iter().find(|o| o.id == id) else { return json!({}) };
                vec![
                    (Kind::Organisations, o.organisation.iter().cloned().collect()),
                    (Kind::Phases, phases(o.phases.clone())),
                ]
            }
            Kind::Events => {
                let Some(e) = ds.events.iter().find(|e| e.id == id) else { return json!({}) };
                vec![(Kind::Phases, phases(e.phase.into_iter().collect()))]
            }
            Kind::People => {
                let Some(x) = ds.people.iter().find(|x| x.id == id) else { return json!({}) };
                vec![
                    (Kind::Organisations, x.organisation.iter().cloned().collect()),
                    (Kind::Phases, phases(x.phases.clone())),
                ]
            }
            Kind::Sources => vec![],
        };
        Value::Object(
            pairs
                .into_iter()
                .filter(|(_, ids)| !ids.is_empty())
                .map(|(k, ids)| (k.key().to_string(), self.links(k, ids.iter().map(String::as_str))))
                .collect(),
        )
    }
}

/// Every source id the record cites (any `sources` list inside it), in order of first citation.
fn sources_cited<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("sources", Value::Array(ids)) => {
                        for id in ids.iter().filter_map(Value::as_str) {
                            if !out.contains(&id) {
                                out.push(id);
                            }
                        }
                    }
                    _ => sources_cited(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| sources_cited(v, out)),
        _ => {}
    }
}
