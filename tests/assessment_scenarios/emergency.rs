//! Emergency rows: every emergency warning sign.

use super::*;

pub(crate) fn rows() -> Vec<Scenario> {
    vec![
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
    ]
}
