//! The site search's records, made from the dataset in one language: for each kind of record its
//! title, other names, context line, keywords (dates, amounts, labels, the kind's own words) and page.
use super::{table, Kind, SearchRecord};
use crate::core::format::{format_date, format_decimal, format_integer, plain_number};
use crate::core::i18n::labels::{event_kind_label, kind_label, org_kind_label, org_name, phase_label};
use crate::core::i18n::{catalogue, country_name, Catalogue};
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Money, PartialDate};
use crate::core::{order, query, routes};

/// What a result shows.
struct Entry {
    kind: Kind,
    title: String,
    context: String,
    path: String,
}

/// An entry with the other texts it is found by, and its date for ties (latest first).
struct Record {
    entry: Entry,
    names: String,
    keywords: Vec<String>,
    when: i32,
}

/// Every record of the site search in `locale`: by kind, and within a kind the latest first (the
/// order of equal scores).
pub fn records(ds: &Dataset, locale: Locale) -> Vec<SearchRecord> {
    let c = catalogue(locale);
    let kinds = [
        phase_records(ds, locale, c),
        component_records(ds, locale, c),
        event_records(ds, locale, c),
        organisation_records(ds, locale, c),
        person_records(ds, locale),
        office_records(ds, locale, c),
        source_records(ds, locale),
        country_records(ds, locale, c),
        theme_records(ds, locale),
    ];
    let mut out = Vec::new();
    for mut list in kinds {
        order::sort_by_key(&mut list, |r| std::cmp::Reverse(r.when));
        out.extend(list.into_iter().map(|r| SearchRecord {
            kind: r.entry.kind,
            title: r.entry.title,
            names: r.names,
            context: r.entry.context,
            keywords: r.keywords.join(" "),
            path: r.entry.path,
        }));
    }
    out
}

/// The words a visitor may add to name a kind ("office", "офис"), in every language of the site.
fn kind_words(kind: Kind) -> Vec<String> {
    Locale::ALL.iter().map(|l| table(super::texts::search_texts(*l).words, kind.key()).to_string()).collect()
}

/// A date as numbers match it: "2018-05-14" and "14 May 2018" (or "14 мая 2018").
fn date_words(d: PartialDate, locale: Locale) -> String {
    format!("{d} {}", format_date(d, locale))
}

/// An amount as people type it: "12000000", "12 000 000" (grouped as the locale writes it), and
/// "12 million" / "12 млн" in both languages.
fn amount_words(m: &Money, locale: Locale) -> String {
    let millions = format_decimal(m.amount / 1e6, 2, locale);
    format!(
        "{} {} {millions} million {millions} млн {} {}",
        plain_number(m.amount, 0),
        format_integer(m.amount, locale),
        m.currency,
        if m.currency == "EUR" { "euro евро €" } else { "" }
    )
}

fn month_index(d: Option<PartialDate>) -> i32 {
    d.map_or(i32::MIN, |d| d.month_index())
}

fn phase_records(ds: &Dataset, locale: Locale, c: &Catalogue) -> Vec<Record> {
    ds.phases
        .iter()
        .map(|p| {
            let context = p.summary.as_ref().or(p.overall_objective.as_ref()).map(|f| f.value.get(locale));
            let mut keywords = kind_words(Kind::Phase);
            keywords.push(phase_label(c, p.number));
            let (start, end) = (query::start(p), query::end(p).or_else(|| query::planned_end(p)));
            // The years it ran, so "2018" finds the phases of 2018.
            let years = match (start, end) {
                (Some(s), Some(e)) => (s.year..=e.year).map(|y| y.to_string()).collect::<Vec<_>>().join(" "),
                _ => String::new(),
            };
            keywords.extend(p.budgets.iter().map(|b| amount_words(&b.amount.value, locale)));
            keywords.extend(p.budgets.iter().map(|b| b.label.get(locale).to_string()));
            Record {
                entry: Entry {
                    kind: Kind::Phase,
                    title: p.title.get(locale).to_string(),
                    context: context.unwrap_or_default().to_string(),
                    path: routes::phase(p.number),
                },
                names: years,
                keywords,
                when: month_index(start),
            }
        })
        .collect()
}

fn component_records(ds: &Dataset, locale: Locale, c: &Catalogue) -> Vec<Record> {
    ds.components
        .iter()
        .map(|k| {
            let context = [&k.specific_objective, &k.description, &k.expected_results].into_iter().flatten().next();
            let mut keywords = kind_words(Kind::Component);
            keywords.push(phase_label(c, k.phase));
            keywords.extend(k.responsible_partner.iter().map(|id| org_name(ds, id, locale)));
            keywords
                .extend(ds.themes.iter().filter(|t| k.themes.contains(&t.id)).map(|t| t.name.get(locale).to_string()));
            Record {
                entry: Entry {
                    kind: Kind::Component,
                    title: k.title.get(locale).to_string(),
                    context: context.map(|t| t.get(locale)).unwrap_or_default().to_string(),
                    path: routes::component(&k.id),
                },
                names: String::new(),
                keywords,
                when: i32::from(k.phase) * 100 - i32::from(k.number),
            }
        })
        .collect()
}

fn event_records(ds: &Dataset, locale: Locale, c: &Catalogue) -> Vec<Record> {
    ds.events
        .iter()
        .map(|e| {
            let mut keywords = kind_words(Kind::Event);
            keywords.push(event_kind_label(c, e.kind).to_string());
            keywords.extend(e.country.iter().map(|code| country_name(code, locale).to_string()));
            keywords.extend(e.phase.map(|n| phase_label(c, n)));
            Record {
                entry: Entry {
                    kind: Kind::Event,
                    title: e.title.get(locale).to_string(),
                    context: e.summary.as_ref().map(|t| t.get(locale)).unwrap_or_default().to_string(),
                    path: routes::event(&e.id),
                },
                // Where and when: what an event is looked up by besides its title.
                names: [e.place.as_ref().map(|t| t.get(locale).to_string()), Some(date_words(e.date, locale))]
                    .into_iter()
                    .chain([e.end_date.map(|d| date_words(d, locale))])
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" "),
                keywords,
                when: e.date.month_index(),
            }
        })
        .collect()
}

fn organisation_records(ds: &Dataset, locale: Locale, c: &Catalogue) -> Vec<Record> {
    ds.organisations
        .iter()
        .map(|o| {
            let country = o.country.as_deref().map(|code| country_name(code, locale));
            let context = [Some(org_kind_label(c, o.kind)), country].into_iter().flatten().collect::<Vec<_>>();
            let mut keywords = kind_words(Kind::Organisation);
            keywords.extend(o.website.clone());
            Record {
                entry: Entry {
                    kind: Kind::Organisation,
                    title: o.name.get(locale).to_string(),
                    context: context.join(" · "),
                    path: routes::organisation(&o.id),
                },
                names: short_and_id(o.short_name.as_ref().map_or("", |t| t.get(locale)), &o.id),
                keywords,
                when: 0,
            }
        })
        .collect()
}

/// An organisation's short name and, unless it already reads so, its identifier ("org-icmpd" →
/// "icmpd"), which names it in Latin letters on the Russian site too.
fn short_and_id(short: &str, id: &str) -> String {
    let id = id.trim_start_matches("org-");
    if crate::core::text::fold(short).contains(id) {
        short.to_string()
    } else {
        format!("{short} {id}")
    }
}

fn person_records(ds: &Dataset, locale: Locale) -> Vec<Record> {
    ds.people
        .iter()
        .map(|p| {
            let mut keywords = kind_words(Kind::Person);
            keywords.extend([p.named_on, p.from, p.to].into_iter().flatten().map(|d| date_words(d, locale)));
            keywords.extend(p.organisation.iter().map(|id| org_name(ds, id, locale)));
            // Public roles only: the phase page that names the person, or the people on /contacts.
            let path = p.phases.first().map_or_else(routes::people, |n| format!("{}#{}", routes::phase(*n), p.id));
            Record {
                entry: Entry {
                    kind: Kind::Person,
                    title: p.name.get(locale).to_string(),
                    context: p.role.get(locale).to_string(),
                    path,
                },
                names: String::new(),
                keywords,
                when: month_index(p.named_on.or(p.from)),
            }
        })
        .collect()
}

fn office_records(ds: &Dataset, locale: Locale, c: &Catalogue) -> Vec<Record> {
    ds.offices
        .iter()
        .map(|o| {
            let city = o.city.as_ref().map(|t| t.get(locale));
            let country = o.country.as_deref().map(|code| country_name(code, locale));
            let organisation = o.organisation.as_deref().map(|id| org_name(ds, id, locale));
            let context = [city.map(str::to_string), country.map(str::to_string), organisation]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            let mut keywords = kind_words(Kind::Office);
            keywords.push(kind_label(c, o.kind).to_string());
            keywords.extend([o.website.clone(), o.email.clone()].into_iter().flatten());
            Record {
                entry: Entry {
                    kind: Kind::Office,
                    title: o.name.get(locale).to_string(),
                    context,
                    path: routes::office(&o.id),
                },
                names: city.unwrap_or_default().to_string(),
                keywords,
                when: month_index(o.published),
            }
        })
        .collect()
}

fn source_records(ds: &Dataset, locale: Locale) -> Vec<Record> {
    ds.sources
        .iter()
        .map(|s| {
            let mut keywords = kind_words(Kind::Source);
            keywords.extend(s.date.map(|d| date_words(d, locale)));
            keywords.extend(s.url.clone());
            Record {
                entry: Entry {
                    kind: Kind::Source,
                    title: s.title.get(locale).to_string(),
                    context: s.publisher.get(locale).to_string(),
                    path: routes::source(&s.id),
                },
                names: String::new(),
                keywords,
                when: month_index(s.date),
            }
        })
        .collect()
}

fn country_records(ds: &Dataset, locale: Locale, c: &Catalogue) -> Vec<Record> {
    ds.programme
        .countries
        .value
        .iter()
        .filter_map(|code| {
            let path = crate::core::country::page_path(ds, code)?;
            let mut keywords = kind_words(Kind::Country);
            keywords.push(code.clone());
            // The cities of its offices, so "Bishkek" also finds Kyrgyzstan.
            keywords.extend(
                ds.offices
                    .iter()
                    .filter(|o| o.country.as_deref() == Some(code.as_str()))
                    .filter_map(|o| o.city.as_ref().map(|t| t.get(locale).to_string())),
            );
            Some(Record {
                entry: Entry {
                    kind: Kind::Country,
                    title: country_name(code, locale).to_string(),
                    context: c.country_intro.replace("{country}", crate::core::i18n::country_in(code, locale)),
                    path,
                },
                names: String::new(),
                keywords,
                when: 0,
            })
        })
        .collect()
}

fn theme_records(ds: &Dataset, locale: Locale) -> Vec<Record> {
    ds.themes
        .iter()
        .map(|t| Record {
            entry: Entry {
                kind: Kind::Theme,
                title: t.name.get(locale).to_string(),
                context: t.description.get(locale).to_string(),
                path: format!("/components?theme={}", t.id),
            },
            names: String::new(),
            keywords: kind_words(Kind::Theme),
            when: 0,
        })
        .collect()
}
