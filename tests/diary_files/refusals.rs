//! Refusals: wrong files and bad entries get clear messages, and an import is all or nothing.

use super::*;

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
