//! "There is a problem": the refused save's problems, each a link that moves focus to its field.

use super::fields::option_id;
use super::night::NightShown;
use crate::diary::{Choice, Field, FieldError, Muscle, Relief, WarningSign};
use crate::routes::Route;
use crate::ui::shared::link::href;
use crate::ui::shared::markup::Markup;

/// The attribute naming the control a problem's link moves focus to.
pub(super) const TARGET: &str = "data-focus";

/// The id of a field's first control: what its label and the error summary point at. The
/// night's is its date field when that is shown, otherwise its recent night chosen.
pub(super) fn control_id(field: Field, night: &NightShown) -> String {
    match field {
        Field::NightOf => match night.picked {
            Some(r) if !night.other => option_id(field, r.key),
            _ => field.key().to_string(),
        },
        Field::Muscles => option_id(field, Muscle::ALL[0].key()),
        Field::Side => option_id(field, "none"),
        Field::Longest => option_id(field, "none"),
        Field::WorstPain => option_id(field, "0"),
        Field::SleepLost => option_id(field, "none"),
        Field::Helped => option_id(field, Relief::ALL[0].key()),
        Field::WarningSigns => option_id(field, WarningSign::ALL[0].key()),
        _ => field.key().to_string(),
    }
}

/// "There is a problem", with a link to each field that moves focus to it.
pub(super) fn write_summary(m: &mut Markup, errors: &[FieldError], night: &NightShown) {
    if errors.is_empty() {
        return;
    }
    m.open("div")
        .attr("class", "error-summary")
        .attr("tabindex", "-1")
        .attr("role", "alert");
    m.attr("aria-labelledby", "error-summary-title").open("h3");
    m.attr("id", "error-summary-title")
        .attr("class", "error-summary__title");
    m.text("There is a problem")
        .close("h3")
        .open("ul")
        .attr("class", "error-summary__list");
    for error in errors {
        let target = control_id(error.field, night);
        // A fragment link would resolve against <base href> and leave the page: a click moves
        // focus instead (`live`), and the address is there for "copy link" and no script.
        m.open("li")
            .open("a")
            .attr("href", &href(&Route::Diary, Some(&target)));
        m.attr(TARGET, &target)
            .text(&error.message)
            .close("a")
            .close("li");
    }
    m.close("ul").close("div");
}
