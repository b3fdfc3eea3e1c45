//! The scenario table: named cases written from the sources (the evidence sheet, sections 7
//! and 11), not from the engine's output. Each row is walked through the real flow and gives:
//! the answers, the expected level, the answers that must be named among the reasons, plan
//! items that must and must not appear, and the sources the expectation comes from.
//!
//! Answers a row does not give come from [`typical`] (a 60-79-year-old with calf cramps once or
//! twice a week for years, both legs, at night, one broken night a week, nothing else), so
//! each row changes only what its case is about.

mod assessment_support;

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

fn scenarios() -> Vec<Scenario> {
    vec![
        // ---- Emergency: every emergency warning sign ----
        row(
            "sudden breathlessness with a painful, swollen calf",
            vec![(Q::BreathlessChestPain, yes())],
            Emergency,
            &[(Q::BreathlessChestPain, Some(C::Yes))],
            &["nhs-dvt"],
        ),
        row(
            "leg suddenly gave way, cannot walk",
            vec![(Q::SuddenWeakness, yes())],
            Emergency,
            &[(Q::SuddenWeakness, Some(C::Yes))],
            &["nhs-stroke", "esvs-limb-ischaemia-2020"],
        ),
        row(
            "foot suddenly cold, white and numb",
            vec![(Q::ColdPaleLeg, yes())],
            Emergency,
            &[(Q::ColdPaleLeg, Some(C::Yes))],
            &["esvs-limb-ischaemia-2020"],
        ),
        row(
            "back pain with numbness around the bottom",
            vec![(Q::BackPainSaddleNumbness, yes())],
            Emergency,
            &[(Q::BackPainSaddleNumbness, Some(C::Yes))],
            &["nhs-cauda-equina"],
        ),
        row(
            "cola-coloured pee and aching muscles after a long run",
            vec![(Q::DarkUrine, yes())],
            Emergency,
            &[(Q::DarkUrine, Some(C::Yes))],
            &["mayo-rhabdo", "krames-rhabdo"],
        ),
        row(
            "stiff jaw and spasms a week after a gardening cut",
            vec![(Q::TetanusSigns, yes())],
            Emergency,
            &[(Q::TetanusSigns, Some(C::Yes))],
            &["nhs-tetanus"],
        ),
        row(
            "hot, red leg while confused and breathing fast",
            vec![(Q::HotLegVeryUnwell, yes())],
            Emergency,
            &[(Q::HotLegVeryUnwell, Some(C::Yes))],
            &["nhs-cellulitis"],
        ),
        row(
            "not sure about weakness, then yes to dark pee: the emergency wins",
            vec![(Q::SuddenWeakness, not_sure()), (Q::DarkUrine, yes())],
            Emergency,
            &[(Q::DarkUrine, Some(C::Yes))],
            &["mayo-rhabdo"],
        ),
        // ---- Urgent: every urgent warning sign, and "not sure" ----
        row(
            "one swollen, warm calf",
            vec![(Q::SwollenLeg, yes())],
            Urgent,
            &[(Q::SwollenLeg, Some(C::Yes))],
            &["nhs-dvt", "uclh-dvt"],
        ),
        row(
            "red, hot, swollen shin with a fever but thinking clearly",
            vec![(Q::SwollenLeg, yes())],
            Urgent,
            &[(Q::SwollenLeg, Some(C::Yes))],
            &["nhs-cellulitis"],
        ),
        row(
            "a cramp now for 20 minutes that stretching does not ease",
            vec![(Q::LongCramp, yes())],
            Urgent,
            &[(Q::LongCramp, Some(C::Yes))],
            &["nhs-leg-cramps"],
        ),
        row(
            "deep, dirty cut and unsure of tetanus jabs",
            vec![(Q::TetanusWound, yes())],
            Urgent,
            &[(Q::TetanusWound, Some(C::Yes))],
            &["nhs-tetanus", "ukhsa-tetanus"],
        ),
        row(
            "restores old houses and works with lead paint",
            vec![(Q::PoisonContact, yes())],
            Urgent,
            &[(Q::PoisonContact, Some(C::Yes))],
            &["nhs-older", "mayo-night-leg-cramps"],
        ),
        row(
            "cramps in the hands and belly",
            vec![(Q::CrampsElsewhere, yes())],
            Urgent,
            &[(Q::CrampsElsewhere, Some(C::Yes))],
            &["merck-cramps"],
        ),
        row(
            "cramps since a bout of sickness and diarrhoea",
            vec![(Q::FluidLoss, yes())],
            Urgent,
            &[(Q::FluidLoss, Some(C::Yes))],
            &["merck-cramps"],
        ),
        row(
            "not sure whether the breathlessness is new",
            vec![(Q::BreathlessChestPain, not_sure())],
            Urgent,
            &[(Q::BreathlessChestPain, Some(C::NotSure))],
            &["nhs-breathless"],
        ),
        row(
            "not sure whether one leg is swollen",
            vec![(Q::SwollenLeg, not_sure())],
            Urgent,
            &[(Q::SwollenLeg, Some(C::NotSure))],
            &["nhs-dvt"],
        ),
        // ---- Routine: reasons to book a GP appointment ----
        row(
            "cramps wake them 4 nights a week",
            vec![(Q::SleepNights, nights(4))],
            Routine,
            &[(Q::SleepNights, None)],
            &["nhs-leg-cramps"],
        )
        .plan(&["fluids", "bedclothes"], &["quinine-discussion"]),
        row(
            "tired in the day from broken sleep",
            vec![(Q::DaytimeTiredness, yes())],
            Routine,
            &[(Q::DaytimeTiredness, Some(C::Yes))],
            &["mayo-night-leg-cramps"],
        ),
        row(
            "numb feet",
            vec![(Q::Numbness, yes())],
            Routine,
            &[(Q::Numbness, Some(C::Yes))],
            &["nhs-leg-cramps"],
        ),
        row(
            "calf pain on walking that eases with rest",
            vec![(Q::WalkingPain, yes())],
            Routine,
            &[(Q::WalkingPain, Some(C::Yes))],
            &["fpnotebook", "merck-cramps"],
        ),
        row(
            "a leg slowly getting weaker, muscles twitching",
            vec![(Q::SlowWeakness, yes())],
            Routine,
            &[(Q::SlowWeakness, Some(C::Yes))],
            &["mayo-night-leg-cramps", "nice-cks-2012"],
        ),
        row(
            "cramps mostly in the daytime",
            vec![(Q::TimeOfDay, one(C::MostlyDay))],
            Routine,
            &[(Q::TimeOfDay, Some(C::MostlyDay))],
            &["bmj-best-practice"],
        ),
        row(
            "stretching tried, cramps getting worse",
            vec![
                (Q::Tried, many([C::Stretching])),
                (Q::Improvement, one(C::Worse)),
            ],
            Routine,
            &[(Q::Improvement, Some(C::Worse))],
            &["mayo-muscle-cramp"],
        )
        .plan(&["physiotherapist"], &[]),
        row(
            "stretching no better, cramps every week",
            vec![
                (Q::Tried, many([C::Stretching])),
                (Q::Improvement, one(C::NoBetter)),
            ],
            Routine,
            &[
                (Q::Improvement, Some(C::NoBetter)),
                (Q::Frequency, Some(C::OneOrTwoAWeek)),
            ],
            &["mayo-muscle-cramp"],
        )
        .plan(&["physiotherapist"], &[]),
        row(
            "new nightly cramps in the same leg for a month",
            vec![
                (Q::Frequency, one(C::Nightly)),
                (Q::Legs, one(C::SameLeg)),
                (Q::Since, one(C::TwoWeeksToThreeMonths)),
            ],
            Routine,
            &[
                (Q::Legs, Some(C::SameLeg)),
                (Q::Since, None),
                (Q::Frequency, None),
            ],
            &["nice-cks-2012", "bmj-best-practice"],
        ),
        row(
            "70-year-old on a thiazide water tablet",
            vec![
                (Q::Medicines, many([C::WaterTablet])),
                (Q::DiureticType, many([C::Thiazide])),
            ],
            Routine,
            &[(Q::Medicines, Some(C::WaterTablet))],
            &["garrison-2012"],
        )
        .plan(&["medicine-review", "fluids"], &["statin-weakness-review"]),
        row(
            "statin, and a leg slowly getting weaker",
            vec![(Q::Medicines, many([C::Statin])), (Q::SlowWeakness, yes())],
            Routine,
            &[
                (Q::SlowWeakness, Some(C::Yes)),
                (Q::Medicines, Some(C::Statin)),
            ],
            &["nhs-statins"],
        )
        .plan(&["statin-weakness-review", "medicine-review"], &[]),
        row(
            "salmeterol preventer inhaler for asthma",
            vec![(Q::Medicines, many([C::LabaInhaler]))],
            Routine,
            &[(Q::Medicines, Some(C::LabaInhaler))],
            &["garrison-2012", "nhs-salmeterol"],
        )
        .plan(&["medicine-review"], &[]),
        row(
            "type 2 diabetes",
            vec![(Q::Conditions, many([C::Diabetes]))],
            Routine,
            &[(Q::Conditions, Some(C::Diabetes))],
            &["aafp-2012"],
        )
        .plan(&["condition-team", "fluids"], &[]),
        row(
            "on dialysis: no advice to drink more",
            vec![
                (Q::Conditions, many([C::KidneyDisease])),
                (Q::Fluids, many([C::LittleFluid])),
            ],
            Routine,
            &[(Q::Conditions, Some(C::KidneyDisease))],
            &["nhs-dialysis"],
        )
        .plan(&["fluid-plan", "condition-team"], &["fluids"]),
        row(
            "heart failure on furosemide: no advice to drink more",
            vec![
                (Q::Conditions, many([C::HeartFailure])),
                (Q::Medicines, many([C::WaterTablet])),
                (Q::DiureticType, many([C::LoopDiuretic])),
            ],
            Routine,
            &[(Q::Conditions, Some(C::HeartFailure))],
            &["nice-ng106"],
        )
        .plan(&["fluid-plan", "medicine-review"], &["fluids"]),
        row(
            "quinine tried and did not help, sleep broken 4 nights",
            vec![
                (Q::SleepNights, nights(4)),
                (Q::Tried, many([C::Stretching, C::Quinine])),
                (Q::Improvement, one(C::NoBetter)),
            ],
            Routine,
            &[(Q::SleepNights, None)],
            &["mhra-quinine-2010"],
        )
        .plan(
            &["quinine-review", "physiotherapist"],
            &["quinine-discussion"],
        ),
        row(
            "stretching failed, sleep broken 4 nights, no quinine yet",
            vec![
                (Q::SleepNights, nights(4)),
                (Q::Tried, many([C::Stretching])),
                (Q::Improvement, one(C::NoBetter)),
            ],
            Routine,
            &[(Q::SleepNights, None)],
            &["mhra-quinine-2010", "ni-formulary"],
        )
        .plan(
            &["quinine-discussion", "physiotherapist"],
            &["quinine-review"],
        ),
        // ---- Self-care: ordinary night cramps ----
        row(
            "usual breathlessness from COPD, legs not swollen",
            vec![(Q::BreathlessChestPain, Answer::no())],
            SelfCare,
            &[(Q::BreathlessChestPain, Some(C::No))],
            &["nhs-breathless"],
        ),
        row(
            "pregnant, last 3 months, calf cramps twice a week",
            vec![
                (Q::AgeBand, one(C::Age18To39)),
                (Q::Pregnant, yes()),
                (Q::Trimester, one(C::ThirdTrimester)),
            ],
            SelfCare,
            &[],
            &["cochrane-pregnancy-2020", "bmj-best-practice"],
        )
        .plan(
            &["midwife", "fluids"],
            &["magnesium", "quinine-discussion", "medicine-review"],
        ),
        row(
            "first ever cramp, back of one thigh, last week",
            vec![
                (Q::Frequency, one(C::LessThanWeekly)),
                (Q::Muscles, many([C::BackOfThigh])),
                (Q::Legs, one(C::SameLeg)),
                (Q::Since, one(C::UnderTwoWeeks)),
                (Q::SleepNights, nights(0)),
                (Q::AgeBand, one(C::Age40To59)),
                (Q::Pregnant, Answer::no()),
            ],
            SelfCare,
            &[],
            &["nhs-leg-cramps"],
        )
        .plan(&["bedclothes"], &["medicine-review"]),
        row(
            "front-of-thigh cramps after football, both legs",
            vec![
                (Q::Muscles, many([C::FrontOfThigh])),
                (Q::AgeBand, one(C::Age18To39)),
                (Q::Pregnant, Answer::no()),
                (Q::Activity, many([C::HardExercise])),
            ],
            SelfCare,
            &[],
            &["nhs-leg-cramps"],
        )
        .plan(&["supportive-shoes"], &[]),
        row(
            "the same leg every night, for years",
            vec![(Q::Frequency, one(C::Nightly)), (Q::Legs, one(C::SameLeg))],
            SelfCare,
            &[],
            &["nhs-leg-cramps", "nice-cks-2012"],
        ),
        row(
            "85-year-old with the odd calf cramp",
            vec![
                (Q::AgeBand, one(C::Age80Plus)),
                (Q::Frequency, one(C::LessThanWeekly)),
            ],
            SelfCare,
            &[],
            &["nice-cks-2012", "gpnotebook"],
        ),
        row(
            "desk worker who sits all day",
            vec![(Q::Activity, many([C::LongSitting]))],
            SelfCare,
            &[],
            &["merck-cramps"],
        )
        .plan(&["break-up-sitting"], &[]),
        row(
            "alcohol most days and lots of coffee",
            vec![(Q::Fluids, many([C::AlcoholMostDays, C::LotsOfCaffeine]))],
            SelfCare,
            &[],
            &["mayo-night-leg-cramps"],
        )
        .plan(&["alcohol-caffeine", "fluids"], &[]),
        row(
            "teenager with calf cramps after sport",
            vec![
                (Q::AgeBand, one(C::Under18)),
                (Q::Pregnant, Answer::no()),
                (Q::Activity, many([C::HardExercise])),
            ],
            SelfCare,
            &[],
            &["bmj-best-practice"],
        ),
        row(
            "not sure which medicines they take",
            vec![(Q::Medicines, many([C::NotSure]))],
            SelfCare,
            &[],
            &["garrison-2012"],
        )
        .plan(&["medicine-check"], &["medicine-review"]),
        row(
            "magnesium tried and much better",
            vec![
                (Q::Tried, many([C::Magnesium])),
                (Q::Improvement, one(C::MuchBetter)),
            ],
            SelfCare,
            &[],
            &["cochrane-magnesium-2020"],
        )
        .plan(&["magnesium"], &["physiotherapist"]),
        row(
            "stretching no better, but cramps less than once a week",
            vec![
                (Q::Frequency, one(C::LessThanWeekly)),
                (Q::Tried, many([C::Stretching])),
                (Q::Improvement, one(C::NoBetter)),
            ],
            SelfCare,
            &[],
            &["mayo-muscle-cramp"],
        )
        .plan(&["physiotherapist"], &["quinine-discussion"]),
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
