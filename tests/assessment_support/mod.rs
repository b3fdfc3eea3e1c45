//! Helpers shared by the assessment test suites: walking the flow, and building a finished
//! flow from a scenario's answers.
#![allow(dead_code)]

use std::collections::BTreeMap;

use night_cramps::assessment::{Answer, Flow, Kind, Question, QuestionId, Section};

/// Every value a question can take: every option, every valid subset of a several-choice
/// question's options (exclusive ones alone), every number in range.
pub fn all_values(q: &Question) -> Vec<Answer> {
    match q.kind {
        Kind::YesNo | Kind::Single(_) => {
            q.options().iter().map(|o| Answer::one(o.choice)).collect()
        }
        Kind::Multi(options) => {
            let plain: Vec<_> = options
                .iter()
                .filter(|o| !o.exclusive)
                .map(|o| o.choice)
                .collect();
            let mut values: Vec<Answer> = (1u32..(1 << plain.len()))
                .map(|mask| {
                    Answer::many(
                        plain
                            .iter()
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
        Kind::Number { min, max, .. } => (min..=max).map(Answer::number).collect(),
    }
}

/// Depth-first walk of the real flow: at each question, every value from `values`, then Next,
/// until finished; calls `leaf` with every finished flow. It backtracks with `go_to` instead of
/// copying the flow: answers left over from a sibling branch are either dropped by the flow (no
/// longer asked) or overwritten, because the walk answers every question it stands on.
pub fn walk(
    flow: &mut Flow,
    values: &dyn Fn(&Question) -> Vec<Answer>,
    leaf: &mut dyn FnMut(&Flow),
) {
    let Some(q) = flow.current() else {
        leaf(flow);
        return;
    };
    for value in values(q) {
        if let Err(e) = flow.answer(q.id, value.clone()) {
            panic!("the flow refused {value:?} for {:?}: {e:?}", q.id);
        }
        if let Err(e) = flow.next() {
            panic!("Next failed after answering {:?}: {e:?}", q.id);
        }
        walk(flow, values, leaf);
        assert!(flow.go_to(q.id), "could not go back to {:?}", q.id);
    }
}

/// A deterministic pseudo-random finished check with every red flag answered no: at each
/// other question, a value picked from `all_values` by a small linear congruential generator.
pub fn random_check(seed: u64) -> Flow {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut flow = Flow::new();
    while let Some(q) = flow.current() {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let values = if q.section == Section::RedFlags {
            vec![Answer::no()]
        } else {
            all_values(q)
        };
        let pick = ((state >> 33) as usize) % values.len();
        flow.answer(q.id, values[pick].clone())
            .expect("valid value");
        flow.next().expect("answered");
    }
    flow
}

/// Finished flows one level down from `flow` are found by walking; this returns the flows
/// standing on a question after `depth` answers (or finished earlier), to split work.
pub fn frontier(flow: &Flow, depth: usize, values: &dyn Fn(&Question) -> Vec<Answer>) -> Vec<Flow> {
    let Some(q) = flow.current() else {
        return vec![flow.clone()];
    };
    if depth == 0 {
        return vec![flow.clone()];
    }
    let mut out = Vec::new();
    for value in values(q) {
        let mut next = flow.clone();
        next.answer(q.id, value).expect("valid value");
        next.next().expect("answered");
        out.extend(frontier(&next, depth - 1, values));
    }
    out
}

/// A harmless answer for a question a scenario does not mention: "no", the first option, the
/// exclusive "none" option if there is one, or the smallest number.
pub fn default_answer(q: &Question) -> Answer {
    if q.section == Section::RedFlags {
        return Answer::no();
    }
    match q.kind {
        Kind::YesNo => Answer::no(),
        Kind::Single(options) => Answer::one(options[0].choice),
        Kind::Multi(options) => {
            let pick = options.iter().find(|o| o.exclusive).unwrap_or(&options[0]);
            Answer::many([pick.choice])
        }
        Kind::Number { min, .. } => Answer::number(min),
    }
}

/// Walks the flow answering from `given` (defaults for the rest) until finished. Panics if a
/// given answer was never asked for, so a scenario cannot silently test less than it says.
pub fn run(given: &[(QuestionId, Answer)]) -> Flow {
    let mut pending: BTreeMap<QuestionId, Answer> = given.iter().cloned().collect();
    let mut flow = Flow::new();
    while let Some(q) = flow.current() {
        let answer = pending.remove(&q.id).unwrap_or_else(|| default_answer(q));
        flow.answer(q.id, answer)
            .unwrap_or_else(|e| panic!("{:?}: {e:?}", q.id));
        flow.next().expect("answered");
    }
    assert!(
        pending.is_empty(),
        "these answers were never asked for: {:?}",
        pending.keys().collect::<Vec<_>>()
    );
    flow
}
