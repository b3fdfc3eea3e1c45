//! Saved answers: versioned JSON that round-trips, refuses what it cannot trust with a plain
//! message, drops single bad answers with a note, and never panics on any input.

mod assessment_support;

use assessment_support::run;
use night_cramps::assessment::{
    evaluate, Answer, AnswerSet, Choice, Disposition, Flow, LoadError, LoadNote, QuestionId as Q,
    SCHEMA_VERSION,
};

fn a_full_set() -> AnswerSet {
    run(&[
        (Q::Muscles, Answer::many([Choice::Calf, Choice::Foot])),
        (Q::SleepNights, Answer::number(4)),
        (Q::AgeBand, Answer::one(Choice::Age60To79)),
        (
            Q::Medicines,
            Answer::many([Choice::WaterTablet, Choice::Statin]),
        ),
        (Q::DiureticType, Answer::many([Choice::Thiazide])),
        (
            Q::Tried,
            Answer::many([Choice::Stretching, Choice::Magnesium]),
        ),
        (Q::Improvement, Answer::one(Choice::NoBetter)),
    ])
    .answers()
    .clone()
}

#[test]
fn saved_answers_round_trip_exactly() {
    let answers = a_full_set();
    let json = answers.to_json();
    let loaded = AnswerSet::from_json(&json).expect("our own format loads");
    assert!(loaded.notes.is_empty(), "{:?}", loaded.notes);
    assert_eq!(loaded.answers, answers);
    assert_eq!(evaluate(&loaded.answers), evaluate(&answers));
    assert_eq!(loaded.answers.to_json(), json, "saving is deterministic");
}

#[test]
fn the_saved_form_is_versioned_and_readable() {
    let json = a_full_set().to_json();
    assert!(json.contains(&format!("\"version\":{SCHEMA_VERSION}")));
    assert!(json.contains("\"age\":\"60-79\""));
    assert!(json.contains("\"muscles\":[\"calf\",\"foot\"]"));
    assert!(json.contains("\"sleep-nights\":4"));
}

#[test]
fn an_older_version_is_refused_with_a_plain_message() {
    let json = a_full_set()
        .to_json()
        .replace(&format!("\"version\":{SCHEMA_VERSION}"), "\"version\":0");
    let err = AnswerSet::from_json(&json).unwrap_err();
    assert_eq!(err, LoadError::TooOld { found: 0 });
    assert!(err.message().contains("older version"));
    assert!(err.message().contains("start the check again"));
}

#[test]
fn a_newer_version_is_refused_with_a_plain_message() {
    let newer = u64::from(SCHEMA_VERSION) + 1;
    let json = a_full_set().to_json().replace(
        &format!("\"version\":{SCHEMA_VERSION}"),
        &format!("\"version\":{newer}"),
    );
    let err = AnswerSet::from_json(&json).unwrap_err();
    assert_eq!(err, LoadError::TooNew { found: newer });
    assert!(err.message().contains("newer version"));
}

#[test]
fn corrupt_saved_answers_are_refused_cleanly() {
    for bad in [
        "",
        "null",
        "[]",
        "{",
        "42",
        "\"answers\"",
        "{}",
        "{\"answers\":{}}",
        "{\"version\":\"1\",\"answers\":{}}",
        "{\"version\":-1,\"answers\":{}}",
        "{\"version\":1.5,\"answers\":{}}",
        "{\"version\":1,\"answers\":[]}",
        "{\"version\":1,\"answers\":\"yes\"}",
        "{\"version\":1}",
        "\u{0}\u{1}garbage",
    ] {
        let err = AnswerSet::from_json(bad).expect_err(bad);
        assert!(!err.message().is_empty());
    }
}

#[test]
fn unknown_questions_and_unreadable_answers_are_dropped_with_a_note() {
    let json = format!(
        "{{\"version\":{SCHEMA_VERSION},\"answers\":{{\
            \"swollen-red-warm-leg\":\"no\",\
            \"favourite-colour\":\"blue\",\
            \"frequency\":\"sometimes\",\
            \"muscles\":[\"calf\",\"elbow\"],\
            \"sleep-nights\":99,\
            \"duration\":7,\
            \"conditions\":[\"none\",\"diabetes\"],\
            \"legs\":\"same-leg\"\
        }}}}"
    );
    let loaded = AnswerSet::from_json(&json).expect("the set as a whole is readable");
    assert_eq!(loaded.answers.choice(Q::SwollenLeg), Some(Choice::No));
    assert_eq!(loaded.answers.choice(Q::Legs), Some(Choice::SameLeg));
    assert_eq!(loaded.answers.len(), 2);
    assert!(loaded
        .notes
        .contains(&LoadNote::UnknownQuestion("favourite-colour".into())));
    assert!(loaded
        .notes
        .contains(&LoadNote::UnknownQuestion("duration".into())));
    for q in [Q::Frequency, Q::Muscles, Q::SleepNights, Q::Conditions] {
        assert!(
            loaded.notes.contains(&LoadNote::Unreadable(q)),
            "{q:?}: {:?}",
            loaded.notes
        );
    }
    for note in &loaded.notes {
        assert!(!note.message().is_empty());
    }
    // The flow asks the dropped questions again rather than skipping them.
    let flow = Flow::resume(loaded.answers);
    assert_eq!(flow.current().map(|q| q.id), Some(Q::BreathlessChestPain));
}

#[test]
fn answers_that_no_longer_apply_are_dropped_on_load() {
    let json = format!(
        "{{\"version\":{SCHEMA_VERSION},\"answers\":{{\"age\":\"80-plus\",\"pregnant\":\"yes\",\"trimester\":\"third-trimester\"}}}}"
    );
    let loaded = AnswerSet::from_json(&json).expect("readable");
    assert!(!loaded.answers.is_answered(Q::Pregnant));
    assert!(!loaded.answers.is_answered(Q::Trimester));
    assert!(loaded
        .notes
        .contains(&LoadNote::NoLongerApplies(Q::Pregnant)));
    assert!(loaded
        .notes
        .iter()
        .any(|n| n.message().contains("Pregnant")));
}

#[test]
fn a_saved_partial_check_resumes_where_it_stopped_and_is_not_reassuring() {
    let mut answers = a_full_set();
    answers.remove(Q::Numbness);
    let loaded = AnswerSet::from_json(&answers.to_json()).expect("readable");
    let flow = Flow::resume(loaded.answers.clone());
    assert_eq!(flow.current().map(|q| q.id), Some(Q::Numbness));
    let outcome = evaluate(&loaded.answers);
    assert!(!outcome.is_complete());
    assert!(
        outcome.disposition >= Disposition::Routine,
        "an incomplete check is never self-care"
    );
}

#[test]
fn a_saved_red_flag_yes_still_wins_after_loading() {
    let mut answers = a_full_set();
    answers.set(Q::DarkUrine, Answer::yes()).expect("valid");
    let loaded = AnswerSet::from_json(&answers.to_json()).expect("readable");
    assert_eq!(
        evaluate(&loaded.answers).disposition,
        Disposition::Emergency
    );
    assert!(Flow::resume(loaded.answers).is_finished());
}

#[test]
fn no_input_makes_loading_panic() {
    // Every truncation and every single-character change of a real saved set.
    let json = a_full_set().to_json();
    let chars: Vec<char> = json.chars().collect();
    let mut loaded = 0;
    for end in 0..chars.len() {
        let cut: String = chars[..end].iter().collect();
        let _ = AnswerSet::from_json(&cut);
    }
    for i in 0..chars.len() {
        for replacement in ['"', '{', ']', '9', 'x', ',', '-', ' '] {
            let mut changed = chars.clone();
            changed[i] = replacement;
            let text: String = changed.into_iter().collect();
            if let Ok(l) = AnswerSet::from_json(&text) {
                // Whatever loads is a valid set the flow can resume from.
                let flow = Flow::resume(l.answers);
                let _ = flow.progress();
                loaded += 1;
            }
        }
    }
    assert!(loaded > 0);
}

#[test]
fn a_saved_set_missing_a_red_flag_answer_asks_it_again_first() {
    // What an app update that adds a warning sign looks like to a saved set: the new question
    // has no answer. The check must ask it before anything else, and not reassure meanwhile.
    let mut answers = a_full_set();
    answers.remove(Q::FluidLoss);
    let loaded = AnswerSet::from_json(&answers.to_json()).expect("readable");
    let flow = Flow::resume(loaded.answers.clone());
    assert_eq!(flow.current().map(|q| q.id), Some(Q::FluidLoss));
    assert!(!flow.is_finished());
    assert!(flow.outcome().is_none());
    let outcome = evaluate(&loaded.answers);
    assert!(outcome.disposition >= Disposition::Routine);
    assert!(outcome.unanswered.contains(&Q::FluidLoss));
}

/// A set saved by the release before the warning signs were split (schema 1), exactly as that
/// release wrote it: every warning sign no, a typical pattern, a statin.
const SAVED_BY_SCHEMA_1: &str = r#"{"answers":{"activity":["none"],"age":"60-79","breathless-chest-pain":"no","conditions":["none"],"cramp-over-10-min":"no","daytime-tiredness":"no","duration":"1-10-min","fluids":["none"],"frequency":"1-2-a-week","legs":"both-or-either","medicines":["statin"],"muscles":["calf","other-places"],"numbness":"no","since":"over-3-months","sleep-nights":1,"sudden-weakness":"yes","swollen-red-warm-leg":"no","time-of-day":"mostly-night","toxin-or-wound":"no","tried":["none"],"walking-pain":"no","weakness-wasting-twitching":"no","dark-urine":"no"},"version":1}"#;

#[test]
fn a_schema_1_set_loads_and_asks_every_warning_sign_again() {
    let loaded = AnswerSet::from_json(SAVED_BY_SCHEMA_1).expect("schema 1 still loads");
    assert!(loaded.notes.contains(&LoadNote::WarningSignsAskedAgain));
    assert!(loaded
        .notes
        .iter()
        .any(|n| n.message().contains("asked them again")));
    // The old answers that still mean the same are kept.
    assert_eq!(loaded.answers.choice(Q::AgeBand), Some(Choice::Age60To79));
    assert!(loaded.answers.has(Q::Medicines, Choice::Statin));
    assert_eq!(loaded.answers.number(Q::SleepNights), Some(1));
    // "Other places" moved to its own warning sign, so the muscles are asked again.
    assert!(loaded.notes.contains(&LoadNote::Unreadable(Q::Muscles)));
    // No old warning-sign answer survives, so the old "yes" to sudden weakness cannot be read
    // with its new meaning: every sign is asked again, starting with the first.
    for q in night_cramps::assessment::QUESTIONS
        .iter()
        .filter(|q| q.section == night_cramps::assessment::Section::RedFlags)
    {
        assert!(!loaded.answers.is_answered(q.id), "{:?}", q.id);
    }
    let flow = Flow::resume(loaded.answers.clone());
    assert_eq!(flow.current().map(|q| q.id), Some(Q::BreathlessChestPain));
    assert!(evaluate(&loaded.answers).disposition >= Disposition::Routine);
    // Saved again, it is schema 2 and loads without notes.
    let again = AnswerSet::from_json(&loaded.answers.to_json()).expect("own format");
    assert!(again.notes.is_empty());
}

#[test]
fn not_sure_is_saved_and_still_counts_after_loading() {
    let mut answers = a_full_set();
    answers
        .set(Q::SuddenWeakness, Answer::one(Choice::NotSure))
        .expect("valid");
    let loaded = AnswerSet::from_json(&answers.to_json()).expect("readable");
    assert!(loaded
        .answers
        .to_json()
        .contains("\"sudden-weakness\":\"not-sure\""));
    let outcome = evaluate(&loaded.answers);
    assert_eq!(outcome.disposition, Disposition::Urgent);
    assert!(outcome.has_not_sure());
    assert!(outcome.plan.is_none());
}
