//! Faceted full-text search over any list of records, the one engine behind the explorers
//! (components, events, organisations): records with weighted, folded text fields and, per
//! dimension, the values they have. Text terms are AND-ed; within a dimension the selected values
//! are OR-ed and across dimensions AND-ed; each value's count is what selecting it would give
//! (the other dimensions' selections applied, its own not).
use std::collections::BTreeMap;

use super::order;
use super::text::{decode_component, encode_component, fold, near_prefix, tokenize, words};

/// Terms this long forgive one typo.
const TYPO_MIN_CHARS: usize = 5;

/// What an exact title (or, for an organisation, short name) adds: more than any sum of term scores.
const EXACT_BONUS: u32 = 1000;

/// The records of one explorer, in the order they are listed when scores tie, searched through
/// their vocabulary: each distinct word once, with the records and fields it occurs in. A term
/// is looked up in the words (a few thousand) rather than in every record's text, so a query
/// costs the words it matches, not the size of the data.
#[derive(PartialEq)]
pub struct Index {
    /// Weight of each text field: a title hit ranks above a summary hit.
    weights: &'static [u32],
    /// How many of the first fields forgive a typo (the short ones: titles, names).
    typo_fields: usize,
    /// Every distinct folded word, and where it is in `words`.
    words: Vec<String>,
    lookup: BTreeMap<String, usize>,
    /// Per word: the (record, field) pairs it occurs in, each once, in record order.
    postings: Vec<Vec<(u32, u8)>>,
    /// Per record: the words of its first two fields, for exact matches.
    keys: Vec<[String; 2]>,
    /// Per record, per dimension: the values it has.
    values: Vec<Vec<Vec<String>>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Position of the record in the index (the order it was pushed in).
    pub record: usize,
    pub score: u32,
}

/// What a query finds: the hits, best first, and per dimension each known value with its count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub hits: Vec<Hit>,
    pub counts: Vec<Vec<(String, usize)>>,
}

fn passes(selected: &[String], has: &[String]) -> bool {
    selected.is_empty() || selected.iter().any(|v| has.contains(v))
}

impl Index {
    pub fn new(weights: &'static [u32], typo_fields: usize) -> Self {
        Index {
            weights,
            typo_fields,
            words: Vec::new(),
            lookup: BTreeMap::new(),
            postings: Vec::new(),
            keys: Vec::new(),
            values: Vec::new(),
        }
    }

    /// Adds a record: its texts as written (folded here), and its values per dimension.
    pub fn push(&mut self, texts: &[&str], values: Vec<Vec<String>>) {
        let record = self.values.len() as u32;
        let mut keys: [String; 2] = Default::default();
        for (field, text) in texts.iter().enumerate() {
            let folded = fold(text);
            if let Some(key) = keys.get_mut(field) {
                *key = words(&folded).collect::<Vec<_>>().join(" ");
            }
            for word in words(&folded) {
                let at = match self.lookup.get(word) {
                    Some(&at) => at,
                    None => {
                        self.lookup.insert(word.to_string(), self.words.len());
                        self.words.push(word.to_string());
                        self.postings.push(Vec::new());
                        self.words.len() - 1
                    }
                };
                let posting = (record, field as u8);
                if self.postings[at].last() != Some(&posting) {
                    self.postings[at].push(posting);
                }
            }
        }
        self.keys.push(keys);
        self.values.push(values);
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Per record, the score of one term: its best field's weight, half again when the term starts
    /// a word; failing any match, a third of the weight for a word of a short field one typo away.
    fn term_scores(&self, term: &str) -> Vec<u32> {
        let mut best = vec![0u32; self.len()];
        let mut typo = vec![0u32; self.len()];
        let forgiving = term.chars().count() >= TYPO_MIN_CHARS;
        // One pass over the vocabulary: a word holding the term scores; failing that, a word one
        // typo away scores in the short fields.
        for (word, postings) in self.words.iter().zip(&self.postings) {
            if let Some(at) = word.find(term) {
                for &(record, field) in postings {
                    let w = self.weights[usize::from(field)];
                    let s = if at == 0 { w + w / 2 } else { w };
                    let b = &mut best[record as usize];
                    *b = (*b).max(s);
                }
            } else if forgiving && near_prefix(term, word) {
                for &(record, field) in postings.iter().filter(|(_, f)| usize::from(*f) < self.typo_fields) {
                    let t = &mut typo[record as usize];
                    *t = (*t).max(self.weights[usize::from(field)].div_ceil(3));
                }
            }
        }
        for (b, t) in best.iter_mut().zip(typo) {
            if *b == 0 {
                *b = t;
            }
        }
        best
    }

    /// Every value of each dimension the records have, in the order first seen.
    pub fn values_seen(&self, dims: usize) -> Vec<Vec<String>> {
        let mut seen: Vec<Vec<String>> = vec![Vec::new(); dims];
        for (d, list) in seen.iter_mut().enumerate() {
            for v in self.values.iter().filter_map(|r| r.get(d)).flatten() {
                if !list.contains(v) {
                    list.push(v.clone());
                }
            }
        }
        seen
    }

    /// Runs `text` and the per-dimension `selected` values; `known` lists each dimension's values in
    /// the order the facet shows them.
    pub fn run(&self, text: &str, selected: &[Vec<String>], known: &[Vec<String>]) -> Outcome {
        let terms = tokenize(text);
        let mut scores: Vec<Option<u32>> = vec![Some(0); self.len()];
        for term in &terms {
            for (total, s) in scores.iter_mut().zip(self.term_scores(term)) {
                *total = total.and_then(|t| (s > 0).then_some(t + s));
            }
        }
        if !terms.is_empty() {
            let whole = terms.join(" ");
            for (total, keys) in scores.iter_mut().zip(&self.keys) {
                if let Some(t) = total.as_mut().filter(|_| keys.contains(&whole)) {
                    *t += EXACT_BONUS;
                }
            }
        }
        let pass: Vec<Vec<bool>> = self
            .values
            .iter()
            .map(|dims| {
                selected.iter().enumerate().map(|(d, sel)| passes(sel, dims.get(d).map_or(&[], |v| v))).collect()
            })
            .collect();
        let others_pass =
            |i: usize, dim: usize| scores[i].is_some() && pass[i].iter().enumerate().all(|(d, ok)| d == dim || *ok);
        let mut hits: Vec<Hit> = (0..self.len())
            .filter(|&i| others_pass(i, usize::MAX))
            .map(|i| Hit { record: i, score: scores[i].unwrap_or(0) })
            .collect();
        order::sort_by(&mut hits, |a, b| b.score.cmp(&a.score).then(a.record.cmp(&b.record)));
        // One pass per dimension over the records that pass the other dimensions.
        let counts = known
            .iter()
            .enumerate()
            .map(|(d, values)| {
                let mut n = vec![0; values.len()];
                for i in (0..self.len()).filter(|&i| others_pass(i, d)) {
                    for v in self.values[i].get(d).map_or(&[][..], |v| v) {
                        if let Some(k) = values.iter().position(|x| x == v) {
                            n[k] += 1;
                        }
                    }
                }
                values.iter().cloned().zip(n).collect()
            })
            .collect();
        Outcome { hits, counts }
    }
}

/// One explorer's records, built once per dataset and language: the engine's index, where each
/// record stands in the dataset, each facet's values in the order it shows them, and the URL keys.
#[derive(PartialEq)]
pub struct Explorer {
    keys: &'static [&'static str],
    records: Index,
    /// Per record (in the order pushed): its index in the dataset's list.
    positions: Vec<usize>,
    pub known: Vec<Vec<String>>,
}

impl Explorer {
    pub fn new(keys: &'static [&'static str], records: Index, positions: Vec<usize>, known: Vec<Vec<String>>) -> Self {
        Explorer { keys, records, positions, known }
    }

    /// Reads the explorer's URL query; values the data does not have are returned to be shown as ignored.
    pub fn parse(&self, pairs: impl Iterator<Item = (String, String)>) -> (Query, Vec<String>) {
        Query::from_pairs(self.keys, &self.known, pairs)
    }

    /// What `q` finds, best first, each hit's `record` its index in the dataset's list.
    pub fn run(&self, q: &Query) -> Outcome {
        let mut outcome = self.records.run(&q.text, &q.selected, &self.known);
        for hit in &mut outcome.hits {
            hit.record = self.positions[hit.record];
        }
        outcome
    }

    /// The dataset indices `q` finds, in the order the records were pushed whatever their scores
    /// (a chronicle), and the facet counts.
    pub fn run_in_listed_order(&self, q: &Query) -> (Vec<usize>, Outcome) {
        let outcome = self.records.run(&q.text, &q.selected, &self.known);
        let mut records: Vec<usize> = outcome.hits.iter().map(|h| h.record).collect();
        order::sort(&mut records);
        (records.into_iter().map(|r| self.positions[r]).collect(), outcome)
    }

    /// The dataset indices `q` finds, best first, and the facet counts.
    pub fn run_ranked(&self, q: &Query) -> (Vec<usize>, Outcome) {
        let outcome = self.run(q);
        (outcome.hits.iter().map(|h| h.record).collect(), outcome)
    }
}

/// `values` in the order of `declared` (an enum's codes), the codes no record has left out.
pub fn in_declared_order(declared: &[&str], values: &[String]) -> Vec<String> {
    declared.iter().filter(|k| values.iter().any(|v| v == *k)).map(|k| k.to_string()).collect()
}

/// Numbers written as text (phase numbers), highest first.
pub fn highest_first(values: &mut Vec<String>) {
    order::sort_by_key(values, |v| std::cmp::Reverse(v.parse::<u32>().unwrap_or(0)));
}

/// An explorer's state as its URL holds it: the text, and per dimension the selected values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    pub selected: Vec<Vec<String>>,
}

const MAX_TEXT_CHARS: usize = 200;
const MAX_SHOWN_CHARS: usize = 40;

impl Query {
    /// Reads decoded key/value pairs for the dimensions `keys` (one per dimension), keeping only
    /// values in `known` (case-insensitively); returns the query and the values it ignored.
    pub fn from_pairs(
        keys: &[&str],
        known: &[Vec<String>],
        pairs: impl Iterator<Item = (String, String)>,
    ) -> (Query, Vec<String>) {
        let mut q = Query { text: String::new(), selected: vec![Vec::new(); keys.len()] };
        let mut ignored = Vec::new();
        for (key, value) in pairs {
            if key == "q" {
                q.text = value.chars().take(MAX_TEXT_CHARS).collect();
                continue;
            }
            let Some(d) = keys.iter().position(|k| *k == key) else { continue };
            for v in value.split(',').map(str::trim).filter(|v| !v.is_empty()) {
                match known[d].iter().find(|k| k.eq_ignore_ascii_case(v)) {
                    Some(k) if !q.selected[d].contains(k) => q.selected[d].push(k.clone()),
                    Some(_) => {}
                    None => ignored.push(v.chars().take(MAX_SHOWN_CHARS).collect()),
                }
            }
        }
        (q, ignored)
    }

    /// Reads a raw query string (`a=1&b=x,y`), as a test or a shared link gives it.
    pub fn from_query_string(keys: &[&str], known: &[Vec<String>], qs: &str) -> (Query, Vec<String>) {
        let pairs = qs.trim_start_matches('?').split('&').filter(|kv| !kv.is_empty()).map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode_component(k), decode_component(v))
        });
        Self::from_pairs(keys, known, pairs)
    }

    /// `q=…&key=a,b…`, empty parts left out.
    pub fn to_query_string(&self, keys: &[&str]) -> String {
        let text = self.text.trim();
        let text = (!text.is_empty()).then(|| format!("q={}", encode_component(text)));
        let lists = keys.iter().zip(&self.selected).filter(|(_, v)| !v.is_empty()).map(|(key, values)| {
            format!("{key}={}", values.iter().map(|v| encode_component(v)).collect::<Vec<_>>().join(","))
        });
        text.into_iter().chain(lists).collect::<Vec<_>>().join("&")
    }

    pub fn is_selected(&self, dim: usize, value: &str) -> bool {
        self.selected.get(dim).is_some_and(|v| v.iter().any(|x| x == value))
    }

    /// The query with `value` of dimension `dim` selected if it was not, and deselected if it was.
    pub fn toggled(&self, dim: usize, value: &str) -> Query {
        let mut next = self.clone();
        if let Some(values) = next.selected.get_mut(dim) {
            match values.iter().position(|v| v == value) {
                Some(i) => {
                    values.remove(i);
                }
                None => values.push(value.to_string()),
            }
        }
        next
    }

    pub fn with_text(&self, text: String) -> Query {
        Query { text, ..self.clone() }
    }

    pub fn cleared(&self) -> Query {
        Query { text: String::new(), selected: vec![Vec::new(); self.selected.len()] }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    fn index() -> (Index, Vec<Vec<String>>) {
        let mut ix = Index::new(&[10, 3], 1);
        ix.push(&["Border post handover", "Tajikistan"], vec![strings(&["TJ"]), strings(&["handover"])]);
        ix.push(&["Annual meeting", "about border crossing"], vec![strings(&["KG"]), strings(&["meeting"])]);
        ix.push(&["Training", "Ёлка"], vec![strings(&["KG", "TJ"]), strings(&["workshop"])]);
        (ix, vec![strings(&["KG", "TJ", "UZ"]), strings(&["handover", "meeting", "workshop"])])
    }

    fn records(o: &Outcome) -> Vec<usize> {
        o.hits.iter().map(|h| h.record).collect()
    }

    #[test]
    fn title_hits_rank_first_and_terms_are_and_ed() {
        let (ix, known) = index();
        let none = vec![Vec::new(), Vec::new()];
        assert_eq!(records(&ix.run("border", &none, &known)), [0, 1]);
        assert_eq!(records(&ix.run("border crossing", &none, &known)), [1]);
        assert_eq!(records(&ix.run("ЕЛКА", &none, &known)), [2], "folded");
        assert!(ix.run("border zzz", &none, &known).hits.is_empty());
        assert_eq!(records(&ix.run("trainnig", &none, &known)), [2], "one typo in a title word");
        assert!(ix.run("tajikistam", &none, &known).hits.is_empty(), "typos only in titles");
        assert_eq!(records(&ix.run("annual meeting", &none, &known)), [1]);
        assert_eq!(records(&ix.run("", &none, &known)), [0, 1, 2], "ties keep the pushed order");
    }

    #[test]
    fn an_exact_title_ranks_above_longer_titles() {
        let mut ix = Index::new(&[10, 3], 1);
        ix.push(&["Border management training centre", ""], Vec::new());
        ix.push(&["Border management", ""], Vec::new());
        let o = ix.run("border management", &[], &[]);
        assert_eq!(records(&o), [1, 0]);
        assert!(o.hits[0].score > EXACT_BONUS);
    }

    #[test]
    fn counts_are_disjunctive_within_and_conjunctive_across() {
        let (ix, known) = index();
        let o = ix.run("", &[strings(&["KG"]), Vec::new()], &known);
        assert_eq!(records(&o), [1, 2]);
        // A country's count ignores the country selection; the kind counts respect it.
        assert_eq!(o.counts[0], [("KG".into(), 2), ("TJ".into(), 2), ("UZ".into(), 0)]);
        assert_eq!(o.counts[1], [("handover".into(), 0), ("meeting".into(), 1), ("workshop".into(), 1)]);
        let both = ix.run("", &[strings(&["KG", "TJ"]), strings(&["handover"])], &known);
        assert_eq!(records(&both), [0]);
    }

    #[test]
    fn urls_round_trip_and_unknown_values_are_reported() {
        let keys = ["country", "kind"];
        let (_, known) = index();
        let q = Query { text: "дог & 100%".into(), selected: vec![strings(&["KG", "TJ"]), strings(&["meeting"])] };
        let qs = q.to_query_string(&keys);
        assert_eq!(Query::from_query_string(&keys, &known, &qs), (q.clone(), Vec::new()));
        let (hostile, ignored) =
            Query::from_query_string(&keys, &known, "country=tj,%3Cscript%3E,TJ&kind=x&evil=1&q=%3Cb%3E");
        assert_eq!(hostile.selected, [strings(&["TJ"]), Vec::<String>::new()]);
        assert_eq!(hostile.text, "<b>");
        assert_eq!(ignored, ["<script>", "x"]);
        assert_eq!(
            q.toggled(0, "KG").toggled(1, "handover").selected,
            [strings(&["TJ"]), strings(&["meeting", "handover"])]
        );
        assert_eq!(q.cleared().to_query_string(&keys), "");
    }
}
