//! The trial and the medicines beside the nights: stored on the device and carried at the top
//! level of a schema 2 backup. A restore brings them back; a schema 1 backup still imports; a
//! malformed trial or medicine refuses the whole file with a message that names it; the form's
//! checks; and how an import merges a file's into the device's.

#[path = "plain_words_support/mod.rs"]
mod plain_words;
#[path = "diary_support/mod.rs"]
mod support;

use night_cramps::diary::changes::{
    decode_experiment, decode_medicines, encode_experiment, encode_medicines, experiment_from_form,
    medicine_from_form, merge, preview_line, with_medicine, without_medicine, Change, Experiment,
    MedicineCourse, TrialAndMedicines, MAX_MEDICINES,
};
use night_cramps::diary::import::preview;
use night_cramps::diary::{export_backup, export_json, Diary, ImportError};
use serde_json::{json, Value};
use support::{date, night, today};

fn statin() -> MedicineCourse {
    MedicineCourse {
        name: "Atorvastatin".into(),
        class_id: Some("statins".into()),
        started: date("2025-01-10"),
        stopped: None,
    }
}

fn inhaler() -> MedicineCourse {
    MedicineCourse {
        name: "Blue, \"reliever\" inhaler".into(),
        class_id: None,
        started: date("2024-11-02"),
        stopped: Some(date("2025-02-01")),
    }
}

fn both() -> TrialAndMedicines {
    TrialAndMedicines {
        experiment: Some(Experiment {
            change: Change::Named("No coffee after lunch".into()),
            start: date("2025-02-20"),
        }),
        medicines: vec![inhaler(), statin()],
    }
}

fn diary() -> Diary {
    Diary::from_entries(vec![
        night(1, "2025-03-01", 1, 3),
        night(2, "2025-03-02", 0, 0),
    ])
    .expect("valid")
}

fn refusal(file: &str) -> String {
    let diary = diary();
    let error = preview(&diary, file, today()).expect_err("should be refused");
    assert_eq!(diary, self::diary(), "a refused file changes nothing");
    let message = error.message();
    assert!(message.ends_with("Nothing was imported."), "{message}");
    message
}

fn v2(top: Value) -> String {
    let mut file = json!({ "app": "night-cramps", "schema": 2, "entries": [] });
    for (key, value) in top.as_object().expect("object") {
        file[key] = value.clone();
    }
    file.to_string()
}

#[test]
fn a_backup_brings_back_the_trial_and_the_medicines() {
    let file = export_backup(&diary(), &both(), today());
    let value: Value = serde_json::from_str(&file).expect("json");
    assert_eq!(value["schema"], 2);
    assert_eq!(
        value["experiment"],
        json!({ "change": "named", "name": "No coffee after lunch", "start": "2025-02-20" })
    );
    assert_eq!(value["medicines"][1]["class"], "statins");
    assert_eq!(value["medicines"][0]["stopped"], "2025-02-01");
    // No dose anywhere: a medicine is a name, a group and dates.
    assert!(!file.to_lowercase().contains("dose"));

    let read = preview(&Diary::new(), &file, today()).expect("valid");
    assert_eq!(read.trial_and_medicines(), &both());
    assert_eq!(read.total(), 2);

    let stretching = TrialAndMedicines {
        experiment: Some(Experiment {
            change: Change::BedtimeStretching,
            start: date("2025-03-10"),
        }),
        medicines: vec![],
    };
    let file = export_backup(&diary(), &stretching, today());
    assert!(!file.contains("\"medicines\""), "an empty list is left out");
    let read = preview(&Diary::new(), &file, today()).expect("valid");
    assert_eq!(read.trial_and_medicines(), &stretching);
}

#[test]
fn a_backup_without_them_has_neither_field() {
    let file = export_json(&diary(), today());
    let value: Value = serde_json::from_str(&file).expect("json");
    assert!(value.get("experiment").is_none() && value.get("medicines").is_none());
    let read = preview(&Diary::new(), &file, today()).expect("valid");
    assert_eq!(read.trial_and_medicines(), &TrialAndMedicines::default());
}

#[test]
fn a_schema_1_backup_still_imports_and_its_unknown_top_level_fields_are_ignored() {
    let file = json!({ "app": "night-cramps", "schema": 1, "exported": "2025-03-14",
        "experiment": "not checked in version 1", "medicines": 42,
        "entries": [{ "id": 1, "night_of": "2025-03-01", "cramps": 2, "muscles": ["calf"],
            "side": "left", "longest": "1_to_5_min", "worst_pain": 6, "sleep_lost": null,
            "helped": [], "note": "" }] })
    .to_string();
    let read = preview(&Diary::new(), &file, today()).expect("a version 1 file imports");
    assert_eq!(read.total(), 1);
    assert_eq!(read.trial_and_medicines(), &TrialAndMedicines::default());
}

#[test]
fn a_malformed_trial_is_refused_with_a_message_that_names_it() {
    let cases = [
        (json!("stretching"), "should be a group of fields"),
        (json!({ "start": "2025-03-01" }), "\"change\" is missing"),
        (
            json!({ "change": "magnesium", "start": "2025-03-01" }),
            "should be \"bedtime-stretching\" or \"named\", not \"magnesium\"",
        ),
        (
            json!({ "change": "named", "start": "2025-03-01" }),
            "\"name\" is missing",
        ),
        (
            json!({ "change": "named", "name": "  ", "start": "2025-03-01" }),
            "\"name\" is empty",
        ),
        (
            json!({ "change": "named", "name": "x".repeat(81), "start": "2025-03-01" }),
            "too long",
        ),
        (
            json!({ "change": "bedtime-stretching", "name": "x", "start": "2025-03-01" }),
            "only for a change you name yourself",
        ),
        (
            json!({ "change": "bedtime-stretching", "start": "2025-02-30" }),
            "February has only 28 days",
        ),
        (
            json!({ "change": "bedtime-stretching", "start": 20250301 }),
            "should be a date like",
        ),
        (
            json!({ "change": "bedtime-stretching", "start": "2025-06-01" }),
            "more than a month from today",
        ),
        (
            json!({ "change": "bedtime-stretching", "start": "2025-03-01", "dose": 1 }),
            "\"dose\" is not a field this app knows",
        ),
    ];
    for (experiment, expected) in cases {
        let message = refusal(&v2(json!({ "experiment": experiment })));
        assert!(
            message.starts_with("The trial of a change in the file"),
            "{message}"
        );
        assert!(message.contains(expected), "{expected:?} in {message}");
    }
}

#[test]
fn a_malformed_medicine_is_refused_with_a_message_that_names_it() {
    let good = json!({ "name": "Atorvastatin", "class": "statins", "started": "2025-01-10",
                       "stopped": null });
    let with = |field: &str, value: Value| {
        let mut medicine = good.clone();
        medicine[field] = value;
        medicine
    };
    let cases = [
        (json!({ "name": "x" }), "The list of medicines in the file should be a list"),
        (json!(["Atorvastatin"]), "Medicine 1 in the file is text"),
        (json!([good.clone(), with("name", json!(""))]), "Medicine 2 in the file: \"name\" is empty"),
        (json!([with("class", json!("magnesium"))]), "\"class\" should be one of the medicine groups this app knows, or empty, not \"magnesium\""),
        (json!([with("started", json!("2025-03-15"))]), "\"started\" is 2025-03-15, which is after today"),
        (json!([with("started", json!(null))]), "\"started\" is missing"),
        (json!([with("stopped", json!("2025-01-09"))]), "\"stopped\" is before the day it was started"),
        (json!([with("stopped", json!("2025-04-01"))]), "\"stopped\" is after today"),
        (json!([with("dose", json!("20 mg"))]), "\"dose\" is not a field this app knows"),
        (Value::Array(vec![good.clone(); 101]), "has 101 medicines; the most a diary keeps is 100"),
    ];
    for (medicines, expected) in cases {
        let message = refusal(&v2(json!({ "medicines": medicines })));
        assert!(message.contains(expected), "{expected:?} in {message}");
    }
    // null means none, as an absent field does.
    let read = preview(
        &diary(),
        &v2(json!({ "medicines": null, "experiment": null })),
        today(),
    )
    .expect("valid");
    assert_eq!(read.trial_and_medicines(), &TrialAndMedicines::default());
}

#[test]
fn the_device_keeps_what_it_wrote_and_says_plainly_when_it_cannot_read_it() {
    let changes = both();
    let experiment = changes.experiment.clone().expect("set");
    assert_eq!(
        decode_experiment(&encode_experiment(&experiment)),
        Ok(experiment)
    );
    assert_eq!(
        decode_medicines(&encode_medicines(&changes.medicines)),
        Ok(changes.medicines.clone())
    );
    for garbage in ["", "{", "[]", "{\"change\":\"x\"}", "null"] {
        let message = decode_experiment(garbage).expect_err(garbage);
        assert!(
            message.starts_with("Your saved trial could not be read"),
            "{message}"
        );
        assert!(message.contains("left as it was"), "{message}");
    }
    let message = decode_medicines("[{\"name\":\"\"}]").expect_err("empty name");
    assert!(
        message.contains("medicine 1: \"name\" is empty"),
        "{message}"
    );
}

#[test]
fn the_forms_check_what_the_person_typed() {
    let today = today();
    assert_eq!(
        experiment_from_form(true, "ignored", "2025-03-14", today),
        Ok(Experiment {
            change: Change::BedtimeStretching,
            start: today
        })
    );
    assert_eq!(
        experiment_from_form(false, "  No coffee  ", "2025-03-20", today).map(|e| e.change),
        Ok(Change::Named("No coffee".into()))
    );
    assert!(experiment_from_form(false, " ", "2025-03-14", today)
        .expect_err("no name")
        .contains("name is empty"));
    assert!(experiment_from_form(true, "", "", today)
        .expect_err("no date")
        .starts_with("First night: Enter a date."));
    assert!(experiment_from_form(true, "", "2025-05-01", today).is_err());

    assert_eq!(
        medicine_from_form("Atorvastatin", "statins", "2025-01-10", "", today),
        Ok(statin())
    );
    assert_eq!(
        medicine_from_form("Something", "", "2025-01-10", "2025-02-01", today)
            .map(|m| (m.class_id, m.stopped)),
        Ok((None, Some(date("2025-02-01"))))
    );
    for (name, class, started, stopped) in [
        ("", "", "2025-01-10", ""),
        ("x", "magnesium", "2025-01-10", ""),
        ("x", "", "2025-03-15", ""),
        ("x", "", "2025-01-10", "2025-01-09"),
        ("x", "", "2025-01-10", "2025-03-15"),
        ("x", "", "10/01/2025", ""),
    ] {
        assert!(
            medicine_from_form(name, class, started, stopped, today).is_err(),
            "{name} {class} {started} {stopped}"
        );
    }
}

#[test]
fn an_import_adds_missing_medicines_and_never_replaces_a_trial_under_way() {
    let mine = TrialAndMedicines {
        experiment: None,
        medicines: vec![statin()],
    };
    let merged = merge(&mine, &both());
    assert_eq!(merged.result.medicines, vec![inhaler(), statin()]);
    assert_eq!(merged.medicines_added, 1);
    assert!(merged.trial_taken && !merged.trial_kept);
    assert_eq!(merged.result.experiment, both().experiment);
    assert_eq!(
        merged.message(),
        "Added 1 medicine. Brought back your trial of a change."
    );

    let running = TrialAndMedicines {
        experiment: Some(Experiment {
            change: Change::BedtimeStretching,
            start: date("2025-03-01"),
        }),
        medicines: vec![],
    };
    let merged = merge(&running, &both());
    assert_eq!(merged.result.experiment, running.experiment);
    assert!(merged.trial_kept && !merged.trial_taken);
    assert!(merged.message().contains("Kept the trial on this device"));

    let same = merge(&both(), &both());
    assert!(!same.changes_anything());
    assert_eq!(same.message(), "");

    assert_eq!(
        preview_line(&both()),
        "The file also has a trial of \"No coffee after lunch\" from Thursday 20 February 2025 and 2 medicines."
    );
    assert_eq!(preview_line(&TrialAndMedicines::default()), "");
}

#[test]
fn refusals_name_the_file_not_an_entry() {
    let error = preview(
        &Diary::new(),
        &v2(json!({ "experiment": { "change": "named", "start": "2025-03-01" } })),
        today(),
    )
    .expect_err("refused");
    assert!(matches!(error, ImportError::BadExperiment { .. }));
}

#[test]
fn the_page_s_own_sentences_are_plain() {
    use night_cramps::diary::{experiment, ics, medicine_timeline};
    let mut texts: Vec<String> = vec![
        experiment::LEAD.into(),
        experiment::RATIO_MEANS.into(),
        medicine_timeline::LEAD.into(),
        medicine_timeline::NONE_YET.into(),
        ics::BACKUP_REMINDER_LEAD.into(),
        ics::STRETCH_REMINDER_LEAD.into(),
        ics::DOWNLOADED.into(),
        medicine_timeline::course_text(&statin()),
        medicine_timeline::course_text(&inhaler()),
    ];
    texts.extend(experiment::HOW_IT_WORKS.iter().map(|t| t.to_string()));
    let nights = night_cramps::diary::night_rates::nights_from_entries(diary().iter());
    for today in [date("2025-02-19"), date("2025-03-14")] {
        let report = experiment::assess(&nights, date("2025-02-20"), today);
        texts.push(experiment::ratio_text(&report));
        texts.push(experiment::periods_text(&report));
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let grade = plain_words::grade(&refs);
    assert!(grade <= 8.0, "grade {grade:.1}");
}

#[test]
fn the_class_ids_checked_are_exactly_the_medicine_classes() {
    use night_cramps::content::factors::{MEDICINE_CLASSES, MEDICINE_CLASS_IDS};
    let ids: Vec<&str> = MEDICINE_CLASSES.iter().map(|c| c.id).collect();
    assert_eq!(ids, MEDICINE_CLASS_IDS.to_vec());
}

#[test]
fn a_medicine_is_added_to_what_is_stored_now_and_removed_only_if_still_there() {
    // Another window added the statin after this page showed an empty list: adding the inhaler
    // to what is stored keeps both, in date order.
    let both = with_medicine(vec![statin()], inhaler()).expect("room");
    assert_eq!(both, vec![inhaler(), statin()]);
    assert_eq!(
        with_medicine(both.clone(), statin()),
        Ok(both.clone()),
        "not listed twice"
    );
    assert_eq!(
        without_medicine(both.clone(), &inhaler()),
        Ok(vec![statin()])
    );
    // Removed (or changed) elsewhere meanwhile: nothing is removed, and the page is told why.
    let mut changed = inhaler();
    changed.stopped = Some(date("2025-03-01"));
    for gone in [vec![statin()], vec![changed, statin()]] {
        let message = without_medicine(gone, &inhaler()).expect_err("not there any more");
        assert!(message.contains("another window"), "{message}");
        assert!(plain_words::grade(&[&message]) <= 8.0, "{message}");
    }
}

#[test]
fn a_full_medicine_list_refuses_one_more_so_it_can_always_be_read_back() {
    let full: Vec<MedicineCourse> = (0..MAX_MEDICINES)
        .map(|i| MedicineCourse {
            name: format!("Medicine {i}"),
            ..statin()
        })
        .collect();
    let message = with_medicine(full.clone(), inhaler()).expect_err("full");
    assert!(message.contains(&MAX_MEDICINES.to_string()), "{message}");
    assert!(plain_words::grade(&[&message]) <= 8.0, "{message}");
    assert_eq!(
        with_medicine(full.clone(), full[3].clone()),
        Ok(full.clone()),
        "a listed one is fine"
    );
    let one_less = without_medicine(
        full,
        &MedicineCourse {
            name: "Medicine 7".into(),
            ..statin()
        },
    )
    .unwrap();
    assert!(decode_medicines(&encode_medicines(
        &with_medicine(one_less, inhaler()).unwrap()
    ))
    .is_ok());
}
