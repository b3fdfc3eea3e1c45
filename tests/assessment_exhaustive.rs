//! Exhaustive safety properties of the assessment.
//!
//! # What is enumerated, and why that covers every combination
//!
//! Walking the real flow with every value of every question is ~10^16 paths (the medicines
//! question alone has 2050 valid selections), so the walk uses a documented reduction:
//!
//! - Two options of a question are *interchangeable* when triage gives them the same level
//!   (the most urgent `RULES` entry naming them, or none) and the same enable-conditions
//!   name them. Triage is "the most urgent level any single answer reaches" (each rule looks
//!   at one answer; see `assessment::triage`), and enable-conditions decide which questions
//!   are asked, so swapping interchangeable options cannot change the disposition, whether
//!   reasons exist, or the shape of the flow. Which option it was only changes the wording of
//!   a reason, a factor or a plan item.
//! - So `every_flow_path_is_safe` walks the real flow with: every value of every yes/no and
//!   number question; one option per interchangeable class for one-choice questions; every
//!   non-empty subset of class representatives, plus each exclusive option alone, for
//!   several-choice questions. The classes are computed from the rule tables, not written by
//!   hand, so a new rule widens the walk by itself.
//! - `the_reduction_is_sound_for_every_value_of_every_question` then checks the claim itself:
//!   for every question and *every* value (every subset of every several-choice question),
//!   over a sample of finished checks, the value and its class representative give the same
//!   disposition and the same questions among the reasons.
//! - `any_combination_of_red_flags_gives_the_most_urgent` covers answer sets the flow cannot
//!   produce (e.g. loaded from storage): every one of the 64 combinations of red-flag answers
//!   on top of finished checks.
//!
//! Properties asserted on every path: a red-flag yes gives that flag's urgency or higher (so
//! Emergency or Urgent); no red-flag yes never gives Emergency; every outcome has at least one
//! reason and every reason is a real answer; the check is complete; no plan with a red flag;
//! evaluating twice (and after a save/load round trip, on a sample) gives the same outcome.

mod assessment_support;

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Instant;

use assessment_support::{all_values, frontier, random_check, walk};
use night_cramps::assessment::questions::{red_flag_disposition, Choice};
use night_cramps::assessment::{
    evaluate, Answer, AnswerSet, Condition, Disposition, Enable, Flow, Kind, Outcome, Question,
    QuestionId, ReasonValue, Section, QUESTIONS, RULES,
};

/// What triage and the flow can tell about one option: its triage level and the questions
/// whose enable-condition names it.
fn class_of(q: &Question, c: Choice) -> (Option<Disposition>, Vec<QuestionId>) {
    let level = if q.section == Section::RedFlags {
        (c == Choice::Yes).then(|| red_flag_disposition(q.id))
    } else {
        RULES
            .iter()
            .filter(|r| matches!(r.when, Condition::Chose(id, cs) if id == q.id && cs.contains(&c)))
            .map(|r| r.gives)
            .max()
    };
    let enables = QUESTIONS
        .iter()
        .filter(|x| matches!(x.enable, Enable::If(Condition::Chose(id, cs)) if id == q.id && cs.contains(&c)))
        .map(|x| x.id)
        .collect();
    (level, enables)
}

/// The representative (first option in its class) of each option.
fn representative(q: &Question, c: Choice) -> Choice {
    let class = class_of(q, c);
    let exclusive = q.options().iter().any(|o| o.choice == c && o.exclusive);
    if exclusive {
        return c; // exclusive options are each walked on their own
    }
    q.options()
        .iter()
        .filter(|o| !o.exclusive)
        .find(|o| class_of(q, o.choice) == class)
        .map_or(c, |o| o.choice)
}

fn representative_answer(q: &Question, a: &Answer) -> Answer {
    match a {
        Answer::Choice(c) => Answer::Choice(representative(q, *c)),
        Answer::Choices(set) => {
            Answer::Choices(set.iter().map(|c| representative(q, *c)).collect())
        }
        Answer::Number(n) => {
            // The start of the stretch `n` falls in (see `reduced_values`).
            let start = reduced_values(q)
                .into_iter()
                .filter_map(|a| match a {
                    Answer::Number(s) if s <= *n => Some(s),
                    _ => None,
                })
                .max()
                .unwrap_or(*n);
            Answer::Number(start)
        }
    }
}

/// The values walked for each question (see the module docs).
fn reduced_values(q: &Question) -> Vec<Answer> {
    match q.kind {
        Kind::YesNo => all_values(q),
        // Numbers: the lowest value of each stretch that no `AtLeast` threshold splits.
        Kind::Number { min, .. } => {
            let mut starts: Vec<u16> = vec![min];
            starts.extend(RULES.iter().filter_map(|r| match r.when {
                Condition::AtLeast(id, n) if id == q.id => Some(n),
                _ => None,
            }));
            starts.sort();
            starts.dedup();
            starts.into_iter().map(Answer::number).collect()
        }
        Kind::Single(options) => {
            let mut reps: Vec<Choice> = options
                .iter()
                .map(|o| representative(q, o.choice))
                .collect();
            reps.dedup();
            reps.sort();
            reps.dedup();
            reps.into_iter().map(Answer::one).collect()
        }
        Kind::Multi(options) => {
            let mut reps: Vec<Choice> = options
                .iter()
                .filter(|o| !o.exclusive)
                .map(|o| representative(q, o.choice))
                .collect();
            reps.sort();
            reps.dedup();
            let mut values: Vec<Answer> = (1u32..(1 << reps.len()))
                .map(|mask| {
                    Answer::many(
                        reps.iter()
                            .enumerate()
                            .filter(|(i, _)| mask & (1 << i) != 0)
                            .map(|(_, c)| *c),
                    )
                })
                .collect();
            values.extend(
                options
                    .iter()
                    .filter(|o| o.exclusive)
                    .map(|o| Answer::many([o.choice])),
            );
            values
        }
    }
}

/// The properties every finished check must have. Returns the outcome for tallying.
fn check_path(flow: &Flow, again: bool) -> Outcome {
    let answers = flow.answers();
    let outcome = flow.outcome().expect("a leaf of the walk is finished");
    let yes_flags: Vec<QuestionId> = QUESTIONS
        .iter()
        .filter(|q| q.section == Section::RedFlags && answers.choice(q.id) == Some(Choice::Yes))
        .map(|q| q.id)
        .collect();
    for flag in &yes_flags {
        assert!(
            outcome.disposition >= red_flag_disposition(*flag)
                && outcome.disposition >= Disposition::Urgent,
            "red flag {flag:?} answered yes gave {:?}: {answers:?}",
            outcome.disposition
        );
    }
    if yes_flags.is_empty() {
        assert_ne!(
            outcome.disposition,
            Disposition::Emergency,
            "Emergency without a red flag: {answers:?}"
        );
        if outcome.disposition == Disposition::Urgent {
            // Same-day advice without a red flag only from the evidence sheet's urgent signs.
            let urgent_signs = [
                QuestionId::Duration,
                QuestionId::Muscles,
                QuestionId::Fluids,
            ];
            assert!(
                outcome
                    .because
                    .iter()
                    .all(|r| urgent_signs.contains(&r.question)),
                "{:?}",
                outcome.because
            );
        }
        assert!(
            outcome.plan.is_some(),
            "a plan whenever there is no red flag"
        );
    } else {
        assert!(outcome.plan.is_none(), "no self-care plan with a red flag");
    }
    assert!(!outcome.because.is_empty(), "no reason given: {answers:?}");
    for reason in &outcome.because {
        match reason.value {
            ReasonValue::Choice(c) => assert!(
                answers.has(reason.question, c),
                "reason {reason:?} was not answered"
            ),
            ReasonValue::Number(n) => assert_eq!(answers.number(reason.question), Some(n)),
            ReasonValue::NotAnswered => {
                panic!("a finished check has an unanswered question: {reason:?}")
            }
        }
    }
    assert!(
        outcome.is_complete(),
        "finished but incomplete: {:?}",
        outcome.unanswered
    );
    if again {
        assert_eq!(
            evaluate(answers),
            outcome,
            "evaluation is not deterministic"
        );
        let loaded = AnswerSet::from_json(&answers.to_json()).expect("own format");
        assert!(loaded.notes.is_empty());
        assert_eq!(
            evaluate(&loaded.answers),
            outcome,
            "a save/load round trip changed the outcome"
        );
    }
    outcome
}

#[test]
fn every_flow_path_is_safe() {
    let started = Instant::now();
    // Split the walk into independent sub-walks and share them across the cores.
    let jobs = Mutex::new(frontier(&Flow::new(), 10, &reduced_values));
    let tally: Mutex<BTreeMap<Disposition, u64>> = Mutex::new(BTreeMap::new());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut local: BTreeMap<Disposition, u64> = BTreeMap::new();
                let mut n: u64 = 0;
                // The closure drops the lock before the walk starts.
                let next_job = || jobs.lock().ok().and_then(|mut j| j.pop());
                while let Some(mut job) = next_job() {
                    walk(&mut job, &reduced_values, &mut |leaf| {
                        n += 1;
                        // Re-evaluating (and a save/load round trip) on every 37th path keeps the run short.
                        let outcome = check_path(leaf, n % 37 == 0);
                        *local.entry(outcome.disposition).or_default() += 1;
                    });
                }
                if let Ok(mut t) = tally.lock() {
                    for (d, c) in local {
                        *t.entry(d).or_default() += c;
                    }
                }
            });
        }
    });
    let tally = tally
        .into_inner()
        .expect("no thread panicked while holding the tally");
    let total: u64 = tally.values().sum();
    eprintln!(
        "every_flow_path_is_safe: {total} complete answer combinations walked through the flow in {:.1?} on {threads} threads; by disposition: {tally:?}",
        started.elapsed()
    );
    // Every disposition is reachable, so the walk is not trivially passing.
    for d in Disposition::ALL {
        assert!(
            tally.get(&d).copied().unwrap_or(0) > 0,
            "{d:?} never reached"
        );
    }
}

/// Finished checks without a red flag, as backgrounds: pseudo-random walks of the flow where
/// every other question takes any of its values.
fn sample_checks(count: usize) -> Vec<AnswerSet> {
    (1..=count as u64)
        .map(|seed| random_check(seed).answers().clone())
        .collect()
}

#[test]
fn the_reduction_is_sound_for_every_value_of_every_question() {
    let started = Instant::now();
    let backgrounds = sample_checks(40);
    let mut compared = 0u64;
    for q in QUESTIONS.iter().filter(|q| q.section != Section::RedFlags) {
        for value in all_values(q) {
            let rep = representative_answer(q, &value);
            for background in backgrounds.iter().filter(|b| b.is_answered(q.id)) {
                let mut with_value = background.clone();
                with_value.set(q.id, value.clone()).expect("valid value");
                let mut with_rep = background.clone();
                with_rep
                    .set(q.id, rep.clone())
                    .expect("a representative is a valid value");
                let a = evaluate(&with_value);
                let b = evaluate(&with_rep);
                assert_eq!(
                    a.disposition, b.disposition,
                    "{:?}: {value:?} and {rep:?} differ",
                    q.id
                );
                let questions = |o: &Outcome| {
                    o.because
                        .iter()
                        .map(|r| r.question)
                        .collect::<std::collections::BTreeSet<_>>()
                };
                assert_eq!(
                    questions(&a),
                    questions(&b),
                    "{:?}: {value:?} and {rep:?} differ in reasons",
                    q.id
                );
                assert!(!a.because.is_empty());
                assert_ne!(a.disposition, Disposition::Emergency);
                compared += 1;
            }
        }
    }
    eprintln!(
        "the_reduction_is_sound_for_every_value_of_every_question: {compared} value/representative pairs over {} backgrounds in {:.1?}",
        backgrounds.len(),
        started.elapsed()
    );
}

#[test]
fn any_combination_of_red_flags_gives_the_most_urgent() {
    let flags: Vec<QuestionId> = QUESTIONS
        .iter()
        .filter(|q| q.section == Section::RedFlags)
        .map(|q| q.id)
        .collect();
    let backgrounds = sample_checks(40);
    let mut checked = 0u64;
    for mask in 0u32..(1 << flags.len()) {
        for background in &backgrounds {
            let mut answers = background.clone();
            for (i, flag) in flags.iter().enumerate() {
                let answer = if mask & (1 << i) != 0 {
                    Answer::yes()
                } else {
                    Answer::no()
                };
                answers.set(*flag, answer).expect("valid");
            }
            let outcome = evaluate(&answers);
            let most_urgent = flags
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, f)| red_flag_disposition(*f))
                .max();
            match most_urgent {
                Some(level) => {
                    assert_eq!(outcome.disposition, level, "flags {mask:06b}");
                    assert!(outcome.plan.is_none());
                    assert!(outcome
                        .because
                        .iter()
                        .all(|r| r.question.red_flag_id().is_some()));
                }
                None => assert_ne!(outcome.disposition, Disposition::Emergency),
            }
            assert!(!outcome.because.is_empty());
            checked += 1;
        }
    }
    eprintln!("any_combination_of_red_flags_gives_the_most_urgent: {checked} answer sets");
}
