//! The checks against the real file, and against it spoiled one way at a time.
use super::formats::semver;
use super::*;
use crate::core::load::parse;
use crate::core::query;
use serde_json::{json, Value};

const REAL: &str = include_str!("../../../public/data/bomca.json");

/// The problems of the real file after `change`.
fn mutated(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let mut json: Value = serde_json::from_str(REAL).unwrap();
    change(&mut json);
    let ds = parse(&json.to_string()).expect("still the right shape");
    validate(&ds).into_iter().map(|p| p.0).collect()
}

fn by_id<'a>(list: &'a mut Value, id: &str) -> &'a mut Value {
    list.as_array_mut().unwrap().iter_mut().find(|x| x["id"] == id).unwrap_or_else(|| panic!("no entity '{id}'"))
}

fn phase(j: &mut Value, n: u64) -> &mut Value {
    j["phases"].as_array_mut().unwrap().iter_mut().find(|p| p["number"] == n).unwrap()
}

#[track_caller]
fn expect(problems: &[String], needle: &str) {
    assert!(problems.iter().any(|p| p.contains(needle)), "expected a problem containing {needle:?} in {problems:#?}");
}

#[test]
fn the_real_file_is_sound() {
    let ds = parse(REAL).expect("parses");
    let problems = validate(&ds);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(query::phase_numbers(&ds), (1..=11).collect::<Vec<u8>>());
}

#[test]
fn duplicate_ids_are_reported() {
    let p = mutated(|j| {
        for list in ["sources", "organisations", "themes", "components", "offices", "events", "quotes"] {
            let first = j[list][0].clone();
            j[list].as_array_mut().unwrap().push(first);
        }
        let figure = phase(j, 9)["figures"][0].clone();
        phase(j, 10)["figures"].as_array_mut().unwrap().push(figure);
        let ext = phase(j, 9)["extensions"][0].clone();
        phase(j, 10)["extensions"].as_array_mut().unwrap().push(ext);
    });
    let j: Value = serde_json::from_str(REAL).unwrap();
    for (kind, list) in [
        ("source", "sources"),
        ("organisation", "organisations"),
        ("theme", "themes"),
        ("component", "components"),
        ("office", "offices"),
        ("event", "events"),
        ("quote", "quotes"),
    ] {
        expect(&p, &format!("{kind} id '{}' is not unique", j[list][0]["id"].as_str().unwrap()));
    }
    expect(&p, "figure id 'bomca-9-halfway-people' is not unique");
    expect(&p, "extension id 'bomca-9-ext-1' is not unique");
    expect(&p, "phase 7 has two components numbered 1");
}

#[test]
fn phase_numbers_must_run_from_1_without_gaps() {
    let p = mutated(|j| {
        phase(j, 4)["number"] = 5.into();
    });
    expect(&p, "phase 5 appears more than once");
    expect(&p, "phase 4 is missing");
}

#[test]
fn unknown_references_are_reported() {
    let p = mutated(|j| {
        by_id(&mut j["components"], "bomca-10-c2")["themes"][0] = "nope".into();
        by_id(&mut j["components"], "bomca-9-c1")["phase"] = 42.into();
        phase(j, 11)["lead"]["value"] = "org-nobody".into();
        phase(j, 10)["partners"][1]["organisation"] = "org-ghost".into();
        phase(j, 10)["partners"][2]["component"] = 7.into();
        by_id(&mut j["offices"], "office-secretariat-vienna")["sources"][0] = "missing-source".into();
        by_id(&mut j["offices"], "office-country-kz")["phases"] = json!([12]);
        by_id(&mut j["events"], "ev-2024-brussels")["phase"] = 13.into();
        j["quotes"][0]["phase"] = 14.into();
        j["programme"]["objectives"][0]["phases"] = json!([15]);
        j["programme"]["donor"]["value"] = "org-donor".into();
        by_id(&mut j["components"], "bomca-10-c1")["responsible_partner"] = "org-lost".into();
    });
    expect(&p, "unknown theme 'nope'");
    expect(&p, "component 'bomca-9-c1' refers to unknown phase 42");
    expect(&p, "phase 11 lead refers to unknown organisation 'org-nobody'");
    expect(&p, "unknown organisation 'org-ghost'");
    expect(&p, "refers to unknown component 7");
    expect(&p, "office 'office-secretariat-vienna' cites unknown source 'missing-source'");
    expect(&p, "office 'office-country-kz' refers to unknown phase 12");
    expect(&p, "event 'ev-2024-brussels' refers to unknown phase 13");
    expect(&p, "refers to unknown phase 14");
    expect(&p, "programme objective refers to unknown phase 15");
    expect(&p, "programme donor refers to unknown organisation 'org-donor'");
    expect(&p, "component 'bomca-10-c1' refers to unknown organisation 'org-lost'");
}

#[test]
fn missing_translations_are_reported() {
    let p = mutated(|j| {
        by_id(&mut j["themes"], "ibm-institutional")["name"].as_object_mut().unwrap().remove("ru");
        by_id(&mut j["events"], "ev-2024-brussels")["summary"]["en"] = " ".into();
        by_id(&mut j["offices"], "office-eu-delegation-kg")["address"]["street"][0]
            .as_object_mut()
            .unwrap()
            .remove("ru");
        j["meta"]["note"]["ru"] = "".into();
        phase(j, 9)["overall_objective"]["value"]["de"] = "Ziel".into();
    });
    expect(&p, "theme 'ibm-institutional' name has no ru text");
    expect(&p, "event 'ev-2024-brussels' summary has no en text");
    expect(&p, "office 'office-eu-delegation-kg' address has no ru text");
    expect(&p, "meta note has no ru text");
    expect(&p, "phase 9 overall objective has a text in an unknown language 'de'");
}

#[test]
fn a_version_out_of_step_with_the_changelog_is_reported() {
    let p = mutated(|j| {
        j["meta"]["version"] = "1.1.0".into();
        let first = j["meta"]["changes"][0].clone();
        let mut older = first.clone();
        older["version"] = "1.0.0".into();
        let mut bad = first;
        bad["version"] = "01.2".into();
        j["meta"]["changes"].as_array_mut().unwrap().extend([older, bad]);
        j["meta"]["licence_url"] = "creativecommons.org".into();
    });
    expect(&p, "the newest change (1.0.0 of 2026-12-02) is not this version (1.1.0 of 2026-12-02)");
    expect(&p, "change 1.0.0 is not older than the one above it");
    expect(&p, "change '01.2' is not a version of the form 1.2.3");
    expect(&p, "meta licence_url 'creativecommons.org' is malformed");
    assert_eq!(semver("1.10.0"), Some((1, 10, 0)));
    assert_eq!(semver("1.0"), None);
    assert_eq!(semver("1.0.0.0"), None);
}

#[test]
fn missing_citations_are_reported() {
    let p = mutated(|j| {
        by_id(&mut j["events"], "ev-2024-brussels")["sources"] = json!([]);
        phase(j, 11)["budgets"][0]["amount"]["sources"] = json!([]);
        j["programme"]["figures"][0]["value"]["sources"] = json!(["seed-bomca9-page-2016", "seed-bomca9-page-2016"]);
        by_id(&mut j["organisations"], "org-icmpd")["sources"] = json!([]);
    });
    expect(&p, "event 'ev-2024-brussels' cites no source");
    expect(&p, "phase 11 budget cites no source");
    expect(&p, "cites source 'seed-bomca9-page-2016' twice");
    expect(&p, "organisation 'org-icmpd' cites no source");
}

#[test]
fn disordered_dates_and_wrong_durations_are_reported() {
    let p = mutated(|j| {
        phase(j, 10)["duration_months"]["value"] = 40.into();
        phase(j, 9)["extensions"][1]["new_end"] = "2019-01-01".into();
        phase(j, 7)["actual_end"] = json!({"value": "2008", "sources": ["web-pdfslide-bomca7"]});
        by_id(&mut j["events"], "ev-2025-rsg4")["end_date"] = "2025-01-31".into();
        j["programme"]["figures"][1]["period_end"] = "2001".into();
    });
    expect(&p, "phase 10: duration 40 months disagrees with 2021-04-01 to 2025-09 (54 months)");
    expect(&p, "extension 'bomca-9-ext-2' after the previous end: 2019-01-01 is not after 2019-12-14");
    expect(&p, "phase 7 start and actual end: 2009-01-01 is after 2008");
    expect(&p, "event 'ev-2025-rsg4': 2025-02-20 is after 2025-01-31");
    expect(&p, "period: 2003 is after 2001");
}

#[test]
fn an_extension_must_move_the_end_later() {
    let p = mutated(|j| {
        phase(j, 9)["extensions"][2]["new_end"] = "2020-04-30".into();
    });
    expect(&p, "extension 'bomca-9-ext-3' after the previous end: 2020-04-30 is not after 2020-04-30");
}

#[test]
fn malformed_contacts_are_reported() {
    let p = mutated(|j| {
        let office = by_id(&mut j["offices"], "office-eu-delegation-kg");
        office["phone"] = "call us".into();
        office["fax"] = "+996 312  26".into();
        office["email"] = "not-an-address".into();
        office["website"] = "www.example.org".into();
        office["social"][0]["url"] = "facebook.com/eudelkg".into();
        let ro = by_id(&mut j["offices"], "office-regional-bishkek");
        ro["social_handles"] = json!(["BOMCA PROGRAMME"]);
        by_id(&mut j["offices"], "office-secretariat-vienna")["email"] = "janna.tashieva@icmpd.org".into();
        by_id(&mut j["sources"], "web-icmpd-bomca10")["url"] = "icmpd.org/bomca".into();
    });
    expect(&p, "malformed phone number 'call us'");
    expect(&p, "malformed phone number '+996 312  26'");
    expect(&p, "malformed e-mail 'not-an-address'");
    expect(&p, "malformed URL 'www.example.org'");
    expect(&p, "malformed URL 'facebook.com/eudelkg'");
    expect(&p, "malformed social handle 'BOMCA PROGRAMME'");
    expect(
        &p,
        "office 'office-secretariat-vienna' has the personal e-mail 'janna.tashieva@icmpd.org' of Janna Tashieva",
    );
    expect(&p, "source 'web-icmpd-bomca10' has a malformed URL 'icmpd.org/bomca'");
}

#[test]
fn codes_amounts_and_kinds_are_checked() {
    let p = mutated(|j| {
        by_id(&mut j["organisations"], "org-icmpd")["country"] = "XX".into();
        by_id(&mut j["events"], "ev-2024-brussels")["country"] = "be".into();
        phase(j, 10)["countries"]["value"] = json!(["KZ", "Kyrgyzstan"]);
        phase(j, 11)["budgets"][0]["amount"]["value"]["amount"] = 0.into();
        phase(j, 8)["budgets"][0]["amount"]["value"]["currency"] = "euro".into();
        j["quotes"][0]["original_language"] = "fr".into();
        by_id(&mut j["sources"], "seed-bomca11-brochure")["seed_file"] = Value::Null;
        by_id(&mut j["sources"], "web-aets")["seed_file"] = "000_x.txt".into();
        by_id(&mut j["themes"], "drugs")["dac_sector"] = "160".into();
    });
    expect(&p, "organisation 'org-icmpd' has an unknown country code 'XX'");
    expect(&p, "event 'ev-2024-brussels' has an unknown country code 'be'");
    expect(&p, "phase 10 countries has an unknown country code 'Kyrgyzstan'");
    expect(&p, "phase 11 budget has an amount that is not positive");
    expect(&p, "phase 8 budget has a malformed currency code 'euro'");
    expect(&p, "has an unknown original language 'fr'");
    expect(&p, "seed source 'seed-bomca11-brochure' names no seed file");
    expect(&p, "web source 'web-aets' names a seed file");
    expect(&p, "theme 'drugs' has a malformed DAC sector code '160'");
}

#[test]
fn country_page_links_name_a_programme_country() {
    let p = mutated(|j| {
        j["programme"]["country_starts"][0]["country"] = "AT".into();
        j["programme"]["country_starts"][1]["start"]["sources"] = json!(["no-such-source"]);
        by_id(&mut j["quotes"], "quote-duishenbiev")["country"] = "AF".into();
        by_id(&mut j["components"], "bomca-7-c3")["countries"] = json!(["TJ", "LV"]);
        by_id(&mut j["phases"][9]["figures"], "bomca-10-eq-kg-osh")["country"] = "BE".into();
    });
    expect(&p, "programme start in 'AT' names 'AT', which is not one of the programme's countries");
    expect(&p, "programme start in 'UZ' cites unknown source 'no-such-source'");
    expect(&p, "quote 'quote-duishenbiev' names 'AF'");
    expect(&p, "component 'bomca-7-c3' names 'LV'");
    expect(&p, "figure 'bomca-10-eq-kg-osh' names 'BE'");
    let twice = mutated(|j| {
        let first = j["programme"]["country_starts"][0].clone();
        j["programme"]["country_starts"].as_array_mut().unwrap().push(first);
    });
    expect(&twice, "programme start in 'TM' is given twice");
}
