//! Helpers: a question's index and every enable condition.

use super::*;

pub(crate) fn index(q: QuestionId) -> usize {
    QUESTIONS
        .iter()
        .position(|x| x.id == q)
        .expect("every id has a question")
}

/// Every condition anywhere in the engine, with where it is used.
pub(crate) fn all_conditions() -> Vec<(String, Condition)> {
    let mut out = Vec::new();
    for q in QUESTIONS {
        if let Enable::If(c) = q.enable {
            out.push((format!("enable of {:?}", q.id), c));
        }
    }
    for r in RULES {
        out.extend(
            r.when
                .iter()
                .map(|c| (format!("triage rule {:?}", r.when), *c)),
        );
    }
    out.extend(
        FACTOR_RULES
            .iter()
            .map(|r| (format!("factor {}", r.factor.id()), r.when)),
    );
    for item in PLAN_ITEMS {
        for c in item
            .needs
            .iter()
            .chain(item.unless)
            .chain(item.also_because)
        {
            out.push((format!("plan item {}", item.id), *c));
        }
    }
    out
}
