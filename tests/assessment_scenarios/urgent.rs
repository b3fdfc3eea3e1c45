//! Urgent rows: every urgent warning sign, and "not sure".

use super::*;

pub(crate) fn rows() -> Vec<Scenario> {
    vec![
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
    ]
}
