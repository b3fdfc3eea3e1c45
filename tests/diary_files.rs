//! Export, import and storage: lossless round trips, CSV escaping, import refusals with clear
//! messages, merge choices, all-or-nothing, recovery of unreadable stored data, and ten years
//! of entries.

#[path = "diary_support/mod.rs"]
mod support;

use night_cramps::diary::import::{apply, preview};
use night_cramps::diary::saved::{self, Loaded};
use night_cramps::diary::{
    export_csv, export_json, ConflictChoice, Date, Diary, DiaryEntry, EntryId, ImportError, Muscle,
    MAX_IMPORT_BYTES,
};
use serde_json::{json, Value};
use support::{date, night, today, Rng};

fn import_into_empty(file: &str) -> Diary {
    let mut diary = Diary::new();
    let preview = preview(&diary, file, today()).unwrap_or_else(|e| panic!("{}", e.message()));
    apply(&mut diary, preview, ConflictChoice::KeepMine);
    diary
}

fn refusal(file: &str) -> ImportError {
    let diary = Diary::from_entries(vec![night(1, "2025-03-01", 1, 3)]).expect("valid");
    let before = diary.clone();
    let error = preview(&diary, file, today()).expect_err("should be refused");
    assert_eq!(diary, before);
    let message = error.message();
    assert!(message.ends_with("Nothing was imported."), "{message}");
    error
}

/// A minimal export around the given entries.
fn file_with(entries: Value) -> String {
    json!({ "app": "night-cramps", "schema": 1, "exported": "2025-03-14", "entries": entries })
        .to_string()
}

fn entry_json(night_of: &str) -> Value {
    json!({ "id": 1, "night_of": night_of, "cramps": 2, "muscles": ["calf"], "side": "left",
            "longest": "1_to_5_min", "worst_pain": 6, "sleep_lost": null, "helped": [], "note": "" })
}

// ---- round trips ----

#[test]
fn json_export_then_import_is_lossless_for_many_generated_diaries() {
    let mut rng = Rng::new(2025);
    for round in 0..300 {
        let count = rng.below(40) as usize;
        let diary = support::random_diary(&mut rng, today(), count, 400);
        let file = export_json(&diary, today());

        let imported = import_into_empty(&file);
        assert_eq!(imported, diary, "round {round}");
        assert_eq!(imported.next_id(), diary.next_id());

        // Importing the same file again finds everything already present.
        let again = preview(&imported, &file, today()).expect("valid");
        assert_eq!((again.new_count(), again.identical_count()), (0, count));
        assert!(again.conflicts().is_empty() && again.changes_nothing());

        // Storage keeps everything too.
        assert_eq!(saved::load(Some(&saved::save(&diary))), Loaded::Ok(diary));
    }
}

#[test]
fn export_has_the_versioned_envelope() {
    let diary = Diary::from_entries(vec![night(7, "2025-03-13", 2, 6)]).expect("valid");
    let file = export_json(&diary, today());
    let value: Value = serde_json::from_str(&file).expect("json");
    assert_eq!(value["app"], "night-cramps");
    assert_eq!(value["schema"], 2);
    assert_eq!(value["exported"], "2025-03-14");
    assert_eq!(
        value["entries"][0],
        json!({ "id": 7, "night_of": "2025-03-13", "cramps": 2, "muscles": ["calf"], "side": null,
                "longest": null, "worst_pain": 6, "sleep_lost": null, "helped": [], "note": "" })
    );
    assert!(file.ends_with("}\n"));
    assert_eq!(
        night_cramps::diary::json_file_name(today()),
        "night-cramps-diary-2025-03-14.json"
    );
}

#[test]
fn markup_in_notes_survives_as_plain_text() {
    let mut entry = night(1, "2025-03-13", 1, 2);
    entry.note = "<script>alert(1)</script><img src=x onerror=alert(2)>".to_string();
    let diary = Diary::from_entries(vec![entry.clone()]).expect("valid");
    let imported = import_into_empty(&export_json(&diary, today()));
    assert_eq!(imported.entries()[0].note, entry.note);
}

#[test]
fn a_byte_order_mark_and_missing_optional_fields_are_accepted() {
    let hand_made = format!(
        "\u{feff}{}",
        file_with(json!([{ "night_of": "2025-03-10", "cramps": 0, "worst_pain": 0 }]))
    );
    let diary = import_into_empty(&hand_made);
    assert_eq!(diary.len(), 1);
    assert_eq!(diary.entries()[0].cramps, 0);
    assert!(diary.entries()[0].note.is_empty());
}

// ---- preview and merge ----

fn merge_fixture() -> (Diary, String) {
    let mine = Diary::from_entries(vec![
        night(1, "2025-03-01", 1, 3),
        night(2, "2025-03-02", 2, 4),
        night(3, "2025-03-03", 3, 5),
    ])
    .expect("valid");
    let theirs = Diary::from_entries(vec![
        night(1, "2025-03-01", 1, 3),  // identical
        night(20, "2025-03-02", 2, 9), // conflicting: different pain
        night(3, "2025-03-04", 1, 1),  // new, but id 3 is taken here
        night(40, "2025-03-05", 1, 1), // new, id free
    ])
    .expect("valid");
    (mine, export_json(&theirs, today()))
}

#[test]
fn preview_counts_new_identical_and_conflicting() {
    let (mine, file) = merge_fixture();
    let before = mine.clone();
    let preview = preview(&mine, &file, today()).expect("valid");
    assert_eq!(
        preview.summary(),
        "2 new, 1 already present (identical), 1 conflicting"
    );
    assert_eq!(preview.total(), 4);
    assert_eq!(preview.exported(), Some(today()));
    let conflict = &preview.conflicts()[0];
    assert_eq!(conflict.mine.worst_pain, Some(4));
    assert_eq!(conflict.theirs.worst_pain, Some(9));
    assert_eq!(mine, before, "preview changes nothing");
}

#[test]
fn keep_mine_adds_new_nights_only() {
    let (mut mine, file) = merge_fixture();
    let checked = preview(&mine, &file, today()).expect("valid");
    let outcome = apply(&mut mine, checked, ConflictChoice::KeepMine);
    assert_eq!(
        (
            outcome.added,
            outcome.identical,
            outcome.kept_mine,
            outcome.replaced
        ),
        (2, 1, 1, 0)
    );
    assert_eq!(
        outcome.message(),
        "Added 2 entries. 1 was already in your diary. Kept your version of 1 night."
    );
    assert_eq!(mine.len(), 5);
    assert_eq!(
        mine.entry_for_night(date("2025-03-02"))
            .map(|e| e.worst_pain),
        Some(Some(4))
    );
    // The file's id 3 was taken, so that entry got a fresh id; id 40 was free and kept.
    assert_eq!(
        mine.entry_for_night(date("2025-03-05")).map(|e| e.id),
        Some(EntryId(40))
    );
    let moved = mine
        .entry_for_night(date("2025-03-04"))
        .map(|e| e.id)
        .expect("added");
    assert_eq!(moved, EntryId(4), "the next free id in this diary");
    support::assert_diary_invariants(&mine);
}

#[test]
fn take_theirs_replaces_content_but_keeps_my_id() {
    let (mut mine, file) = merge_fixture();
    let checked = preview(&mine, &file, today()).expect("valid");
    let outcome = apply(&mut mine, checked, ConflictChoice::TakeTheirs);
    assert_eq!((outcome.added, outcome.replaced), (2, 1));
    let replaced = mine.entry_for_night(date("2025-03-02")).expect("present");
    assert_eq!((replaced.id, replaced.worst_pain), (EntryId(2), Some(9)));
    support::assert_diary_invariants(&mine);
}

#[test]
fn apply_uses_the_diary_as_it_is_now_not_as_previewed() {
    let (mut mine, file) = merge_fixture();
    let stale = preview(&mine, &file, today()).expect("valid");
    // Meanwhile the person logs 2025-03-05 by hand.
    let hand_logged = night(99, "2025-03-05", 4, 7);
    let mut entries: Vec<_> = mine.iter().cloned().collect();
    entries.push(hand_logged);
    mine = Diary::from_entries(entries).expect("valid");
    let outcome = apply(&mut mine, stale, ConflictChoice::KeepMine);
    assert_eq!((outcome.added, outcome.kept_mine), (1, 2));
    assert_eq!(
        mine.entry_for_night(date("2025-03-05")).map(|e| e.cramps),
        Some(4)
    );
    support::assert_diary_invariants(&mine);
}

#[test]
fn imported_ids_never_collide_with_the_entry_held_for_undo() {
    let mut mine = Diary::from_entries(vec![night(5, "2025-03-01", 1, 3)]).expect("valid");
    mine.delete(EntryId(5)).expect("delete");
    let file =
        file_with(json!([{ "id": 5, "night_of": "2025-03-09", "cramps": 1, "worst_pain": 1 }]));
    let checked = preview(&mine, &file, today()).expect("valid");
    apply(&mut mine, checked, ConflictChoice::KeepMine);
    assert_ne!(mine.entries()[0].id, EntryId(5));
    assert_eq!(mine.undo_delete(), Ok(EntryId(5)));
    support::assert_diary_invariants(&mine);
}

#[test]
fn ids_at_the_top_of_the_range_do_not_overflow_and_still_save() {
    let top = night_cramps::diary::MAX_ID;
    let file = file_with(json!([
        { "id": top, "night_of": "2025-03-09", "cramps": 1, "worst_pain": 1 },
        { "id": top, "night_of": "2025-03-10", "cramps": 1, "worst_pain": 1 },
    ]));
    let mut diary = import_into_empty(&file);
    support::assert_diary_invariants(&diary);
    let mut draft = night_cramps::diary::Draft::for_night(date("2025-03-11"));
    draft.cramps = "0".into();
    diary.add(&draft, today()).expect("add after top ids");
    support::assert_diary_invariants(&diary);
    assert_eq!(saved::load(Some(&saved::save(&diary))), Loaded::Ok(diary));
}

// ---- refusals ----

#[test]
fn wrong_app_marker_schema_and_shape_are_refused_with_clear_messages() {
    let message = refusal(r#"{"app":"other-app","schema":1,"entries":[]}"#).message();
    assert!(
        message.contains("different app (\"other-app\")"),
        "{message}"
    );
    assert_eq!(
        refusal(r#"{"schema":1,"entries":[]}"#),
        ImportError::NotADiary
    );
    assert_eq!(refusal("[1,2,3]"), ImportError::NotADiary);
    assert_eq!(
        refusal(r#"{"app":"night-cramps","entries":[]}"#),
        ImportError::MissingSchema
    );

    let message = refusal(r#"{"app":"night-cramps","schema":3,"entries":[]}"#).message();
    assert!(
        message.contains("version 3") && message.contains("newer"),
        "{message}"
    );
    let message = refusal(r#"{"app":"night-cramps","schema":0,"entries":[]}"#).message();
    assert!(
        message.contains("version 0") && message.contains("doesn't know"),
        "{message}"
    );
    assert!(matches!(
        refusal(r#"{"app":"night-cramps","schema":"1","entries":[]}"#),
        ImportError::UnsupportedSchema { .. }
    ));

    assert_eq!(
        refusal(r#"{"app":"night-cramps","schema":1}"#),
        ImportError::MissingEntries { found: None }
    );
    let message = refusal(r#"{"app":"night-cramps","schema":1,"entries":{}}"#).message();
    assert!(message.contains("should be a list"), "{message}");
    assert_eq!(refusal(""), ImportError::Empty);
    assert_eq!(refusal(r#"{"app":"night-cramps","#), ImportError::CutShort);
    assert!(matches!(
        refusal("{not json}"),
        ImportError::NotJson { line: 1, .. }
    ));
}

#[test]
fn a_bad_entry_is_named_by_number_and_field() {
    let mut entries: Vec<Value> = (1..=5)
        .map(|d| entry_json(&format!("2025-03-0{d}")))
        .collect();
    entries[2]["worst_pain"] = json!(11);
    let message = refusal(&file_with(Value::Array(entries))).message();
    assert!(
        message.starts_with(
            "Entry 3 in the file (night of 2025-03-03): \"Worst pain\" Pain is scored from 0"
        ),
        "{message}"
    );

    let cases: &[(&str, Value, &str)] = &[
        ("cramps", json!(-1), "can't be below 0"),
        ("cramps", json!(51), "0 to 50"),
        ("cramps", json!("2"), "should be a number, not text"),
        ("cramps", json!(1.5), "whole number"),
        ("night_of", json!("2025-03-15"), "in the future"),
        ("night_of", json!("2023-02-29"), "not a leap year"),
        ("night_of", json!(20250301), "should be a date"),
        (
            "muscles",
            json!(["calf", "elbow"]),
            "\"elbow\", which is not one of",
        ),
        ("muscles", json!("calf"), "should be a list"),
        (
            "side",
            json!("middle"),
            "not one of \"left\", \"right\", \"both\"",
        ),
        ("note", json!("x".repeat(2_001)), "2,001 characters"),
        ("note", json!(5), "should be text"),
        ("id", json!(-3), "whole number from 0"),
        ("id", json!(1u64 << 60), "whole number from 0"),
    ];
    for (field, value, expected) in cases {
        let mut entry = entry_json("2025-03-01");
        entry[*field] = value.clone();
        let message = refusal(&file_with(json!([entry]))).message();
        assert!(message.starts_with("Entry 1 in the file"), "{message}");
        assert!(message.contains(expected), "{field}: {message}");
    }

    let mut extra = entry_json("2025-03-01");
    extra["mood"] = json!("grumpy");
    let message = refusal(&file_with(json!([extra]))).message();
    assert!(
        message.contains("\"mood\" is not a field this app knows"),
        "{message}"
    );

    let message = refusal(&file_with(json!([entry_json("2025-03-01"), 7]))).message();
    assert!(
        message.starts_with("Entry 2 in the file is a number"),
        "{message}"
    );

    let mut missing = entry_json("2025-03-01");
    missing.as_object_mut().expect("object").remove("cramps");
    assert!(refusal(&file_with(json!([missing])))
        .message()
        .contains("is missing"));
}

#[test]
fn duplicate_nights_in_a_file_are_refused() {
    let file = file_with(json!([
        entry_json("2025-03-01"),
        entry_json("2025-03-02"),
        entry_json("2025-03-01")
    ]));
    assert_eq!(
        refusal(&file),
        ImportError::DuplicateNight {
            first: 1,
            second: 3,
            night: date("2025-03-01")
        }
    );
}

#[test]
fn import_is_all_or_nothing() {
    let mut entries: Vec<Value> = (1..=9)
        .map(|d| entry_json(&format!("2025-02-0{d}")))
        .collect();
    entries.push(json!({ "night_of": "2025-02-10", "cramps": 1, "worst_pain": 12 }));
    let diary = Diary::from_entries(vec![night(1, "2025-03-01", 1, 3)]).expect("valid");
    let before = diary.clone();
    assert!(preview(&diary, &file_with(Value::Array(entries)), today()).is_err());
    assert_eq!(diary, before, "not even the nine good entries were added");
}

#[test]
fn size_count_and_nesting_limits() {
    let big = format!("{}{}", " ".repeat(MAX_IMPORT_BYTES), file_with(json!([])));
    assert!(matches!(refusal(&big), ImportError::TooLarge { .. }));
    assert!(refusal(&big).message().contains("5 MB"));

    let many: Vec<Value> = (0..20_001).map(|_| json!({})).collect();
    assert_eq!(
        refusal(&file_with(Value::Array(many))),
        ImportError::TooManyEntries { count: 20_001 }
    );

    // serde_json's default recursion limit (128) lets through at most 127 levels of nesting in
    // all. The top-level object is one, so an extra field may hold 126 levels of lists.
    let nested = |depth: usize| {
        format!(
            r#"{{"app":"night-cramps","schema":1,"entries":[],"extra":{}{}}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        )
    };
    assert!(preview(&Diary::new(), &nested(126), today()).is_ok());
    assert_eq!(refusal(&nested(127)), ImportError::TooDeep);
    assert_eq!(refusal(&"[".repeat(128)), ImportError::TooDeep);
    assert_eq!(refusal(&"[".repeat(10_000)), ImportError::TooDeep);
    assert!(refusal(&"[".repeat(10_000))
        .message()
        .contains("nested far too deeply"));
}

#[test]
fn a_csv_export_picked_by_mistake_gets_its_own_message() {
    let diary = Diary::from_entries(vec![night(1, "2025-03-01", 1, 3)]).expect("valid");
    let message = refusal(&export_csv(&diary)).message();
    assert!(message.contains("CSV (spreadsheet) export"), "{message}");
}

// ---- CSV ----

/// A strict RFC 4180 reader, to check what a spreadsheet would see.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => {
                assert!(cell.is_empty(), "quote in the middle of an unquoted cell");
                quoted = true;
            }
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "bare CR outside quotes");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("bare LF outside quotes"),
            (false, c) => cell.push(c),
        }
    }
    assert!(
        !quoted && cell.is_empty() && row.is_empty(),
        "file ends with a full row"
    );
    rows
}

#[test]
fn csv_cells_are_quoted_and_defused() {
    use night_cramps::diary::export::csv_cell;
    let cases = [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line1\nline2", "\"line1\nline2\""),
        ("line1\r\nline2", "\"line1\r\nline2\""),
        ("=1+1", "'=1+1"),
        ("+44 123", "'+44 123"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "\"'\rCR\""),
        (
            "=HYPERLINK(\"http://x\",\"y\")",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        ),
        ("a=b", "a=b"),
        ("'already", "'already"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ];
    for (input, expected) in cases {
        assert_eq!(csv_cell(input), expected, "{input:?}");
    }
}

#[test]
fn csv_export_reads_back_cell_for_cell() {
    let mut rng = Rng::new(4180);
    for _ in 0..100 {
        let count = rng.below(30) as usize;
        let diary = support::random_diary(&mut rng, today(), count, 200);
        let csv = export_csv(&diary);
        let body = csv
            .strip_prefix('\u{feff}')
            .expect("starts with a byte-order mark");
        let rows = parse_csv(body);
        assert_eq!(
            rows[0],
            [
                "Night of",
                "Cramps",
                "Muscles",
                "Side",
                "Longest cramp",
                "Worst pain (0-10)",
                "Sleep lost",
                "What helped",
                "Warning signs",
                "Bedtime stretches",
                "Note"
            ]
        );
        assert_eq!(rows.len(), count + 1);
        // Oldest first.
        for (row, entry) in rows[1..].iter().zip(diary.entries().iter().rev()) {
            assert_eq!(row.len(), 11);
            assert_eq!(row[0], entry.night_of.to_string());
            assert_eq!(row[1], entry.cramps.to_string());
            assert_eq!(
                row[5],
                entry.worst_pain.map(|p| p.to_string()).unwrap_or_default()
            );
            let defused = entry.note.starts_with(['=', '+', '-', '@', '\t', '\r']);
            let expected_note = if defused {
                format!("'{}", entry.note)
            } else {
                entry.note.clone()
            };
            assert_eq!(row[9], if entry.stretched { "Yes" } else { "" });
            assert_eq!(row[10], expected_note);
        }
    }
}

#[test]
fn csv_uses_readable_labels() {
    let mut entry = night(1, "2025-03-13", 2, 6);
    entry.muscles = [Muscle::Calf, Muscle::BackOfThigh].into();
    entry.note = "=cmd|' /C calc'!A0".into();
    entry.warning_signs = [night_cramps::diary::WarningSign::SwollenLeg].into();
    entry.stretched = true;
    let diary = Diary::from_entries(vec![entry]).expect("valid");
    let rows = parse_csv(export_csv(&diary).trim_start_matches('\u{feff}'));
    assert_eq!(rows[1][2], "Calf; Back of thigh (hamstring)");
    assert_eq!(
        rows[1][8],
        "One leg was swollen, red or darker than usual, or warm to touch"
    );
    assert_eq!(rows[1][9], "Yes");
    assert_eq!(rows[1][10], "'=cmd|' /C calc'!A0");
    assert!(export_csv(&diary).contains("\r\n"));
}

// ---- stored data ----

#[test]
fn stored_data_loads_or_is_kept_aside_never_discarded() {
    assert_eq!(saved::load(None), Loaded::Empty);
    assert_eq!(saved::load(Some("")), Loaded::Empty);
    assert_eq!(saved::load(Some("  \n")), Loaded::Empty);
    assert_eq!(
        saved::load(Some(&saved::save(&Diary::new()))),
        Loaded::Ok(Diary::new())
    );

    let diary = Diary::from_entries(vec![night(1, "2025-03-01", 1, 3)]).expect("valid");
    let good = saved::save(&diary);
    let damaged = &good[..good.len() - 5];
    for raw in [
        damaged,
        "{\"app\":\"night-cramps\",\"schema\":9,\"entries\":[]}",
        "null",
        "\u{0}\u{1}garbage",
    ] {
        match saved::load(Some(raw)) {
            Loaded::Unreadable { raw: kept, reason } => {
                assert_eq!(kept, raw, "the exact stored text is handed back");
                assert!(!reason.is_empty());
                assert!(!reason.contains("imported"), "{reason}");
            }
            other => panic!("{raw:?} gave {other:?}"),
        }
    }
    let Loaded::Unreadable { reason, .. } = saved::load(Some(
        "{\"app\":\"night-cramps\",\"schema\":9,\"entries\":[]}",
    )) else {
        panic!("newer schema")
    };
    assert!(
        reason.contains("saved diary") && reason.contains("version 9"),
        "{reason}"
    );
}

#[test]
fn stored_future_nights_still_load_after_a_clock_change() {
    let future = Diary::from_entries(vec![night(1, "2030-01-01", 1, 3)]).expect("valid");
    assert_eq!(saved::load(Some(&saved::save(&future))), Loaded::Ok(future));
}

#[test]
fn stored_entries_without_or_with_repeated_ids_get_fresh_ones() {
    let raw = file_with(json!([
        { "night_of": "2025-03-01", "cramps": 1, "worst_pain": 1 },
        { "id": 4, "night_of": "2025-03-02", "cramps": 1, "worst_pain": 1 },
        { "id": 4, "night_of": "2025-03-03", "cramps": 1, "worst_pain": 1 },
    ]));
    let Loaded::Ok(diary) = saved::load(Some(&raw)) else {
        panic!("should load")
    };
    assert_eq!(diary.len(), 3);
    support::assert_diary_invariants(&diary);
}

// ---- scale ----

#[test]
fn ten_years_of_entries_export_import_and_save() {
    let mut rng = Rng::new(3650);
    let entries: Vec<DiaryEntry> = (0..3_650)
        .map(|back| support::random_entry(&mut rng, back as u64 + 1, today().add_days(-back)))
        .collect();
    let diary = Diary::from_entries(entries).expect("valid");
    assert_eq!(diary.len(), 3_650);

    let file = export_json(&diary, today());
    assert!(
        file.len() < MAX_IMPORT_BYTES,
        "ten years fit well within the import limit"
    );
    assert_eq!(import_into_empty(&file), diary);

    let csv = export_csv(&diary);
    assert_eq!(parse_csv(csv.trim_start_matches('\u{feff}')).len(), 3_651);

    assert_eq!(
        saved::load(Some(&saved::save(&diary))),
        Loaded::Ok(diary.clone())
    );

    let overview = night_cramps::diary::stats::overview(&diary, today(), 12);
    assert_eq!(overview.weeks.len(), 12);
    assert_eq!(overview.last_12_weeks.nights_logged, 84);
    let first: Date = diary.entries().last().map(|e| e.night_of).expect("entries");
    assert_eq!(first, today().add_days(-3_649));
}
