//! Exhaustive safety properties of the assessment.
//!
//! # What is enumerated, and why that covers every combination
//!
//! Walking the real flow with every value of every question is ~10^16 paths (the medicines
//! question alone has 2050 valid selections), so the walk uses a documented reduction:
//!
//! - Every warning sign (red flag) is walked with all three answers: yes, no and not sure.
//! - Two options of any other question are *interchangeable* when the same conditions of the
//!   same `RULES` entries name them, and the same enable-conditions name them. Each rule is a
//!   conjunction of conditions that each look at one answer, so swapping interchangeable
//!   options cannot make any rule hold or fail differently, change the disposition, whether
//!   reasons exist, or the shape of the flow. Which option it was only changes the wording of a
//!   reason, a factor or a plan item.
//! - So `every_flow_path_is_safe` walks the real flow with: every value of every yes/no and
//!   warning-sign question; for number questions, the lowest value of each stretch no
//!   threshold splits; one option per interchangeable class for one-choice questions; every
//!   non-empty subset of class representatives, plus each exclusive option alone, for
//!   several-choice questions. The classes are computed from the rule tables, not written by
//!   hand, so a new rule widens the walk by itself.
//! - `the_reduction_is_sound_for_every_value_of_every_question` then checks the claim itself:
//!   for every question and *every* value (every subset of every several-choice question),
//!   over a sample of finished checks, the value and its class representative give the same
//!   disposition and the same questions among the reasons.
//! - `any_combination_of_red_flags_gives_the_most_urgent` covers answer sets the flow cannot
//!   produce (e.g. loaded from storage): all 3^13 = 1,594,323 combinations of warning-sign
//!   answers, on top of finished checks.
//!
//! Properties asserted everywhere ([`assert_safe`]): an emergency sign answered yes gives
//! Emergency; an urgent sign answered yes gives at least Urgent; "not sure" gives at least
//! same-day advice and the result says what to do for it; no warning sign raised never gives
//! Emergency or Urgent; no self-care plan with a warning sign; every outcome has a reason and
//! a safety net. On the walk also: every reason is a real answer; the check is complete;
//! evaluating twice (and after a save/load round trip, on a sample) gives the same outcome.

mod assessment_support;

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Instant;

use assessment_support::{all_values, frontier, random_check, walk};
use night_cramps::assessment::questions::{red_flag_disposition, Choice};
use night_cramps::assessment::{
    evaluate, Answer, AnswerSet, Condition, Disposition, Enable, Flow, Kind, Outcome, Question,
    QuestionId, ReasonValue, Section, NOT_SURE_LEVEL, QUESTIONS, RULES,
};

/// What triage and the flow can tell about one option: for a red flag, the level its answer
/// gives; otherwise every (rule, condition) of `RULES` that names it, and the questions whose
/// enable-condition names it. Rules are conjunctions of one-question conditions, so two options
/// named by exactly the same conditions make every rule hold or fail alike.
fn class_of(
    q: &Question,
    c: Choice,
) -> (Option<Disposition>, Vec<(usize, usize)>, Vec<QuestionId>) {
    if q.section == Section::RedFlags {
        let level = match c {
            Choice::Yes => Some(red_flag_disposition(q.id)),
            Choice::NotSure => Some(NOT_SURE_LEVEL),
            _ => None,
        };
        return (level, Vec::new(), Vec::new());
    }
    let mut named = Vec::new();
    for (i, rule) in RULES.iter().enumerate() {
        for (j, condition) in rule.when.iter().enumerate() {
            if matches!(condition, Condition::Chose(id, cs) if *id == q.id && cs.contains(&c)) {
                named.push((i, j));
            }
        }
    }
    let enables = QUESTIONS
        .iter()
        .filter(|x| matches!(x.enable, Enable::If(Condition::Chose(id, cs)) if id == q.id && cs.contains(&c)))
        .map(|x| x.id)
        .collect();
    (None, named, enables)
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
    if q.section == Section::RedFlags {
        // Yes, no and not sure: each is walked.
        return all_values(q);
    }
    match q.kind {
        Kind::YesNo => all_values(q),
        // Numbers: the lowest value of each stretch that no `AtLeast` threshold splits.
        Kind::Number { min, .. } => {
            let mut starts: Vec<u16> = vec![min];
            starts.extend(RULES.iter().flat_map(|r| r.when).filter_map(|c| match c {
                Condition::AtLeast(id, n) if *id == q.id => Some(*n),
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
    assert_safe(answers, &outcome);
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

/// The safety properties of the issue, for any answer set and its outcome:
/// - an emergency-level warning sign answered yes gives Emergency;
/// - an urgent-level one answered yes gives at least Urgent;
/// - "not sure" to any warning sign gives at least what the result page then says to do
///   ([`NOT_SURE_LEVEL`], "call 111 now"), and the page does say it unless it is an emergency;
/// - no warning sign raised never gives Emergency or Urgent, and always a plan;
/// - a raised warning sign never comes with a self-care plan;
/// - every outcome has a reason and a safety net.
fn assert_safe(answers: &AnswerSet, outcome: &Outcome) {
    let mut raised = false;
    for q in QUESTIONS.iter().filter(|q| q.section == Section::RedFlags) {
        match answers.choice(q.id) {
            Some(Choice::Yes) => {
                raised = true;
                let level = red_flag_disposition(q.id);
                assert!(
                    outcome.disposition >= level && outcome.disposition >= Disposition::Urgent,
                    "warning sign {:?} answered yes gave {:?}: {answers:?}",
                    q.id,
                    outcome.disposition
                );
            }
            Some(Choice::NotSure) => {
                raised = true;
                assert!(
                    outcome.disposition >= NOT_SURE_LEVEL,
                    "not sure about {:?} gave {:?}",
                    q.id,
                    outcome.disposition
                );
                assert!(
                    outcome.disposition == Disposition::Emergency || outcome.has_not_sure(),
                    "not sure about {:?}, but the result does not say what to do for it",
                    q.id
                );
            }
            _ => {}
        }
    }
    if raised {
        assert!(
            outcome.plan.is_none(),
            "no self-care plan with a warning sign"
        );
        assert!(outcome.disposition >= Disposition::Urgent);
    } else {
        assert!(
            outcome.disposition < Disposition::Urgent,
            "{:?} without a warning sign: {answers:?}",
            outcome.disposition
        );
        assert!(
            outcome.plan.is_some(),
            "a plan whenever there is no warning sign"
        );
    }
    assert!(!outcome.because.is_empty(), "no reason given: {answers:?}");
    assert!(!outcome.safety_net.is_empty(), "no safety net");
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
    let started = Instant::now();
    let flags: Vec<QuestionId> = QUESTIONS
        .iter()
        .filter(|q| q.section == Section::RedFlags)
        .map(|q| q.id)
        .collect();
    let values = [Answer::no(), Answer::yes(), Answer::one(Choice::NotSure)];
    // Every one of the 3^13 combinations of warning-sign answers, on top of a finished check:
    // the flow cannot produce most of them, but saved answers can.
    // Warning signs are read from the raw answers, so one background is enough; a second
    // one is used for every 7th combination.
    let backgrounds = sample_checks(2);
    let combinations = 3u32.pow(flags.len() as u32);
    let checked = std::sync::atomic::AtomicU64::new(0);
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get()) as u32;
    let check_one = |background: &AnswerSet, mut code: u32| {
        let mut answers = background.clone();
        let mut most_urgent: Option<Disposition> = None;
        for flag in &flags {
            let value = &values[(code % 3) as usize];
            code /= 3;
            answers.set(*flag, value.clone()).expect("valid");
            let level = match value {
                Answer::Choice(Choice::Yes) => Some(red_flag_disposition(*flag)),
                Answer::Choice(Choice::NotSure) => Some(NOT_SURE_LEVEL),
                _ => None,
            };
            most_urgent = most_urgent.max(level);
        }
        let outcome = evaluate(&answers);
        assert_safe(&answers, &outcome);
        match most_urgent {
            Some(level) => {
                assert_eq!(outcome.disposition, level, "{answers:?}");
                assert!(outcome
                    .because
                    .iter()
                    .all(|r| r.question.red_flag_id().is_some()));
            }
            None => assert!(outcome.disposition < Disposition::Urgent),
        }
        checked.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    };
    std::thread::scope(|scope| {
        for t in 0..threads {
            let check_one = &check_one;
            let backgrounds = &backgrounds;
            scope.spawn(move || {
                for code in (t..combinations).step_by(threads as usize) {
                    check_one(&backgrounds[0], code);
                    if code % 7 == 0 {
                        check_one(&backgrounds[1], code);
                    }
                }
            });
        }
    });
    let checked = checked.into_inner();
    eprintln!(
        "any_combination_of_red_flags_gives_the_most_urgent: {checked} answer sets (all {combinations} warning-sign combinations, on {} finished checks) in {:.1?}",
        backgrounds.len(),
        started.elapsed()
    );
}
