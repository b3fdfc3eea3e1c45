//! "Which night?": the recent nights as radios, and a date field behind "Another night".

use super::fields::{close_group, describedby, open_group, write_choice};
use crate::diary::{Date, Field, RecentNight};
use crate::ui::shared::markup::Markup;

/// The key of the "Another night" radio.
pub(super) const OTHER: &str = "other";

/// How the night is asked right now: which recent night is chosen, if any, and whether the date
/// field is shown ("Another night").
pub(super) struct NightShown<'a> {
    pub(super) picked: Option<&'a RecentNight>,
    pub(super) other: bool,
}

/// "Which night?": the recent nights as radios, then "Another night", which shows a date field
/// right after it (so it is next in the tab order). The field is only made when asked for.
pub(super) fn write_night(
    m: &mut Markup,
    recent: &[RecentNight],
    night: &NightShown,
    value: &str,
    max: Date,
    errors: &[String],
) {
    let field = Field::NightOf;
    open_group(m, field, errors, "choices--radio");
    for r in recent {
        let checked = !night.other && night.picked == Some(r);
        write_choice(m, "radio", field, r.key, &r.label, checked);
    }
    write_choice(m, "radio", field, OTHER, "Another night", night.other);
    if night.other {
        write_date(m, value, max, !errors.is_empty());
    }
    close_group(m);
}

/// The date field behind "Another night".
pub(super) fn write_date(m: &mut Markup, value: &str, max: Date, has_error: bool) {
    let field = Field::NightOf;
    m.open("div")
        .attr("class", "choices__reveal")
        .open("label")
        .attr("for", field.key());
    m.attr("class", "field__label")
        .text("Date of the night")
        .close("label");
    m.open("input")
        .attr("id", field.key())
        .attr("name", "night_date")
        .attr("type", "date");
    m.attr("value", value)
        .attr("class", "input")
        .attr("max", &max.to_string());
    m.attr("autocomplete", "off")
        .attr("aria-describedby", &describedby(field, has_error));
    m.attr_if(has_error, "aria-invalid", "true").close("div");
}
