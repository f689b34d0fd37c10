// placeholder until the search helper delivers text.rs
pub fn fold(s: &str) -> String { s.to_lowercase() }
