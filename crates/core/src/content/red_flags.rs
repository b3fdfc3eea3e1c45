//! Red flags: signs that a "cramp" may be something more serious. Defined once here; the
//! assessment asks them first, the care cards list them, the guide and relief mode link to them.
//!
//! Each flag asks about one sign a person can tell for themselves, with its own level. The
//! emergency signs come first, so a "yes" to any of them ends the check at once: nothing more
//! urgent can still be waiting.

use super::care::Urgency;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlag {
    /// Stable id, e.g. "swollen-red-warm-leg".
    pub id: &'static str,
    /// The question as the assessment asks it, in plain English (answered yes, no or not sure).
    pub question: &'static str,
    /// Help under the question: what counts and what does not.
    pub hint: Option<&'static str>,
    /// Short label used in "because you said ..." lists.
    pub short: &'static str,
    /// The line on the care card of its level, e.g. "your leg suddenly becomes weak".
    pub sign: &'static str,
    /// How urgent a "yes" is.
    pub urgency: Urgency,
    /// Why it matters (what it may be a sign of), no diagnosis.
    pub why: &'static str,
    pub sources: &'static [&'static str],
}

/// What to do after answering "I'm not sure" to a warning sign. "Not sure" is never taken as
/// "no": it gives same-day advice at least, and says how to decide now.
pub const NOT_SURE_ADVICE: &str = "You were not sure about a warning sign. Call 111 now, or your local urgent advice line. They will ask you a few questions and help you decide what to do. If the sign becomes clear or gets worse, call 999.";

/// In the order the assessment asks them: every emergency sign, then every urgent one.
pub static RED_FLAGS: &[RedFlag] = &[
    // ---- Emergency: call 999 / 112 now ----
    RedFlag {
        id: "breathless-chest-pain",
        question: "Is one of your legs painful or swollen, and are you also short of breath or have chest pain that is new or came on suddenly?",
        hint: Some("Breathlessness you have had for a long time, for example from a heart or lung condition, only counts if it has suddenly got worse."),
        short: "new or sudden breathlessness or chest pain, with a painful or swollen leg",
        sign: "you are suddenly short of breath or have chest pain, and one leg is painful or swollen",
        urgency: Urgency::Emergency,
        why: "A clot in a leg vein can break off and travel to the lungs. New breathlessness or chest pain with a painful or swollen leg needs help at once.",
        sources: &["nhs-dvt", "nhs-breathless"],
    },
    RedFlag {
        id: "sudden-weakness",
        question: "Has a leg suddenly become weak, or can you suddenly not stand or walk?",
        hint: Some("This is about a sudden change, over minutes or hours. Weakness that came on slowly is asked about later."),
        short: "a leg suddenly weak, or suddenly unable to stand or walk",
        sign: "a leg suddenly becomes weak, or you suddenly cannot stand or walk",
        urgency: Urgency::Emergency,
        why: "A cramp does not leave a leg weak. Sudden weakness can come from a stroke, a problem in the spine or a blocked artery. All of these need help at once.",
        sources: &["nhs-stroke", "esvs-limb-ischaemia-2020", "mayo-night-leg-cramps", "merck-cramps"],
    },
    RedFlag {
        id: "cold-pale-leg",
        question: "Has a leg or foot suddenly become cold, pale or white, numb, or very painful?",
        hint: None,
        short: "a leg or foot suddenly cold, pale, numb or very painful",
        sign: "a leg or foot suddenly becomes cold, pale or white, numb, or very painful",
        urgency: Urgency::Emergency,
        why: "A leg that suddenly turns cold, pale and painful may have lost its blood supply. A blocked artery must be treated within hours to save the leg.",
        sources: &["esvs-limb-ischaemia-2020", "nhs-pad"],
    },
    RedFlag {
        id: "back-pain-saddle-numbness",
        question: "Do you have back pain together with numbness around your bottom or genitals, new trouble peeing or pooing, or weakness in both legs?",
        hint: None,
        short: "back pain with numbness around the bottom or genitals, trouble peeing or pooing, or both legs weak",
        sign: "you have back pain with numbness around your bottom or genitals, new trouble peeing or pooing, or both legs weak",
        urgency: Urgency::Emergency,
        why: "These can be signs that the nerves at the bottom of the spine are being squashed (cauda equina syndrome). It needs treatment fast to stop lasting damage.",
        sources: &["nhs-cauda-equina", "nice-cks-sciatica"],
    },
    RedFlag {
        id: "dark-urine",
        question: "Is your pee dark, like cola or strong tea, and do your muscles also hurt or feel weak?",
        hint: None,
        short: "dark pee with muscle pain or weakness",
        sign: "your pee is dark, like cola or strong tea, and your muscles hurt or feel weak",
        urgency: Urgency::Emergency,
        why: "Dark pee with sore or weak muscles can be a sign of rhabdomyolysis. This is when muscle breaks down and spills into the blood. It is rare but serious.",
        sources: &["mayo-rhabdo", "krames-rhabdo"],
    },
    RedFlag {
        id: "tetanus-signs",
        question: "Since a cut, bite, burn or other wound, has your jaw become stiff, or do you have painful muscle spasms or trouble swallowing?",
        hint: Some("This can start from 4 days to 3 weeks after the wound, even a small one from gardening."),
        short: "a stiff jaw, painful spasms or trouble swallowing after a wound",
        sign: "after a wound, your jaw is stiff, or you have painful muscle spasms or trouble swallowing",
        urgency: Urgency::Emergency,
        why: "These can be signs of tetanus, an infection that gets in through a wound. It can stop you breathing and needs hospital care at once.",
        sources: &["nhs-tetanus", "ukhsa-tetanus"],
    },
    RedFlag {
        id: "hot-leg-very-unwell",
        question: "Is a leg hot, red or swollen, and do you also feel confused, very unwell, or are you breathing very fast?",
        hint: Some("Redness can be harder to see on brown or black skin. The skin may look darker than usual instead."),
        short: "a hot, red or swollen leg while confused, very unwell or breathing fast",
        sign: "a leg is hot, red or swollen, and you feel confused, very unwell or are breathing very fast",
        urgency: Urgency::Emergency,
        why: "An infection of the skin and tissue under it (cellulitis) can spread into the blood. Feeling confused or very unwell, or fast breathing, can be signs of this (sepsis).",
        sources: &["nhs-cellulitis"],
    },
    // ---- Urgent: get medical advice today ----
    RedFlag {
        id: "swollen-red-warm-leg",
        question: "Is one leg swollen, red or darker than usual, warm to touch, or throbbing?",
        hint: Some("Count it whether or not you also have a high temperature or shivers."),
        short: "one leg swollen, red or darker, warm or throbbing",
        sign: "one leg is swollen, red or darker, warm or throbbing, with or without a high temperature",
        urgency: Urgency::Urgent,
        why: "These can be signs of a blood clot in a deep vein of the leg (DVT). With a high temperature or shivers, it may be a skin infection (cellulitis). Either needs a doctor the same day.",
        sources: &["nhs-dvt", "uclh-dvt", "nhs-cellulitis", "nhs-leg-cramps"],
    },
    RedFlag {
        id: "cramp-over-10-min",
        question: "Does a cramp last more than 10 minutes, even when you stretch the muscle?",
        hint: Some("Count a cramp you have right now, or how your cramps usually are. Count the tight, painful part only: a sore muscle after a cramp is common."),
        short: "a cramp that lasts over 10 minutes, even with stretching",
        sign: "a cramp lasts longer than 10 minutes, or severe cramping keeps going",
        urgency: Urgency::Urgent,
        why: "Most cramps ease within 10 minutes. The NHS advises an urgent GP appointment if one lasts longer.",
        sources: &["nhs-leg-cramps", "mayo-night-leg-cramps"],
    },
    RedFlag {
        id: "tetanus-wound",
        question: "Have you had a dirty or deep wound lately, and your tetanus jabs may not be up to date?",
        hint: Some("Dirty means soil, manure or something stuck in it. If you do not know whether your jabs are up to date, answer yes."),
        short: "a dirty or deep wound, and tetanus jabs may not be up to date",
        sign: "you have a dirty or deep wound and your tetanus jabs may not be up to date",
        urgency: Urgency::Urgent,
        why: "A dirty or deep wound can let tetanus in. A doctor or nurse can check it today and give a jab or other treatment if needed.",
        sources: &["nhs-tetanus", "ukhsa-tetanus", "nhs-leg-cramps"],
    },
    RedFlag {
        id: "poison-contact",
        question: "Have you been in contact with a poison, such as lead or mercury?",
        hint: Some("For example at work, from old paint or pipes, or in a hobby."),
        short: "contact with a poison such as lead or mercury",
        sign: "you have been in contact with a poison such as lead or mercury",
        urgency: Urgency::Urgent,
        why: "Some poisons can cause cramps. A doctor should check you the same day.",
        sources: &["nhs-older", "mayo-night-leg-cramps"],
    },
    RedFlag {
        id: "cramps-arms-belly-chest",
        question: "Do you get cramps in your arms, belly or chest?",
        hint: Some("Cramps in the calf, foot or thigh are asked about later."),
        short: "cramps in the arms, belly or chest",
        sign: "you get cramps in your arms, belly or chest",
        urgency: Urgency::Urgent,
        why: "Night cramps affect the legs and feet. Cramps in other places can have another cause that a doctor should look for soon.",
        sources: &["merck-cramps"],
    },
    RedFlag {
        id: "fluid-loss",
        question: "Did the cramps start after you lost a lot of fluid, by being sick, having diarrhoea or sweating heavily?",
        hint: None,
        short: "cramps after losing a lot of fluid",
        sign: "cramps started after you lost a lot of fluid, for example by being sick, diarrhoea or heavy sweating",
        urgency: Urgency::Urgent,
        why: "Losing a lot of fluid can upset the salts in your blood. A doctor can check this the same day.",
        sources: &["merck-cramps"],
    },
];

pub fn red_flag(id: &str) -> Option<&'static RedFlag> {
    RED_FLAGS.iter().find(|f| f.id == id)
}

/// The red flags of one level, in the order asked.
pub fn red_flags_of(urgency: Urgency) -> impl Iterator<Item = &'static RedFlag> {
    RED_FLAGS.iter().filter(move |f| f.urgency == urgency)
}
