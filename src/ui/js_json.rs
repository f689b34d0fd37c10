//! The browser's parsed JSON as the model's readers see it (`core::json::Json`): the browser parses
//! the dataset natively, so the wasm carries no JSON parser.
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::json::Json;

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

    fn keys(&self) -> Option<Vec<String>> {
        let is_object = self.is_object() && !Array::is_array(self);
        is_object.then(|| Object::keys(self.unchecked_ref::<Object>()).iter().filter_map(|k| k.as_string()).collect())
    }

    fn field(&self, name: &str) -> Option<Self> {
        // JSON has no `undefined`, so it only ever means an absent field.
        Reflect::get(self, &JsValue::from_str(name)).ok().filter(|v| !v.is_undefined())
    }
}
