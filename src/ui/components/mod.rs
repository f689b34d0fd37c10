pub mod actions;
pub mod charts;
pub mod events;
pub mod facts;
pub mod figures;
pub mod not_found;
pub mod page;
