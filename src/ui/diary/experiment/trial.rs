//! The trial on the page: choosing the change and its first night, then the trial under way.

use super::Opened;
use crate::diary::changes::{Change, Experiment};
use crate::diary::experiment::{
    assess, periods_text, ratio_text, trial_finding, Report, HOW_IT_WORKS, LIMITS, RATIO_MEANS,
};
use crate::diary::{stats, Date};
use crate::routes::Route;
use crate::ui::diary::chart::{write_chart, write_table};
use crate::ui::diary::files::DO;
use crate::ui::shared::cites::write_cites;
use crate::ui::shared::link::href;
use crate::ui::shared::markup::Markup;

pub(super) const FORM_ID: &str = "experiment-form";
pub(super) const NAMED_ID: &str = "experiment-change-named";
pub(super) const NAME_ID: &str = "experiment-name";
pub(super) const START_ID: &str = "experiment-start";

/// Choosing the change and its first night (tonight unless the person changes it).
pub(super) fn write_trial_form(m: &mut Markup, today: Date) {
    m.el("h3", "", "How it works").open("ol");
    for line in HOW_IT_WORKS {
        m.el("li", "", line);
    }
    m.close("ol")
        .open("form")
        .attr("class", "experiment-form")
        .attr("id", FORM_ID);
    m.attr("novalidate", "")
        .open("fieldset")
        .attr("class", "field choices choices--radio");
    m.el("legend", "field__label", "The change");
    m.open("div").attr("class", "choices__options");
    let changes = [
        (
            "experiment-change-stretching",
            "bedtime-stretching",
            "Bedtime stretching (calf and back of thigh, every night)",
        ),
        (NAMED_ID, "named", "Something else"),
    ];
    for (id, value, label) in changes {
        m.open("div")
            .attr("class", "choice")
            .open("input")
            .attr("type", "radio");
        m.attr("id", id)
            .attr("name", "experiment-change")
            .attr("value", value);
        m.attr_if(id != NAMED_ID, "checked", "");
        m.open("label")
            .attr("for", id)
            .text(label)
            .close("label")
            .close("div");
    }
    m.close("div").close("fieldset");
    field(
        m,
        NAME_ID,
        "If something else, what?",
        "A few words, for example \"No coffee after lunch\".",
    );
    m.open("input")
        .attr("type", "text")
        .attr("class", "input")
        .attr("id", NAME_ID);
    m.attr("maxlength", "80")
        .attr("aria-describedby", "experiment-name-hint")
        .close("div");
    field(m, START_ID, "First night of the change", "Today, or a night in the next month. The 6 weeks before it are compared with the 6 weeks from it.");
    m.open("input")
        .attr("type", "date")
        .attr("class", "input")
        .attr("id", START_ID);
    m.attr("value", &today.to_string())
        .attr("aria-describedby", "experiment-start-hint");
    m.close("div").open("div").attr("class", "button-row");
    m.open("button")
        .attr("type", "submit")
        .text("Start the trial")
        .close("button");
    m.close("div").close("form");
}

/// Opens a field with its label and hint; its input follows, then the caller closes the field.
fn field(m: &mut Markup, id: &str, label: &str, hint: &str) {
    m.open("div")
        .attr("class", "field")
        .open("label")
        .attr("for", id);
    m.attr("class", "field__label").text(label).close("label");
    m.open("span")
        .attr("class", "hint")
        .attr("id", &format!("{id}-hint"));
    m.text(hint).close("span");
}

/// The trial under way: the verdict, the figures before and during, the ratio with its interval,
/// what the trial found, and the limits.
pub(super) fn write_trial_report(m: &mut Markup, open: &Opened, chosen: &Experiment) {
    let report: Report = assess(&open.nights, chosen.start, open.today);
    let before = stats::weekly(&open.diary, chosen.start.add_days(-1), 6);
    // Only the weeks begun so far: a week still to come would show as 0 cramp nights.
    let weeks_begun = report.days_done.div_ceil(7).max(1);
    let during_end = chosen.start.add_days(7 * i64::from(weeks_begun) - 1);
    let during = stats::weekly(&open.diary, during_end, weeks_begun);
    let finding = trial_finding(&chosen.change);
    let [figure_before, figure_during] = report.figures_text();
    m.open("p")
        .attr("class", "experiment-change")
        .el("strong", "", chosen.change.name());
    m.text(&format!(
        ", from the night of {}.",
        chosen.start.long_label()
    ))
    .close("p");
    m.open("p")
        .attr("class", "experiment-verdict")
        .attr("id", "experiment-verdict");
    m.el("strong", "", &report.verdict_text()).close("p");
    m.open("ul").attr("class", "experiment-figures");
    m.el("li", "", &figure_before).el("li", "", &figure_during);
    m.open("li")
        .attr("id", "experiment-ratio")
        .text(&ratio_text(&report))
        .close("li");
    m.close("ul")
        .el("p", "hint", RATIO_MEANS)
        .el("p", "hint", &periods_text(&report));
    m.el("h3", "", "Cramp nights per week before the change");
    write_weeks(
        m,
        &before,
        "Show the weeks before as a table",
        "Nights with cramps per week, the 6 weeks before the change, newest first",
    );
    if report.days_done > 0 {
        m.el("h3", "", "Cramp nights per week during the change, so far");
        write_weeks(
            m,
            &during,
            "Show the weeks during as a table",
            "Nights with cramps per week during the change, newest first",
        );
    }
    if !finding.is_empty() {
        m.el("h3", "", "What the trial found");
        for c in finding {
            m.open("p").text(c.text);
            write_cites(m, c.sources);
            m.close("p");
        }
    }
    if matches!(chosen.change, Change::BedtimeStretching) {
        m.open("p")
            .open("a")
            .attr("href", &href(&Route::Stretch, None));
        m.text(crate::content::stretches::GUIDE_LINK)
            .close("a")
            .close("p");
    }
    m.el("h3", "", "What this cannot tell you").open("ul");
    for c in LIMITS {
        m.open("li").text(c.text);
        write_cites(m, c.sources);
        m.close("li");
    }
    m.close("ul").open("div").attr("class", "button-row");
    m.open("button")
        .attr("type", "button")
        .attr("class", "secondary")
        .attr(DO, "end");
    m.text("End this trial").close("button").close("div");
    m.el(
        "p",
        "hint",
        "Ending the trial keeps your diary. You can then start a new one.",
    );
}

/// A small chart of weeks, and the same weeks as a table behind a disclosure.
fn write_weeks(m: &mut Markup, weeks: &[crate::diary::WeekSummary], toggle: &str, caption: &str) {
    write_chart(m, weeks, true, &[]);
    m.open("details")
        .attr("class", "diary-table-toggle")
        .el("summary", "", toggle);
    m.open("div").attr("class", "table-scroll");
    write_table(m, weeks, caption);
    m.close("div").close("details");
}
