//! Care cards, modelled on the NHS ones: emergency (call 999/112/911 now), urgent (same day) and
//! non-urgent (book a routine appointment). The card text lives here; the UI only styles it.

use super::red_flags::red_flags_of;
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
        // The emergency red flags come first (see [`card_items`]).
        items: &[],
        action: "Call 999 now, or 112 or 911 if you are outside the UK. Do not drive yourself.",
    },
    CareCard {
        id: "care-urgent",
        urgency: Urgency::Urgent,
        heading: "Ask for an urgent GP appointment, or get help from NHS 111, if:",
        // The urgent red flags come first (see [`card_items`]).
        items: &[],
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
                "your muscles are slowly getting weaker or thinner, or they often twitch",
                &["mayo-night-leg-cramps", "nice-cks-2012", "bmj-best-practice"],
            ),
            cited(
                "your leg hurts when you walk and eases when you rest. This can be a sign of poor blood flow: see a GP within a few days",
                &["fpnotebook", "merck-cramps"],
            ),
            cited(
                "cramps are severe or frequent, get worse, or do not get better with stretching",
                &["mayo-muscle-cramp", "nhs-leg-cramps"],
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

/// Every line of a card: the red flags of its level (so a warning sign is worded once, in
/// `red_flags`), then the card's own items.
pub fn card_items(card: &CareCard) -> Vec<Cited> {
    let mut items: Vec<Cited> = red_flags_of(card.urgency)
        .map(|f| Cited {
            text: f.sign,
            sources: f.sources,
        })
        .collect();
    items.extend_from_slice(card.items);
    items
}
