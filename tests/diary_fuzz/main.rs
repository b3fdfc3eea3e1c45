//! Feeds well over 10,000 malformed or hostile inputs to the importer (and to the stored-data
//! loader): every truncation of a valid export, wrong types in every field, huge numbers, deep
//! nesting, 5 MB strings, odd schema versions, random byte mutations and token soup.
//!
//! For every input: no panic; either a clear error (non-empty, short, ending "Nothing was
//! imported.") or a valid preview whose merge keeps every diary invariant; and the diary is
//! unchanged unless `apply` is called. Deterministic (xorshift PRNG), so a failure reproduces.

#[path = "../diary_support/mod.rs"]
mod support;

mod changes;
mod noise;
mod numbers;
mod shapes;
mod sizes;

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

use night_cramps::diary::import::{apply, preview};
use night_cramps::diary::saved::{self, Loaded};
use night_cramps::diary::{export_json, ConflictChoice, Diary, ImportPreview, MAX_IMPORT_BYTES};
use serde_json::{json, Value};
use support::{today, Rng};

/// What happened to one input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Refused,
    Previewed,
}

struct Harness {
    diary: Diary,
    snapshot: Diary,
    inputs: usize,
    by_class: BTreeMap<&'static str, (usize, usize)>,
    applied: usize,
}

impl Harness {
    fn new() -> Harness {
        let mut rng = Rng::new(7);
        // The person's own diary overlaps the test exports, so previews see new, identical and
        // conflicting nights.
        let diary = support::random_diary(&mut rng, today(), 20, 60);
        Harness {
            snapshot: diary.clone(),
            diary,
            inputs: 0,
            by_class: BTreeMap::new(),
            applied: 0,
        }
    }

    fn run(&mut self, class: &'static str, input: &str) -> Outcome {
        self.inputs += 1;
        let number = self.inputs;
        let shown = || {
            let head: String = input.chars().take(120).collect();
            format!(
                "class {class}, input #{number} ({} bytes) starting {head:?}",
                input.len()
            )
        };

        let result = catch_unwind(AssertUnwindSafe(|| preview(&self.diary, input, today())))
            .unwrap_or_else(|_| panic!("preview panicked: {}", shown()));
        assert_eq!(
            self.diary,
            self.snapshot,
            "preview changed the diary: {}",
            shown()
        );

        let outcome = match result {
            Err(error) => {
                let message = error.message();
                assert!(
                    message.ends_with("Nothing was imported."),
                    "{message}: {}",
                    shown()
                );
                assert!(
                    message.len() > 40 && message.len() < 600,
                    "{message}: {}",
                    shown()
                );
                Outcome::Refused
            }
            Ok(preview) => {
                self.check_preview(preview, &shown());
                Outcome::Previewed
            }
        };

        let loaded = catch_unwind(|| saved::load(Some(input)))
            .unwrap_or_else(|_| panic!("load panicked: {}", shown()));
        match loaded {
            Loaded::Unreadable { raw, reason } => {
                assert_eq!(raw, input, "stored text must be kept: {}", shown());
                assert!(!reason.is_empty());
            }
            Loaded::Ok(diary) => support::assert_diary_invariants(&diary),
            Loaded::Empty => assert!(input.trim().is_empty(), "{}", shown()),
        }

        let counts = self.by_class.entry(class).or_default();
        match outcome {
            Outcome::Refused => counts.0 += 1,
            Outcome::Previewed => counts.1 += 1,
        }
        outcome
    }

    /// A preview that got through must be consistent, and merging it (into a copy) must keep
    /// every invariant, for both choices.
    fn check_preview(&mut self, preview: ImportPreview, shown: &str) {
        let conflicts = preview.conflicts().len();
        assert_eq!(
            preview.new_count() + preview.identical_count() + conflicts,
            preview.total(),
            "{shown}"
        );
        assert!(!preview.summary().is_empty());
        for choice in [ConflictChoice::KeepMine, ConflictChoice::TakeTheirs] {
            let mut copy = self.diary.clone();
            let outcome = apply(&mut copy, preview.clone(), choice);
            assert_eq!(copy.len(), self.diary.len() + outcome.added, "{shown}");
            support::assert_diary_invariants(&copy);
            assert_eq!(
                saved::load(Some(&saved::save(&copy))),
                Loaded::Ok(copy.clone()),
                "{shown}"
            );
        }
        self.applied += 1;
    }

    fn refused(&mut self, class: &'static str, input: &str) {
        let head: String = input.chars().take(200).collect();
        assert_eq!(
            self.run(class, input),
            Outcome::Refused,
            "{class} should be refused: {head:?}"
        );
    }
}

/// A realistic export: 15 entries with awkward notes, some sharing nights with the harness diary.
fn base_export() -> (Diary, String, String) {
    let mut rng = Rng::new(99);
    let diary = support::random_diary(&mut rng, today(), 15, 60);
    let pretty = export_json(&diary, today());
    let compact = saved::save(&diary).replacen("{", "{\"exported\":\"2025-03-14\",", 1);
    (diary, pretty, compact)
}

fn envelope(entries: Value) -> Value {
    json!({ "app": "night-cramps", "schema": 2, "exported": "2025-03-14", "entries": entries })
}

fn good_entry() -> Value {
    json!({ "id": 1, "night_of": "2025-03-01", "cramps": 2, "muscles": ["calf"], "side": "left",
            "longest": "1_to_5_min", "worst_pain": 6, "sleep_lost": "1_to_2_hours",
            "helped": ["stretching"], "warning_signs": ["swollen_leg", "long_cramp"],
            "stretched": true, "note": "ok" })
}

/// Values of every JSON type and several awkward ones.
fn hostile_values() -> Vec<Value> {
    vec![
        json!(null),
        json!(true),
        json!(false),
        json!(0),
        json!(-1),
        json!(1.5),
        json!(-0.0),
        json!(1e308),
        json!(-1e308),
        json!(u64::MAX),
        json!(i64::MIN),
        json!(""),
        json!(" "),
        json!("x"),
        json!("2025-02-30"),
        json!("2025-03-01T00:00:00Z"),
        json!("calf"),
        json!("\u{0}"),
        json!("<script>alert(1)</script>"),
        json!("x".repeat(10_000)),
        json!([]),
        json!([null]),
        json!([1, 2]),
        json!(["calf", "calf"]),
        json!([["calf"]]),
        json!({}),
        json!({ "a": 1 }),
        json!({ "night_of": "2025-03-01" }),
    ]
}

#[test]
fn importer_survives_hostile_input() {
    let mut h = Harness::new();
    let (base_diary, pretty, compact) = base_export();
    assert_eq!(h.run("valid pretty export", &pretty), Outcome::Previewed);
    assert_eq!(h.run("valid compact export", &compact), Outcome::Previewed);
    assert_eq!(base_diary.len(), 15);

    shapes::truncations(&mut h, &pretty, &compact);
    shapes::wrong_types(&mut h);
    let template = envelope(json!([good_entry()])).to_string();
    numbers::numbers_and_nesting(&mut h, &template);
    sizes::sizes_markers_and_structure(&mut h, &template, &compact, &base_diary);
    noise::mutations_and_soup(&mut h, &compact);
    changes::trial_and_medicines(&mut h);

    assert_eq!(h.diary, h.snapshot, "the diary never changed");
    println!(
        "fuzzed the importer with {} inputs ({} previews merged into copies)",
        h.inputs, h.applied
    );
    for (class, (refused, previewed)) in &h.by_class {
        println!("  {class}: {refused} refused, {previewed} previewed");
    }
    assert!(h.inputs >= 10_000, "only {} inputs", h.inputs);
}
