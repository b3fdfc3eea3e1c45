//! Truncations, wrong types in every field, known-bad values and schema versions.

use super::*;

/// Part 1: Every truncation of both exports. Only a cut that drops nothing but trailing whitespace
/// can still be valid.
pub(crate) fn truncations(h: &mut Harness, pretty: &str, compact: &str) {
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
}

/// Part 2: Wrong types in every entry field and every top-level field, and values that must be
/// refused.
pub(crate) fn wrong_types(h: &mut Harness) {
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
}
