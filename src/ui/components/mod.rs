pub mod actions;
pub mod charts;
pub mod facts;
