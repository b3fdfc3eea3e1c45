//! Night Cramps: a private, offline, evidence-based guide and self-assessment for night-time leg
//! cramps. See ARCHITECTURE.md for the map.
//!
//! Pure core, from the `night-cramps-core` crate (crates/core, whose Cargo.toml names no UI or
//! browser crate): [`content`], [`assessment`], [`diary`], [`stretch`], [`decimal`], [`timer`],
//! [`routes`], [`islands`]. On top of it: [`ui`] (pages and their parts, by feature: they render
//! and dispatch), [`runtime`] (bringing a prerendered page's islands to life), [`platform`] (the
//! only code that touches browser storage, files and device APIs), and [`app`] (whole pages,
//! host only).

// The pure core lives in its own crate (crates/core), which cannot name a UI or browser crate;
// its modules are re-exported here so `crate::diary::…` reads the same in the app.
pub use night_cramps_core::{
    assessment, content, counted, decimal, diary, islands, routes, stretch, timer,
};

pub mod app;
pub mod platform;
pub mod runtime;
// The UI: renders and dispatches; decides nothing medical.
pub mod ui;
