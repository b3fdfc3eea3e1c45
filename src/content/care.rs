//! Care cards, modelled on the NHS ones: emergency (call 999/112/911 now), urgent (same day) and
//! non-urgent (book a routine appointment). The card text lives here; the UI only styles it.

use super::{cited, Cited};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Urgency {
    /// Call an ambulance or go to the emergency department now.
    Emergency,
    /// Get medical advice today.
    Urgent,
    /// Book a routine appointment.
    NonUrgent,
}

impl Urgency {
    /// Visually hidden prefix for screen readers, as nhsuk-frontend does.
    pub fn hidden_prefix(self) -> &'static str {
        match self {
            Urgency::Emergency => "Emergency advice: ",
            Urgency::Urgent => "Urgent advice: ",
            Urgency::NonUrgent => "Non-urgent advice: ",
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Urgency::Emergency => "emergency",
            Urgency::Urgent => "urgent",
            Urgency::NonUrgent => "non-urgent",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CareCard {
    /// Stable id, e.g. "care-emergency".
    pub id: &'static str,
    pub urgency: Urgency,
    /// e.g. "Call 999 (or your local emergency number) now if:"
    pub heading: &'static str,
    /// The situations, each with sources.
    pub items: &'static [Cited],
    /// What to do, e.g. "Call 999, or 112 / 911 outside the UK."
    pub action: &'static str,
}

pub static CARE_CARDS: &[CareCard] = &[
    CareCard {
        id: "care-emergency",
        urgency: Urgency::Emergency,
        heading: "Call 999 (or your local emergency number) now if:",
        items: &[
            cited(
                "you are short of breath or have chest pain, and one leg is painful or swollen",
                &["nhs-dvt"],
            ),
            cited(
                "your pee is dark, like cola or strong tea, and your muscles hurt or feel weak",
                &["mayo-rhabdo", "krames-rhabdo"],
            ),
        ],
        action: "Call 999 now, or your local emergency number (112 / 911) if you are outside the UK.",
    },
    CareCard {
        id: "care-urgent",
        urgency: Urgency::Urgent,
        heading: "Ask for an urgent GP appointment, or get help from NHS 111, if:",
        items: &[
            cited(
                "one leg is swollen, red or darker, warm or throbbing (possible signs of a blood clot, called DVT)",
                &["nhs-dvt", "uclh-dvt"],
            ),
            cited(
                "a cramp lasts longer than 10 minutes, or severe cramping keeps going",
                &["nhs-leg-cramps", "mayo-night-leg-cramps"],
            ),
            cited(
                "you might have tetanus from a wound, or you have been in contact with a poison such as lead or mercury",
                &["nhs-leg-cramps", "nhs-older", "mayo-night-leg-cramps"],
            ),
            cited(
                "your leg is weak or numb (has lost feeling), or you cannot walk",
                &["mayo-night-leg-cramps", "merck-cramps"],
            ),
            cited("you get cramps in your chest, arms or belly", &["merck-cramps"]),
            cited(
                "cramps started after you lost a lot of fluid, for example through heavy sweating, being sick or diarrhoea",
                &["merck-cramps"],
            ),
            cited(
                "your leg hurts when you walk and eases when you rest. This can be a sign of poor blood flow (claudication): see a doctor within 1 to 2 days",
                &["fpnotebook", "merck-cramps"],
            ),
        ],
        action: "Ask your GP surgery for an urgent appointment today, or call 111 or use NHS 111 online. Outside the UK, contact your doctor or an urgent care service today.",
    },
    CareCard {
        id: "care-non-urgent",
        urgency: Urgency::NonUrgent,
        heading: "See a GP if:",
        items: &[
            cited("cramps often wake you or spoil your sleep", &["nhs-leg-cramps"]),
            cited("you have numbness or swelling in your legs", &["nhs-leg-cramps"]),
            cited(
                "you feel tired in the day because cramps break up your sleep",
                &["mayo-night-leg-cramps"],
            ),
            cited(
                "your muscles are getting weaker or thinner (wasting), or they often twitch",
                &["mayo-night-leg-cramps", "nice-cks-2012", "bmj-best-practice"],
            ),
            cited(
                "cramps are severe or frequent, or do not get better with self-care such as stretching",
                &["mayo-muscle-cramp", "nhs-leg-cramps"],
            ),
            cited(
                "cramps affect muscles other than your calf or foot",
                &["nice-cks-2012", "bmj-best-practice"],
            ),
            cited(
                "you think a medicine you take may be causing cramps: ask for a medicine review, and do not stop it on your own",
                &["nhs-leg-cramps", "garrison-2012"],
            ),
        ],
        action: "Book a routine appointment with your GP. Take your cramp diary and a list of all your medicines.",
    },
];

pub fn card(urgency: Urgency) -> Option<&'static CareCard> {
    CARE_CARDS.iter().find(|c| c.urgency == urgency)
}
