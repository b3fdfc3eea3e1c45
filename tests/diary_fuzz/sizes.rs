//! Five-megabyte strings, schema versions and app markers, structural oddities.

use super::*;

/// Part 5: Five-megabyte strings; part 6: schema versions and app markers; part 7: structural
/// oddities.
pub(crate) fn sizes_markers_and_structure(
    h: &mut Harness,
    template: &str,
    compact: &str,
    base_diary: &Diary,
) {
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
    h.refused("CSV", &night_cramps::diary::export_csv(base_diary));
}
