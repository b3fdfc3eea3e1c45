//! Routine rows: reasons to book a GP appointment.

use super::*;

pub(crate) fn rows() -> Vec<Scenario> {
    vec![
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
    ]
}
