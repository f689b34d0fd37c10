//! Loading the dataset: parsing with messages in plain words. `parse` only rejects a file that is not
//! JSON or not the dataset's shape; the integrity checks are `validate`'s.
use std::fmt;

#[cfg(target_arch = "wasm32")]
use serde::Deserialize;

use super::maps_only::MapsOnly;
use super::model::Dataset;

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Not JSON at all (truncated download, an HTML error page...), with the parser's own words.
    Syntax(String),
    /// JSON, but not the shape of the dataset (a missing field, a wrong type, an unknown value).
    Shape(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Syntax(detail) => write!(f, "The data file is not valid JSON: {detail}"),
            LoadError::Shape(detail) => {
                write!(f, "The data file has an unexpected shape: {detail}")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Reads the dataset from its text. Integrity problems are left to [`validate`].
pub fn parse(json: &str) -> Result<Dataset, LoadError> {
    parse_bytes(json.as_bytes())
}

/// Reads the dataset from its bytes (as downloaded), naming the place of a shape error: natively its
/// path (`phases[3].status: unknown variant ...`), in the browser its line and column.
pub fn parse_bytes(json: &[u8]) -> Result<Dataset, LoadError> {
    // In the browser, serde_json's own position (line and column) marks the place: tracking the path
    // as well costs 9 KB of brotli wasm, and the pre-renderer has already read the same file with it.
    // Both read structs from objects only (`MapsOnly`), which keeps serde's unused array path out.
    #[cfg(target_arch = "wasm32")]
    {
        let mut deserializer = serde_json::Deserializer::from_slice(json);
        let read = Dataset::deserialize(MapsOnly(&mut deserializer));
        read.and_then(|dataset| deserializer.end().map(|()| dataset)).map_err(|e| match e.classify() {
            serde_json::error::Category::Data => LoadError::Shape(e.to_string()),
            _ => LoadError::Syntax(e.to_string()),
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let mut deserializer = serde_json::Deserializer::from_slice(json);
        let dataset = serde_path_to_error::deserialize(MapsOnly(&mut deserializer)).map_err(|e| {
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
        assert_eq!(e.to_string(), "The data file is not valid JSON: key must be a string at line 3 column 5");
        let e = parse("<!DOCTYPE html><html>").unwrap_err();
        assert_eq!(e.to_string(), "The data file is not valid JSON: expected value at line 1 column 1");
        assert!(matches!(parse("").unwrap_err(), LoadError::Syntax(_)));
        let half = (0..=REAL.len() / 2).rev().find(|&i| REAL.is_char_boundary(i)).unwrap();
        let e = parse(&REAL[..half]).unwrap_err();
        assert!(e.to_string().starts_with("The data file is not valid JSON"), "a truncated download: {e}");
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
        // An array is not read as the fields in order (serde's default): the dataset is an object.
        let e = parse("[]").unwrap_err();
        assert_eq!(e, LoadError::Shape("invalid type: sequence, expected struct Dataset".into()));
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
}
