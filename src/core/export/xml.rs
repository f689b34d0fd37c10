//! XML written with quick-xml, which escapes every text and attribute: the IATI file and the feeds.
use std::io::Write;

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

pub type Xml = Writer<Vec<u8>>;

pub fn written<T>(result: std::io::Result<T>) {
    result.expect("writing to memory cannot fail");
}

/// A document with its UTF-8 declaration written.
pub fn document() -> Xml {
    let mut x = Writer::new(Vec::new());
    written(x.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None))));
    x.newline();
    x
}

/// The document's text.
pub fn finish(mut x: Xml) -> String {
    x.newline();
    String::from_utf8(x.into_inner()).expect("quick-xml writes UTF-8")
}

/// Elements in one call each. Writing to memory cannot fail, so they return nothing.
pub trait Elements {
    fn el(&mut self, name: &str, attrs: &[(&str, &str)], inner: impl FnOnce(&mut Self));
    fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str);
    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]);
    fn newline(&mut self);
}

impl Elements for Xml {
    fn el(&mut self, name: &str, attrs: &[(&str, &str)], inner: impl FnOnce(&mut Self)) {
        written(self.create_element(name).with_attributes(attrs.iter().copied()).write_inner_content(|x| {
            inner(x);
            Ok(())
        }));
    }

    fn text(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        written(
            self.create_element(name).with_attributes(attrs.iter().copied()).write_text_content(BytesText::new(text)),
        );
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        written(self.create_element(name).with_attributes(attrs.iter().copied()).write_empty());
    }

    fn newline(&mut self) {
        written(self.get_mut().write_all(b"\n"));
    }
}
