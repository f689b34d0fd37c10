//! UI message catalogues, one file per language. The `catalogue!` list below is the set of keys:
//! a language file that misses one does not compile, and a test fails on keys no page uses.
//! Adding a language: a `Locale` variant, a file like `ru.rs`, and a line in `catalogue()`.
//!
//! The browser app does not compile the catalogues in (feature `page-texts`): each pre-rendered page
//! carries its language's texts (`page_texts_script`), so a visit downloads one language, not all
//! (3.3 KB of brotli for English, 4.7 KB for Russian).
#[cfg(not(feature = "page-texts"))]
mod en;
pub mod labels;
#[cfg(not(feature = "page-texts"))]
mod ru;

use super::format::Plural;
use super::locale::Locale;

/// One catalogue entry, for tests that walk every key.
#[derive(Clone, Copy, Debug)]
pub enum Entry {
    Text(&'static str),
    Plural(Plural),
    Table(&'static [(&'static str, &'static str)]),
}

impl From<&'static str> for Entry {
    fn from(s: &'static str) -> Self {
        Entry::Text(s)
    }
}
impl From<Plural> for Entry {
    fn from(p: Plural) -> Self {
        Entry::Plural(p)
    }
}
impl From<&'static [(&'static str, &'static str)]> for Entry {
    fn from(t: &'static [(&'static str, &'static str)]) -> Self {
        Entry::Table(t)
    }
}

/// How an entry travels as plain texts (`Catalogue::flat`): a text as itself, a plural as its four
/// forms, a table as its length and then its pairs.
trait Flat: Sized {
    const KIND: Kind;
    fn flatten(&self, out: &mut Vec<String>);
    fn unflatten(texts: &mut Texts) -> Option<Self>;
}

/// The types of catalogue entries.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Plural,
    Names,
}

/// The texts `Catalogue::from_flat` reads, one at a time.
struct Texts<'a> {
    texts: &'a [&'static str],
    read: usize,
}

impl Texts<'_> {
    fn next(&mut self) -> Option<&'static str> {
        let text = self.texts.get(self.read).copied();
        self.read += 1;
        text
    }
}

impl Flat for &'static str {
    const KIND: Kind = Kind::Text;
    fn flatten(&self, out: &mut Vec<String>) {
        out.push(self.to_string());
    }
    fn unflatten(texts: &mut Texts) -> Option<Self> {
        texts.next()
    }
}

impl Flat for Plural {
    const KIND: Kind = Kind::Plural;
    fn flatten(&self, out: &mut Vec<String>) {
        out.extend([self.one, self.few, self.many, self.other].map(String::from));
    }
    fn unflatten(texts: &mut Texts) -> Option<Self> {
        Some(Plural { one: texts.next()?, few: texts.next()?, many: texts.next()?, other: texts.next()? })
    }
}

impl Flat for Names {
    const KIND: Kind = Kind::Names;
    fn flatten(&self, out: &mut Vec<String>) {
        out.push(self.len().to_string());
        out.extend(self.iter().flat_map(|(code, name)| [code.to_string(), name.to_string()]));
    }
    fn unflatten(texts: &mut Texts) -> Option<Self> {
        let n: usize = texts.next()?.parse().ok()?;
        let pairs = (0..n).map(|_| Some((texts.next()?, texts.next()?))).collect::<Option<Vec<_>>>()?;
        Some(pairs.leak())
    }
}

type Str = &'static str;
/// Code → name pairs (countries).
type Names = &'static [(&'static str, &'static str)];

macro_rules! catalogue {
    ($($key:ident: $ty:ty),* $(,)?) => {
        pub struct Catalogue { $(pub $key: $ty,)* }
        pub const KEYS: &[&str] = &[$(stringify!($key)),*];
        impl Catalogue {
            pub fn entries(&self) -> Vec<(&'static str, Entry)> {
                vec![$((stringify!($key), Entry::from(self.$key))),*]
            }

            /// Every text in key order, as a page carries them.
            pub fn flat(&self) -> Vec<String> {
                let mut out = Vec::new();
                $(Flat::flatten(&self.$key, &mut out);)*
                out
            }

            /// The catalogue from `flat`'s texts; `None` if they are too few or too many.
            ///
            /// A loop over the fields' places rather than a struct literal: the literal's code per
            /// field made reading a catalogue 26 KB of wasm, more than its texts save.
            pub fn from_flat(texts: &[&'static str]) -> Option<Self> {
                const FIELDS: &[(usize, Kind)] = &[$((std::mem::offset_of!(Catalogue, $key), <$ty as Flat>::KIND)),*];
                let mut texts = Texts { texts, read: 0 };
                let mut catalogue = std::mem::MaybeUninit::<Catalogue>::uninit();
                let base = catalogue.as_mut_ptr().cast::<u8>();
                for &(offset, kind) in FIELDS {
                    // SAFETY: FIELDS holds every field once, at its offset and with its type's kind,
                    // so each write is of that field's type into its place.
                    unsafe {
                        let field = base.add(offset);
                        match kind {
                            Kind::Text => field.cast::<Str>().write(Str::unflatten(&mut texts)?),
                            Kind::Plural => field.cast::<Plural>().write(Plural::unflatten(&mut texts)?),
                            Kind::Names => field.cast::<Names>().write(Names::unflatten(&mut texts)?),
                        }
                    }
                }
                // SAFETY: the loop wrote every field.
                (texts.read == texts.texts.len()).then(|| unsafe { catalogue.assume_init() })
            }
        }
    };
}

catalogue! {
    site_name: Str, site_tagline: Str, skip_to_content: Str, nav_label: Str,
    nav_phases: Str, nav_compare: Str, nav_components: Str, nav_contacts: Str, nav_sources: Str,
    language_label: Str, breadcrumb: Str, footer_funding: Str, footer_data: Str, footer_download: Str,
    loading: Str, error_title: Str, error_network: Str, error_http: Str, error_syntax: Str, error_shape: Str, error_help: Str,
    error_retry: Str, error_kept: Str, not_found_title: Str, not_found_text: Str, not_found_home: Str,
    not_published: Str, source_aria: Str, alternative_intro: Str, calculated: Str, as_of: Str,
    translated_quote: Str, copy: Str, copy_link: Str, copied: Str, copy_failed: Str, print: Str,
    overview_eyebrow: Str, overview_glance: Str, overview_since: Str, overview_phases: Str,
    overview_countries: Str, overview_timeline: Str, overview_latest: Str, overview_explore: Str,
    overview_quotes: Str, phases_count: Plural, cta_compare: Str, cta_compare_text: Str,
    cta_components: Str, cta_components_text: Str, cta_contacts: Str, cta_contacts_text: Str,
    timeline_title: Str, timeline_desc: Str, timeline_planned: Str, timeline_extension: Str,
    timeline_today: Str, timeline_unknown: Str, phases_title: Str, phases_intro: Str, phases_cards: Str,
    phase_short: Str, phase_description: Str, status_implementation: Str, status_closed: Str,
    status_unknown: Str, phase_period: Str, phase_planned_start: Str, phase_actual_start: Str,
    phase_planned_end: Str, phase_actual_end: Str, phase_extensions: Str, extension_until: Str,
    extension_decided: Str, extension_added: Str, budget_total: Str, budget_eu: Str,
    budget_initial: Str, phase_who: Str, phase_target_groups: Str, phase_final_beneficiaries: Str,
    phase_objective: Str, phase_figures: Str, phase_events: Str, phase_events_unphased: Str, phase_people: Str, phase_people_note: Str, person_from: Str, person_to: Str, person_named: Str, phase_events_unphased_note: Str, phase_sources: Str, phase_pager: Str,
    phase_prev: Str, phase_next: Str, role_lead: Str, role_consortium: Str, role_associate: Str,
    role_implementing: Str, role_training: Str, role_unstated: Str, role_funding: Str, role_extending: Str,
    component_n: Str, row_period: Str, row_duration: Str, row_length: Str, row_budget: Str,
    row_budget_per_month: Str, row_lead: Str, row_components: Str, row_partners: Str,
    row_countries: Str, compare_title: Str, compare_intro: Str, compare_choose: Str,
    compare_ignored: Str, compare_truncated: Str, compare_one: Str, compare_caption: Str,
    compare_differs: Str, compare_theme_matrix: Str, matrix_none: Str, chart_budget_title: Str,
    chart_budget_desc: Str, components_title: Str, components_filters: Str, components_intro: Str, search_label: Str,
    search_hint: Str, search_submit: Str, facet_theme: Str, facet_phase: Str, facet_partner: Str, facet_country: Str,
    results_count: Plural, results_more: Str, results_empty: Str, clear_all: Str, search_ignored: Str,
    themes_across: Str, themes_across_intro: Str, component_objective: Str,
    component_results: Str, component_description: Str, component_partner: Str,
    component_themes: Str, component_evolution: Str, component_evolution_none: Str,
    component_back: Str, contacts_title: Str, contacts_intro: Str, filter_country: Str,
    filter_kind: Str, filter_all: Str, contacts_search: Str, filter_submit: Str, contacts_count: Plural,
    contacts_empty: Str, kind_regional_office: Str, kind_country_office: Str, kind_secretariat: Str,
    kind_eu_delegation: Str, kind_programme_contact: Str, contact_address: Str, contact_phone: Str,
    contact_fax: Str, contact_email: Str, contact_website: Str, contact_social: Str,
    contact_phases: Str, contacts_people: Str, contacts_people_note: Str, contact_published: Str, contact_stale: Str, contact_undated: Str,
    vcard_one: Str, vcard_all: Str, vcard_failed: Str, map_title: Str, map_desc: Str, map_filter_country: Str,
    map_regional: Str, map_office: Str, map_outside: Str, map_no_city: Str, map_credit: Str, partners_title: Str,
    sources_title: Str, sources_intro: Str, sources_list: Str, source_seed: Str, source_web: Str,
    reliability_official: Str, reliability_secondary: Str, reliability_unofficial: Str,
    source_supports: Str, downloads_title: Str, downloads_intro: Str, download_json: Str,
    download_schema: Str, download_csv: Str, download_iati: Str, download_datapackage: Str,
    open_data_title: Str, open_data_intro: Str, open_data_curl: Str, open_data_licence: Str,
    open_data_cite: Str, open_data_cite_line: Str, open_data_changes: Str, entity_programme: Str,
    entity_phases: Str, entity_components: Str, entity_organisations: Str, entity_offices: Str,
    entity_events: Str, entity_quotes: Str, entity_people: Str, countries: Names,
    nav_countries: Str, countries_title: Str, countries_intro: Str, countries_pages: Str, countries_map_desc: Str,
    country_heading: Str, country_intro: Str, country_since: Str, country_phases: Str, country_named: Str,
    country_not_named: Str, country_components: Str, country_components_none: Str, country_themes: Str,
    country_events: Str, country_events_none: Str, country_offices: Str, country_offices_none: Str,
    country_agencies: Str, country_agencies_none: Str, country_partners: Str, country_partners_none: Str,
    country_figures: Str, country_figures_none: Str, country_quotes_none: Str,
    events_count: Plural, offices_count: Plural, agencies_count: Plural, countries_in: Names,
    nav_events: Str, nav_organisations: Str, events_title: Str, events_intro: Str, events_search: Str, events_hint: Str, events_empty: Str, events_strip_title: Str, events_strip_desc: Str, events_feed: Str, facet_year: Str, facet_kind: Str, event_kind_meeting: Str, event_kind_conference: Str, event_kind_workshop: Str, event_kind_launch: Str, event_kind_extension: Str, event_kind_handover: Str, event_kind_other: Str, event_date: Str, event_place: Str, event_kind: Str, event_phase: Str, event_orgs: Str, event_orgs_note: Str, event_no_phase: Str, event_older: Str, event_newer: Str, event_back: Str, orgs_title: Str, orgs_intro: Str, orgs_search: Str, orgs_hint: Str, orgs_count: Plural, orgs_empty: Str, orgs_matrix: Str, orgs_matrix_intro: Str, org_kind_eu_body: Str, org_kind_member_state_agency: Str, org_kind_international_organisation: Str, org_kind_academic: Str, org_kind_beneficiary_agency: Str, org_names: Str, org_short: Str, org_kind: Str, org_country: Str, org_website: Str, org_parts: Str, org_parts_none: Str, org_responsible: Str, org_components: Str, org_events: Str, org_events_none: Str, org_offices: Str, org_back: Str,
    site_search_label: Str, site_search_placeholder: Str, site_search_open: Str, site_search_title: Str,
    site_search_intro: Str, site_search_failed: Str, site_search_needs_js: Str,
}

/// A catalogue entry, chosen once and read in the current language.
pub type Label = fn(&Catalogue) -> &'static str;

/// The site's sections in the order the header lists them: its navigation, and the links a page
/// offers when it has nothing else to show (no search result, search without JavaScript).
pub const SECTIONS: [(&str, Label); 8] = [
    ("/phases", |c| c.nav_phases),
    ("/countries", |c| c.nav_countries),
    ("/compare", |c| c.nav_compare),
    ("/components", |c| c.nav_components),
    ("/events", |c| c.nav_events),
    ("/organisations", |c| c.nav_organisations),
    ("/contacts", |c| c.nav_contacts),
    ("/sources", |c| c.nav_sources),
];

#[cfg(not(feature = "page-texts"))]
pub fn catalogue(locale: Locale) -> &'static Catalogue {
    match locale {
        Locale::En => &en::EN,
        Locale::Ru => &ru::RU,
    }
}

/// Build time and native tests have every language.
#[cfg(not(feature = "page-texts"))]
pub fn has_catalogue(_locale: Locale) -> bool {
    true
}

/// The id of the element that carries a page's texts.
pub const PAGE_TEXTS_ID: &str = "ui-texts";

/// The texts a page carries, for the browser app: a JSON object from language code to its
/// catalogue's `flat` texts, in a data block (never run, so outside the CSP's script hashes).
#[cfg(not(feature = "page-texts"))]
pub fn page_texts_script(locales: &[Locale]) -> String {
    let texts: serde_json::Map<String, serde_json::Value> =
        locales.iter().map(|l| (l.code().to_string(), catalogue(*l).flat().into())).collect();
    // "<\/" keeps a text's "</" from ending the script element; JSON reads it as "</".
    let json = serde_json::Value::Object(texts).to_string().replace("</", "<\\/");
    format!("<script type=\"application/json\" id=\"{PAGE_TEXTS_ID}\">{json}</script>")
}

/// The catalogues the page brought (`install`): the browser app's only copy of its texts.
#[cfg(feature = "page-texts")]
static INSTALLED: std::sync::OnceLock<Vec<(Locale, Catalogue)>> = std::sync::OnceLock::new();

/// Installs the catalogues read from the page; false if there is none or they were installed.
#[cfg(feature = "page-texts")]
pub fn install(catalogues: Vec<(Locale, Catalogue)>) -> bool {
    !catalogues.is_empty() && INSTALLED.set(catalogues).is_ok()
}

/// Whether the page brought this language's texts: another language is another page.
#[cfg(feature = "page-texts")]
pub fn has_catalogue(locale: Locale) -> bool {
    INSTALLED.get().is_some_and(|all| all.iter().any(|(l, _)| *l == locale))
}

/// The language's catalogue, else the page's first: the app starts only once one is installed
/// (`main.rs`), and leaves for the other language's page when asked for it (`has_catalogue`).
#[cfg(feature = "page-texts")]
pub fn catalogue(locale: Locale) -> &'static Catalogue {
    let all = INSTALLED.get().expect("the page's texts are installed before the app starts");
    &all.iter().find(|(l, _)| *l == locale).unwrap_or(&all[0]).1
}

/// A country's name from its ISO code, or the code itself when the catalogue lacks it.
pub fn country_name(code: &str, locale: Locale) -> &str {
    catalogue(locale).countries.iter().find(|(c, _)| *c == code).map(|(_, name)| *name).unwrap_or(code)
}

/// "in Kazakhstan", "в Казахстане": a country's name after "in", for headings.
pub fn country_in(code: &str, locale: Locale) -> &str {
    catalogue(locale).countries_in.iter().find(|(c, _)| *c == code).map(|(_, name)| *name).unwrap_or(code)
}

/// Name of a dataset section ("phases", "offices", ...) for the sources page.
pub fn entity_name(c: &Catalogue, key: &str) -> &'static str {
    match key {
        "programme" => c.entity_programme,
        "phases" => c.entity_phases,
        "components" => c.entity_components,
        "organisations" => c.entity_organisations,
        "offices" | "contacts" => c.entity_offices,
        "events" => c.entity_events,
        "people" => c.entity_people,
        _ => c.entity_quotes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(c: &Catalogue) -> Vec<(&'static str, String)> {
        c.entries()
            .into_iter()
            .flat_map(|(key, entry)| match entry {
                Entry::Text(s) => vec![(key, s.to_string())],
                Entry::Plural(p) => {
                    vec![(key, p.one.into()), (key, p.few.into()), (key, p.many.into()), (key, p.other.into())]
                }
                Entry::Table(t) => t.iter().map(|(_, name)| (key, name.to_string())).collect(),
            })
            .collect()
    }

    #[test]
    fn no_entry_is_empty_in_any_language() {
        for locale in Locale::ALL {
            for (key, text) in texts(catalogue(locale)) {
                assert!(!text.trim().is_empty(), "{key} is empty in {}", locale.code());
            }
        }
    }

    /// Russian entries must be Russian: each contains Cyrillic unless it is a name or a format.
    #[test]
    fn russian_catalogue_has_no_english_left() {
        const SAME_IN_BOTH: &[&str] = &["site_name"];
        for (key, text) in texts(catalogue(Locale::Ru)) {
            if SAME_IN_BOTH.contains(&key) {
                continue;
            }
            let letters: String = [
                "{n}",
                "{date}",
                "{line}",
                "{column}",
                "{status}",
                "{title}",
                "{list}",
                "{amount}",
                "{period}",
                "{table}",
                "{country}",
            ]
            .iter()
            .fold(text.clone(), |t, p| t.replace(p, ""))
            .chars()
            .filter(|c| c.is_alphabetic())
            .collect();
            if letters.is_empty() {
                continue;
            }
            assert!(
                letters.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
                "ru {key} = {text:?} is not Russian"
            );
        }
    }

    /// Every key is used by some page: the UI sources mention `.key` (or `c.key`).
    #[test]
    fn every_key_is_used() {
        let mut code = String::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                let is_language_file = path.parent().is_some_and(|p| p.ends_with("i18n"))
                    && path.file_stem().and_then(|s| s.to_str()).and_then(Locale::from_code).is_some();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") && !is_language_file {
                    code.push_str(&std::fs::read_to_string(path).unwrap());
                }
            }
        }
        let unused: Vec<&str> = KEYS.iter().copied().filter(|k| !code.contains(&format!(".{k}"))).collect();
        assert!(unused.is_empty(), "catalogue keys no page uses: {unused:?}");
    }

    /// What a page carries reads back as the same catalogue.
    #[test]
    fn page_texts_read_back() {
        for locale in Locale::ALL {
            let c = catalogue(locale);
            let mut texts: Vec<&'static str> = c.flat().into_iter().map(|s| &*s.leak()).collect();
            let back = Catalogue::from_flat(&texts).expect("reads back");
            assert_eq!(format!("{:?}", back.entries()), format!("{:?}", c.entries()));
            assert!(Catalogue::from_flat(&texts[1..]).is_none(), "too few");
            texts.push("x");
            assert!(Catalogue::from_flat(&texts).is_none(), "too many");
        }
        let script = page_texts_script(&Locale::ALL);
        let json = script
            .strip_prefix(&format!("<script type=\"application/json\" id=\"{PAGE_TEXTS_ID}\">"))
            .and_then(|s| s.strip_suffix("</script>"))
            .expect("a data block");
        assert!(!json.contains("</"), "nothing ends the script early");
        let parsed: std::collections::BTreeMap<String, Vec<String>> = serde_json::from_str(json).unwrap();
        assert_eq!(parsed["ru"], catalogue(Locale::Ru).flat());
    }

    #[test]
    fn countries_cover_both_languages() {
        for code in ["KZ", "KG", "TJ", "TM", "UZ", "AF", "LV", "LT", "HU", "IT", "PL", "PT", "AT", "BE"] {
            assert_ne!(country_name(code, Locale::En), code);
            assert_ne!(country_name(code, Locale::Ru), code);
        }
    }
}
