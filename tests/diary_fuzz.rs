//! Feeds well over 10,000 malformed or hostile inputs to the importer (and to the stored-data
//! loader): every truncation of a valid export, wrong types in every field, huge numbers, deep
//! nesting, 5 MB strings, odd schema versions, random byte mutations and token soup.
//!
//! For every input: no panic; either a clear error (non-empty, short, ending "Nothing was
//! imported.") or a valid preview whose merge keeps every diary invariant; and the diary is
//! unchanged unless `apply` is called. Deterministic (xorshift PRNG), so a failure reproduces.

#[path = "diary_support/mod.rs"]
mod support;

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

    // 1. Every truncation of both exports. Only a cut that drops nothing but trailing
    //    whitespace can still be valid.
    for text in [&pretty, &compact] {
        for cut in (0..text.len()).filter(|&cut| text.is_char_boundary(cut)) {
            let prefix = &text[..cut];
            if text[cut..].trim().is_empty() {
                h.run("truncated (whitespace only)", prefix);
            } else {
                h.refused("truncated", prefix);
            }
        }
    }

    // 2. Wrong types in every entry field and every top-level field.
    let fields: Vec<String> = good_entry()
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    for field in &fields {
        for value in hostile_values() {
            let mut entry = good_entry();
            entry[field.as_str()] = value;
            h.run("wrong type in entry", &envelope(json!([entry])).to_string());
        }
        let mut without = good_entry();
        without.as_object_mut().map(|o| o.remove(field.as_str()));
        h.run(
            "field missing from entry",
            &envelope(json!([without])).to_string(),
        );
    }
    for field in ["app", "schema", "exported", "entries"] {
        for value in hostile_values() {
            let mut file = envelope(json!([good_entry()]));
            file[field] = value;
            h.run("wrong type at top level", &file.to_string());
        }
    }
    for value in hostile_values() {
        h.run("wrong type as entry", &envelope(json!([value])).to_string());
        h.run("wrong type as file", &value.to_string());
    }
    // Certain ones must be refused.
    for (field, value) in [
        ("cramps", json!(-1)),
        ("worst_pain", json!(11)),
        ("night_of", json!("2099-01-01")),
        ("note", json!("x".repeat(2_001))),
        ("warning_signs", json!(["chest_pain"])),
        ("warning_signs", json!(["LONG_CRAMP"])),
        ("warning_signs", json!("dark_pee")),
        ("warning_signs", json!([["dark_pee"]])),
        ("warning_signs", json!({ "dark_pee": true })),
        ("stretched", json!("true")),
        ("stretched", json!(1)),
        ("stretched", json!([])),
        ("stretched", json!({})),
        ("cramps", json!(0)), // with a long cramp ticked: contradictory
    ] {
        let mut entry = good_entry();
        entry[field] = value;
        h.refused("known bad entry", &envelope(json!([entry])).to_string());
    }

    // The schema 2 fields in a schema 1 file, and a schema 1 file without them, both read.
    let mut v1 = envelope(json!([good_entry()]));
    v1["schema"] = json!(1);
    assert_eq!(
        h.run("schema 1 with the new fields", &v1.to_string()),
        Outcome::Previewed
    );
    let mut old_entry = good_entry();
    old_entry.as_object_mut().map(|o| {
        o.remove("warning_signs");
        o.remove("stretched")
    });
    v1["entries"] = json!([old_entry]);
    assert_eq!(
        h.run("schema 1 as released", &v1.to_string()),
        Outcome::Previewed
    );
    for schema in [json!(3), json!(0), json!(2.5), json!("2"), json!(-2)] {
        let mut file = envelope(json!([good_entry()]));
        file["schema"] = schema;
        h.refused("schema neither 1 nor 2", &file.to_string());
    }

    // 3. Numbers too large for any type, written as raw text.
    let template = envelope(json!([good_entry()])).to_string();
    for number in [
        "1e309",
        "-1e309",
        "1e400",
        "18446744073709551616",
        "-9223372036854775809",
        "123456789012345678901234567890",
        "1.0000000000000000000000000001",
        "0.1e-400",
        "-0",
        "1E2",
        "01",
        "NaN",
        "Infinity",
        "0x10",
    ] {
        for (from, to) in [
            ("\"cramps\":2", format!("\"cramps\":{number}")),
            ("\"worst_pain\":6", format!("\"worst_pain\":{number}")),
            ("\"id\":1", format!("\"id\":{number}")),
            ("\"schema\":2", format!("\"schema\":{number}")),
        ] {
            assert!(template.contains(from), "{from}");
            h.run("huge or odd number", &template.replacen(from, &to, 1));
        }
    }
    h.refused(
        "huge number",
        &template.replacen("\"cramps\":2", "\"cramps\":18446744073709551616", 1),
    );
    h.refused(
        "huge number",
        &template.replacen("\"id\":1", "\"id\":1e309", 1),
    );

    // 4. Deep nesting, alone and inside otherwise valid files.
    for depth in [127, 128, 1_000, 10_000, 100_000] {
        h.run("deep nesting", &"[".repeat(depth));
        h.run(
            "deep nesting",
            &format!("{}{}", "[".repeat(depth), "]".repeat(depth)),
        );
        h.run("deep nesting", &"{\"a\":".repeat(depth));
        let inside = template.replacen(
            "\"note\":\"ok\"",
            &format!("\"note\":{}", "[".repeat(depth)),
            1,
        );
        h.refused("deep nesting in entry", &inside);
    }
    h.refused("deep nesting", &"[".repeat(10_000));

    // 5. Five-megabyte strings.
    let five_mb = "a".repeat(MAX_IMPORT_BYTES);
    h.refused(
        "5 MB note",
        &template.replacen("\"note\":\"ok\"", &format!("\"note\":\"{five_mb}\""), 1),
    );
    let just_under = "é".repeat((MAX_IMPORT_BYTES - template.len() - 16) / 2);
    let near_limit = template.replacen("\"note\":\"ok\"", &format!("\"note\":\"{just_under}\""), 1);
    assert!(near_limit.len() <= MAX_IMPORT_BYTES);
    h.refused("note just under 5 MB", &near_limit);
    let padding = &five_mb[..MAX_IMPORT_BYTES - template.len() - 20];
    // Unknown top-level fields are ignored, so a padded but otherwise valid file still previews.
    let padded_top = template.replacen("{", &format!("{{\"padding\":\"{padding}\","), 1);
    assert_eq!(
        h.run("5 MB unknown top-level field", &padded_top),
        Outcome::Previewed
    );
    let padded_entry = template.replacen(
        "\"id\":1",
        &format!("\"padding\":\"{padding}\",\"id\":1"),
        1,
    );
    h.refused("5 MB unknown entry field", &padded_entry);
    h.refused("5 MB of text", &five_mb);
    h.refused("5 MB of brackets", &"[".repeat(MAX_IMPORT_BYTES + 1));
    h.refused("5 MB string value", &format!("\"{five_mb}\""));
    drop(five_mb);

    // 6. Schema versions and app markers.
    for schema in [
        "",
        "\"schema\":0,",
        "\"schema\":2.0,",
        "\"schema\":3,",
        "\"schema\":99,",
        "\"schema\":-1,",
        "\"schema\":1.0,",
        "\"schema\":1.5,",
        "\"schema\":\"1\",",
        "\"schema\":null,",
        "\"schema\":[1],",
        "\"schema\":{\"v\":1},",
        "\"schema\":1e309,",
    ] {
        h.refused(
            "schema version",
            &format!("{{\"app\":\"night-cramps\",{schema}\"entries\":[]}}"),
        );
    }
    for app in [
        "",
        "\"app\":\"Night-Cramps\",",
        "\"app\":\"night-cramps \",",
        "\"app\":null,",
        "\"app\":1,",
        "\"app\":[\"night-cramps\"],",
    ] {
        h.refused(
            "app marker",
            &format!("{{{app}\"schema\":1,\"entries\":[]}}"),
        );
    }

    // 7. Structural oddities.
    let many = envelope(Value::Array((0..20_001).map(|_| good_entry()).collect())).to_string();
    h.refused("too many entries", &many);
    h.refused(
        "duplicate nights",
        &envelope(json!([good_entry(), good_entry()])).to_string(),
    );
    h.run(
        "duplicate keys",
        &template.replacen("{", "{\"app\":\"other\",", 1),
    );
    h.run("byte-order mark", &format!("\u{feff}{compact}"));
    h.refused("UTF-16 byte-order mark", &format!("\u{fffe}{compact}"));
    h.refused("two documents", &format!("{compact}{compact}"));
    h.refused("trailing garbage", &format!("{compact}x"));
    h.refused("CSV", &night_cramps::diary::export_csv(&base_diary));

    // 8. Random byte mutations of a valid export.
    let mut rng = Rng::new(0xC0FFEE);
    let interesting: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b"\"",
        b"\\",
        b"\\u",
        b"\\ud800",
        b"0",
        b"-",
        b"1e309",
        b"null",
        b"true",
        b"\xff",
        b"\xc3",
        b"\x00",
        b"\n",
        b"2025-02-29",
        b"99",
        b"\"calf\"",
    ];
    let base = compact.as_bytes();
    for _ in 0..6_000 {
        let mut bytes = base.to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len() as u64 + 1) as usize;
            match rng.below(6) {
                0 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
                1 if at < bytes.len() => bytes[at] = rng.below(256) as u8,
                2 => {
                    let end = (at + 1 + rng.below(16) as usize).min(bytes.len());
                    bytes.drain(at.min(end)..end);
                }
                3 => {
                    let token = rng.pick(interesting);
                    bytes.splice(at..at, token.iter().copied());
                }
                4 if at < bytes.len() => {
                    let end = (at + 1 + rng.below(64) as usize).min(bytes.len());
                    let chunk = bytes[at..end].to_vec();
                    bytes.splice(at..at, chunk);
                }
                _ => {
                    let token = rng.pick(interesting);
                    let end = (at + token.len()).min(bytes.len());
                    bytes.splice(at..end, token.iter().copied());
                }
            }
        }
        h.run("byte mutation", &String::from_utf8_lossy(&bytes));
    }

    // 9. Token soup.
    let tokens = [
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"app\"",
        "\"night-cramps\"",
        "\"schema\"",
        "1",
        "\"entries\"",
        "\"night_of\"",
        "\"2025-03-01\"",
        "\"cramps\"",
        "\"worst_pain\"",
        "null",
        "true",
        "-1",
        "1e309",
        "\"\\u0000\"",
        "\"muscles\"",
        "[\"calf\"]",
        " ",
        "\n",
    ];
    for _ in 0..1_000 {
        let length = 1 + rng.below(40);
        let soup: String = (0..length).map(|_| *rng.pick(&tokens)).collect();
        h.run("token soup", &soup);
    }

    // 10. The trial and the medicines at the top level of a schema 2 file: wrong types in every
    //     field, and known-bad values that must be refused.
    let good_experiment = json!({ "change": "named", "name": "No coffee", "start": "2025-02-01" });
    let good_medicine = json!({ "name": "Atorvastatin", "class": "statins",
                                "started": "2025-01-10", "stopped": null });
    let v2 = |experiment: Value, medicines: Value| {
        json!({ "app": "night-cramps", "schema": 2, "entries": [good_entry()],
                "experiment": experiment, "medicines": medicines })
        .to_string()
    };
    assert_eq!(
        h.run(
            "valid trial and medicines",
            &v2(good_experiment.clone(), json!([good_medicine.clone()]))
        ),
        Outcome::Previewed
    );
    for value in hostile_values() {
        h.run("wrong type as trial", &v2(value.clone(), json!([])));
        h.run("wrong type as medicines", &v2(json!(null), value.clone()));
        h.run(
            "wrong type as medicine",
            &v2(json!(null), json!([value.clone()])),
        );
        for field in ["change", "name", "start"] {
            let mut experiment = good_experiment.clone();
            experiment[field] = value.clone();
            h.run("wrong type in trial", &v2(experiment, json!([])));
        }
        for field in ["name", "class", "started", "stopped"] {
            let mut medicine = good_medicine.clone();
            medicine[field] = value.clone();
            h.run(
                "wrong type in medicine",
                &v2(json!(null), json!([medicine])),
            );
        }
    }
    for (field, value) in [
        ("change", json!("magnesium")),
        ("change", json!(null)),
        ("name", json!("")),
        ("name", json!("   ")),
        ("name", json!("x".repeat(81))),
        ("name", json!("two\nlines")),
        ("start", json!("2025-02-30")),
        ("start", json!("2099-01-01")),
        ("start", json!(null)),
        ("extra", json!(1)),
    ] {
        let mut experiment = good_experiment.clone();
        experiment[field] = value;
        h.refused("known bad trial", &v2(experiment, json!([])));
    }
    h.refused(
        "stretching with a name",
        &v2(
            json!({ "change": "bedtime-stretching", "name": "x", "start": "2025-02-01" }),
            json!([]),
        ),
    );
    for (field, value) in [
        ("name", json!("")),
        ("name", json!(null)),
        ("name", json!("x".repeat(81))),
        ("class", json!("magnesium")),
        ("class", json!(["statins"])),
        ("started", json!("2099-01-01")),
        ("started", json!(null)),
        ("stopped", json!("2025-01-09")),
        ("stopped", json!("2099-01-01")),
        ("dose", json!("20 mg")),
    ] {
        let mut medicine = good_medicine.clone();
        medicine[field] = value;
        h.refused("known bad medicine", &v2(json!(null), json!([medicine])));
    }
    h.refused(
        "too many medicines",
        &v2(json!(null), Value::Array(vec![good_medicine.clone(); 101])),
    );
    h.refused(
        "medicines not a list",
        &v2(json!(null), json!({ "name": "x" })),
    );

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
