//! The diary page below the form: "How often" (figures and chart) and "Backups" (whether the
//! browser keeps the diary, the last backup and a nudge when many nights were saved since, what
//! can clear the diary, and the link to make or restore one). "Your entries" is `list`.

use crate::diary::changes::MedicineCourse;
use crate::diary::keeping::{Keeping, WHAT_CAN_CLEAR};
use crate::diary::medicine_timeline::marks_between;
use crate::diary::night_store::Stamps;
use crate::diary::{stats, Date, Diary};
use crate::routes::Route;
use crate::ui::diary::backup::PURPOSE;
use crate::ui::diary::chart::{write_chart, write_table};
use crate::ui::diary::figures::write_figures;
use crate::ui::shared::link::href;
use crate::ui::shared::markup::Markup;

/// Weeks in the diary page's chart.
const CHART_WEEKS: u32 = 12;

/// "How often": the figures, the weekly chart and the chart as a table.
pub fn write_how_often(m: &mut Markup, diary: &Diary, today: Date, medicines: &[MedicineCourse]) {
    m.open("section")
        .attr("aria-labelledby", "diary-figures-title");
    m.open("h2")
        .attr("id", "diary-figures-title")
        .text("How often")
        .close("h2");
    if diary.is_empty() {
        m.el(
            "p",
            "",
            "Your figures and a chart appear here once you have added entries.",
        );
        m.close("section");
        return;
    }
    let overview = stats::overview(diary, today, CHART_WEEKS);
    let from = today.add_days(1 - 7 * i64::from(CHART_WEEKS));
    let marks = marks_between(medicines, from, today);
    write_figures(m, &overview);
    m.el(
        "h3",
        "",
        &format!("Nights with cramps per week, last {CHART_WEEKS} weeks"),
    );
    write_chart(m, &overview.weeks, false, &marks);
    m.open("details").attr("class", "diary-table-toggle");
    m.el("summary", "", "Show the chart as a table")
        .open("div")
        .attr("class", "table-scroll");
    let caption = format!("Nights with cramps per week, last {CHART_WEEKS} weeks, newest first");
    write_table(m, &overview.weeks, &caption);
    m.close("div").close("details").close("section");
}

/// "Backups": what keeps the diary safe, and the way to the backups page.
pub fn write_keeping(m: &mut Markup, keeping: &Keeping, stamps: &Stamps) {
    m.open("h2")
        .attr("id", "diary-files-title")
        .text("Backups")
        .close("h2");
    m.el("p", "", PURPOSE);
    m.open("p")
        .attr("id", "diary-persisted")
        .text(keeping.persist_line())
        .close("p");
    m.open("p")
        .attr("id", "diary-last-backup")
        .text(&keeping.backup_line())
        .close("p");
    if let Some(advice) = keeping.backup_advice(stamps) {
        m.open("p")
            .attr("id", "diary-backup-advice")
            .attr("class", "diary-backup-advice");
        m.text(&advice).close("p");
    }
    m.el("p", "", WHAT_CAN_CLEAR).open("p").open("a");
    m.attr("href", &href(&Route::DiaryBackup, None))
        .text("Back up or restore your diary");
    m.close("a").close("p");
}
