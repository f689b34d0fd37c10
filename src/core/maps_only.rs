//! A serde adapter that reads every struct as a JSON object only. serde's derive also accepts a
//! struct written as an array of its fields, so each struct's reader carries a second path the
//! dataset never uses (its schema allows objects only). Routing `deserialize_struct` to
//! `deserialize_map`, at every depth, leaves that path out of the wasm: 9.8 KB of brotli (262.9 →
//! 253.1 KB, measured with serde_json's array branch removed), 3 % of a first visit. Every other
//! call passes through unchanged, so values, errors and their positions are serde_json's own.
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, EnumAccess, Error, MapAccess, SeqAccess, Visitor};

/// Wraps a deserializer (and, inside, each visitor, access and seed it hands on).
pub struct MapsOnly<T>(pub T);

macro_rules! forward_deserialize {
    ($($method:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
            self.0.$method(MapsOnly(visitor))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for MapsOnly<D> {
    type Error = D::Error;

    forward_deserialize!(
        deserialize_any,
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_option,
        deserialize_unit,
        deserialize_seq,
        deserialize_map,
        deserialize_identifier,
        deserialize_ignored_any,
    );

    fn deserialize_unit_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, MapsOnly(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, name: &'static str, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, MapsOnly(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, MapsOnly(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, MapsOnly(visitor))
    }

    /// The point of the adapter: a struct is read as a map, never as a sequence.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(MapsOnly(visitor))
    }

    /// Enums with data pass through unwrapped: the model's enums are codes (strings).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty)),* $(,)?) => {$(
        fn $method<E: Error>(self, value: $ty) -> Result<Self::Value, E> {
            self.0.$method(value)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for MapsOnly<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.expecting(f)
    }

    forward_visit!(
        visit_bool(bool),
        visit_i8(i8),
        visit_i16(i16),
        visit_i32(i32),
        visit_i64(i64),
        visit_i128(i128),
        visit_u8(u8),
        visit_u16(u16),
        visit_u32(u32),
        visit_u64(u64),
        visit_u128(u128),
        visit_f32(f32),
        visit_f64(f64),
        visit_char(char),
        visit_str(&str),
        visit_borrowed_str(&'de str),
        visit_string(String),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    fn visit_none<E: Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(MapsOnly(deserializer))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(MapsOnly(deserializer))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(MapsOnly(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(MapsOnly(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(data)
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for MapsOnly<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(MapsOnly(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for MapsOnly<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(MapsOnly(seed))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(MapsOnly(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, T: DeserializeSeed<'de>> DeserializeSeed<'de> for MapsOnly<T> {
    type Value = T::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T::Value, D::Error> {
        self.0.deserialize(MapsOnly(deserializer))
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::MapsOnly;
    use crate::core::model::Dataset;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Point {
        x: u8,
        label: Option<Label>,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Label {
        text: String,
    }

    fn read<'a, T: Deserialize<'a>>(json: &'a str) -> Result<T, String> {
        let mut de = serde_json::Deserializer::from_str(json);
        T::deserialize(MapsOnly(&mut de)).map_err(|e| e.to_string())
    }

    #[test]
    fn structs_are_read_from_objects_at_every_depth() {
        let json = r#"[{"x": 1, "label": {"text": "a"}}, {"x": 2, "label": null}]"#;
        let expected = vec![Point { x: 1, label: Some(Label { text: "a".into() }) }, Point { x: 2, label: None }];
        assert_eq!(read::<Vec<Point>>(json), Ok(expected));
    }

    #[test]
    fn a_struct_written_as_an_array_is_refused_where_plain_serde_json_accepts_it() {
        assert!(serde_json::from_str::<Point>(r#"[1, null]"#).is_ok(), "serde's derive takes arrays");
        assert_eq!(
            read::<Point>(r#"[1, null]"#),
            Err("invalid type: sequence, expected struct Point at line 1 column 0".into())
        );
        let nested = read::<Vec<Point>>(r#"[{"x": 1, "label": ["a"]}]"#).unwrap_err();
        assert!(nested.starts_with("invalid type: sequence, expected struct Label"), "{nested}");
    }

    #[test]
    fn the_dataset_reads_the_same_as_with_serde_json_alone() {
        let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/bomca.json")).unwrap();
        let plain: Dataset = serde_json::from_str(&json).unwrap();
        assert_eq!(read::<Dataset>(&json), Ok(plain));
    }
}
