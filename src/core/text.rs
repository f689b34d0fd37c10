//! Text folding for search: case-, diacritic- and Ё/Е-insensitive, Cyrillic and Latin alike, keeping
//! a map back to the original so matches can be highlighted in the text as written.

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
        // Cyrillic: ё and й fold as most search boxes do; letters of the region's languages to their
        // Russian neighbours, so a Russian query finds Kazakh, Kyrgyz, Tajik or Uzbek spellings.
        'ё' => 'е',
        'й' => 'и',
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

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        for (at, c) in original.char_indices() {
            if is_combining(c) {
                continue;
            }
            for lower in c.to_lowercase().filter(|l| !is_combining(*l)) {
                let folded = base_letter(lower);
                let before = text.len();
                text.push(folded);
                origin.extend(std::iter::repeat_n(at, text.len() - before));
            }
        }
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
    Folded::new(s).text
}

pub const MAX_TERMS: usize = 8;
pub const MAX_TERM_CHARS: usize = 64;

/// Folded search words: letters and digits only, at most `MAX_TERMS` of `MAX_TERM_CHARS` each, so a
/// hostile or pasted query stays cheap.
pub fn tokenize(query: &str) -> Vec<String> {
    let folded = fold(query);
    let mut terms: Vec<String> = Vec::new();
    for word in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
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
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("ЕЛКА"), fold("ёлка"));
        assert_eq!(fold("Rīga"), "riga");
        assert_eq!(fold("Pęksa Pujāts"), "peksa pujats");
        assert_eq!(fold("БОМКА"), "бомка");
        assert_eq!(fold("Қазақстан"), "казакстан");
        assert_eq!(fold("e\u{301}cole"), "ecole");
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
