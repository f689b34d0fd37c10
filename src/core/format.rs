//! Locale-aware formatting of numbers, money, dates, spans and counts: done once here so every page
//! and the pre-renderer agree.

use super::locale::Locale;
use super::model::{FigureUnit, Money, PartialDate, Qualifier};

/// CLDR plural categories used by the site's languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    One,
    Few,
    Many,
    Other,
}

pub fn plural_category(locale: Locale, n: u64) -> PluralCategory {
    match locale {
        Locale::En => {
            if n == 1 {
                PluralCategory::One
            } else {
                PluralCategory::Other
            }
        }
        Locale::Ru => {
            let (m10, m100) = (n % 10, n % 100);
            if m10 == 1 && m100 != 11 {
                PluralCategory::One
            } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                PluralCategory::Few
            } else {
                PluralCategory::Many
            }
        }
    }
}

/// Word forms of a counted noun; `{n}` in a form is replaced by the formatted number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    pub one: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

impl Plural {
    pub fn format(&self, locale: Locale, n: u64) -> String {
        let form = match plural_category(locale, n) {
            PluralCategory::One => self.one,
            PluralCategory::Few => self.few,
            PluralCategory::Many => self.many,
            PluralCategory::Other => self.other,
        };
        form.replace("{n}", &format_integer(n as f64, locale))
    }
}

/// Group separator: "7,000" in English, "7 000" (no-break space) in Russian.
fn group_separator(locale: Locale) -> char {
    match locale {
        Locale::En => ',',
        Locale::Ru => '\u{a0}',
    }
}

fn decimal_separator(locale: Locale) -> char {
    match locale {
        Locale::En => '.',
        Locale::Ru => ',',
    }
}

/// Digits grouped in threes: "834,678" / "834 678".
fn group_digits(digits: &str, locale: Locale) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(group_separator(locale));
        }
        out.push(c);
    }
    out
}

/// `minus` before a negative number, unless it shows as zero.
fn signed(n: f64, shown: String, minus: char) -> String {
    if n < 0.0 && shown.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        format!("{minus}{shown}")
    } else {
        shown
    }
}

pub fn format_integer(n: f64, locale: Locale) -> String {
    signed(n, group_digits(&(n.round().abs() as u64).to_string(), locale), '−')
}

/// `n` rounded to at most `max_decimals` decimals, as (whole part, decimal digits without trailing
/// zeros). Integer arithmetic, because the standard float formatter and parser add about 20 KB of
/// code and tables to the wasm; exact for the magnitudes the site shows (below 10^15).
fn fixed_point(n: f64, max_decimals: u32) -> (u64, String) {
    let scale = 10u64.pow(max_decimals);
    let scaled = (n.abs() * scale as f64).round() as u64;
    let decimals = format!("{:0width$}", scaled % scale, width = max_decimals as usize);
    (scaled / scale, decimals.trim_end_matches('0').to_string())
}

/// A number with at most `max_decimals` decimals, trailing zeros dropped ("21.65", "12", "0.3").
pub fn format_decimal(n: f64, max_decimals: u32, locale: Locale) -> String {
    let (whole, decimals) = fixed_point(n, max_decimals);
    let mut out = group_digits(&whole.to_string(), locale);
    if !decimals.is_empty() {
        out.push(decimal_separator(locale));
        out.push_str(&decimals);
    }
    signed(n, out, '−')
}

/// A number as code and markup write it: no grouping, a point, at most `max_decimals` decimals.
pub fn plain_number(n: f64, max_decimals: u32) -> String {
    let (whole, decimals) = fixed_point(n, max_decimals);
    let shown = if decimals.is_empty() { whole.to_string() } else { format!("{whole}.{decimals}") };
    signed(n, shown, '-')
}

/// An SVG coordinate or length, to a tenth of a user unit.
pub fn coord(v: f64) -> String {
    plain_number(v, 1)
}

pub fn qualifier_word(q: Qualifier, locale: Locale) -> &'static str {
    match (locale, q) {
        (_, Qualifier::Exactly) => "",
        (Locale::En, Qualifier::About) => "about",
        (Locale::En, Qualifier::Almost) => "almost",
        (Locale::En, Qualifier::Over) => "over",
        (Locale::En, Qualifier::AtLeast) => "at least",
        (Locale::En, Qualifier::UpTo) => "up to",
        (Locale::Ru, Qualifier::About) => "около",
        (Locale::Ru, Qualifier::Almost) => "почти",
        (Locale::Ru, Qualifier::Over) => "более",
        (Locale::Ru, Qualifier::AtLeast) => "не менее",
        (Locale::Ru, Qualifier::UpTo) => "до",
    }
}

fn with_qualifier(q: Qualifier, locale: Locale, body: String) -> String {
    match qualifier_word(q, locale) {
        "" => body,
        word => format!("{word} {body}"),
    }
}

/// An amount without its qualifier: "EUR 12 million" / "12 млн евро", "EUR 834,678" / "834 678 евро".
pub fn format_amount(amount: f64, currency: &str, locale: Locale) -> String {
    let millions = amount >= 1_000_000.0;
    let number = if millions {
        format_decimal(amount / 1_000_000.0, 2, locale)
    } else if amount.fract() != 0.0 {
        // Cents as published ("EUR 6,860.70"), never rounded away.
        let mut n = format_decimal(amount, 2, locale);
        if n.rfind(decimal_separator(locale)).is_some_and(|i| n.len() - i == 2) {
            n.push('0');
        }
        n
    } else {
        format_integer(amount, locale)
    };
    match (locale, currency, millions) {
        (Locale::En, cur, true) => format!("{cur}\u{a0}{number} million"),
        (Locale::En, cur, false) => format!("{cur}\u{a0}{number}"),
        (Locale::Ru, "EUR", true) => format!("{number}\u{a0}млн евро"),
        (Locale::Ru, "EUR", false) => format!("{number}\u{a0}евро"),
        (Locale::Ru, cur, true) => format!("{number}\u{a0}млн {cur}"),
        (Locale::Ru, cur, false) => format!("{number}\u{a0}{cur}"),
    }
}

pub fn format_money(m: &Money, locale: Locale) -> String {
    with_qualifier(m.qualifier, locale, format_amount(m.amount, &m.currency, locale))
}

/// A headline figure: "nearly 7,000", "EUR 40.1 million".
pub fn format_figure(value: f64, unit: FigureUnit, qualifier: Qualifier, locale: Locale) -> String {
    let body = match unit {
        FigureUnit::Eur => format_amount(value, "EUR", locale),
        FigureUnit::People | FigureUnit::Events | FigureUnit::Documents => format_integer(value, locale),
    };
    with_qualifier(qualifier, locale, body)
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Nominative, for "февраль 2026".
const MONTHS_RU: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
/// Genitive, for "15 июня 2015".
const MONTHS_RU_GEN: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// "2003", "February 2026" / "февраль 2026", "15 June 2015" / "15 июня 2015".
pub fn format_date(d: PartialDate, locale: Locale) -> String {
    let Some(m) = d.month else { return d.year.to_string() };
    let i = usize::from(m - 1);
    match (d.day, locale) {
        (None, Locale::En) => format!("{} {}", MONTHS_EN[i], d.year),
        (None, Locale::Ru) => format!("{} {}", MONTHS_RU[i], d.year),
        (Some(day), Locale::En) => format!("{day} {} {}", MONTHS_EN[i], d.year),
        (Some(day), Locale::Ru) => format!("{day} {} {}", MONTHS_RU_GEN[i], d.year),
    }
}

/// A month span "June 2015 – September 2020"; an open end shows the start only with a dash.
pub fn format_span(start: Option<PartialDate>, end: Option<PartialDate>, locale: Locale) -> Option<String> {
    let month_only = |d: PartialDate| PartialDate { day: None, ..d };
    match (start, end) {
        (Some(s), Some(e)) => {
            Some(format!("{} – {}", format_date(month_only(s), locale), format_date(month_only(e), locale)))
        }
        (Some(s), None) => Some(format!("{} –", format_date(month_only(s), locale))),
        (None, Some(e)) => Some(format!("– {}", format_date(month_only(e), locale))),
        (None, None) => None,
    }
}

pub const MONTHS: Plural = Plural { one: "{n} month", few: "{n} months", many: "{n} months", other: "{n} months" };
pub const MONTHS_RU_FORMS: Plural =
    Plural { one: "{n} месяц", few: "{n} месяца", many: "{n} месяцев", other: "{n} месяца" };

/// "40 months" / "40 месяцев".
pub fn format_months(n: u32, locale: Locale) -> String {
    match locale {
        Locale::En => MONTHS.format(locale, u64::from(n)),
        Locale::Ru => MONTHS_RU_FORMS.format(locale, u64::from(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(amount: f64, qualifier: Qualifier) -> Money {
        Money { amount, currency: "EUR".into(), qualifier }
    }

    #[test]
    fn russian_plurals() {
        let phases = Plural { one: "{n} фаза", few: "{n} фазы", many: "{n} фаз", other: "{n} фазы" };
        let got: Vec<String> = [1, 2, 5, 11, 21, 22, 112, 0].iter().map(|&n| phases.format(Locale::Ru, n)).collect();
        assert_eq!(got, ["1 фаза", "2 фазы", "5 фаз", "11 фаз", "21 фаза", "22 фазы", "112 фаз", "0 фаз"]);
        assert_eq!(format_months(40, Locale::Ru), "40 месяцев");
        assert_eq!(format_months(24, Locale::Ru), "24 месяца");
        assert_eq!(format_months(1, Locale::En), "1 month");
        assert_eq!(format_months(54, Locale::En), "54 months");
    }

    #[test]
    fn numbers_group_by_locale() {
        assert_eq!(format_integer(7000.0, Locale::En), "7,000");
        assert_eq!(format_integer(7000.0, Locale::Ru), "7\u{a0}000");
        assert_eq!(format_integer(8_690_000.0, Locale::En), "8,690,000");
        assert_eq!(format_integer(181.0, Locale::Ru), "181");
        assert_eq!(format_decimal(21.65, 2, Locale::Ru), "21,65");
        assert_eq!(format_decimal(12.0, 2, Locale::En), "12");
        assert_eq!(format_decimal(0.3, 2, Locale::En), "0.3");
        assert_eq!(format_decimal(1234.567, 2, Locale::En), "1,234.57");
        assert_eq!(format_decimal(1234.5, 1, Locale::Ru), "1\u{a0}234,5");
        assert_eq!(format_decimal(-2.5, 1, Locale::En), "−2.5");
        assert_eq!(format_decimal(-0.001, 2, Locale::En), "0");
        assert_eq!(format_integer(-1234.0, Locale::En), "−1,234");
        assert_eq!(format_integer(-0.4, Locale::En), "0");
        assert_eq!(plain_number(1234.5678, 2), "1234.57");
        assert_eq!(plain_number(-3.0, 6), "-3");
        assert_eq!(plain_number(0.05, 1), "0.1");
        assert_eq!(coord(1000.0), "1000");
        assert_eq!(coord(96.04), "96");
        assert_eq!(coord(-0.04), "0");
    }

    #[test]
    fn money_reads_naturally() {
        assert_eq!(format_money(&eur(12e6, Qualifier::Exactly), Locale::En), "EUR\u{a0}12 million");
        assert_eq!(format_money(&eur(12e6, Qualifier::Exactly), Locale::Ru), "12\u{a0}млн евро");
        assert_eq!(format_money(&eur(5e6, Qualifier::Almost), Locale::En), "almost EUR\u{a0}5 million");
        assert_eq!(format_money(&eur(5e6, Qualifier::Almost), Locale::Ru), "почти 5\u{a0}млн евро");
        assert_eq!(format_money(&eur(21_650_000.0, Qualifier::Exactly), Locale::Ru), "21,65\u{a0}млн евро");
        assert_eq!(format_money(&eur(834_678.0, Qualifier::Exactly), Locale::En), "EUR\u{a0}834,678");
        assert_eq!(format_figure(7000.0, FigureUnit::People, Qualifier::Almost, Locale::Ru), "почти 7\u{a0}000");
    }

    #[test]
    fn dates_and_spans() {
        let feb = PartialDate { year: 2026, month: Some(2), day: None };
        assert_eq!(format_date(feb, Locale::En), "February 2026");
        assert_eq!(format_date(feb, Locale::Ru), "февраль 2026");
        assert_eq!(format_date(PartialDate::ymd(2015, 6, 15), Locale::Ru), "15 июня 2015");
        assert_eq!(format_date(PartialDate::ymd(2015, 6, 15), Locale::En), "15 June 2015");
        assert_eq!(format_date(PartialDate { year: 2003, month: None, day: None }, Locale::Ru), "2003");
        assert_eq!(
            format_span(Some(PartialDate::ymd(2015, 6, 15)), Some(PartialDate::ymd(2020, 9, 30)), Locale::En).unwrap(),
            "June 2015 – September 2020"
        );
        assert_eq!(format_span(Some(feb), None, Locale::Ru).unwrap(), "февраль 2026 –");
        assert_eq!(format_span(None, None, Locale::En), None);
    }
}
