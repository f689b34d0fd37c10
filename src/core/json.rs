//! Reading the model from a parsed JSON tree. Each model type reads itself with a small hand-written
//! or macro-made reader, generic over the tree: `serde_json::Value` natively, and in the browser the
//! browser's own parser's result (`ui::js_json`), so the wasm carries no JSON parser (7 KB less
//! brotli). The readers share one code path per type, reject fields the model does not know, and name
//! the place of every error.
use std::fmt;

/// What is wrong and where, e.g. `phases[3].status: unknown value "finished" (expected one of ...)`.
/// Boxed, so the error path of every reader moves one pointer (smaller wasm).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError(Box<Detail>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Detail {
    /// Innermost segment first, as errors travel outwards.
    path: Vec<String>,
    message: String,
}

impl ShapeError {
    pub fn new(message: impl Into<String>) -> Self {
        Self(Box::new(Detail { path: Vec::new(), message: message.into() }))
    }

    #[inline(never)]
    fn expected(what: &str, found: &impl Json) -> Self {
        Self::new(format!("expected {what}, found {}", describe(found)))
    }

    // The path helpers stay out of line: inlined into every generic reader they cost more than
    // the readers themselves.
    #[inline(never)]
    fn in_field(mut self, name: &str) -> Self {
        self.0.path.push(format!(".{name}"));
        self
    }

    #[inline(never)]
    fn in_item(mut self, index: usize) -> Self {
        self.0.path.push(format!("[{index}]"));
        self
    }

    #[inline(never)]
    fn missing(name: &str) -> Self {
        Self::new(format!("missing field `{name}`"))
    }
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path: String = self.0.path.iter().rev().map(String::as_str).collect();
        match path.strip_prefix('.').unwrap_or(&path) {
            "" => f.write_str(&self.0.message),
            path => write!(f, "{path}: {}", self.0.message),
        }
    }
}

/// A node of a parsed JSON tree, as the readers see it. Strings and lists are copied out, since a
/// browser value cannot lend its contents.
pub trait Json: Sized {
    fn is_null(&self) -> bool;
    fn boolean(&self) -> Option<bool>;
    fn number(&self) -> Option<f64>;
    fn string(&self) -> Option<String>;
    fn items(&self) -> Option<Vec<Self>>;
    /// The number of fields of an object; `None` for anything else.
    fn field_count(&self) -> Option<usize>;
    /// The field names of an object; `None` for anything else.
    fn keys(&self) -> Option<Vec<String>>;
    /// A field of an object (only ever asked of one); `None` when it is absent (a `null` field is
    /// present).
    fn field(&self, name: &str) -> Option<Self>;
}

impl<'a> Json for &'a serde_json::Value {
    fn is_null(&self) -> bool {
        serde_json::Value::is_null(self)
    }

    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }

    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().map(|items| items.iter().collect())
    }

    fn field_count(&self) -> Option<usize> {
        self.as_object().map(serde_json::Map::len)
    }

    fn keys(&self) -> Option<Vec<String>> {
        self.as_object().map(|map| map.keys().cloned().collect())
    }

    fn field(&self, name: &str) -> Option<Self> {
        self.as_object()?.get(name)
    }
}

fn describe(v: &impl Json) -> String {
    if v.is_null() {
        "null".into()
    } else if let Some(b) = v.boolean() {
        format!("the boolean {b}")
    } else if let Some(n) = v.number() {
        // To six decimals below 10^12 (plain_number is fixed-point in a u64); no file of ours goes beyond.
        if n.abs() < 1e12 { format!("the number {}", super::format::plain_number(n, 6)) } else { "a very large number".into() }
    } else if let Some(s) = v.string() {
        // Quoted by hand: release wasm builds format no `Debug` (`-Zfmt-debug=none`).
        format!("the string \"{s}\"")
    } else if v.items().is_some() {
        "an array".into()
    } else {
        "an object".into()
    }
}

pub trait FromJson: Sized {
    fn from_json(v: &impl Json) -> Result<Self, ShapeError>;

    /// The value of an absent field, for types that may be left out (`Option`).
    fn when_missing() -> Option<Self> {
        None
    }
}

impl FromJson for String {
    fn from_json(v: &impl Json) -> Result<Self, ShapeError> {
        v.string().ok_or_else(|| ShapeError::expected("a string", v))
    }
}

impl FromJson for f64 {
    fn from_json(v: &impl Json) -> Result<Self, ShapeError> {
        v.number().ok_or_else(|| ShapeError::expected("a number", v))
    }
}

/// Whole numbers through one shared reader, then narrowed.
fn integer(v: &impl Json, min: i32, max: u32) -> Result<f64, ShapeError> {
    v.number()
        .filter(|n| n.fract() == 0.0 && (f64::from(min)..=f64::from(max)).contains(n))
        .ok_or_else(|| ShapeError::expected(&format!("a whole number from {min} to {max}"), v))
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(v: &impl Json) -> Result<Self, ShapeError> {
                // The range check above makes the conversion exact.
                integer(v, <$t>::MIN as i32, <$t>::MAX as u32).map(|n| n as $t)
            }
        }
    )*};
}
integers!(u8, u32, i32);

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &impl Json) -> Result<Self, ShapeError> {
        if v.is_null() { Ok(None) } else { T::from_json(v).map(Some) }
    }

    fn when_missing() -> Option<Self> {
        Some(None)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &impl Json) -> Result<Self, ShapeError> {
        let items = v.items().ok_or_else(|| ShapeError::expected("an array", v))?;
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            out.push(T::from_json(item).map_err(|e| e.in_item(i))?);
        }
        Ok(out)
    }
}

/// An object of strings, as (name, value) pairs in the object's order. A list rather than a map:
/// the model's only such objects hold a text in one or two languages.
impl FromJson for Vec<(String, String)> {
    fn from_json(v: &impl Json) -> Result<Self, ShapeError> {
        let keys = v.keys().ok_or_else(|| ShapeError::expected("an object", v))?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let value = v.field(&k).ok_or_else(|| ShapeError::missing(&k))?;
            let value = String::from_json(&value).map_err(|e| e.in_field(&k))?;
            out.push((k, value));
        }
        Ok(out)
    }
}

/// The fields of one JSON object, read by name. A field the model lacks is an error, never silently
/// dropped: [`Fields::finish`] compares the fields read with the fields present, so the names of the
/// object's fields are only listed when one is unknown (in the browser each name is a call into JS).
pub struct Fields<'a, J> {
    object: &'a J,
    known: &'static [&'static str],
    present: usize,
    read: std::cell::Cell<usize>,
}

impl<'a, J: Json> Fields<'a, J> {
    pub fn new(object: &'a J, known: &'static [&'static str]) -> Result<Self, ShapeError> {
        let present = object.field_count().ok_or_else(|| ShapeError::expected("an object", object))?;
        Ok(Self { object, known, present, read: std::cell::Cell::new(0) })
    }

    pub fn get<T: FromJson>(&self, name: &str) -> Result<T, ShapeError> {
        match self.object.field(name) {
            Some(v) => {
                self.read.set(self.read.get() + 1);
                T::from_json(&v).map_err(|e| e.in_field(name))
            }
            None => T::when_missing().ok_or_else(|| ShapeError::missing(name)),
        }
    }

    /// After every known field was read: an error naming the first unknown field, if any.
    #[inline(never)]
    pub fn finish(self) -> Result<(), ShapeError> {
        if self.read.get() == self.present {
            return Ok(());
        }
        let keys = self.object.keys().unwrap_or_default();
        let unknown = keys.iter().find(|k| !self.known.contains(&k.as_str())).map_or("", String::as_str);
        Err(ShapeError::new(format!("unknown field `{unknown}`")))
    }
}

/// A struct whose JSON object has one field per Rust field, of the same name. It may have one type
/// parameter, itself read from JSON.
macro_rules! json_struct {
    ($(#[$meta:meta])* pub struct $name:ident $(<$param:ident>)? { $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)* }) => {
        $(#[$meta])*
        pub struct $name $(<$param>)? { $($(#[$field_meta])* pub $field: $ty,)* }

        impl $(<$param: $crate::core::json::FromJson>)? $crate::core::json::FromJson for $name $(<$param>)? {
            // One copy per struct, however many lists and options hold it.
            #[inline(never)]
            fn from_json(v: &impl $crate::core::json::Json) -> Result<Self, $crate::core::json::ShapeError> {
                let fields = $crate::core::json::Fields::new(v, &[$(stringify!($field)),*])?;
                let value = Self { $($field: fields.get(stringify!($field))?,)* };
                fields.finish()?;
                Ok(value)
            }
        }
    };
}
pub(crate) use json_struct;

/// An enum written in JSON as one of a fixed set of codes (`"eu_delegation"`). The codes double as
/// CSV values and CSS class names, so they are the variants' public names.
macro_rules! json_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident = $code:literal,)* }) => {
        $(#[$meta])*
        pub enum $name { $($(#[$variant_meta])* $variant,)* }

        impl $name {
            pub const ALL: &'static [Self] = &[$(Self::$variant),*];

            pub fn code(self) -> &'static str {
                match self { $(Self::$variant => $code,)* }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }

        impl $crate::core::json::FromJson for $name {
            fn from_json(v: &impl $crate::core::json::Json) -> Result<Self, $crate::core::json::ShapeError> {
                let code = String::from_json(v)?;
                Self::from_code(&code).ok_or_else(|| {
                    let known: Vec<&str> = Self::ALL.iter().map(|v| v.code()).collect();
                    $crate::core::json::ShapeError::new(format!(
                        "unknown value \"{code}\" (expected one of: {})", known.join(", ")
                    ))
                })
            }
        }
    };
}
pub(crate) use json_enum;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    json_struct! {
        #[derive(Debug, PartialEq)]
        pub struct Inner {
            pub n: u8,
            pub note: Option<String>,
        }
    }

    json_struct! {
        #[derive(Debug, PartialEq)]
        pub struct Outer {
            pub items: Vec<Inner>,
        }
    }

    json_enum! {
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Colour {
            Red = "red",
            DarkBlue = "dark_blue",
        }
    }

    fn read<T: FromJson>(v: Value) -> Result<T, String> {
        T::from_json(&&v).map_err(|e| e.to_string())
    }

    #[test]
    fn structs_read_their_fields_and_leave_out_only_options() {
        let outer: Outer = read(json!({"items": [{"n": 1}, {"n": 2, "note": "b"}, {"n": 3, "note": null}]})).unwrap();
        let notes: Vec<_> = outer.items.iter().map(|i| (i.n, i.note.as_deref())).collect();
        assert_eq!(notes, [(1, None), (2, Some("b")), (3, None)]);
        assert_eq!(read::<Inner>(json!({})).unwrap_err(), "missing field `n`");
    }

    #[test]
    fn errors_name_the_place() {
        let e = read::<Outer>(json!({"items": [{"n": 1}, {"n": 300}]})).unwrap_err();
        assert_eq!(e, "items[1].n: expected a whole number from 0 to 255, found the number 300");
        let e = read::<Outer>(json!({"items": [{"n": 1, "colour": "red"}]})).unwrap_err();
        assert_eq!(e, "items[0]: unknown field `colour`");
        let e = read::<Outer>(json!({"items": "many"})).unwrap_err();
        assert_eq!(e, "items: expected an array, found the string \"many\"");
        assert_eq!(read::<Outer>(json!([])).unwrap_err(), "expected an object, found an array");
        let e = read::<Vec<(String, String)>>(json!({"en": "x", "ru": 5})).unwrap_err();
        assert_eq!(e, "ru: expected a string, found the number 5");
    }

    #[test]
    fn numbers_are_checked_against_their_type() {
        assert_eq!(read::<u8>(json!(255)), Ok(255));
        assert!(read::<u8>(json!(-1)).is_err());
        assert!(read::<u8>(json!(1.5)).is_err());
        assert_eq!(read::<i32>(json!(-2003)), Ok(-2003));
        assert!(read::<u32>(json!(5_000_000_000u64)).is_err());
        assert_eq!(read::<f64>(json!(12000000)), Ok(12_000_000.0));
        assert!(read::<f64>(json!("12")).is_err());
    }

    #[test]
    fn enums_read_and_write_their_codes() {
        assert_eq!(read::<Colour>(json!("dark_blue")), Ok(Colour::DarkBlue));
        assert_eq!(Colour::DarkBlue.code(), "dark_blue");
        assert_eq!(Colour::from_code("red"), Some(Colour::Red));
        assert_eq!(Colour::from_code("Red"), None);
        let e = read::<Colour>(json!("green")).unwrap_err();
        assert_eq!(e, "unknown value \"green\" (expected one of: red, dark_blue)");
    }
}
