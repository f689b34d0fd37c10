//! The browser's parsed JSON as the model's readers see it (`core::json::Json`): the browser parses
//! the dataset natively, so the wasm carries no JSON parser.
use js_sys::{Array, Object};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::json::Json;

// Each call into JS costs about a microsecond on a cheap phone, so the reader makes as few as it can:
// field names go in as Rust strings (no key value made first), and objects are counted, not listed.
#[wasm_bindgen]
extern "C" {
    /// `Reflect.get(object, name)`; `object` is always an object here, so it cannot throw.
    #[wasm_bindgen(js_namespace = Reflect, js_name = get)]
    fn get_field(object: &JsValue, name: &str) -> JsValue;
}

fn is_object(v: &JsValue) -> bool {
    v.is_object() && !Array::is_array(v)
}

impl Json for JsValue {
    fn is_null(&self) -> bool {
        JsValue::is_null(self)
    }

    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }

    fn number(&self) -> Option<f64> {
        self.as_f64()
    }

    fn string(&self) -> Option<String> {
        self.as_string()
    }

    fn items(&self) -> Option<Vec<Self>> {
        Array::is_array(self).then(|| self.unchecked_ref::<Array>().to_vec())
    }

    fn field_count(&self) -> Option<usize> {
        is_object(self).then(|| Object::keys(self.unchecked_ref::<Object>()).length() as usize)
    }

    fn keys(&self) -> Option<Vec<String>> {
        is_object(self).then(|| Object::keys(self.unchecked_ref::<Object>()).iter().filter_map(|k| k.as_string()).collect())
    }

    fn field(&self, name: &str) -> Option<Self> {
        // JSON has no `undefined`, so it only ever means an absent field.
        Some(get_field(self, name)).filter(|v| !v.is_undefined())
    }
}
