//! The defects a fact check of the dataset against its cited sources found (issue 19), one test each.
//! Every test here failed on the value the file held before the correction.
use bomca_explorer::core::load;
use bomca_explorer::core::locale::Locale;
use bomca_explorer::core::model::{BudgetKind, Dataset, PartialDate, Phase};

const DATA: &str = include_str!("../public/data/bomca.json");

fn dataset() -> Dataset {
    load::parse(DATA).expect("dataset parses")
}

fn phase(ds: &Dataset, n: u8) -> &Phase {
    ds.phases.iter().find(|p| p.number == n).unwrap_or_else(|| panic!("phase {n}"))
}

fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap()
}

/// The note that marks a value as the dataset's own reasoning, not a source's (the site shows it).
const OURS_EN: &str = "Not from a source:";
const OURS_RU: &str = "Не из источника:";

#[test]
fn bomca_9_eu_budget_says_the_extension_arithmetic_is_ours() {
    let ds = dataset();
    let eu = phase(&ds, 9).budgets.iter().find(|b| b.kind == BudgetKind::EuContribution).unwrap();
    let note = eu.amount.note.as_ref().unwrap();
    let (en, ru) = (note.get(Locale::En), note.get(Locale::Ru));
    let ours = en.find(OURS_EN).expect("marked as our inference");
    assert!(en.find("extension").unwrap() > ours, "the extension claim sits in the marked part: {en}");
    assert!(ru.contains(OURS_RU), "{ru}");
}

#[test]
fn bomca_9_officials_took_part_rather_than_were_trained() {
    let ds = dataset();
    let f = phase(&ds, 9).figures.iter().find(|f| f.id == "bomca-9-2018-officials").unwrap();
    assert_eq!(f.value.value, 2300.0);
    let (en, ru) = (f.label.get(Locale::En), f.label.get(Locale::Ru));
    assert!(!en.contains("trained") && en.contains("took part in activities"), "{en}");
    assert!(!ru.contains("обучение") && ru.contains("участие"), "{ru}");
}

#[test]
fn bomca_10_ended_in_september_2025_day_unknown() {
    let ds = dataset();
    let end = phase(&ds, 10).actual_end.as_ref().expect("the actual end is published");
    assert_eq!(end.value, date("2025-09"), "month only: no source gives the day");
    assert!(end.sources.contains(&"web-customs-tm".to_string()), "the closing events of 3–5 September 2025");
    assert!(end.note.as_ref().unwrap().get(Locale::En).contains("3 to 5 September 2025"));
}

#[test]
fn bomca_8_icmpd_is_tied_to_no_component() {
    let ds = dataset();
    let icmpd = phase(&ds, 8).partners.iter().find(|x| x.organisation == "org-icmpd").unwrap();
    assert_eq!(icmpd.component, None, "no source ties ICMPD to BOMCA 8's component 2");
}

#[test]
fn the_old_bishkek_headquarters_is_tied_to_no_organisation() {
    let ds = dataset();
    let hq = ds.offices.iter().find(|o| o.id == "office-undp-regional-hq").unwrap();
    assert_eq!(hq.organisation, None, "the European Commission page does not say UNDP ran it");
    assert!(!hq.name.get(Locale::En).contains("UNDP"), "{}", hq.name.get(Locale::En));
}

#[test]
fn bomca_10_lead_cites_the_page_that_says_it_leads() {
    let ds = dataset();
    let p = phase(&ds, 10);
    let sbg = p.partners.iter().find(|x| x.organisation == "org-sbg-lv").unwrap();
    assert_eq!(sbg.sources, ["web-icmpd-bomca10"], "the BOMCA 10 summary seed lists it only for component 1");
    assert_eq!(p.lead.as_ref().unwrap().sources, ["web-icmpd-bomca10"]);
}

#[test]
fn no_theme_carries_an_unsourced_dac_code() {
    let ds = dataset();
    for t in &ds.themes {
        if let Some(code) = &t.dac_sector {
            assert!(
                ["15210", "33120", "15160"].contains(&code.as_str()),
                "theme '{}' has DAC code {code}, which no source gives",
                t.id
            );
        }
    }
}

#[test]
fn russian_names_and_terms_are_the_official_ones() {
    for (wrong, right) in [
        ("ЕСВД", "ЕСВС"),
        ("служба по обеспечению безопасности здорового общества", "служба по защите безопасности здорового общества"),
        ("Вступительный отчёт", "Начальный отчёт"),
        ("Описание действий", "Описание действия"),
        ("национальные позиции", "национальные штатные должности"),
        ("Пограничная служба Республики Польша", "Пограничная стража Республики Польша"),
    ] {
        assert!(!DATA.contains(wrong), "the data still says {wrong:?}");
        assert!(DATA.contains(right), "the data does not say {right:?}");
    }
}

/// The new research (`shared/research/bomca_facts_2.md`) is in the file with its sources.
#[test]
fn the_second_research_sheet_is_in_the_file() {
    let ds = dataset();
    let p9 = phase(&ds, 9);
    let total = p9.budgets.iter().find(|b| b.kind == BudgetKind::Total).unwrap();
    assert_eq!(total.amount.value.amount, 4_954_785.0);
    assert_eq!(total.amount.sources, ["web-bomca-eu-overview-old"]);
    assert_eq!(p9.actual_end.as_ref().unwrap().value, date("2020-09-30"));
    let p8 = phase(&ds, 8);
    assert_eq!(p8.budgets[0].amount.alternatives[0].value.amount, 8_000_000.0, "announced in December 2010");
    // The early years' dated deliverables: events of 2004 to 2009 that the sources tie to no phase.
    let early: Vec<&str> = ds
        .events
        .iter()
        .filter(|e| (2004..=2009).contains(&e.date.year) && e.phase.is_none())
        .map(|e| e.id.as_str())
        .collect();
    for id in [
        "ev-2004-04-merger",
        "ev-2006-12-pilot-bcps",
        "ev-2007-11-tj-cbt",
        "ev-2009-03-tm-training-centre",
        "ev-2009-08-dog-handlers",
    ] {
        assert!(early.contains(&id), "{id} in {early:?}");
    }
    let p10 = phase(&ds, 10);
    let figure = |id: &str| p10.figures.iter().find(|f| f.id == id).unwrap_or_else(|| panic!("{id}"));
    assert_eq!(figure("bomca-10-ngo-call-2-funded").value.value, 635_000.0);
    assert_eq!(figure("bomca-10-eq-tm-vehicles").value.value, 205_130.44);
    assert_eq!(figure("bomca-10-eq-kg-osh").as_of, None, "13 May, the year not published: unknown stays unknown");
    // Dates the sources give only as a month stay partial.
    let by_id = |id: &str| ds.events.iter().find(|e| e.id == id).unwrap();
    assert_eq!(by_id("ev-2011-09-issyk-kul").date, date("2011-09"));
    assert_eq!(by_id("ev-2012-07-cynology").date, date("2012-07"));
    assert_eq!(by_id("ev-2007-tm-training-centre").date, date("2007"));
}

/// Phase pages list the events of their years that the sources tie to no phase (the early years'
/// deliverables on the pages of phases 1 to 6, whose dates are not published).
#[test]
fn phase_pages_find_the_unphased_events_of_their_years() {
    use bomca_explorer::core::query::unphased_events_of_the_years;
    let ds = dataset();
    let ids = |n: u8| unphased_events_of_the_years(&ds, n).into_iter().map(|e| e.id.as_str()).collect::<Vec<_>>();
    for n in 1..=6 {
        let early = ids(n);
        assert!(early.contains(&"ev-2004-04-merger") && early.contains(&"ev-2007-11-tj-cbt"), "phase {n}: {early:?}");
        assert!(!early.contains(&"ev-2009-03-tm-training-centre"), "phase {n}: 2009 is BOMCA 7's year");
    }
    let seven = ids(7);
    assert!(
        seven.contains(&"ev-2009-03-tm-training-centre") && seven.contains(&"ev-2009-08-dog-handlers"),
        "{seven:?}"
    );
    let eight = ids(8);
    assert!(eight.contains(&"ev-2011-09-issyk-kul") && eight.contains(&"ev-2012-07-cynology"), "{eight:?}");
    assert!(ds.events.iter().filter(|e| e.phase.is_some()).all(|e| !ids(9).contains(&e.id.as_str())));
}

#[test]
fn bomca_11_brochure_partners_have_no_stated_role() {
    use bomca_explorer::core::model::PartnerRole;
    let ds = dataset();
    for org in ["org-cfca-lv", "org-unodc", "org-interpol"] {
        let x = phase(&ds, 11).partners.iter().find(|x| x.organisation == org).unwrap();
        assert_eq!(x.role, PartnerRole::Unstated, "{org}: the brochure lists it under an empty heading");
    }
}

#[test]
fn the_33_million_alternative_says_more_than() {
    use bomca_explorer::core::format::format_figure;
    use bomca_explorer::core::model::Qualifier;
    let ds = dataset();
    let f = ds.programme.figures.iter().find(|f| f.id == "programme-eu-funding-2003-2014").unwrap();
    let alt = f.value.alternatives.iter().find(|a| a.value == 33_000_000.0).unwrap();
    assert_eq!(alt.qualifier, Some(Qualifier::Over), "“more than € 33 million”");
    let shown = format_figure(alt.value, f.unit, alt.qualifier.unwrap_or(f.qualifier), Locale::En);
    assert!(shown.starts_with("over "), "{shown}");
}

#[test]
fn the_2016_quote_and_page_dates_are_marked_as_ours() {
    let ds = dataset();
    let q = ds.quotes.iter().find(|q| q.id == "quote-kg-officer-2016").unwrap();
    assert_eq!(q.date, Some(date("2016-03")));
    assert!(q.date_note.as_ref().expect("marked").get(Locale::En).starts_with(OURS_EN));
    let s = ds.sources.iter().find(|s| s.id == "seed-bomca9-page-2016").unwrap();
    assert!(s.date_note.as_ref().expect("marked").get(Locale::Ru).starts_with(OURS_RU));
}

#[test]
fn people_are_public_roles_with_published_dates() {
    let ds = dataset();
    let person = |id: &str| ds.people.iter().find(|p| p.id == id).unwrap_or_else(|| panic!("{id}"));
    let domins = person("person-domins");
    assert_eq!(domins.from, Some(date("2018-06-15")));
    assert_eq!(domins.phases, [9, 10]);
    assert_eq!(person("person-pujats").from, Some(date("2019-05")), "month only, as published");
    assert_eq!(person("person-tiliks").name.get(Locale::Ru), "Райтис Тиликс");
    let tashieva = person("person-tashieva");
    assert_eq!(
        (tashieva.named_on, tashieva.sources.as_slice()),
        (Some(date("2018-11-28")), &["seed-eudel-kg-2018".to_string()][..])
    );
    assert!(ds.people.len() >= 10);
    for p in &ds.people {
        assert!(p.name.has(Locale::En) && p.name.has(Locale::Ru), "{}: name in both scripts", p.id);
    }
}

#[test]
fn people_are_searchable_in_either_script() {
    use bomca_explorer::core::query::filter_people;
    let ds = dataset();
    let ids =
        |text: &str, locale| filter_people(&ds, text, locale).into_iter().map(|p| p.id.as_str()).collect::<Vec<_>>();
    assert_eq!(ids("Pujāts", Locale::En), ["person-pujats"]);
    assert_eq!(ids("пуятс", Locale::En), ["person-pujats"], "Cyrillic name, English page");
    assert!(ids("regional manager", Locale::En).contains(&"person-domins"));
    assert_eq!(ids("", Locale::Ru).len(), ds.people.len());
}

#[test]
fn bomca_10_exports_the_action_documents_dac_codes() {
    use bomca_explorer::core::export::iati;
    let ds = dataset();
    let sectors = phase(&ds, 10).dac_sectors.as_ref().unwrap();
    assert_eq!(sectors.value, ["15210", "33120", "15160"]);
    assert_eq!(sectors.sources, ["web-docslib-bomca10-ad"]);
    let xml = iati::activities_xml(&ds, "2026-11-22T00:00:00Z");
    let b10 =
        xml.split("<iati-activity ").find(|a| a.contains("XX-BOMCA-EXPLORER-BOMCA-10</iati-identifier>")).unwrap();
    for code in ["15210", "33120", "15160"] {
        assert!(b10.contains(&format!("<sector vocabulary=\"1\" code=\"{code}\"")), "{code}");
    }
    for gone in ["15190", "16063", "15220"] {
        assert!(!xml.contains(&format!("code=\"{gone}\"")), "{gone} has no source");
    }
}

#[test]
fn amounts_with_cents_keep_them() {
    use bomca_explorer::core::format::format_amount;
    assert_eq!(format_amount(6860.70, "EUR", Locale::En), "EUR\u{a0}6,860.70");
    assert_eq!(format_amount(49977.89, "EUR", Locale::En), "EUR\u{a0}49,977.89");
    assert_eq!(format_amount(9840.0, "EUR", Locale::En), "EUR\u{a0}9,840");
}
