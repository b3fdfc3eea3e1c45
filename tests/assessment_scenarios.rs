//! Named clinical scenarios, each walked through the real flow, with the disposition, the
//! answers that must be among its reasons, the top factors in order, and plan items expected
//! to be there or not.

mod assessment_support;

use assessment_support::run;
use night_cramps::assessment::{Answer, Choice as C, Disposition, Outcome, QuestionId as Q};

struct Scenario {
    name: &'static str,
    answers: Vec<(Q, Answer)>,
    disposition: Disposition,
    /// Questions whose answers must be among the reasons.
    because: &'static [Q],
    /// The first factors, in order (exactly these, when `only_factors`).
    top_factors: &'static [&'static str],
    only_factors: bool,
    /// Plan items (any part) that must be present / absent. Ignored when there is no plan.
    plan_has: &'static [&'static str],
    plan_lacks: &'static [&'static str],
}

fn yes() -> Answer {
    Answer::yes()
}
fn one(c: C) -> Answer {
    Answer::one(c)
}
fn many<const N: usize>(cs: [C; N]) -> Answer {
    Answer::many(cs)
}

fn base() -> Scenario {
    Scenario {
        name: "",
        answers: vec![],
        disposition: Disposition::SelfCare,
        because: &[],
        top_factors: &[],
        only_factors: false,
        plan_has: &[],
        plan_lacks: &[],
    }
}

fn scenarios() -> Vec<Scenario> {
    vec![
        Scenario {
            name: "pregnant, third trimester, calf cramps twice a week",
            answers: vec![
                (Q::Frequency, one(C::OneOrTwoAWeek)),
                (Q::Muscles, many([C::Calf])),
                (Q::SleepNights, Answer::number(1)),
                (Q::AgeBand, one(C::Age18To39)),
                (Q::Pregnant, yes()),
                (Q::Trimester, one(C::ThirdTrimester)),
            ],
            disposition: Disposition::SelfCare,
            top_factors: &["pregnancy"],
            only_factors: true,
            plan_has: &["midwife", "fluids", "bedclothes"],
            // Magnesium evidence in pregnancy is uncertain: the midwife item covers it instead.
            plan_lacks: &["magnesium", "quinine-discussion", "medicine-review"],
            ..base()
        },
        Scenario {
            name: "70-year-old on a thiazide water tablet with nightly cramps",
            answers: vec![
                (Q::Frequency, one(C::Nightly)),
                (Q::Muscles, many([C::Calf])),
                (Q::SleepNights, Answer::number(2)),
                (Q::AgeBand, one(C::Age60To79)),
                (Q::Medicines, many([C::WaterTablet])),
                (Q::DiureticType, many([C::Thiazide])),
            ],
            disposition: Disposition::Routine,
            because: &[Q::Medicines],
            top_factors: &["age-over-60", "thiazide-diuretics"],
            only_factors: true,
            plan_has: &["medicine-review", "magnesium", "quinine-without-doctor"],
            ..base()
        },
        Scenario {
            name: "one swollen, warm calf",
            answers: vec![(Q::SwollenLeg, yes())],
            disposition: Disposition::Urgent,
            because: &[Q::SwollenLeg],
            only_factors: true,
            ..base()
        },
        Scenario {
            name: "breathless with a swollen leg",
            answers: vec![(Q::SwollenLeg, yes()), (Q::BreathlessChestPain, yes())],
            disposition: Disposition::Emergency,
            because: &[Q::BreathlessChestPain],
            only_factors: true,
            ..base()
        },
        Scenario {
            name: "dark urine with aching muscles",
            answers: vec![(Q::DarkUrine, yes())],
            disposition: Disposition::Emergency,
            because: &[Q::DarkUrine],
            only_factors: true,
            ..base()
        },
        Scenario {
            name: "leg suddenly weak, can't walk",
            answers: vec![(Q::SuddenWeakness, yes())],
            disposition: Disposition::Urgent,
            because: &[Q::SuddenWeakness],
            ..base()
        },
        Scenario {
            name: "a deep, dirty cut last week",
            answers: vec![(Q::ToxinOrWound, yes())],
            disposition: Disposition::Urgent,
            because: &[Q::ToxinOrWound],
            ..base()
        },
        Scenario {
            name: "30-year-old runner, occasional calf cramp",
            answers: vec![
                (Q::Frequency, one(C::LessThanWeekly)),
                (Q::Muscles, many([C::Calf])),
                (Q::AgeBand, one(C::Age18To39)),
                (Q::Activity, many([C::HardExercise])),
            ],
            disposition: Disposition::SelfCare,
            top_factors: &["exercise-heat"],
            only_factors: true,
            plan_has: &[
                "magnesium",
                "magnesium-oil",
                "salt-lemon-water",
                "raise-legs",
                "quinine-without-doctor",
                "supportive-shoes",
            ],
            plan_lacks: &["medicine-review", "midwife", "quinine-discussion"],
            ..base()
        },
        Scenario {
            name: "45-year-old using a long-acting (LABA) inhaler",
            answers: vec![
                (Q::AgeBand, one(C::Age40To59)),
                (Q::Medicines, many([C::LabaInhaler])),
            ],
            disposition: Disposition::Routine,
            because: &[Q::Medicines],
            top_factors: &["laba-inhalers"],
            only_factors: true,
            plan_has: &["medicine-review"],
            ..base()
        },
        Scenario {
            name: "diabetes with numb feet",
            answers: vec![
                (Q::Numbness, yes()),
                (Q::AgeBand, one(C::Age40To59)),
                (Q::Conditions, many([C::Diabetes])),
            ],
            disposition: Disposition::Routine,
            because: &[Q::Numbness, Q::Conditions],
            top_factors: &["diabetes"],
            only_factors: true,
            plan_has: &["condition-team"],
            ..base()
        },
        Scenario {
            name: "cramps that usually last more than 10 minutes",
            answers: vec![
                (Q::Duration, one(C::OverTenMinutes)),
                (Q::AgeBand, one(C::Age40To59)),
            ],
            disposition: Disposition::Urgent,
            because: &[Q::Duration],
            ..base()
        },
        Scenario {
            name: "cramps in the arms and belly as well as the calves",
            answers: vec![
                (Q::Muscles, many([C::Calf, C::OtherPlaces])),
                (Q::AgeBand, one(C::Age40To59)),
            ],
            disposition: Disposition::Urgent,
            because: &[Q::Muscles],
            ..base()
        },
        Scenario {
            name: "cramps after a bout of diarrhoea",
            answers: vec![
                (Q::AgeBand, one(C::Age18To39)),
                (Q::Fluids, many([C::FluidLoss])),
            ],
            disposition: Disposition::Urgent,
            because: &[Q::Fluids],
            top_factors: &["dehydration"],
            ..base()
        },
        Scenario {
            name: "82-year-old, sleep broken most nights, stretching hasn't helped",
            answers: vec![
                (Q::Frequency, one(C::Nightly)),
                (Q::Muscles, many([C::Calf, C::Foot])),
                (Q::Since, one(C::OverThreeMonths)),
                (Q::SleepNights, Answer::number(5)),
                (Q::DaytimeTiredness, yes()),
                (Q::AgeBand, one(C::Age80Plus)),
                (Q::Tried, many([C::Stretching])),
                (Q::Improvement, one(C::NoBetter)),
            ],
            disposition: Disposition::Routine,
            because: &[Q::SleepNights, Q::DaytimeTiredness, Q::Improvement],
            top_factors: &["age-over-60"],
            only_factors: true,
            plan_has: &[
                "quinine-discussion",
                "physiotherapist",
                "quinine-without-doctor",
            ],
            ..base()
        },
        Scenario {
            name: "pregnant, sleep broken and stretching hasn't helped: quinine is not suggested",
            answers: vec![
                (Q::SleepNights, Answer::number(4)),
                (Q::AgeBand, one(C::Age18To39)),
                (Q::Pregnant, yes()),
                (Q::Trimester, one(C::SecondTrimester)),
                (Q::Tried, many([C::Stretching])),
                (Q::Improvement, one(C::NoBetter)),
            ],
            disposition: Disposition::Routine,
            because: &[Q::SleepNights, Q::Improvement],
            top_factors: &["pregnancy"],
            plan_has: &["midwife", "physiotherapist"],
            plan_lacks: &["quinine-discussion", "magnesium"],
            ..base()
        },
        Scenario {
            name: "calf pain on walking that eases with rest",
            answers: vec![(Q::WalkingPain, yes()), (Q::AgeBand, one(C::Age60To79))],
            disposition: Disposition::Routine,
            because: &[Q::WalkingPain],
            top_factors: &["age-over-60"],
            ..base()
        },
        Scenario {
            name: "not sure which medicines count",
            answers: vec![
                (Q::AgeBand, one(C::Age40To59)),
                (Q::Medicines, many([C::NotSure])),
            ],
            disposition: Disposition::SelfCare,
            only_factors: true,
            plan_has: &["medicine-check"],
            plan_lacks: &["medicine-review"],
            ..base()
        },
        Scenario {
            name: "cramps at the back of the thigh",
            answers: vec![
                (Q::Muscles, many([C::BackOfThigh])),
                (Q::AgeBand, one(C::Age40To59)),
            ],
            disposition: Disposition::Routine,
            because: &[Q::Muscles],
            ..base()
        },
        Scenario {
            name: "cramps mostly in the daytime",
            answers: vec![
                (Q::TimeOfDay, one(C::MostlyDay)),
                (Q::AgeBand, one(C::Age40To59)),
            ],
            disposition: Disposition::Routine,
            because: &[Q::TimeOfDay],
            ..base()
        },
        Scenario {
            name: "has tried quinine, a bit better",
            answers: vec![
                (Q::AgeBand, one(C::Age60To79)),
                (Q::Tried, many([C::Quinine, C::Magnesium])),
                (Q::Improvement, one(C::ABitBetter)),
            ],
            disposition: Disposition::SelfCare,
            top_factors: &["age-over-60"],
            plan_has: &["quinine-review", "magnesium"],
            ..base()
        },
        Scenario {
            name: "teenager with the odd foot cramp",
            answers: vec![(Q::Muscles, many([C::Foot])), (Q::AgeBand, one(C::Under18))],
            disposition: Disposition::SelfCare,
            only_factors: true,
            ..base()
        },
        Scenario {
            name: "on dialysis, with a statin and a beta-blocker",
            answers: vec![
                (Q::AgeBand, one(C::Age60To79)),
                (Q::Conditions, many([C::KidneyDisease])),
                (Q::Medicines, many([C::Statin, C::BetaBlocker])),
            ],
            disposition: Disposition::Routine,
            because: &[Q::Conditions, Q::Medicines],
            // Strongest evidence first, then the fixed order: conditions before medicines.
            top_factors: &["age-over-60", "kidney-disease", "statins", "beta-blockers"],
            only_factors: true,
            plan_has: &["medicine-review", "condition-team"],
            ..base()
        },
    ]
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
fn named_clinical_scenarios_give_the_expected_result() {
    let all = scenarios();
    assert!(all.len() >= 10);
    for s in all {
        let flow = run(&s.answers);
        let outcome = flow.outcome().expect("finished");
        let name = s.name;
        assert_eq!(
            outcome.disposition, s.disposition,
            "{name}: because {:?}",
            outcome.because
        );
        assert!(!outcome.because.is_empty(), "{name}");
        for q in s.because {
            assert!(
                outcome.because.iter().any(|r| r.question == *q),
                "{name}: {q:?} not among {:?}",
                outcome.because
            );
        }
        let factors: Vec<&str> = outcome.factors.iter().map(|f| f.id()).collect();
        if s.only_factors {
            assert_eq!(factors, s.top_factors, "{name}");
        } else {
            assert!(
                factors.starts_with(s.top_factors),
                "{name}: factors {factors:?}"
            );
        }
        for f in &outcome.factors {
            assert!(
                !f.because.is_empty(),
                "{name}: factor {} has no reason",
                f.id()
            );
        }
        let red_flag = outcome.disposition >= Disposition::Urgent
            && outcome
                .because
                .iter()
                .all(|r| r.question.red_flag_id().is_some());
        if red_flag {
            assert!(
                outcome.plan.is_none(),
                "{name}: no self-care plan with a red flag"
            );
            let card = outcome.care_card().expect("a care card");
            assert_eq!(Some(card.urgency), outcome.disposition.urgency(), "{name}");
            continue;
        }
        let plan = outcome.plan.as_ref().expect("a plan without a red flag");
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
        (Q::SleepNights, Answer::number(1)),
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
}

#[test]
fn self_care_reasons_are_the_warning_signs_answered_no() {
    let outcome = run(&[(Q::AgeBand, one(C::Age18To39))])
        .outcome()
        .expect("finished");
    assert_eq!(outcome.disposition, Disposition::SelfCare);
    assert_eq!(outcome.because.len(), 6);
    assert!(outcome
        .because
        .iter()
        .all(|r| r.question.red_flag_id().is_some() && r.answer_label() == "No"));
    assert!(outcome.care_card().is_none());
}
