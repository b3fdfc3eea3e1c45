//! The flow as a user walks it: one question at a time, Back keeps answers, a change drops the
//! answers it made irrelevant (and says so), a red-flag "yes" ends the check early.

mod assessment_support;

use assessment_support::run;
use night_cramps::assessment::questions::red_flag_disposition;
use night_cramps::assessment::{
    Answer, AnswerError, Choice, Disposition, Flow, NextError, QuestionId as Q, Section, QUESTIONS,
};

/// Answers the current question and moves on.
fn step(flow: &mut Flow, answer: Answer) -> Vec<Q> {
    let q = flow.current().expect("a question").id;
    let dropped = flow.answer(q, answer).expect("valid");
    flow.next().expect("answered");
    dropped
}

/// Answers every red flag no.
fn past_red_flags() -> Flow {
    let mut flow = Flow::new();
    while flow
        .current()
        .is_some_and(|q| q.section == Section::RedFlags)
    {
        step(&mut flow, Answer::no());
    }
    flow
}

/// Walks forward answering no / first option until standing on `target`.
fn walk_to(flow: &mut Flow, target: Q, answers: &[(Q, Answer)]) {
    while let Some(q) = flow.current() {
        if q.id == target {
            return;
        }
        let answer = answers
            .iter()
            .find(|(id, _)| *id == q.id)
            .map(|(_, a)| a.clone())
            .unwrap_or_else(|| assessment_support::default_answer(q));
        step(flow, answer);
    }
    panic!("never reached {target:?}");
}

#[test]
fn a_new_check_starts_on_the_first_red_flag() {
    let flow = Flow::new();
    let q = flow.current().expect("a question");
    assert_eq!(q.section, Section::RedFlags);
    assert_eq!(q.id, QUESTIONS[0].id);
    assert!(!flow.is_finished());
    assert!(
        flow.outcome().is_none(),
        "no result before the check is finished"
    );
    assert_eq!(flow.progress().0, 1);
}

#[test]
fn next_needs_an_answer_first() {
    let mut flow = Flow::new();
    assert_eq!(flow.next(), Err(NextError::NeedsAnswer));
    assert!(!NextError::NeedsAnswer.message().is_empty());
}

#[test]
fn an_answer_must_be_for_the_question_on_screen() {
    let mut flow = Flow::new();
    let err = flow
        .answer(Q::AgeBand, Answer::one(Choice::Age18To39))
        .unwrap_err();
    assert!(matches!(
        err,
        AnswerError::NotCurrent {
            got: Q::AgeBand,
            ..
        }
    ));
    assert!(flow.answers().is_empty());
}

#[test]
fn answers_that_do_not_fit_are_refused_with_a_plain_message() {
    let mut flow = past_red_flags();
    walk_to(&mut flow, Q::Muscles, &[]);
    for (bad, expected) in [
        (Answer::many([]), AnswerError::NothingChosen),
        (Answer::number(3), AnswerError::WrongKind),
        (
            Answer::many([Choice::Yes]),
            AnswerError::NotAnOption(Choice::Yes),
        ),
    ] {
        let err = flow.answer(Q::Muscles, bad).unwrap_err();
        assert_eq!(err, expected);
        assert!(!err.message().is_empty());
    }
    walk_to(&mut flow, Q::SleepNights, &[]);
    let err = flow.answer(Q::SleepNights, Answer::number(8)).unwrap_err();
    assert_eq!(err.message(), "Enter a whole number from 0 to 7.");
    walk_to(&mut flow, Q::Conditions, &[]);
    let err = flow
        .answer(
            Q::Conditions,
            Answer::many([Choice::NoneOfThese, Choice::Diabetes]),
        )
        .unwrap_err();
    assert!(matches!(err, AnswerError::ExclusiveCombined(_)));
    assert!(err.message().contains("None of these"));
    assert!(
        !flow.answers().is_answered(Q::Conditions),
        "a refused answer is not recorded"
    );
}

#[test]
fn changing_age_to_80_plus_drops_the_pregnancy_answers() {
    let mut flow = past_red_flags();
    walk_to(
        &mut flow,
        Q::Activity,
        &[
            (Q::AgeBand, Answer::one(Choice::Age18To39)),
            (Q::Pregnant, Answer::yes()),
        ],
    );
    assert!(flow.answers().is_answered(Q::Pregnant));
    assert!(flow.answers().is_answered(Q::Trimester));
    // Back to the age question, keeping answers on the way.
    while flow.current().map(|q| q.id) != Some(Q::AgeBand) {
        assert!(flow.back());
    }
    assert_eq!(flow.current_answer(), Some(&Answer::one(Choice::Age18To39)));
    let dropped = flow
        .answer(Q::AgeBand, Answer::one(Choice::Age80Plus))
        .expect("valid");
    assert_eq!(dropped, vec![Q::Pregnant, Q::Trimester]);
    assert!(!flow.answers().is_answered(Q::Pregnant));
    assert!(!flow.answers().is_answered(Q::Trimester));
    flow.next().expect("answered");
    assert_eq!(
        flow.current().map(|q| q.id),
        Some(Q::Activity),
        "pregnancy is no longer asked"
    );
}

#[test]
fn unticking_water_tablets_drops_which_water_tablet() {
    let mut flow = past_red_flags();
    walk_to(
        &mut flow,
        Q::Tried,
        &[
            (
                Q::Medicines,
                Answer::many([Choice::WaterTablet, Choice::Statin]),
            ),
            (Q::DiureticType, Answer::many([Choice::Thiazide])),
        ],
    );
    flow.back();
    flow.back();
    assert_eq!(flow.current().map(|q| q.id), Some(Q::Medicines));
    let dropped = flow
        .answer(Q::Medicines, Answer::many([Choice::Statin]))
        .expect("valid");
    assert_eq!(dropped, vec![Q::DiureticType]);
    flow.next().expect("answered");
    assert_eq!(flow.current().map(|q| q.id), Some(Q::Tried));
}

#[test]
fn choosing_nothing_tried_drops_how_it_went() {
    let mut flow = past_red_flags();
    walk_to(
        &mut flow,
        Q::Improvement,
        &[(Q::Tried, Answer::many([Choice::Stretching]))],
    );
    step(&mut flow, Answer::one(Choice::NoBetter));
    assert!(flow.is_finished());
    flow.back();
    flow.back();
    let dropped = flow
        .answer(Q::Tried, Answer::many([Choice::NoneOfThese]))
        .expect("valid");
    assert_eq!(dropped, vec![Q::Improvement]);
    flow.next().expect("answered");
    assert!(flow.is_finished());
}

#[test]
fn a_red_flag_yes_ends_the_check_early_with_its_urgency() {
    let flags: Vec<Q> = QUESTIONS
        .iter()
        .filter(|q| q.section == Section::RedFlags)
        .map(|q| q.id)
        .collect();
    for (i, flag) in flags.iter().enumerate() {
        let mut flow = Flow::new();
        for _ in 0..i {
            step(&mut flow, Answer::no());
        }
        assert_eq!(flow.current().map(|q| q.id), Some(*flag));
        step(&mut flow, Answer::yes());
        // Only red flags that could make it more urgent may still be asked.
        while let Some(q) = flow.current() {
            assert_eq!(
                q.section,
                Section::RedFlags,
                "after {flag:?}=yes the check went on to {:?}",
                q.id
            );
            assert!(red_flag_disposition(q.id) > red_flag_disposition(*flag));
            step(&mut flow, Answer::no());
        }
        let outcome = flow.outcome().expect("finished");
        assert_eq!(outcome.disposition, red_flag_disposition(*flag), "{flag:?}");
        assert!(outcome.because.iter().any(|r| r.question == *flag));
        assert!(outcome.plan.is_none(), "no self-care plan with a red flag");
        let card = outcome.care_card().expect("a care card for every red flag");
        assert_eq!(Some(card.urgency), outcome.disposition.urgency());
    }
}

#[test]
fn the_emergency_signs_come_before_the_urgent_ones() {
    let levels: Vec<Disposition> = QUESTIONS
        .iter()
        .filter(|q| q.section == Section::RedFlags)
        .map(|q| red_flag_disposition(q.id))
        .collect();
    let mut sorted = levels.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(
        levels, sorted,
        "a yes must never stop before a more urgent sign"
    );
}

#[test]
fn not_sure_about_an_emergency_sign_still_asks_the_other_emergency_signs() {
    let mut flow = Flow::new();
    assert_eq!(flow.current().map(|q| q.id), Some(Q::BreathlessChestPain));
    step(&mut flow, Answer::one(Choice::NotSure));
    // Every other emergency sign is still asked (each could raise it to 999) ...
    let mut asked = Vec::new();
    while let Some(q) = flow.current() {
        assert_eq!(q.section, Section::RedFlags);
        assert_eq!(red_flag_disposition(q.id), Disposition::Emergency);
        asked.push(q.id);
        step(&mut flow, Answer::no());
    }
    assert_eq!(asked.len(), 6);
    // ... and the result is same-day advice that says what to do for "not sure".
    let outcome = flow.outcome().expect("finished");
    assert_eq!(outcome.disposition, Disposition::Urgent);
    assert!(outcome.has_not_sure());
    assert!(outcome.plan.is_none());
    // A later yes to an emergency sign wins.
    assert!(flow.go_to(Q::DarkUrine));
    flow.answer(Q::DarkUrine, Answer::yes()).expect("valid");
    flow.next().expect("answered");
    assert!(flow.is_finished());
    assert_eq!(
        flow.outcome().map(|o| o.disposition),
        Some(Disposition::Emergency)
    );
}

#[test]
fn changing_a_red_flag_to_yes_later_drops_everything_after_it_and_says_so() {
    let mut flow = run(&[(Q::AgeBand, Answer::one(Choice::Age40To59))]);
    let before = flow.answers().len();
    while flow.current().map(|q| q.id) != Some(Q::DarkUrine) {
        assert!(flow.back());
    }
    let dropped = flow.answer(Q::DarkUrine, Answer::yes()).expect("valid");
    assert!(dropped.contains(&Q::AgeBand) && dropped.contains(&Q::TetanusSigns));
    assert_eq!(flow.answers().len(), before - dropped.len());
    flow.next().expect("answered");
    assert!(flow.is_finished(), "straight to the result");
    assert_eq!(
        flow.outcome().map(|o| o.disposition),
        Some(Disposition::Emergency)
    );
    // Back and change it to no: the check carries on from the next flag.
    assert!(flow.back());
    flow.answer(Q::DarkUrine, Answer::no()).expect("valid");
    flow.next().expect("answered");
    assert_eq!(flow.current().map(|q| q.id), Some(Q::TetanusSigns));
}

#[test]
fn back_keeps_answers_and_forward_shows_them_again() {
    let mut flow = past_red_flags();
    step(&mut flow, Answer::one(Choice::Nightly));
    step(&mut flow, Answer::many([Choice::Calf]));
    assert!(flow.back());
    assert_eq!(flow.current_answer(), Some(&Answer::many([Choice::Calf])));
    assert!(flow.back());
    assert_eq!(flow.current().map(|q| q.id), Some(Q::Frequency));
    assert_eq!(flow.current_answer(), Some(&Answer::one(Choice::Nightly)));
    flow.next().expect("still answered");
    assert_eq!(flow.current_answer(), Some(&Answer::many([Choice::Calf])));
}

#[test]
fn back_from_the_result_returns_to_the_last_question_and_not_before_the_first() {
    let mut flow = run(&[]);
    assert!(flow.is_finished());
    assert!(flow.back());
    assert_eq!(flow.current().map(|q| q.id), Some(Q::Tried));
    assert!(flow.outcome().is_none());
    let mut first = Flow::new();
    assert!(!first.back());
    assert_eq!(first.current().map(|q| q.id), Some(QUESTIONS[0].id));
}

#[test]
fn progress_counts_up_and_grows_with_a_follow_up() {
    let mut flow = past_red_flags();
    let (n, total) = flow.progress();
    assert_eq!(n, 14);
    walk_to(&mut flow, Q::AgeBand, &[]);
    let (_, before) = flow.progress();
    assert!(before >= total);
    step(&mut flow, Answer::one(Choice::Age18To39));
    let (_, with_pregnancy) = flow.progress();
    assert_eq!(
        with_pregnancy,
        before + 1,
        "the pregnancy question is added"
    );
    step(&mut flow, Answer::yes());
    assert_eq!(flow.progress().1, before + 2, "and the trimester");
    let mut last = flow.progress().0;
    while flow.current().is_some() {
        let q = flow.current().expect("question");
        step(&mut flow, assessment_support::default_answer(q));
        let (n, total) = flow.progress();
        assert!(n > last || flow.is_finished());
        assert!(n <= total);
        last = n;
    }
    let (n, total) = flow.progress();
    assert_eq!(n, total);
}

#[test]
fn resume_continues_at_the_first_unanswered_question() {
    let finished = run(&[]);
    let mut partial = finished.answers().clone();
    partial.remove(Q::Legs);
    let flow = Flow::resume(partial);
    assert_eq!(flow.current().map(|q| q.id), Some(Q::Legs));
    assert!(Flow::resume(finished.answers().clone()).is_finished());
}

#[test]
fn go_to_reaches_answered_questions_but_cannot_skip_ahead() {
    let mut flow = past_red_flags();
    step(&mut flow, Answer::one(Choice::Nightly));
    assert!(!flow.go_to(Q::Tried), "cannot skip unanswered questions");
    assert!(
        !flow.go_to(Q::Trimester),
        "cannot reach a question that is not asked"
    );
    assert!(flow.go_to(Q::ColdPaleLeg));
    assert_eq!(flow.current().map(|q| q.id), Some(Q::ColdPaleLeg));
    let mut done = run(&[]);
    assert!(done.go_to(Q::Frequency));
    assert!(!done.is_finished());
}

#[test]
fn ticking_none_of_these_clears_the_others_and_vice_versa() {
    let q = Q::Conditions.question();
    let set = q.toggle(&Default::default(), Choice::Diabetes);
    let set = q.toggle(&set, Choice::Thyroid);
    assert_eq!(set.len(), 2);
    let none = q.toggle(&set, Choice::NoneOfThese);
    assert_eq!(
        none.into_iter().collect::<Vec<_>>(),
        vec![Choice::NoneOfThese]
    );
    let back = q.toggle(
        &[Choice::NoneOfThese].into_iter().collect(),
        Choice::Diabetes,
    );
    assert_eq!(back.into_iter().collect::<Vec<_>>(), vec![Choice::Diabetes]);
    let untick = q.toggle(&[Choice::Diabetes].into_iter().collect(), Choice::Diabetes);
    assert!(untick.is_empty());
}

#[test]
fn the_outcome_is_only_available_when_finished() {
    let mut flow = past_red_flags();
    assert!(flow.outcome().is_none());
    walk_to(&mut flow, Q::Tried, &[]);
    assert!(flow.outcome().is_none());
    step(&mut flow, Answer::many([Choice::NoneOfThese]));
    assert!(flow.outcome().is_some());
}
