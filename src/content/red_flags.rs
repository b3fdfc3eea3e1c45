//! Red flags: signs that a "cramp" may be something more serious. Defined once here; the
//! assessment asks them first, the guide lists them, relief mode links to them.

use super::care::Urgency;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlag {
    /// Stable id, e.g. "swollen-red-warm-leg".
    pub id: &'static str,
    /// The yes/no question as the assessment asks it, in plain English.
    pub question: &'static str,
    /// Short label used in "because you said ..." lists.
    pub short: &'static str,
    /// How urgent a "yes" is.
    pub urgency: Urgency,
    /// Why it matters (what it may be a sign of), no diagnosis.
    pub why: &'static str,
    pub sources: &'static [&'static str],
}

/// In the order the assessment asks them. The clot question comes first and its emergency
/// follow-up (breathless or chest pain) straight after, so the two read together.
pub static RED_FLAGS: &[RedFlag] = &[
    RedFlag {
        id: "swollen-red-warm-leg",
        question: "Is one leg swollen, red or darker than usual, warm to touch, or throbbing?",
        short: "one leg swollen, red or darker, warm or throbbing",
        urgency: Urgency::Urgent,
        why: "These can be signs of a blood clot in a deep vein of the leg (deep vein thrombosis, or DVT). A clot needs checking by a doctor the same day.",
        sources: &["nhs-dvt", "uclh-dvt", "nhs-leg-cramps"],
    },
    RedFlag {
        id: "breathless-chest-pain",
        question: "Are you short of breath, or do you have chest pain, as well as a painful or swollen leg?",
        short: "breathless or chest pain with a painful, swollen leg",
        urgency: Urgency::Emergency,
        why: "A clot in the leg can break off and travel to the lungs. Breathlessness or chest pain with a painful, swollen leg is an emergency.",
        sources: &["nhs-dvt"],
    },
    RedFlag {
        id: "dark-urine",
        question: "Is your pee dark, like cola or strong tea, and do your muscles also hurt or feel weak?",
        short: "dark pee with muscle pain or weakness",
        urgency: Urgency::Emergency,
        why: "Dark pee with sore or weak muscles can be a sign of rhabdomyolysis (muscle tissue breaking down and spilling into the blood). It is rare, but serious and needs help straight away.",
        sources: &["mayo-rhabdo", "krames-rhabdo"],
    },
    RedFlag {
        id: "sudden-weakness",
        question: "Has your leg suddenly become weak or numb (lost feeling), or can you not walk?",
        short: "sudden weakness, numbness, or cannot walk",
        urgency: Urgency::Urgent,
        why: "A normal cramp does not leave the leg weak or numb. Weakness, loss of feeling or not being able to walk can point to a nerve or muscle problem that a doctor should check today.",
        sources: &["mayo-night-leg-cramps", "merck-cramps"],
    },
    RedFlag {
        id: "cramp-over-10-min",
        question: "Is a cramp happening now that has lasted more than 10 minutes and does not ease when you stretch?",
        short: "a cramp lasting over 10 minutes that won't ease",
        urgency: Urgency::Urgent,
        why: "Most cramps ease within 10 minutes. The NHS advises asking for an urgent GP appointment if one lasts longer.",
        sources: &["nhs-leg-cramps"],
    },
    RedFlag {
        id: "toxin-or-wound",
        question: "Could you have tetanus from a dirty or deep wound, or have you been in contact with a poison such as lead or mercury?",
        short: "possible tetanus, or contact with a poison such as lead or mercury",
        urgency: Urgency::Urgent,
        why: "Tetanus (a serious infection that can get in through a wound) and some poisons can cause cramps. Both need medical advice the same day.",
        sources: &["nhs-leg-cramps", "nhs-older", "mayo-night-leg-cramps"],
    },
];

pub fn red_flag(id: &str) -> Option<&'static RedFlag> {
    RED_FLAGS.iter().find(|f| f.id == id)
}
