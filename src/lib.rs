//! Night Cramps: a private, offline, evidence-based guide and self-assessment for night-time leg
//! cramps. See ARCHITECTURE.md for the map.
//!
//! Pure core, from the `night-cramps-core` crate (crates/core, whose Cargo.toml names no UI or
//! browser crate): [`content`], [`assessment`], [`diary`], [`stretch`], [`decimal`], [`timer`],
//! [`routes`], [`islands`]. Thin UI on top: [`app`] (whole pages, host only), `pages`,
//! `components`, [`bundles`] + [`hydrate`] (what each browser bundle brings to life), and
//! [`store`] (the only code that touches browser storage).

// The pure core lives in its own crate (crates/core), which cannot name a UI or browser crate;
// its modules are re-exported here so `crate::diary::…` reads the same in the app.
pub use night_cramps_core::{assessment, content, decimal, diary, islands, routes, stretch, timer};

// The UI: renders and dispatches; decides nothing medical.
pub mod app;
pub mod browser;
pub mod bundles;
pub mod components;
pub mod hydrate;
pub mod pages;
pub mod persistence;
pub mod store;
