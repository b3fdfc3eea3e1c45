//! The check page's reducer, tested natively: the actions a person takes and what the page then
//! shows and stores.

use super::*;
use crate::assessment::{Disposition, QuestionId as Q};

fn run(state: CheckState, actions: impl IntoIterator<Item = CheckAction>) -> CheckState {
    let mut s = state;
    for a in actions {
        s.apply(a);
    }
    s
}

fn started() -> CheckState {
    run(
        CheckState::default(),
        [CheckAction::Found(Found::Nothing), CheckAction::Start],
    )
}

/// Answers the current question plainly: no for yes/no and warning signs, the first
/// option, the last checkbox, the minimum number.
fn answer_plainly(s: &mut CheckState) {
    let Some(q) = s.flow.current() else { return };
    if q.red_flag().is_some() {
        s.apply(CheckAction::Choose(Choice::No));
        s.apply(CheckAction::Next);
        return;
    }
    match q.kind {
        Kind::YesNo => s.apply(CheckAction::Choose(Choice::No)),
        Kind::Single(o) => s.apply(CheckAction::Choose(o[0].choice)),
        Kind::Multi(o) => s.apply(CheckAction::Toggle(o[o.len() - 1].choice)),
        Kind::Number { min, .. } => s.apply(CheckAction::Type(min.to_string())),
    }
    s.apply(CheckAction::Next);
}

#[test]
fn the_first_render_is_the_introduction_and_touches_no_storage() {
    let s = CheckState::default();
    assert_eq!(s.stage(), Stage::Intro);
    assert_eq!(s.storage_plan(), StoragePlan::Leave);
    let s = run(s, [CheckAction::Found(Found::Nothing)]);
    assert_eq!(
        s.storage_plan(),
        StoragePlan::Leave,
        "never opted in: nothing written or removed"
    );
}

#[test]
fn next_without_an_answer_says_so_and_stays() {
    let s = run(started(), [CheckAction::Next]);
    assert_eq!(s.stage(), Stage::Question);
    assert_eq!(s.flow.current().map(|q| q.id), Some(Q::BreathlessChestPain));
    assert!(s.error.is_some());
}

#[test]
fn a_red_flag_yes_goes_to_the_result() {
    let s = run(
        started(),
        [
            CheckAction::Choose(Choice::No),
            CheckAction::Next,
            CheckAction::Choose(Choice::Yes),
            CheckAction::Next,
        ],
    );
    assert_eq!(s.stage(), Stage::Result);
    assert_eq!(
        s.flow.outcome().map(|o| o.disposition),
        Some(Disposition::Emergency)
    );
}

#[test]
fn back_keeps_answers_and_prefills_them_and_back_from_the_first_question_is_the_intro() {
    let mut s = started();
    answer_plainly(&mut s);
    s.apply(CheckAction::Back);
    assert_eq!(s.flow.current().map(|q| q.id), Some(Q::BreathlessChestPain));
    assert_eq!(s.draft.choice, Some(Choice::No));
    s.apply(CheckAction::Back);
    assert_eq!(s.stage(), Stage::Intro);
    assert_eq!(s.flow.answers().len(), 1);
    let screen = s.screen;
    s.apply(CheckAction::Start);
    assert_eq!(s.draft.choice, Some(Choice::No));
    assert!(s.screen > screen, "focus moves on every new screen");
}

#[test]
fn a_changed_answer_reports_the_answers_it_dropped() {
    let mut s = started();
    while s.flow.current().map(|q| q.id) != Some(Q::AgeBand) {
        answer_plainly(&mut s);
    }
    s.apply(CheckAction::Choose(Choice::Age18To39));
    s.apply(CheckAction::Next);
    s.apply(CheckAction::Choose(Choice::Yes)); // pregnant
    s.apply(CheckAction::Next);
    s.apply(CheckAction::Choose(Choice::ThirdTrimester));
    s.apply(CheckAction::Next);
    s.apply(CheckAction::Change(Q::AgeBand));
    assert_eq!(s.draft.choice, Some(Choice::Age18To39));
    s.apply(CheckAction::Choose(Choice::Age80Plus));
    s.apply(CheckAction::Next);
    assert_eq!(s.dropped, [Q::Pregnant, Q::Trimester]);
    assert_eq!(s.flow.current().map(|q| q.id), Some(Q::Activity));
}

#[test]
fn a_bad_number_is_explained() {
    let mut s = started();
    while s.flow.current().map(|q| q.id) != Some(Q::SleepNights) {
        answer_plainly(&mut s);
    }
    for bad in ["9", "two", "-1"] {
        s.apply(CheckAction::Type(bad.into()));
        s.apply(CheckAction::Next);
        assert_eq!(
            s.flow.current().map(|q| q.id),
            Some(Q::SleepNights),
            "{bad}"
        );
        assert!(
            s.error.as_deref().is_some_and(|e| e.contains("0 to 7")),
            "{bad}: {:?}",
            s.error
        );
    }
    s.apply(CheckAction::Type(" 3 ".into()));
    s.apply(CheckAction::Next);
    assert_eq!(s.error, None);
}

#[test]
fn saving_writes_only_when_chosen_and_erasing_removes() {
    let mut s = started();
    answer_plainly(&mut s);
    assert_eq!(s.storage_plan(), StoragePlan::Leave);
    s.apply(CheckAction::SetSave(true));
    assert!(
        matches!(s.storage_plan(), StoragePlan::Write { ref answers, finished: false } if answers.len() == 1)
    );
    s.apply(CheckAction::SetSave(false));
    assert_eq!(s.storage_plan(), StoragePlan::Remove);
    assert!(s.notes.iter().any(|n| n == screen_text::ERASED));
}

#[test]
fn saved_answers_are_offered_and_not_overwritten_until_chosen() {
    let mut answers = AnswerSet::new();
    assert!(answers.set(Q::BreathlessChestPain, Answer::no()).is_ok());
    let s = run(
        CheckState::default(),
        [CheckAction::Found(Found::Answers(Loaded {
            answers,
            notes: vec![],
        }))],
    );
    assert!(s.saving.on);
    assert!(s.offer.is_some());
    assert_eq!(s.storage_plan(), StoragePlan::Leave);
    let resumed = run(s.clone(), [CheckAction::Continue]);
    assert_eq!(
        resumed.flow.current().map(|q| q.id),
        Some(Q::SuddenWeakness)
    );
    assert!(matches!(resumed.storage_plan(), StoragePlan::Write { .. }));
    let again = run(s, [CheckAction::StartAgain]);
    assert_eq!(
        again.flow.current().map(|q| q.id),
        Some(Q::BreathlessChestPain)
    );
    assert!(again.flow.answers().is_empty());
}

#[test]
fn answers_that_cannot_be_kept_aside_block_storage() {
    let s = run(
        CheckState::default(),
        [
            CheckAction::Found(Found::Refused {
                message: "m".into(),
                blocked: true,
            }),
            CheckAction::SetSave(true),
        ],
    );
    assert_eq!(s.storage_plan(), StoragePlan::Leave);
    assert_eq!(s.notes, ["m"]);
}

#[test]
fn a_whole_plain_check_finishes_with_a_result() {
    let mut s = started();
    for _ in 0..QUESTIONS.len() {
        answer_plainly(&mut s);
    }
    assert_eq!(s.stage(), Stage::Result);
    s.apply(CheckAction::SetSave(true));
    assert!(matches!(
        s.storage_plan(),
        StoragePlan::Write { finished: true, .. }
    ));
    s.apply(CheckAction::Back);
    assert_eq!(s.stage(), Stage::Question);
    s.apply(CheckAction::Next);
    assert_eq!(s.stage(), Stage::Result);
}
