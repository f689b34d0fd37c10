pub mod actions;
pub mod charts;
pub mod facts;
pub mod figures;
pub mod not_found;
pub mod page;
