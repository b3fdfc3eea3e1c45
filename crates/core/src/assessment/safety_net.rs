//! The safety net under every result: what would change the advice, and what to do then.
//!
//! Every result has one, as GPs give one at the end of a visit: when to see a GP, when to get
//! help today, when to call 999, and when to do the check again. The warning signs themselves
//! are not repeated here as text: a line can point at the red flags of a level, which the UI
//! lists from `content::red_flags`, so a sign is worded in one place only.

use super::triage::Disposition;
use crate::content::care::Urgency;

/// What follows a line's lead-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signs {
    /// The warning signs of this level, from `content::red_flags`.
    RedFlags(Urgency),
    /// Signs worded here.
    Listed(&'static [&'static str]),
    /// Nothing: the lead-in is the whole line.
    None,
}

/// One line of the safety net: "Call 999 now if:" followed by its signs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyLine {
    pub lead: &'static str,
    pub signs: Signs,
}

/// The heading over the safety net on every result.
pub const HEADING: &str = "If things change";

const CALL_999: SafetyLine = SafetyLine {
    lead: "Call 999 now if:",
    signs: Signs::RedFlags(Urgency::Emergency),
};

const GET_HELP_TODAY: SafetyLine = SafetyLine {
    lead: "Ask for an urgent GP appointment, or call 111, today if:",
    signs: Signs::RedFlags(Urgency::Urgent),
};

const SEE_A_GP: SafetyLine = SafetyLine {
    lead: "Book a GP appointment if:",
    signs: Signs::Listed(&[
        "cramps often wake you, or make you tired in the day",
        "the cramps are no better after 2 weeks of stretching every night, or they get worse",
        "you notice numbness, swelling, or a leg or muscle slowly getting weaker or thinner",
        "cramps start or get worse after you begin a new medicine (keep taking it until you have asked)",
    ]),
};

const CHECK_AGAIN: SafetyLine = SafetyLine {
    lead: "Do this check again if your cramps change, you start a new medicine, or you become pregnant.",
    signs: Signs::None,
};

const CHECK_AGAIN_AFTER_DOCTOR: SafetyLine = SafetyLine {
    lead: "Once a doctor has checked you, you can do this check again for advice on the cramps.",
    signs: Signs::None,
};

const DO_NOT_WAIT: SafetyLine = SafetyLine {
    lead: "Do not wait to see if it passes, even if the signs ease. Do not drive yourself.",
    signs: Signs::None,
};

const NO_ADVICE_TODAY: SafetyLine = SafetyLine {
    lead: "If you cannot get advice today, call 111 or go to an urgent treatment centre.",
    signs: Signs::None,
};

/// The safety net for a result.
pub fn safety_net(disposition: Disposition) -> &'static [SafetyLine] {
    match disposition {
        Disposition::Emergency => &[DO_NOT_WAIT, CHECK_AGAIN_AFTER_DOCTOR],
        Disposition::Urgent => &[CALL_999, NO_ADVICE_TODAY, CHECK_AGAIN_AFTER_DOCTOR],
        Disposition::Routine => &[CALL_999, GET_HELP_TODAY, CHECK_AGAIN],
        Disposition::SelfCare => &[CALL_999, GET_HELP_TODAY, SEE_A_GP, CHECK_AGAIN],
    }
}
