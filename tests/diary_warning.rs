//! Diary entries that raise a flag: each warning sign is one of the check's red flags and gives
//! the care card the check gives; the new fields (warning signs, stretched) are checked like the
//! old ones; backups of schema 1 still import and schema 2 round-trips; stored nights without
//! the new fields still read; the doctor summary's order. "Stretched tonight" is in
//! `diary_stretched.rs`.

#[path = "diary_support/mod.rs"]
mod support;

use std::collections::BTreeSet;

use night_cramps::assessment::{triage, Answer, AnswerSet, QUESTIONS};
use night_cramps::content::care::Urgency;
use night_cramps::content::red_flags::red_flag;
use night_cramps::diary::import::{apply, preview};
use night_cramps::diary::night_store::{self, Record};
use night_cramps::diary::warning::{self, red_flag_id, sign_urgency};
use night_cramps::diary::{
    check_entry, export_json, validate, Choice, ConflictChoice, Diary, Draft, Field, Longest,
    WarningSign, SCHEMA_VERSION,
};
use serde_json::{json, Value};
use support::{date, night, today};

// ---- each diary warning sign is the check's own red flag ----

#[test]
fn each_diary_warning_sign_is_this_red_flag_of_the_check() {
    // The mapping, written out: a change here is a clinical decision (see HAZARDS.md).
    let expected = [
        (WarningSign::LongCramp, "cramp-over-10-min", Urgency::Urgent),
        (
            WarningSign::SwollenLeg,
            "swollen-red-warm-leg",
            Urgency::Urgent,
        ),
        (WarningSign::DarkPee, "dark-urine", Urgency::Emergency),
    ];
    assert_eq!(WarningSign::ALL.len(), expected.len());
    for (sign, id, urgency) in expected {
        assert_eq!(red_flag_id(sign), id);
        let flag = red_flag(id).expect("the red flag exists in content");
        assert_eq!(flag.urgency, urgency, "{id}");
        assert_eq!(sign_urgency(sign), urgency, "{id}");
    }
}

#[test]
fn each_sign_gives_the_care_card_the_check_gives_for_a_yes() {
    for &sign in WarningSign::ALL {
        let question = QUESTIONS
            .iter()
            .find(|q| q.id.red_flag_id() == Some(red_flag_id(sign)))
            .expect("the check asks this red flag");
        let mut answers = AnswerSet::new();
        answers.set(question.id, Answer::yes()).expect("a yes");
        let (disposition, _) = triage(&answers);
        assert_eq!(
            disposition.urgency(),
            Some(sign_urgency(sign)),
            "{sign:?}: the diary must show the check's card"
        );
        let entry = with_signs(night(1, "2025-03-10", 1, 5), &[sign]);
        assert_eq!(warning::entry_urgency(&entry), disposition.urgency());
    }
}

#[test]
fn the_most_urgent_sign_wins_and_a_long_cramp_band_raises_the_flag() {
    let entry = with_signs(
        night(1, "2025-03-10", 1, 5),
        &[WarningSign::SwollenLeg, WarningSign::DarkPee],
    );
    assert_eq!(warning::entry_urgency(&entry), Some(Urgency::Emergency));

    let mut long = night(2, "2025-03-11", 1, 5);
    assert_eq!(warning::entry_urgency(&long), None);
    long.longest = Some(Longest::OverTenMinutes);
    assert_eq!(warning::raised(&long), [WarningSign::LongCramp]);
    assert_eq!(warning::entry_urgency(&long), Some(Urgency::Urgent));
}

#[test]
fn no_diary_warning_sign_label_states_a_dose_or_a_diagnosis() {
    for &sign in WarningSign::ALL {
        let label = sign.label().to_lowercase();
        for word in ["mg", "dvt", "clot", "rhabdo", "you have"] {
            assert!(!label.contains(word), "{label}");
        }
    }
}

// ---- validation ----

fn draft(cramps: &str, signs: &[WarningSign]) -> Draft {
    Draft {
        cramps: cramps.into(),
        worst_pain: if cramps == "0" { "" } else { "4" }.into(),
        warning_signs: signs.iter().copied().collect(),
        ..Draft::for_night(date("2025-03-10"))
    }
}

#[test]
fn the_form_keeps_warning_signs_and_stretched() {
    let mut d = draft("2", &[WarningSign::SwollenLeg, WarningSign::LongCramp]);
    d.stretched = true;
    let entry = validate(&d, today(), &Diary::new(), None).expect("valid");
    assert_eq!(
        entry.warning_signs,
        BTreeSet::from([WarningSign::LongCramp, WarningSign::SwollenLeg])
    );
    assert!(entry.stretched);
    assert_eq!(Draft::from_entry(&entry).warning_signs, entry.warning_signs);
    assert!(Draft::from_entry(&entry).stretched);
}

#[test]
fn a_long_cramp_on_a_night_without_cramps_is_asked_about() {
    let errors = validate(
        &draft("0", &[WarningSign::LongCramp]),
        today(),
        &Diary::new(),
        None,
    )
    .expect_err("contradictory");
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, Field::WarningSigns);
    assert!(
        errors[0].message.contains("0 cramps"),
        "{}",
        errors[0].message
    );

    // A swollen leg or dark pee can come on a night without cramps.
    let entry = validate(
        &draft("0", &[WarningSign::SwollenLeg, WarningSign::DarkPee]),
        today(),
        &Diary::new(),
        None,
    )
    .expect("valid");
    assert!(check_entry(&entry, Some(today())).is_empty());
}

// ---- the file: schema 2, and every schema 1 backup ----

/// A backup exactly as the schema 1 release wrote it (pretty-printed, every field present).
const SCHEMA_1_BACKUP: &str = r#"{
  "app": "night-cramps",
  "entries": [
    {
      "cramps": 2,
      "helped": [
        "stretching"
      ],
      "id": 7,
      "longest": "over_10_min",
      "muscles": [
        "calf"
      ],
      "night_of": "2025-03-13",
      "note": "",
      "side": "left",
      "sleep_lost": null,
      "worst_pain": 6
    },
    {
      "cramps": 0,
      "helped": [],
      "id": 3,
      "longest": null,
      "muscles": [],
      "night_of": "2025-03-12",
      "note": "fine",
      "side": null,
      "sleep_lost": null,
      "worst_pain": null
    }
  ],
  "exported": "2025-03-14",
  "schema": 1
}
"#;

fn import(file: &str) -> Result<Diary, String> {
    let mut diary = Diary::new();
    let preview = preview(&diary, file, today()).map_err(|e| e.message())?;
    apply(&mut diary, preview, ConflictChoice::KeepMine);
    Ok(diary)
}

#[test]
fn a_schema_1_backup_imports_with_nothing_recorded_for_the_new_fields() {
    let diary = import(SCHEMA_1_BACKUP).expect("a schema 1 backup imports");
    assert_eq!(diary.len(), 2);
    for entry in diary.entries() {
        assert!(entry.warning_signs.is_empty());
        assert!(!entry.stretched);
    }
    // Its "over 10 minutes" still raises the flag: old nights are not reassuring by omission.
    let long = diary.entry_for_night(date("2025-03-13")).expect("night");
    assert_eq!(warning::entry_urgency(long), Some(Urgency::Urgent));
    // Exported again, it is a schema 2 file that reads back the same.
    let again = export_json(&diary, today());
    assert!(again.contains("\"schema\": 2"), "{again}");
    assert_eq!(import(&again).expect("reads back"), diary);
}

#[test]
fn schema_2_writes_the_new_fields_only_when_recorded_and_reads_them_back() {
    assert_eq!(SCHEMA_VERSION, 2);
    let mut flagged = with_signs(
        night(1, "2025-03-10", 1, 5),
        &[WarningSign::DarkPee, WarningSign::LongCramp],
    );
    flagged.stretched = true;
    let plain = night(2, "2025-03-11", 2, 3);
    let diary = Diary::from_entries(vec![flagged, plain]).expect("valid");
    let file = export_json(&diary, today());
    let value: Value = serde_json::from_str(&file).expect("json");
    assert_eq!(value["schema"], 2);
    // Newest first: the plain night has neither field; the flagged one has both.
    let plain = value["entries"][0].as_object().expect("entry");
    assert!(!plain.contains_key("warning_signs") && !plain.contains_key("stretched"));
    assert_eq!(
        value["entries"][1]["warning_signs"],
        json!(["long_cramp", "dark_pee"])
    );
    assert_eq!(value["entries"][1]["stretched"], json!(true));
    assert_eq!(import(&file).expect("reads back"), diary);
}

fn file_with(schema: u64, entry: Value) -> String {
    json!({ "app": "night-cramps", "schema": schema, "entries": [entry] }).to_string()
}

fn entry_with(field: &str, value: Value) -> Value {
    let mut entry = json!({ "id": 1, "night_of": "2025-03-01", "cramps": 2, "muscles": ["calf"],
                            "worst_pain": 6, "helped": [], "note": "" });
    entry[field] = value;
    entry
}

#[test]
fn the_new_fields_accept_what_they_mean_and_nothing_else() {
    for schema in [1, 2] {
        for (field, value) in [
            ("warning_signs", json!(null)),
            ("warning_signs", json!([])),
            (
                "warning_signs",
                json!(["swollen_leg", "dark_pee", "long_cramp"]),
            ),
            ("stretched", json!(null)),
            ("stretched", json!(false)),
            ("stretched", json!(true)),
        ] {
            let file = file_with(schema, entry_with(field, value.clone()));
            import(&file).unwrap_or_else(|m| panic!("{field} = {value}: {m}"));
        }
    }
    for (field, value, says) in [
        (
            "warning_signs",
            json!(["chest_pain"]),
            "\"chest_pain\", which is not one of \"long_cramp\", \"swollen_leg\", \"dark_pee\"",
        ),
        (
            "warning_signs",
            json!("dark_pee"),
            "should be a list of options",
        ),
        ("warning_signs", json!([true]), "one item is true/false"),
        (
            "warning_signs",
            json!({ "dark_pee": true }),
            "not a group of fields",
        ),
        ("warning_signs", json!(["Dark_Pee"]), "not one of"),
        (
            "stretched",
            json!("yes"),
            "should be true or false, not text",
        ),
        (
            "stretched",
            json!(1),
            "should be true or false, not a number",
        ),
        (
            "stretched",
            json!([true]),
            "should be true or false, not a list",
        ),
    ] {
        let message = import(&file_with(2, entry_with(field, value.clone()))).expect_err("refused");
        let label = Field::from_key(field).expect("a field").label();
        assert!(
            message.contains(label)
                && message.contains(says)
                && message.ends_with("Nothing was imported."),
            "{field} = {value}: {message}"
        );
    }
    let message = import(&file_with(
        2,
        json!({ "night_of": "2025-03-01", "cramps": 0, "warning_signs": ["long_cramp"] }),
    ))
    .expect_err("a long cramp on a night without cramps");
    assert!(message.contains("0 cramps"), "{message}");
}

// ---- per-night storage ----

#[test]
fn a_stored_night_written_before_the_new_fields_still_reads() {
    let old = r#"{"entry":{"cramps":1,"helped":[],"id":4,"longest":null,"muscles":["calf"],"night_of":"2025-03-09","note":"","side":null,"sleep_lost":null,"worst_pain":null},"stamp":77}"#;
    let record = night_store::decode(old).expect("reads");
    assert_eq!(record.stamp, 77);
    assert!(record.entry.warning_signs.is_empty() && !record.entry.stretched);
    // Written again unchanged, a night without the new fields is the same text: another tab
    // still running the earlier release can read it.
    assert_eq!(night_store::encode(&record), old);

    let mut entry = with_signs(record.entry.clone(), &[WarningSign::SwollenLeg]);
    entry.stretched = true;
    let record = Record { stamp: 78, entry };
    let text = night_store::encode(&record);
    let value: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(value["entry"]["warning_signs"], json!(["swollen_leg"]));
    assert_eq!(night_store::decode(&text).expect("reads"), record);
}

// ---- the doctor summary's order ----

#[test]
fn flagged_nights_come_first_most_urgent_first_each_group_in_its_order() {
    let a = night(1, "2025-03-01", 1, 2);
    let b = with_signs(night(2, "2025-03-02", 1, 2), &[WarningSign::SwollenLeg]);
    let c = night(3, "2025-03-03", 1, 2);
    let d = with_signs(night(4, "2025-03-04", 1, 2), &[WarningSign::DarkPee]);
    let mut e = night(5, "2025-03-05", 1, 2);
    e.longest = Some(Longest::OverTenMinutes);
    let ordered = warning::flagged_first(&[&a, &b, &c, &d, &e]);
    let ids: Vec<u64> = ordered.iter().map(|entry| entry.id.0).collect();
    assert_eq!(ids, [4, 2, 5, 1, 3]);
}

fn with_signs(
    mut entry: night_cramps::diary::DiaryEntry,
    signs: &[WarningSign],
) -> night_cramps::diary::DiaryEntry {
    entry.warning_signs = signs.iter().copied().collect();
    entry
}
