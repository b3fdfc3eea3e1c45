//! The summary's table of entries: one row a night, short enough to print on one line.

use crate::diary::warning::{self, ROW_MARK};
use crate::diary::{DiaryEntry, Longest, Muscle, Relief, Side, SleepLost};
use crate::ui::shared::markup::Markup;

/// Short forms for the table's narrow columns, so a row fits on one printed line. Matching on
/// every variant keeps them in step with the diary's options.
fn short_muscle(m: Muscle) -> &'static str {
    match m {
        Muscle::Calf => "Calf",
        Muscle::Foot => "Foot",
        Muscle::BackOfThigh => "Back of thigh",
        Muscle::FrontOfThigh => "Front of thigh",
        Muscle::Other => "Elsewhere",
    }
}

fn short_side(side: Side) -> &'static str {
    match side {
        Side::Left => "Left",
        Side::Right => "Right",
        Side::Both => "Both",
    }
}

fn short_longest(longest: Longest) -> &'static str {
    match longest {
        Longest::UnderOneMinute => "< 1 min",
        Longest::OneToFiveMinutes => "1–5 min",
        Longest::FiveToTenMinutes => "5–10 min",
        Longest::OverTenMinutes => "> 10 min",
    }
}

fn short_sleep(sleep: SleepLost) -> &'static str {
    match sleep {
        SleepLost::UnderFifteenMinutes => "< 15 min",
        SleepLost::UpToAnHour => "15–60 min",
        SleepLost::OneToTwoHours => "1–2 hours",
        SleepLost::OverTwoHours => "> 2 hours",
    }
}

fn short_relief(relief: Relief) -> &'static str {
    match relief {
        Relief::Stretching => "Stretching",
        Relief::Walking => "Walking",
        Relief::Massage => "Massage",
        Relief::Warmth => "Warmth",
        Relief::Other => "Other",
    }
}

/// Every entry in the weeks covered, one row each, short enough to print on one line.
pub(super) fn write_entries(m: &mut Markup, entries: &[&DiaryEntry]) {
    let joined = |words: Vec<&str>| words.join(", ");
    m.open("table").attr("class", "diary-table summary-entries");
    m.el(
        "caption",
        "visually-hidden",
        "Diary entries: nights with warning signs first, then oldest first",
    );
    m.open("thead").open("tr");
    let columns = [
        ("Night of", ""),
        ("Cramps", "summary-num"),
        ("Muscles", ""),
        ("Side", ""),
        ("Longest", ""),
        ("Pain (0-10)", "summary-num"),
        ("Sleep lost", ""),
        ("Stretched", ""),
        ("What helped", ""),
        ("Note", ""),
    ];
    for (heading, class) in columns {
        m.open("th")
            .attr("scope", "col")
            .attr_if(!class.is_empty(), "class", class);
        m.text(heading).close("th");
    }
    m.close("tr").close("thead").open("tbody");
    for e in entries {
        m.open("tr")
            .open("th")
            .attr("scope", "row")
            .text(&e.night_of.short_label());
        if warning::entry_urgency(e).is_some() {
            m.el("span", "summary-flag", ROW_MARK);
        }
        m.close("th").el("td", "summary-num", &e.cramps.to_string());
        m.el(
            "td",
            "",
            &joined(e.muscles.iter().map(|x| short_muscle(*x)).collect()),
        );
        m.el(
            "td",
            "summary-short",
            e.side.map(short_side).unwrap_or_default(),
        );
        m.el(
            "td",
            "summary-short",
            e.longest.map(short_longest).unwrap_or_default(),
        );
        let pain = e.worst_pain.map(|p| p.to_string()).unwrap_or_default();
        m.el("td", "summary-num", &pain);
        m.el(
            "td",
            "summary-short",
            e.sleep_lost.map(short_sleep).unwrap_or_default(),
        );
        m.el("td", "summary-short", if e.stretched { "Yes" } else { "" });
        m.el(
            "td",
            "",
            &joined(e.helped.iter().map(|r| short_relief(*r)).collect()),
        );
        m.el("td", "summary-note", &e.note).close("tr");
    }
    m.close("tbody").close("table");
}
