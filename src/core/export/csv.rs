//! CSV tables of the dataset (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
//! Cyrillic right, CRLF line ends). Both languages are columns of their own; codes sit beside labels.
use crate::core::locale::Locale;
use crate::core::model::{Code, Dataset, Fact, PartialDate, Text};
use crate::core::query;

fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::from("\u{feff}"));
    writer.write_record(header).expect("writing to memory cannot fail");
    for row in rows {
        debug_assert_eq!(row.len(), header.len());
        writer.write_record(&row).expect("writing to memory cannot fail");
    }
    let bytes = writer.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("the fields are UTF-8")
}

fn en(t: &Text) -> String {
    t.in_language("en").unwrap_or_default().to_string()
}
fn ru(t: &Text) -> String {
    t.in_language("ru").unwrap_or_default().to_string()
}
fn opt_text(t: Option<&Text>, get: fn(&Text) -> String) -> String {
    t.map(get).unwrap_or_default()
}
fn date(d: Option<PartialDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}
fn fact_date(f: &Option<Fact<PartialDate>>) -> String {
    date(f.as_ref().map(|f| f.value))
}
fn list(items: &[String]) -> String {
    items.join(";")
}
fn number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

pub fn phases(ds: &Dataset) -> String {
    let rows = ds
        .phases
        .iter()
        .map(|p| {
            let budget = query::headline_budget(p);
            let lead = query::lead(ds, p);
            let mut sources: Vec<String> = query::phase_sources(p).into_iter().map(String::from).collect();
            sources.dedup();
            vec![
                p.number.to_string(),
                en(&p.title),
                ru(&p.title),
                p.status.code().to_string(),
                fact_date(&p.planned_start),
                fact_date(&p.actual_start),
                fact_date(&p.planned_end),
                fact_date(&p.actual_end),
                date(p.extensions.iter().map(|e| e.new_end).max()),
                p.duration_months.as_ref().map(|f| f.value.to_string()).unwrap_or_default(),
                budget.map(|b| number(b.amount.value.amount)).unwrap_or_default(),
                budget.map(|b| b.amount.value.currency.clone()).unwrap_or_default(),
                budget.map(|b| b.amount.value.qualifier.code()).unwrap_or_default().to_string(),
                budget.map(|b| b.kind.code()).unwrap_or_default().to_string(),
                lead.map(|o| o.id.clone()).unwrap_or_default(),
                lead.map(|o| en(&o.name)).unwrap_or_default(),
                lead.map(|o| ru(&o.name)).unwrap_or_default(),
                list(&query::implementing_partners(p).iter().map(|x| x.organisation.clone()).collect::<Vec<_>>()),
                p.countries.as_ref().map(|f| list(&f.value)).unwrap_or_default(),
                query::components_of(ds, p.number).len().to_string(),
                list(&sources),
            ]
        })
        .collect();
    table(
        &[
            "number",
            "title_en",
            "title_ru",
            "status",
            "planned_start",
            "actual_start",
            "planned_end",
            "actual_end",
            "last_extension_end",
            "duration_months",
            "budget",
            "currency",
            "budget_qualifier",
            "budget_kind",
            "lead_id",
            "lead_name_en",
            "lead_name_ru",
            "partner_ids",
            "countries",
            "components",
            "sources",
        ],
        rows,
    )
}

pub fn components(ds: &Dataset) -> String {
    let rows = ds
        .components
        .iter()
        .map(|c| {
            vec![
                c.id.clone(),
                c.phase.to_string(),
                c.number.to_string(),
                en(&c.title),
                ru(&c.title),
                opt_text(c.specific_objective.as_ref(), en),
                opt_text(c.specific_objective.as_ref(), ru),
                opt_text(c.expected_results.as_ref(), en),
                opt_text(c.expected_results.as_ref(), ru),
                c.responsible_partner.clone().unwrap_or_default(),
                list(&c.themes),
                list(&c.sources),
            ]
        })
        .collect();
    table(
        &[
            "id",
            "phase",
            "number",
            "title_en",
            "title_ru",
            "specific_objective_en",
            "specific_objective_ru",
            "expected_results_en",
            "expected_results_ru",
            "responsible_partner_id",
            "themes",
            "sources",
        ],
        rows,
    )
}

pub fn organisations(ds: &Dataset) -> String {
    let rows = ds
        .organisations
        .iter()
        .map(|o| {
            vec![
                o.id.clone(),
                en(&o.name),
                ru(&o.name),
                opt_text(o.short_name.as_ref(), en),
                o.kind.code().to_string(),
                o.country.clone().unwrap_or_default(),
                o.website.clone().unwrap_or_default(),
                o.iati_type.to_string(),
                list(&query::phases_of_organisation(ds, &o.id).iter().map(|(n, _)| n.to_string()).collect::<Vec<_>>()),
                list(&o.sources),
            ]
        })
        .collect();
    table(
        &[
            "id",
            "name_en",
            "name_ru",
            "short_name",
            "kind",
            "country",
            "website",
            "iati_organisation_type",
            "phases",
            "sources",
        ],
        rows,
    )
}

pub fn contacts(ds: &Dataset) -> String {
    let rows = ds
        .offices
        .iter()
        .map(|o| {
            vec![
                o.id.clone(),
                en(&o.name),
                ru(&o.name),
                o.kind.code().to_string(),
                opt_text(o.city.as_ref(), en),
                opt_text(o.city.as_ref(), ru),
                o.country.clone().unwrap_or_default(),
                query::postal_address(o, Locale::En).unwrap_or_default(),
                query::postal_address(o, Locale::Ru).unwrap_or_default(),
                o.phone.clone().unwrap_or_default(),
                o.fax.clone().unwrap_or_default(),
                o.email.clone().unwrap_or_default(),
                o.website.clone().unwrap_or_default(),
                list(&o.phases.iter().map(u8::to_string).collect::<Vec<_>>()),
                date(o.published),
                list(&o.sources),
            ]
        })
        .collect();
    table(
        &[
            "id",
            "name_en",
            "name_ru",
            "kind",
            "city_en",
            "city_ru",
            "country",
            "address_en",
            "address_ru",
            "phone",
            "fax",
            "email",
            "website",
            "phases",
            "published",
            "sources",
        ],
        rows,
    )
}

/// The programme's publicly named people: public roles and published dates only (the model has no
/// field for a personal contact).
pub fn people(ds: &Dataset) -> String {
    let rows = ds
        .people
        .iter()
        .map(|p| {
            vec![
                p.id.clone(),
                en(&p.name),
                ru(&p.name),
                en(&p.role),
                ru(&p.role),
                p.organisation.clone().unwrap_or_default(),
                list(&p.phases.iter().map(u8::to_string).collect::<Vec<_>>()),
                date(p.from),
                date(p.to),
                date(p.named_on),
                opt_text(p.note.as_ref(), en),
                list(&p.sources),
            ]
        })
        .collect();
    table(
        &[
            "id",
            "name_en",
            "name_ru",
            "role_en",
            "role_ru",
            "organisation_id",
            "phases",
            "from",
            "to",
            "named_on",
            "note_en",
            "sources",
        ],
        rows,
    )
}

pub fn events(ds: &Dataset) -> String {
    let rows = ds
        .events
        .iter()
        .map(|e| {
            vec![
                e.id.clone(),
                e.date.to_string(),
                date(e.end_date),
                e.kind.code().to_string(),
                en(&e.title),
                ru(&e.title),
                opt_text(e.place.as_ref(), en),
                opt_text(e.place.as_ref(), ru),
                e.country.clone().unwrap_or_default(),
                e.phase.map(|p| p.to_string()).unwrap_or_default(),
                list(&e.sources),
            ]
        })
        .collect();
    table(
        &[
            "id", "date", "end_date", "kind", "title_en", "title_ru", "place_en", "place_ru", "country", "phase",
            "sources",
        ],
        rows,
    )
}

/// Reads CSV written by this module (BOM stripped), for round-trip checks.
pub fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|record| record.expect("a table this module wrote").iter().map(String::from).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_round_trips() {
        let text = table(&["a", "b"], vec![vec!["x, \"y\"".into(), "строка\nдве".into()]]);
        assert!(text.starts_with('\u{feff}'));
        assert_eq!(
            parse(&text),
            vec![vec!["a".to_string(), "b".into()], vec!["x, \"y\"".into(), "строка\nдве".into()]]
        );
    }
}
