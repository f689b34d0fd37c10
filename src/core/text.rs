//! Text folding for search: case-, diacritic- and Ё/Е-insensitive, and one script: Cyrillic is
//! romanised (BGN/PCGN), so `Bishkek` finds `Бишкек` and `Душанбе` finds `Dushanbe`. A map back to
//! the original lets matches be highlighted in the text as written.

/// The base letter of one lowercase character, or the character itself.
fn base_letter(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        // Cyrillic: ё folds as most search boxes do; letters of the region's languages to their
        // Russian neighbours, so a Russian query finds Kazakh, Kyrgyz, Tajik or Uzbek spellings.
        'ё' => 'е',
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' | 'ӯ' | 'ў' => 'у',
        'һ' | 'ҳ' => 'х',
        'і' | 'ӣ' => 'и',
        'ҷ' => 'ч',
        other => other,
    }
}

/// The BGN/PCGN romanisation of a lowercase Russian letter (without its positional "ye"), `None`
/// for any other character.
fn romanised(c: char) -> Option<&'static str> {
    const LETTERS: [&str; 32] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
        "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ];
    let at = (c as u32).checked_sub('а' as u32)?;
    LETTERS.get(at as usize).copied()
}

/// Combining marks (U+0300–U+036F) carry only diacritics: dropped.
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// A folded string with, for every byte of it, the byte offset in the original where its character began.
pub struct Folded {
    pub text: String,
    origin: Vec<usize>,
    original_len: usize,
}

/// Folds `original` onto `text`; with `origin`, records for each byte written where its character began.
fn fold_into(original: &str, text: &mut String, mut origin: Option<&mut Vec<usize>>) {
    for (at, c) in original.char_indices() {
        // Plain ASCII is most of the text, and the full Unicode lowercasing is slow.
        if c.is_ascii() {
            text.push(c.to_ascii_lowercase());
            if let Some(origin) = origin.as_deref_mut() {
                origin.push(at);
            }
            continue;
        }
        if is_combining(c) {
            continue;
        }
        for lower in c.to_lowercase().filter(|l| !is_combining(*l)) {
            let folded = base_letter(lower);
            let before = text.len();
            match romanised(folded) {
                Some(latin) => text.push_str(latin),
                None => text.push(folded),
            }
            if let Some(origin) = origin.as_deref_mut() {
                origin.extend(std::iter::repeat_n(at, text.len() - before));
            }
        }
    }
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        fold_into(original, &mut text, Some(&mut origin));
        Folded { text, origin, original_len: original.len() }
    }

    /// The original byte range of the folded byte range `start..end` (whole characters).
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.origin.get(start).copied().unwrap_or(self.original_len);
        let to = self.origin.get(end).copied().unwrap_or(self.original_len);
        (from, to.max(from))
    }
}

pub fn fold(s: &str) -> String {
    let mut text = String::with_capacity(s.len());
    fold_into(s, &mut text, None);
    text
}

/// Whether `term` is within one edit (a letter changed, added, dropped, or two swapped) of the
/// start of `word`, both folded: "tashknet" is near "tashkent", "tashkn" near "tashkent".
/// Compares bytes, so after folding (Latin and romanised Cyrillic are ASCII) it is exact but for
/// the rare letter folding leaves as it is; a linear walk, as it runs for every word of every title.
pub fn near_prefix(term: &str, word: &str) -> bool {
    let (a, b) = (term.as_bytes(), word.as_bytes());
    let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if i == a.len() {
        return true;
    }
    if i == b.len() {
        return a.len() - i == 1;
    }
    let changed = b[i + 1..].starts_with(&a[i + 1..]);
    let extra = b[i..].starts_with(&a[i + 1..]);
    let missing = b[i + 1..].starts_with(&a[i..]);
    let swapped = i + 1 < a.len()
        && i + 1 < b.len()
        && a[i] == b[i + 1]
        && a[i + 1] == b[i]
        && b[i + 2..].starts_with(&a[i + 2..]);
    changed || extra || missing || swapped
}

/// The words of a folded text: its runs of letters and digits, as a query's terms and an index's
/// vocabulary are split.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

pub const MAX_TERMS: usize = 8;
pub const MAX_TERM_CHARS: usize = 64;

/// Folded search words: letters and digits only, at most `MAX_TERMS` of `MAX_TERM_CHARS` each, so a
/// hostile or pasted query stays cheap.
pub fn tokenize(query: &str) -> Vec<String> {
    let folded = fold(query);
    let mut terms: Vec<String> = Vec::new();
    for word in words(&folded) {
        let word: String = word.chars().take(MAX_TERM_CHARS).collect();
        if !terms.contains(&word) {
            terms.push(word);
        }
        if terms.len() == MAX_TERMS {
            break;
        }
    }
    terms
}

/// A piece of text to render: plain, or a match of a search term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    Plain(&'a str),
    Match(&'a str),
}

/// Splits `text` into plain and matching pieces for every occurrence of any term (overlaps merged).
pub fn highlight<'a>(text: &'a str, terms: &[String]) -> Vec<Segment<'a>> {
    let folded = Folded::new(text);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for term in terms.iter().filter(|t| !t.is_empty()) {
        let mut from = 0;
        while let Some(pos) = folded.text[from..].find(term.as_str()) {
            let start = from + pos;
            let end = start + term.len();
            ranges.push(folded.original_range(start, end));
            from = end;
        }
    }
    super::order::sort(&mut ranges);
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut out = Vec::with_capacity(merged.len() * 2 + 1);
    let mut at = 0;
    for (s, e) in merged {
        if s > at {
            out.push(Segment::Plain(&text[at..s]));
        }
        if e > s {
            out.push(Segment::Match(&text[s..e]));
        }
        at = e;
    }
    if at < text.len() {
        out.push(Segment::Plain(&text[at..]));
    }
    out
}

/// `s` safe as HTML text or as a quoted attribute value.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `text` as escaped HTML with every match of `terms` in `<mark>`.
pub fn highlight_html(text: &str, terms: &[String]) -> String {
    highlight(text, terms)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(s) => escape_html(s),
            Segment::Match(s) => format!("<mark>{}</mark>", escape_html(s)),
        })
        .collect()
}

/// About `max_chars` characters of `text` around the first match of any term, cut at spaces, with
/// "…" where text was left out; the start of the text when nothing in it matches.
pub fn snippet(text: &str, terms: &[String], max_chars: usize) -> String {
    let folded = Folded::new(text);
    let first = terms
        .iter()
        .filter(|t| !t.is_empty())
        .filter_map(|t| folded.text.find(t.as_str()))
        .min()
        .map_or(0, |at| folded.original_range(at, at).0);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    if chars.len() <= max_chars {
        return text.to_string();
    }
    let at = chars.iter().position(|(b, _)| *b >= first).unwrap_or(0);
    // A third of the line before the match, the rest after it.
    let mut start = at.saturating_sub(max_chars / 3).min(chars.len() - max_chars);
    let mut end = start + max_chars;
    if start > 0 {
        if let Some(space) = chars[start..at].iter().position(|(_, c)| c.is_whitespace()) {
            start += space + 1;
        }
    }
    if end < chars.len() {
        if let Some(space) = chars[at.max(start)..end].iter().rposition(|(_, c)| c.is_whitespace()) {
            end = at.max(start) + space;
        }
    }
    let byte = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
    let body = text[byte(start)..byte(end)].trim();
    format!("{}{body}{}", if start > 0 { "…" } else { "" }, if end < chars.len() { "…" } else { "" })
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` and `+`; malformed escapes stay as written, invalid UTF-8 is replaced.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(v) => {
                        out.push(v);
                        i += 3;
                        continue;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, query: &str) -> Vec<String> {
        highlight(text, &tokenize(query))
            .into_iter()
            .filter_map(|s| match s {
                Segment::Match(m) => Some(m.to_string()),
                Segment::Plain(_) => None,
            })
            .collect()
    }

    #[test]
    fn folds_case_diacritics_and_yo() {
        assert_eq!(fold("Ёлка"), "elka");
        assert_eq!(fold("ЕЛКА"), fold("ёлка"));
        assert_eq!(fold("Rīga"), "riga");
        assert_eq!(fold("Pęksa Pujāts"), "peksa pujats");
        assert_eq!(fold("БОМКА"), "bomka");
        assert_eq!(fold("Қазақстан"), "kazakstan");
        assert_eq!(fold("e\u{301}cole"), "ecole");
    }

    #[test]
    fn cyrillic_is_romanised_both_ways() {
        for (cyrillic, latin) in [
            ("Бишкек", "Bishkek"),
            ("Душанбе", "Dushanbe"),
            ("Ташкент", "Tashkent"),
            ("Астана", "Astana"),
            ("Ашхабад", "Ashkhabad"),
            ("Кыргызстан", "Kyrgyzstan"),
            ("Казахстан", "Kazakhstan"),
            ("Узбекистан", "Uzbekistan"),
            ("Туркменистан", "Turkmenistan"),
            ("Чуй", "Chuy"),
        ] {
            assert_eq!(fold(cyrillic), fold(latin), "{cyrillic}");
        }
        assert_eq!(fold("щука, объём, юрта, яма, цех, жир, эра"), "shchuka, obem, yurta, yama, tsekh, zhir, era");
        // Highlighting still marks the text as written.
        assert_eq!(marked("Офис в Бишкеке", "bishkek"), ["Бишкек"]);
        assert_eq!(marked("Office in Bishkek", "Бишкек"), ["Bishkek"]);
    }

    #[test]
    fn one_edit_from_the_start_of_a_word() {
        for (term, word) in [
            ("tashknet", "tashkent"),
            ("tashkent", "tashkent"),
            ("tashkn", "tashkent"),
            ("tashkemt", "tashkent"),
            ("tashkkent", "tashkent"),
            ("tshkent", "tashkent"),
            ("dushanbr", "dushanbe"),
        ] {
            assert!(near_prefix(term, word), "{term} ~ {word}");
        }
        for (term, word) in
            [("tashkxxt", "tashkent"), ("kent", "tashkent"), ("bishkek", "tashkent"), ("tashkentx", "tash")]
        {
            assert!(!near_prefix(term, word), "{term} !~ {word}");
        }
    }

    #[test]
    fn highlights_original_text_exactly() {
        assert_eq!(marked("Rīga Technical University", "riga"), ["Rīga"]);
        assert_eq!(marked("Пограничная служба, ЁЛКА", "елка"), ["ЁЛКА"]);
        assert_eq!(marked("Trade facilitation and trade corridors", "TRADE"), ["Trade", "trade"]);
        assert_eq!(marked("cross-border crime", "border cross"), ["cross", "border"]);
        let all: String = highlight("Ёж и ёлка", &tokenize("ё"))
            .iter()
            .map(|s| match s {
                Segment::Plain(p) | Segment::Match(p) => *p,
            })
            .collect();
        assert_eq!(all, "Ёж и ёлка");
    }

    #[test]
    fn snippets_show_the_first_match_in_its_words() {
        let text = "The programme opened offices across the region; in November 2015 a BOMCA Regional Office opened in Bishkek, the Kyrgyz capital.";
        let line = snippet(text, &tokenize("bishkek"), 60);
        assert!(line.starts_with('…') && line.contains("Bishkek"), "{line}");
        assert!(line.chars().count() <= 62, "{line}");
        assert_eq!(snippet("Short text", &tokenize("x"), 60), "Short text");
        let start = snippet(text, &tokenize("zzz"), 30);
        assert!(start.starts_with("The programme") && start.ends_with('…'), "{start}");
        let cyrillic =
            "Региональный офис БОМКА открылся в Бишкеке в ноябре 2015 года после долгой подготовки и переговоров";
        assert!(snippet(cyrillic, &tokenize("bishkek"), 40).contains("Бишкеке"));
    }

    #[test]
    fn html_is_escaped_and_matches_marked() {
        assert_eq!(
            escape_html(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert_eq!(
            highlight_html("Office <b>Bishkek</b>", &tokenize("bishkek")),
            "Office &lt;b&gt;<mark>Bishkek</mark>&lt;/b&gt;"
        );
        assert_eq!(highlight_html("a<mark>", &tokenize("mark")), "a&lt;<mark>mark</mark>&gt;");
    }

    #[test]
    fn overlapping_matches_merge() {
        assert_eq!(marked("migration", "migr ation"), ["migration"]);
        assert_eq!(marked("migration", "migr ratio"), ["migratio"]);
    }

    #[test]
    fn hostile_input_is_plain_words_and_never_panics() {
        assert_eq!(tokenize("<script>alert(1)</script>"), ["script", "alert", "1"]);
        let long = "ж".repeat(10_000);
        for input in ["", " ", "\u{301}\u{302}", "🙂🙂 border", "%00%3Cscript%3E", "a\u{0}b", long.as_str(), "İstanbul"]
        {
            let terms = tokenize(input);
            assert!(terms.len() <= MAX_TERMS);
            assert!(terms.iter().all(|t| t.chars().count() <= MAX_TERM_CHARS));
            let _ = highlight(input, &terms);
            let _ = highlight("İİİ combining \u{301} text", &terms);
        }
        assert_eq!(tokenize(&"w ".repeat(50)).len(), 1);
    }
}
