//! Self-care rows: ordinary night cramps.

use super::*;

pub(crate) fn rows() -> Vec<Scenario> {
    vec![
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
