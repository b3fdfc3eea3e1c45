//! The forms: what the person typed, checked, and the page's own sentences.

use super::*;

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
