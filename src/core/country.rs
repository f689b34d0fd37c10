//! A beneficiary country's page (`/countries/kg`): what the dataset says BOMCA did there. Every
//! item is one the sources tie to the country (an event held there, an office there, an agency of
//! the country, a phase whose country list names it, a component whose title names it, a figure
//! or quote a source gives for it); nothing is placed in a country by inference.
use super::i18n::country_name;
use super::locale::Locale;
use super::model::{
    Component, Dataset, Event, Fact, Figure, Office, OrgKind, Organisation, PartialDate, Phase, Quote, Theme,
};
use super::order;
use super::query::{self, ContactFilter};

/// The country of a page's address: the lower-case ISO code of one of the programme's countries
/// (`kg` → `KG`). Anything else (`KG`, `xx`, `at`) has no page.
pub fn from_slug<'a>(ds: &'a Dataset, slug: &str) -> Option<&'a str> {
    ds.programme
        .countries
        .value
        .iter()
        .find(|c| slug.len() == 2 && slug.bytes().all(|b| b.is_ascii_lowercase()) && c.eq_ignore_ascii_case(slug))
        .map(String::as_str)
}

/// The locale-free path of a country's page, for a country that has one.
pub fn page_path(ds: &Dataset, code: &str) -> Option<String> {
    ds.programme.countries.value.iter().any(|c| c == code).then(|| ["/countries/", &code.to_ascii_lowercase()].concat())
}

/// The beneficiary countries a text names, in the programme's order: their names in `locale` as
/// they occur in it (a Russian name declined, "по Кыргызстану", still contains it).
/// Sorts country codes as the facets list them: the programme's countries in its order, then the
/// others by code.
pub fn sort_for_facets(ds: &Dataset, codes: &mut Vec<String>) {
    let programme = &ds.programme.countries.value;
    super::order::sort_by_key(codes, |c| (programme.iter().position(|p| p == c).unwrap_or(usize::MAX), c.clone()));
}

pub fn named_in(ds: &Dataset, text: &str, locale: Locale) -> Vec<String> {
    ds.programme.countries.value.iter().filter(|c| text.contains(country_name(c, locale))).cloned().collect()
}

/// A phase as the country page lists it: whether the phase's published country list names the
/// country, and how many of the country's events, components, offices and figures the sources tie
/// to the phase.
#[derive(Clone, Debug)]
pub struct PhaseHere<'a> {
    pub phase: &'a Phase,
    /// The phase's country list, where it names the country (the page cites it).
    pub named: Option<&'a Fact<Vec<String>>>,
    pub events: usize,
    pub components: usize,
    pub offices: usize,
    pub figures: usize,
}

impl PhaseHere<'_> {
    /// Things held in the country that the sources tie to the phase.
    pub fn items(&self) -> usize {
        self.events + self.components + self.offices + self.figures
    }
}

#[derive(Clone, Debug)]
pub struct Profile<'a> {
    pub code: &'a str,
    /// The year the country began to take part, where a source gives it.
    pub start: Option<&'a Fact<PartialDate>>,
    /// Phases that name the country or that the sources tie something in it to, by number.
    pub phases: Vec<PhaseHere<'a>>,
    /// Components whose published title or text names the country, by phase and number.
    pub components: Vec<&'a Component>,
    /// The themes of those components, in the dataset's order.
    pub themes: Vec<&'a Theme>,
    /// Events held in the country, newest first.
    pub events: Vec<&'a Event>,
    /// Its offices and contact points, as the contacts page orders them.
    pub offices: Vec<&'a Office>,
    /// The country's own agencies in the dataset.
    pub agencies: Vec<&'a Organisation>,
    /// Other organisations based in the country or with an office there (EU delegations, ICMPD).
    pub partners: Vec<&'a Organisation>,
    /// Figures a source gives for the country, with their phase (None: the programme's).
    pub figures: Vec<(Option<u8>, &'a Figure)>,
    /// Quotes of speakers from the country.
    pub quotes: Vec<&'a Quote>,
}

pub fn profile<'a>(ds: &'a Dataset, code: &'a str, locale: Locale) -> Profile<'a> {
    let here = |c: &Option<String>| c.as_deref() == Some(code);
    let start = ds.programme.country_starts.iter().find(|s| s.country == code).map(|s| &s.start);

    let mut events: Vec<&Event> = ds.events.iter().filter(|e| here(&e.country)).collect();
    order::sort_by(&mut events, |a, b| b.date.cmp(&a.date));

    let mut components: Vec<&Component> =
        ds.components.iter().filter(|k| k.countries.iter().any(|c| c == code)).collect();
    order::sort_by_key(&mut components, |k| (k.phase, k.number));
    let themes = ds.themes.iter().filter(|t| components.iter().any(|k| k.themes.contains(&t.id))).collect::<Vec<_>>();

    let filter = ContactFilter { country: Some(code.to_string()), ..ContactFilter::default() };
    let offices = query::filter_offices(ds, &filter, locale);

    let agencies: Vec<&Organisation> =
        ds.organisations.iter().filter(|o| here(&o.country) && o.kind == OrgKind::BeneficiaryAgency).collect();
    let partners: Vec<&Organisation> = ds
        .organisations
        .iter()
        .filter(|o| o.kind != OrgKind::BeneficiaryAgency)
        .filter(|o| here(&o.country) || offices.iter().any(|x| x.organisation.as_deref() == Some(o.id.as_str())))
        .collect();

    let figures: Vec<(Option<u8>, &Figure)> = ds
        .programme
        .figures
        .iter()
        .map(|f| (None, f))
        .chain(ds.phases.iter().flat_map(|p| p.figures.iter().map(move |f| (Some(p.number), f))))
        .filter(|(_, f)| here(&f.country))
        .collect();
    let quotes: Vec<&Quote> = ds.quotes.iter().filter(|q| here(&q.country)).collect();

    let mut phases: Vec<PhaseHere> = ds
        .phases
        .iter()
        .map(|p| {
            let n = Some(p.number);
            PhaseHere {
                phase: p,
                named: p.countries.as_ref().filter(|f| f.value.iter().any(|c| c == code)),
                events: events.iter().filter(|e| e.phase == n).count(),
                components: components.iter().filter(|k| k.phase == p.number).count(),
                offices: offices.iter().filter(|o| o.phases.contains(&p.number)).count(),
                figures: figures.iter().filter(|(m, _)| *m == n).count(),
            }
        })
        .filter(|x| x.named.is_some() || x.items() > 0)
        .collect();
    order::sort_by_key(&mut phases, |x| x.phase.number);

    Profile { code, start, phases, components, themes, events, offices, agencies, partners, figures, quotes }
}

impl Profile<'_> {
    /// Every source the page cites, in first-seen order (the page's footnotes).
    pub fn sources(&self) -> Vec<&str> {
        let mut lists: Vec<&[String]> = Vec::new();
        lists.extend(self.start.map(|f| f.sources.as_slice()));
        lists.extend(self.phases.iter().filter_map(|x| x.named).map(|f| f.sources.as_slice()));
        lists.extend(self.components.iter().map(|k| k.sources.as_slice()));
        lists.extend(self.events.iter().map(|e| e.sources.as_slice()));
        lists.extend(self.offices.iter().map(|o| o.sources.as_slice()));
        lists.extend(self.agencies.iter().chain(&self.partners).map(|o| o.sources.as_slice()));
        lists.extend(self.figures.iter().map(|(_, f)| f.value.sources.as_slice()));
        lists.extend(self.quotes.iter().map(|q| q.sources.as_slice()));
        let mut ids: Vec<&str> = Vec::new();
        for id in lists.into_iter().flatten() {
            if !ids.contains(&id.as_str()) {
                ids.push(id);
            }
        }
        ids
    }
}

/// Every beneficiary country's profile, in the programme's order (the `/countries` page).
pub fn profiles(ds: &Dataset, locale: Locale) -> Vec<Profile<'_>> {
    ds.programme.countries.value.iter().map(|c| profile(ds, c, locale)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load;

    fn real() -> Dataset {
        load::parse(include_str!("../../public/data/bomca.json")).unwrap()
    }

    fn ids<T>(list: &[&T], id: impl Fn(&T) -> &str) -> Vec<String> {
        list.iter().map(|x| id(x).to_string()).collect()
    }

    #[test]
    fn addresses_take_lower_case_codes_of_the_five_countries_only() {
        let ds = real();
        for (slug, code) in [("kz", "KZ"), ("kg", "KG"), ("tj", "TJ"), ("tm", "TM"), ("uz", "UZ")] {
            assert_eq!(from_slug(&ds, slug), Some(code));
            assert_eq!(page_path(&ds, code).as_deref(), Some(["/countries/", slug].concat().as_str()));
        }
        for slug in ["KG", "Kg", "xx", "at", "lv", "", "k", "kgz", "<script>", "kg ", "%6Bg"] {
            assert_eq!(from_slug(&ds, slug), None, "{slug}");
        }
        // Austria (events, ICMPD) and Latvia (partners) are not beneficiary countries.
        assert_eq!(page_path(&ds, "AT"), None);
        assert_eq!(page_path(&ds, "LV"), None);
    }

    #[test]
    fn texts_name_countries_in_either_language() {
        let ds = real();
        assert_eq!(named_in(&ds, "BOMCA National Coordinator for Kyrgyzstan", Locale::En), ["KG"]);
        assert_eq!(named_in(&ds, "Национальный координатор БОМКА по Кыргызстану", Locale::Ru), ["KG"]);
        assert_eq!(named_in(&ds, "attaché in Uzbekistan and Kazakhstan", Locale::En), ["KZ", "UZ"]);
        assert!(named_in(&ds, "the Kyrgyz Republic; Austria", Locale::En).is_empty());
        assert!(named_in(&ds, "Kyrgyzstan", Locale::Ru).is_empty());
    }

    #[test]
    fn each_country_has_its_offices_and_events() {
        let ds = real();
        for code in ["KZ", "KG", "TJ", "TM", "UZ"] {
            let p = profile(&ds, code, Locale::En);
            let events = ds.events.iter().filter(|e| e.country.as_deref() == Some(code)).count();
            assert_eq!(p.events.len(), events, "{code}");
            assert!(!p.events.is_empty(), "{code} has events");
            assert!(p.events.windows(2).all(|w| w[0].date >= w[1].date), "{code} events newest first");
            assert!(p.offices.iter().all(|o| o.country.as_deref() == Some(code)));
            assert!(!p.offices.is_empty(), "{code} has an office");
        }
        let kg = profile(&ds, "KG", Locale::En);
        assert_eq!(
            ids(&kg.offices, |o| &o.id),
            [
                "office-regional-bishkek",
                "office-regional-bishkek-2015",
                "office-undp-regional-hq",
                "office-country-kg",
                "office-eu-delegation-kg"
            ]
        );
        assert_eq!(kg.events.len(), 19);
        assert_eq!(kg.events[0].id, "ev-2025-closing");
        assert_eq!(kg.events.last().unwrap().id, "ev-2004-01-eu-kg-funds");
        let tj = profile(&ds, "TJ", Locale::En);
        assert_eq!(ids(&tj.offices, |o| &o.id), ["office-country-tj"]);
        assert_eq!(tj.events.len(), 6);
        // An online event counted for Turkmenistan is where its source places it; Vienna is not.
        let tm = profile(&ds, "TM", Locale::En);
        assert!(tm.events.iter().any(|e| e.id == "ev-2020-covid-webinar"));
        assert!(profiles(&ds, Locale::En).iter().all(|p| p.events.iter().all(|e| e.country.as_deref() != Some("AT"))));
    }

    #[test]
    fn start_years_only_where_a_source_gives_them() {
        let ds = real();
        let starts: Vec<(&str, Option<String>)> =
            profiles(&ds, Locale::En).iter().map(|p| (p.code, p.start.map(|f| f.value.to_string()))).collect();
        assert_eq!(
            starts,
            [
                ("KZ", None),
                ("KG", None),
                ("TJ", None),
                ("TM", Some("2004".to_string())),
                ("UZ", Some("2004".to_string()))
            ]
        );
        let tm = profile(&ds, "TM", Locale::En).start.unwrap();
        assert_eq!(tm.sources, ["web-undp-tm"]);
    }

    #[test]
    fn organisations_are_the_countrys_agencies_and_partners_present_there() {
        let ds = real();
        let tm = profile(&ds, "TM", Locale::En);
        assert_eq!(
            ids(&tm.agencies, |o| &o.id),
            ["org-border-service-tm", "org-customs-tm", "org-migration-tm", "org-healthy-society-tm"]
        );
        assert!(tm.partners.is_empty());
        let kg = profile(&ds, "KG", Locale::En);
        assert_eq!(ids(&kg.agencies, |o| &o.id), ["org-customs-kg", "org-border-service-kg"]);
        // The EU Delegation is in Bishkek; ICMPD runs the BOMCA 11 regional office there.
        assert_eq!(ids(&kg.partners, |o| &o.id), ["org-eudel-kg", "org-icmpd"]);
        let tj = profile(&ds, "TJ", Locale::En);
        assert_eq!(ids(&tj.agencies, |o| &o.id), ["org-border-troops-tj", "org-customs-tj", "org-dca-tj"]);
        assert_eq!(ids(&tj.partners, |o| &o.id), ["org-eudel-tj"]);
        let kz = profile(&ds, "KZ", Locale::En);
        assert!(kz.agencies.is_empty() && kz.partners.is_empty());
        assert_eq!(ids(&profile(&ds, "UZ", Locale::En).agencies, |o| &o.id), ["org-customs-institute-uz"]);
    }

    #[test]
    fn phases_are_those_named_or_evidenced() {
        let ds = real();
        let list = |code| -> Vec<(u8, bool)> {
            profile(&ds, code, Locale::En).phases.iter().map(|x| (x.phase.number, x.named.is_some())).collect()
        };
        // Phases 8 to 11 name all five; BOMCA 7's components name Kazakhstan, Kyrgyzstan and
        // Tajikistan; a BOMCA 6 mission went to Astana. Nothing else is assumed of phases 1 to 7.
        assert_eq!(list("KZ"), [(6, false), (7, false), (8, true), (9, true), (10, true), (11, true)]);
        assert_eq!(list("KG"), [(7, false), (8, true), (9, true), (10, true), (11, true)]);
        assert_eq!(list("TJ"), [(7, false), (8, true), (9, true), (10, true), (11, true)]);
        assert_eq!(list("TM"), [(8, true), (9, true), (10, true), (11, true)]);
        assert_eq!(list("UZ"), [(8, true), (9, true), (10, true), (11, true)]);
        let kz = profile(&ds, "KZ", Locale::En);
        let six = &kz.phases[0];
        assert_eq!((six.events, six.components, six.offices), (1, 0, 0));
        let ten = kz.phases.iter().find(|x| x.phase.number == 10).unwrap();
        assert_eq!(ten.named.unwrap().sources, ["web-icmpd-bomca10", "web-rs-gov-lv-2021-11"]);
        assert_eq!(ten.offices, 1);
    }

    #[test]
    fn components_themes_figures_and_quotes_are_the_ones_tied_to_the_country() {
        let ds = real();
        let tj = profile(&ds, "TJ", Locale::En);
        assert_eq!(ids(&tj.components, |k| &k.id), ["bomca-7-c1", "bomca-7-c3"]);
        let themes: Vec<&str> = tj.themes.iter().map(|t| t.id.as_str()).collect();
        assert!(themes.contains(&"ibm-institutional") && themes.contains(&"infrastructure"), "{themes:?}");
        assert_eq!(ids(&profile(&ds, "UZ", Locale::En).components, |k| &k.id), Vec::<String>::new());
        let figures: Vec<(Option<u8>, &str)> = tj.figures.iter().map(|(n, f)| (*n, f.id.as_str())).collect();
        assert_eq!(
            figures,
            [
                (None, "programme-tj-video-surveillance"),
                (Some(10), "bomca-10-2021-tj-equipment"),
                (Some(10), "bomca-10-eq-tj-docs"),
                (Some(10), "bomca-10-eq-tj-mia")
            ]
        );
        assert_eq!(profile(&ds, "TM", Locale::En).figures.len(), 8);
        let kg = profile(&ds, "KG", Locale::En);
        assert_eq!(ids(&kg.quotes, |q| &q.id), ["quote-kg-officer-2016", "quote-duishenbiev"]);
        assert!(tj.quotes.is_empty());
        let tm = profile(&ds, "TM", Locale::En);
        let cited = tm.sources();
        assert_eq!(cited[0], "web-undp-tm");
        assert!(cited.contains(&"web-newsca-2025-08") && cited.contains(&"seed-bomca11-brochure"));
        assert_eq!(cited.iter().filter(|s| **s == "web-undp-tm").count(), 1);
    }
}
