//! Night Cramps: a private, offline, evidence-based guide and self-assessment for night-time leg
//! cramps. See ARCHITECTURE.md for the map.
//!
//! Pure core (no UI or browser imports, tested natively): [`content`], [`assessment`], [`diary`],
//! [`timer`]. Thin UI on top: [`app`], `pages`, `components`, and [`store`] (the only code that
//! touches browser storage).

pub mod assessment;
pub mod content;
pub mod diary;
pub mod timer;
pub mod routes;

// The UI: renders and dispatches; decides nothing medical.
pub mod app;
pub mod browser;
pub mod components;
pub mod pages;
pub mod persistence;
pub mod store;
