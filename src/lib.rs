//! Night Cramps: a private, offline, evidence-based guide and self-assessment for night-time leg
//! cramps. See ARCHITECTURE.md for the map.
//!
//! Pure core (no UI or browser imports, tested natively): [`content`], [`assessment`], [`diary`],
//! [`decimal`],
//! [`timer`], [`routes`], [`islands`]. Thin UI on top: [`app`] (whole pages, host only), `pages`,
//! `components`, [`bundles`] + [`hydrate`] (what each browser bundle brings to life), and
//! [`store`] (the only code that touches browser storage).

pub mod assessment;
pub mod content;
pub mod decimal;
pub mod diary;
pub mod islands;
pub mod routes;
pub mod stretch;
pub mod timer;

// The UI: renders and dispatches; decides nothing medical.
pub mod app;
pub mod browser;
pub mod bundles;
pub mod components;
pub mod hydrate;
pub mod pages;
pub mod persistence;
pub mod store;
