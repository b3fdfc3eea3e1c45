//! Bringing a prerendered page to life: the browser entry ([`hydrate`]), what each bundle
//! renders ([`bundles`]), plain islands' shared DOM code ([`plain`]), and the start's speed
//! measures, kept because the bench shows what they save (BENCHMARKS.md, "What the start's
//! measures save"): a warm-up and one task per island (`hydrate`), steps in tasks of their own
//! ([`in_tasks`]) and parts of a page drawn a task later ([`later`]).

pub mod bundles;
pub mod hydrate;
pub mod in_tasks;
pub mod island;
pub mod later;
pub mod plain;
