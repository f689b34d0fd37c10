//! Loading the dataset: the JSON file (natively: the tests and the pre-renderer), parsed with
//! messages in plain words, and the app's binary copy of it (in the browser). `parse` only rejects a
//! file that is not JSON or not the dataset's shape; the integrity checks are `validate`'s.
use std::fmt;

use super::model::Dataset;

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Unreadable: not JSON, or a damaged or truncated copy (an HTML error page...), in the reader's words.
    Syntax(String),
    /// Readable, but not the shape of the dataset (a missing field, a wrong type, an unknown value),
    /// or a copy written for another version of the data's schema.
    Shape(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Syntax(detail) => write!(f, "The data file cannot be read: {detail}"),
            LoadError::Shape(detail) => {
                write!(f, "The data file has an unexpected shape: {detail}")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Reads the dataset from its JSON text. Integrity problems are left to [`validate`].
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(json: &str) -> Result<Dataset, LoadError> {
    parse_bytes(json.as_bytes())
}

/// Reads the dataset from its JSON bytes, naming the place of a shape error by its path
/// (`phases[3].status: unknown variant ...`).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_bytes(json: &[u8]) -> Result<Dataset, LoadError> {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    let dataset = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let place = e.path().to_string();
        let inner = e.into_inner();
        match inner.classify() {
            // The place in the data says more than a column of a one-line file.
            serde_json::error::Category::Data => {
                let position = format!(" at line {} column {}", inner.line(), inner.column());
                let message = inner.to_string();
                let message = message.strip_suffix(&position).unwrap_or(&message);
                LoadError::Shape(if place == "." { message.to_string() } else { format!("{place}: {message}") })
            }
            _ => LoadError::Syntax(inner.to_string()),
        }
    })?;
    // Anything after the dataset (two files glued together, a truncated rewrite) is a syntax error.
    deserializer.end().map_err(|e| LoadError::Syntax(e.to_string()))?;
    Ok(dataset)
}

/// The first bytes of the app's copy: what it is, then the fingerprint of the schema it was written for.
const COPY_MAGIC: &[u8] = b"BOMCA-copy\n";

/// FNV-1a of the data's JSON Schema, computed when compiling: the model mirrors the schema, so a
/// copy whose fingerprint differs was written for another version of the site (a stale cache, a
/// half-finished deploy) and is refused rather than misread. Only the number is in the wasm.
const SCHEMA_FINGERPRINT: u64 = {
    let schema = include_bytes!("../../public/data/bomca.schema.json");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < schema.len() {
        hash = (hash ^ schema[i] as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
};

/// The app's copy of a dataset (`data/bomca.<lang>.bin`), written at build time from the checked
/// JSON: the magic, the schema's fingerprint, then the dataset in postcard, serde's compact binary
/// format. Reading it needs no field names and no JSON parser, which took 24 KB of brotli off the
/// wasm (275.6 → 251.5 KB before minification, measured) and 35 % off the English copy.
pub fn write_copy(ds: &Dataset) -> Vec<u8> {
    let mut out = COPY_MAGIC.to_vec();
    out.extend(SCHEMA_FINGERPRINT.to_le_bytes());
    out.extend(postcard::to_allocvec(ds).expect("a dataset always serialises"));
    out
}

/// What a damaged or cut-short copy reads as.
const DAMAGED: &str = "it is damaged or cut short";

/// Reads the app's copy ([`write_copy`]): a file that is not one, is damaged or is cut short is a
/// `Syntax` error; one written for another schema is a `Shape` error.
// Not inlined into the browser's fetch: V8 compiles a wasm function on its first call, and the
// fetch starts while the app mounts, so the reader (31 KB of code) is compiled when the data
// arrives, in the read's task, not in the mount's (22 ms of compilation at 4x CPU).
#[inline(never)]
pub fn read_copy(bytes: &[u8]) -> Result<Dataset, LoadError> {
    let body = bytes
        .strip_prefix(COPY_MAGIC)
        .ok_or_else(|| LoadError::Syntax("it is not a data copy of this site (its first bytes are wrong)".into()))?;
    let (fingerprint, body) =
        body.split_at_checked(8).ok_or_else(|| LoadError::Syntax("it ends before its schema fingerprint".into()))?;
    let written_for = u64::from_le_bytes(fingerprint.try_into().expect("eight bytes"));
    if written_for != SCHEMA_FINGERPRINT {
        return Err(LoadError::Shape(format!(
            "it was written for data schema {written_for:016x}; this site reads schema {SCHEMA_FINGERPRINT:016x}"
        )));
    }
    match postcard::take_from_bytes::<Dataset>(body) {
        Ok((dataset, [])) => Ok(dataset),
        Ok((_, rest)) => Err(LoadError::Syntax(format!("extra bytes after the end of the data ({})", rest.len()))),
        // One message for every way it can be damaged: postcard's own name the reader's internals
        // (and their texts cost the wasm 0.3 KB of brotli).
        Err(_) => Err(LoadError::Syntax(DAMAGED.into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    const REAL: &str = include_str!("../../public/data/bomca.json");

    #[test]
    fn syntax_errors_read_as_words() {
        let e = parse("{\"meta\": ").unwrap_err();
        assert_eq!(e, LoadError::Syntax("EOF while parsing a value at line 1 column 9".into()));
        let e = parse("{\n  \"meta\": {\n    x\n}").unwrap_err();
        assert_eq!(e.to_string(), "The data file cannot be read: key must be a string at line 3 column 5");
        let e = parse("<!DOCTYPE html><html>").unwrap_err();
        assert_eq!(e.to_string(), "The data file cannot be read: expected value at line 1 column 1");
        assert!(matches!(parse("").unwrap_err(), LoadError::Syntax(_)));
        let half = (0..=REAL.len() / 2).rev().find(|&i| REAL.is_char_boundary(i)).unwrap();
        let e = parse(&REAL[..half]).unwrap_err();
        assert!(e.to_string().starts_with("The data file cannot be read"), "a truncated download: {e}");
    }

    #[test]
    fn shape_errors_read_as_words() {
        let e = parse("{}").unwrap_err();
        assert_eq!(e.to_string(), "The data file has an unexpected shape: missing field `meta`");
        let mut json: Value = serde_json::from_str(REAL).unwrap();
        json.as_object_mut().unwrap().remove("phases");
        let e = parse(&json.to_string()).unwrap_err();
        assert_eq!(e, LoadError::Shape("missing field `phases`".into()));
        json["phases"] = json!("eleven");
        let e = parse(&json.to_string()).unwrap_err().to_string();
        assert_eq!(
            e,
            "The data file has an unexpected shape: phases: invalid type: string \"eleven\", expected a sequence"
        );
        // An array is the wrong shape too (the schema allows objects only).
        assert!(matches!(parse("[]"), Err(LoadError::Shape(_))), "{:?}", parse("[]"));
        let e = parse(&REAL.replacen("\"status\": \"closed\"", "\"status\": \"finished\"", 1)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "The data file has an unexpected shape: phases[0].status: unknown variant `finished`, \
             expected one of `implementation`, `closed`, `unknown`"
        );
        let mut json: Value = serde_json::from_str(REAL).unwrap();
        json["phases"][2]["budget_eur"] = 1.into();
        let e = parse(&json.to_string()).unwrap_err().to_string();
        assert!(e.contains("phases[2].budget_eur: unknown field `budget_eur`, expected one of `number`"), "{e}");
    }

    #[test]
    fn impossible_dates_do_not_parse() {
        let e = parse(&REAL.replacen("\"2021-04-01\"", "\"2021-02-30\"", 1)).unwrap_err();
        assert!(e.to_string().contains("not a real day"), "{e}");
        let e = parse(&REAL.replacen("\"2021-04-01\"", "\"1 April 2021\"", 1)).unwrap_err();
        assert!(e.to_string().contains("YYYY, YYYY-MM or YYYY-MM-DD"), "{e}");
    }

    fn copy_of_real() -> (Dataset, Vec<u8>) {
        let ds = parse(REAL).unwrap();
        let copy = write_copy(&ds);
        (ds, copy)
    }

    #[test]
    fn the_copy_reads_back_as_the_same_dataset_and_is_smaller() {
        let (ds, copy) = copy_of_real();
        assert_eq!(read_copy(&copy).unwrap(), ds);
        assert!(copy.len() * 4 < REAL.len() * 3, "copy {} bytes, JSON {} bytes", copy.len(), REAL.len());
        assert_eq!(write_copy(&read_copy(&copy).unwrap()), copy, "the same bytes again");
    }

    #[test]
    fn a_file_that_is_not_a_copy_is_refused_in_words() {
        for wrong in [&b"{\"meta\": "[..], b"<!DOCTYPE html><html>", b""] {
            assert_eq!(
                read_copy(wrong).unwrap_err().to_string(),
                "The data file cannot be read: it is not a data copy of this site (its first bytes are wrong)"
            );
        }
        assert!(matches!(read_copy(COPY_MAGIC), Err(LoadError::Syntax(_))));
    }

    #[test]
    fn a_copy_for_another_schema_is_refused_not_misread() {
        let (_, mut copy) = copy_of_real();
        copy[COPY_MAGIC.len()] ^= 1;
        let e = read_copy(&copy).unwrap_err();
        assert!(matches!(&e, LoadError::Shape(m) if m.starts_with("it was written for data schema ")), "{e}");
    }

    #[test]
    fn a_damaged_or_cut_copy_is_a_syntax_error() {
        let (_, copy) = copy_of_real();
        for cut in [COPY_MAGIC.len() + 8, copy.len() / 2, copy.len() - 1] {
            assert_eq!(read_copy(&copy[..cut]), Err(LoadError::Syntax(DAMAGED.into())), "cut at {cut}");
        }
        let mut longer = copy.clone();
        longer.push(0);
        assert_eq!(
            read_copy(&longer).unwrap_err(),
            LoadError::Syntax("extra bytes after the end of the data (1)".into())
        );
    }
}
