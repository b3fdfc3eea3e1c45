//! Care cards, modelled on the NHS ones: emergency (call 999/112/911 now), urgent (same day) and
//! non-urgent (book a routine appointment). The card text lives here; the UI only styles it.

use super::Cited;

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

pub static CARE_CARDS: &[CareCard] = &[];

pub fn card(urgency: Urgency) -> Option<&'static CareCard> {
    CARE_CARDS.iter().find(|c| c.urgency == urgency)
}
