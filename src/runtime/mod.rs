//! Bringing a prerendered page to life: the browser entry ([`hydrate`]), what each bundle
//! starts ([`bundles`]), where an island sits in a page ([`island`]), the DOM code the islands
//! share ([`plain`]), writing new markup into a place node by node ([`morph`]), and steps in
//! tasks of their own ([`in_tasks`]).

pub mod bundles;
pub mod hydrate;
pub mod in_tasks;
pub mod island;
pub mod morph;
pub mod plain;
