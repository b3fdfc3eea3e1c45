//! The pure core (crates/core) reaches no UI or browser crate, so it stays testable natively and
//! the UI cannot hide a medical rule in it behind a browser call. The compiler enforces that the
//! core's code names only what its Cargo.toml lists; this checks the list itself, through
//! Cargo.lock, so a dependency that brings a browser crate along is caught too.

use std::collections::{BTreeMap, BTreeSet};

/// Crates (and families of crates, by prefix) the core must not depend on, directly or not.
const UI_CRATES: &[&str] = &["yew", "web-sys", "gloo", "wasm-bindgen", "js-sys"];

/// Each package in a Cargo.lock with the names of the packages it depends on.
fn lock_graph(lock: &str) -> BTreeMap<String, Vec<String>> {
    let mut graph = BTreeMap::new();
    for package in lock.split("[[package]]").skip(1) {
        let name = package
            .lines()
            .find_map(|l| l.strip_prefix("name = \""))
            .and_then(|rest| rest.strip_suffix('"'))
            .expect("a package name");
        let deps = package
            .split_once("dependencies = [")
            .map(|(_, rest)| rest.split(']').next().unwrap_or(""))
            .unwrap_or("")
            .lines()
            .filter_map(|l| l.trim().trim_end_matches(',').strip_prefix('"'))
            // "name" or "name version" when two versions are locked.
            .filter_map(|l| l.trim_end_matches('"').split(' ').next())
            .map(str::to_owned)
            .collect();
        graph.insert(name.to_owned(), deps);
    }
    graph
}

/// Every package `root` depends on, directly or not.
fn reached(graph: &BTreeMap<String, Vec<String>>, root: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![root.to_owned()];
    while let Some(name) = todo.pop() {
        for dep in graph.get(&name).into_iter().flatten() {
            if seen.insert(dep.clone()) {
                todo.push(dep.clone());
            }
        }
    }
    seen
}

fn is_ui_crate(name: &str) -> bool {
    UI_CRATES
        .iter()
        .any(|ui| name == *ui || name.starts_with(&format!("{ui}-")))
}

#[test]
fn the_core_depends_on_no_ui_or_browser_crate() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
        .expect("Cargo.lock");
    let graph = lock_graph(&lock);
    let core = reached(&graph, "night-cramps-core");
    assert!(
        core.contains("serde_json"),
        "the core's dependencies: {core:?}"
    );
    let ui: Vec<_> = core.iter().filter(|name| is_ui_crate(name)).collect();
    assert!(ui.is_empty(), "the core reaches {ui:?}");
    // The check sees them where they are: the app reaches each family.
    let app = reached(&graph, "night-cramps");
    for krate in UI_CRATES {
        assert!(app.iter().any(|name| name.starts_with(krate)), "{krate}");
    }
}

#[test]
fn the_check_reads_a_crate_family_by_name() {
    assert!(is_ui_crate("web-sys"));
    assert!(is_ui_crate("wasm-bindgen-futures"));
    assert!(is_ui_crate("gloo-timers"));
    assert!(!is_ui_crate("gloomy"));
    assert!(!is_ui_crate("serde"));
}
