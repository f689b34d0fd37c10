pub mod csv;
pub mod iati;
pub mod vcard;
