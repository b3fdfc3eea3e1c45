//! Two parts of the diary form: the warning signs, with the check's own care card under them as
//! soon as one is raised (ticked, or a longest cramp over 10 minutes), and the bedtime-stretches
//! box. Every word is `diary::warning`'s or the care card's (`content::care`); which sign gives
//! which card is decided there, not here.

use std::collections::BTreeSet;

use super::fields::write_checkboxes;
use crate::diary::warning::{raised_by, urgency_of, CARD_INTRO, STRETCHED_LABEL};
use crate::diary::{Field, Longest, WarningSign};
use crate::ui::shared::care_card::write_care_card;
use crate::ui::shared::markup::Markup;

/// The class of the care card's place under the warning signs.
pub(super) const FLAG_PLACE: &str = "diary-flag";
/// The place's attribute naming the card it shows ([`card_key`]).
pub(super) const CARD: &str = "data-card";

/// Which card the raised signs call for ("" for none).
pub(super) fn card_key(signs: &BTreeSet<WarningSign>, longest: Option<Longest>) -> &'static str {
    urgency_of(&raised_by(signs, longest)).map_or("", |urgency| urgency.key())
}

/// The warning signs as boxes to tick, then the care card they call for. The card's place is
/// always there (a live region, so a screen reader hears the card when it appears).
pub(super) fn write_signs(
    m: &mut Markup,
    signs: &BTreeSet<WarningSign>,
    longest: Option<Longest>,
    errors: &[String],
) {
    write_checkboxes(m, Field::WarningSigns, signs, errors);
    m.open("div")
        .attr("class", FLAG_PLACE)
        .attr("aria-live", "polite");
    m.attr(CARD, card_key(signs, longest));
    write_card(m, signs, longest);
    m.close("div");
}

/// The card the raised signs call for, with its introduction; nothing when none is raised.
pub(super) fn write_card(m: &mut Markup, signs: &BTreeSet<WarningSign>, longest: Option<Longest>) {
    if let Some(urgency) = urgency_of(&raised_by(signs, longest)) {
        m.el("p", "diary-flag__intro", CARD_INTRO);
        write_care_card(m, urgency, 3, false);
    }
}

/// "I did the bedtime stretches that evening".
pub(super) fn write_stretched(m: &mut Markup, checked: bool) {
    let field = Field::Stretched;
    m.open("fieldset")
        .attr("class", "field choices choices--check");
    m.el("legend", "field__label", field.label())
        .open("div")
        .attr("class", "choices__options");
    m.open("div")
        .attr("class", "choice")
        .open("input")
        .attr("type", "checkbox");
    m.attr("id", field.key())
        .attr("name", field.key())
        .attr_if(checked, "checked", "");
    m.open("label")
        .attr("for", field.key())
        .text(STRETCHED_LABEL)
        .close("label");
    m.close("div").close("div").close("fieldset");
}
