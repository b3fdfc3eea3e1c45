//! The scenario table: named cases written from the sources (the evidence sheet, sections 7
//! and 11), not from the engine's output. Each row is walked through the real flow and gives:
//! the answers, the expected level, the answers that must be named among the reasons, plan
//! items that must and must not appear, and the sources the expectation comes from.
//!
//! Answers a row does not give come from [`typical`] (a 60-79-year-old with calf cramps once or
//! twice a week for years, both legs, at night, one broken night a week, nothing else), so
//! each row changes only what its case is about.

#[path = "../assessment_support/mod.rs"]
mod assessment_support;
mod emergency;
mod routine;
mod self_care;
mod urgent;

use assessment_support::run;
use night_cramps::assessment::{Answer, Choice as C, Disposition, Outcome, QuestionId as Q};
use night_cramps::content::sources::source;

use Disposition::{Emergency, Routine, SelfCare, Urgent};

struct Scenario {
    name: &'static str,
    answers: Vec<(Q, Answer)>,
    level: Disposition,
    /// Answers that must be among the reasons: the question, and the choice when it matters.
    because: &'static [(Q, Option<C>)],
    /// Plan items (any part) that must be present / absent. Rows with no plan leave both empty.
    plan_has: &'static [&'static str],
    plan_lacks: &'static [&'static str],
    /// Where the expected result comes from (source ids).
    sources: &'static [&'static str],
}

fn yes() -> Answer {
    Answer::yes()
}
fn not_sure() -> Answer {
    Answer::one(C::NotSure)
}
fn one(c: C) -> Answer {
    Answer::one(c)
}
fn many<const N: usize>(cs: [C; N]) -> Answer {
    Answer::many(cs)
}
fn nights(n: u16) -> Answer {
    Answer::number(n)
}

/// The answers every row starts from (see the module docs); a row's own answers replace these.
fn typical() -> Vec<(Q, Answer)> {
    vec![
        (Q::Frequency, one(C::OneOrTwoAWeek)),
        (Q::Muscles, many([C::Calf])),
        (Q::Legs, one(C::BothOrEither)),
        (Q::Since, one(C::OverThreeMonths)),
        (Q::TimeOfDay, one(C::MostlyNight)),
        (Q::SleepNights, nights(1)),
        (Q::AgeBand, one(C::Age60To79)),
        (Q::Activity, many([C::NoneOfThese])),
        (Q::Fluids, many([C::NoneOfThese])),
        (Q::Conditions, many([C::NoneOfThese])),
        (Q::Medicines, many([C::NoneOfThese])),
        (Q::Tried, many([C::NoneOfThese])),
    ]
}

/// A row: its answers over [`typical`].
fn row(
    name: &'static str,
    answers: Vec<(Q, Answer)>,
    level: Disposition,
    because: &'static [(Q, Option<C>)],
    sources: &'static [&'static str],
) -> Scenario {
    Scenario {
        name,
        answers,
        level,
        because,
        plan_has: &[],
        plan_lacks: &[],
        sources,
    }
}

impl Scenario {
    fn plan(mut self, has: &'static [&'static str], lacks: &'static [&'static str]) -> Self {
        self.plan_has = has;
        self.plan_lacks = lacks;
        self
    }

    /// The row's answers over the typical ones; answers to questions the flow will not reach
    /// (after a warning sign) are left out, as a person would never see them.
    fn all_answers(&self) -> Vec<(Q, Answer)> {
        let raised = self
            .answers
            .iter()
            .any(|(q, a)| q.red_flag_id().is_some() && *a != Answer::no());
        let mut out: Vec<(Q, Answer)> = if raised { Vec::new() } else { typical() };
        for (q, a) in &self.answers {
            out.retain(|(x, _)| x != q);
            out.push((*q, a.clone()));
        }
        out
    }
}

/// The whole table, in the order the rows are numbered: emergency, urgent, routine, self-care.
fn scenarios() -> Vec<Scenario> {
    [
        emergency::rows(),
        urgent::rows(),
        routine::rows(),
        self_care::rows(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn plan_ids(outcome: &Outcome) -> Vec<&'static str> {
    outcome
        .plan
        .iter()
        .flat_map(|p| {
            p.habits
                .iter()
                .chain(&p.ask_about)
                .chain(&p.not_worth_trying)
        })
        .map(|e| e.item.id)
        .collect()
}

#[test]
fn the_scenario_table_gives_the_expected_results() {
    let all = scenarios();
    eprintln!("the scenario table has {} rows", all.len());
    assert!(all.len() >= 40);
    for level in Disposition::ALL {
        assert!(all.iter().any(|s| s.level == level), "no {level:?} row");
    }
    for s in all {
        let name = s.name;
        assert!(!s.sources.is_empty(), "{name}: no source");
        for id in s.sources {
            assert!(source(id).is_some(), "{name}: unknown source {id}");
        }
        let flow = run(&s.all_answers());
        let outcome = flow.outcome().expect("finished");
        assert_eq!(
            outcome.disposition, s.level,
            "{name}: because {:?}",
            outcome.because
        );
        assert!(!outcome.because.is_empty(), "{name}");
        assert!(!outcome.safety_net.is_empty(), "{name}: no safety net");
        for (q, choice) in s.because {
            assert!(
                outcome.because.iter().any(|r| r.question == *q
                    && choice.is_none_or(
                        |c| r.value == night_cramps::assessment::ReasonValue::Choice(c)
                    )),
                "{name}: {q:?} {choice:?} not among {:?}",
                outcome.because
            );
        }
        if s.level == SelfCare {
            assert!(
                outcome
                    .because
                    .iter()
                    .all(|r| r.question.red_flag_id().is_some() && r.answer_label() == "No"),
                "{name}: self-care names the warning signs answered no"
            );
        }
        for f in &outcome.factors {
            assert!(
                !f.because.is_empty(),
                "{name}: factor {} has no reason",
                f.id()
            );
        }
        if s.level >= Urgent {
            assert!(outcome.plan.is_none(), "{name}: no self-care plan");
            let card = outcome.care_card().expect("a care card");
            assert_eq!(Some(card.urgency), s.level.urgency(), "{name}");
            assert!(s.plan_has.is_empty() && s.plan_lacks.is_empty());
            continue;
        }
        let plan = outcome.plan.as_ref().expect("a plan below urgent");
        assert_eq!(
            plan.stretches.stretches.len(),
            2,
            "{name}: calf and hamstring"
        );
        let ids = plan_ids(&outcome);
        for id in s.plan_has {
            assert!(ids.contains(id), "{name}: plan lacks {id}: {ids:?}");
        }
        for id in s.plan_lacks {
            assert!(!ids.contains(id), "{name}: plan has {id}");
        }
    }
}

#[test]
fn reasons_read_as_the_user_answered() {
    let flow = run(&[
        (Q::SleepNights, nights(1)),
        (Q::AgeBand, one(C::Age60To79)),
        (Q::Medicines, many([C::Statin])),
    ]);
    let outcome = flow.outcome().expect("finished");
    let texts: Vec<String> = outcome.because.iter().map(|r| r.text()).collect();
    assert_eq!(
        texts,
        vec![
            "Medicines: A statin for cholesterol, such as atorvastatin or simvastatin".to_string()
        ]
    );
    let factor = &outcome.factors[1];
    assert_eq!(factor.id(), "statins");
    assert_eq!(
        factor.because[0].answer_label(),
        "A statin for cholesterol, such as atorvastatin or simvastatin"
    );
    assert_eq!(Q::SleepNights.question().number_label(1), "1 night a week");
    let not_sure = run(&[(Q::SwollenLeg, not_sure())])
        .outcome()
        .expect("finished");
    assert_eq!(
        not_sure.because[0].text(),
        "one leg swollen, red or darker, warm or throbbing: I'm not sure"
    );
}

#[test]
fn self_care_reasons_are_the_warning_signs_answered_no() {
    let outcome = run(&[(Q::AgeBand, one(C::Age18To39))])
        .outcome()
        .expect("finished");
    assert_eq!(outcome.disposition, Disposition::SelfCare);
    assert_eq!(outcome.because.len(), 13);
    assert!(outcome
        .because
        .iter()
        .all(|r| r.question.red_flag_id().is_some() && r.answer_label() == "No"));
    assert!(outcome.care_card().is_none());
}

#[test]
fn a_long_acting_inhaler_is_never_called_a_reliever() {
    use night_cramps::content::factors::MEDICINE_CLASSES;
    let laba = MEDICINE_CLASSES
        .iter()
        .find(|m| m.id == "laba-inhalers")
        .expect("the LABA class");
    assert!(
        !laba.name.to_lowercase().contains("reliever"),
        "{}",
        laba.name
    );
    assert!(laba.name.contains("preventer"));
}
