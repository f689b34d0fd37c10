//! Public roles only (issue 19): no personal e-mail address or phone number in the data, on the site's
//! data copies, or in any export. The only e-mail addresses anywhere are the institutional ones the
//! sources publish for offices and programme mailboxes.
use std::collections::BTreeSet;

use bomca_explorer::core::export::{app_copy, dataset_file, vcard, Export};
use bomca_explorer::core::load;
use bomca_explorer::core::locale::Locale;
use bomca_explorer::core::model::Dataset;

const DATA: &str = include_str!("../public/data/bomca.json");

/// The institutional addresses and numbers the sources publish (research sheets 1 and 2, section
/// "generic institutional contact points").
const INSTITUTIONAL_EMAILS: [&str; 3] = ["BOMCA@icmpd.org", "bomca@icmpd.org", "delegation-kyrgyzstan@eeas.europa.eu"];
const INSTITUTIONAL_PHONES: [&str; 2] = ["+996 312 26 10 00", "+996 312 26 10 07"];

fn dataset() -> Dataset {
    load::parse(DATA).expect("dataset parses")
}

/// Every e-mail address in a text: a run of address characters around an "@" with a dotted domain.
fn emails(text: &str) -> BTreeSet<String> {
    let is_part = |c: char| c.is_ascii_alphanumeric() || "._+-".contains(c);
    let mut found = BTreeSet::new();
    for (at, _) in text.match_indices('@') {
        let local: String =
            text[..at].chars().rev().take_while(|&c| is_part(c)).collect::<Vec<_>>().into_iter().rev().collect();
        let domain: String = text[at + 1..].chars().take_while(|&c| is_part(c)).collect();
        let domain = domain.trim_end_matches('.');
        if !local.is_empty() && domain.contains('.') {
            found.insert(format!("{local}@{domain}"));
        }
    }
    found
}

/// Every international phone number in a text: "+" and at least eight digits, in groups.
fn phones(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (i, _) in text.match_indices('+') {
        let number: String = text[i + 1..].chars().take_while(|c| c.is_ascii_digit() || *c == ' ').collect();
        let number = number.trim_end();
        if number.chars().filter(char::is_ascii_digit).count() >= 8 && number.starts_with(|c: char| c.is_ascii_digit())
        {
            found.insert(format!("+{number}"));
        }
    }
    found
}

/// Everything the project publishes: the whole file, its one-language copies, every CSV table and
/// the IATI file, and the vCards of every office in every language.
fn everything_published(ds: &Dataset) -> Vec<(String, String)> {
    let tree: serde_json::Value = serde_json::from_str(DATA).unwrap();
    let mut out = vec![("bomca.json".to_string(), DATA.to_string())];
    for locale in Locale::ALL {
        // The binary copy holds its texts as UTF-8, as written.
        let copy = app_copy(&tree, locale).unwrap();
        out.push((dataset_file(locale), String::from_utf8_lossy(&copy).into_owned()));
        let offices: Vec<_> = ds.offices.iter().collect();
        out.push((format!("vCards ({})", locale.code()), vcard::offices_vcards(ds, &offices, locale)));
    }
    for e in Export::ALL {
        out.push((e.file_name(), e.generate(ds)));
    }
    out
}

#[test]
fn the_finders_find_addresses_and_numbers() {
    let text = "Write to a.b-c@x.example.org, or call +996 312 26 10 00; not 2+2 or me@home.";
    assert_eq!(emails(text), BTreeSet::from(["a.b-c@x.example.org".to_string()]));
    assert_eq!(phones(text), BTreeSet::from(["+996 312 26 10 00".to_string()]));
}

#[test]
fn no_personal_email_in_the_data_or_any_export() {
    let ds = dataset();
    let allowed: BTreeSet<&str> = INSTITUTIONAL_EMAILS.into_iter().collect();
    for (name, text) in everything_published(&ds) {
        for email in emails(&text) {
            assert!(
                allowed.contains(email.as_str()),
                "{name} publishes the e-mail address {email}, which is not institutional"
            );
        }
    }
}

#[test]
fn no_personal_phone_number_in_the_data_or_any_export() {
    let ds = dataset();
    // Compared by digits: the vCards write numbers as `tel:` addresses without spaces.
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let allowed: BTreeSet<String> = INSTITUTIONAL_PHONES.into_iter().map(digits).collect();
    for (name, text) in everything_published(&ds) {
        for phone in phones(&text) {
            assert!(
                allowed.contains(&digits(&phone)),
                "{name} publishes the phone number {phone}, which is not institutional"
            );
        }
    }
}

/// The 2018 press release named the BOMCA National Coordinator for Kyrgyzstan with a personal address;
/// the person is kept as a historical record, the address nowhere.
#[test]
fn the_2018_coordinators_personal_address_is_nowhere() {
    let ds = dataset();
    for (name, text) in everything_published(&ds) {
        assert!(!text.to_lowercase().contains("tashieva@"), "{name} still carries the coordinator's personal e-mail");
    }
}

/// The schema has no place for a person's e-mail or phone: a file that adds one does not validate.
#[test]
fn the_schema_has_no_place_for_a_personal_contact() {
    let schema: serde_json::Value = serde_json::from_str(include_str!("../public/data/bomca.schema.json")).unwrap();
    let validator = jsonschema::draft202012::new(&schema).expect("the schema compiles");
    let mut j: serde_json::Value = serde_json::from_str(DATA).unwrap();
    assert!(validator.is_valid(&j));
    j["people"][0]["email"] = "someone@example.org".into();
    assert!(!validator.is_valid(&j), "a person with an e-mail");
    let mut j: serde_json::Value = serde_json::from_str(DATA).unwrap();
    j["people"][0]["phone"] = "+996 555 00 00 00".into();
    assert!(!validator.is_valid(&j), "a person with a phone");
    let mut j: serde_json::Value = serde_json::from_str(DATA).unwrap();
    j["offices"][0]["person"] =
        serde_json::json!({"name": {"en": "A", "ru": "А"}, "role": {"en": "B", "ru": "Б"}, "email": null});
    assert!(!validator.is_valid(&j), "an office with a person");
}
