//! The doctor summary (/diary/summary/): the nights with warning signs first, then the last 4
//! to 8 weeks of the diary (flagged nights first in its table), its figures, and the latest
//! check (disposition, factors, medicine classes), laid out to print on one or two A4/Letter
//! pages. The print styles hide the site's header, footer and buttons.
//!
//! An island run by plain DOM code (`crate::runtime::plain`): the prerender writes the page's frame and "Opening your
//! diary…" ([`prerendered`]); in the browser [`start`] reads the diary and writes the summary
//! below the frame, from the same markup functions, without Yew.

use web_sys::Element;

use crate::assessment::ResultSummary;
use crate::diary::changes::{summary_lines, TrialAndMedicines};
use crate::diary::night_rates::{nights_from_entries, METHOD};
use crate::diary::warning::{self, SUMMARY_INTRO, SUMMARY_TITLE};
use crate::diary::{self as model, stats, Date, DiaryEntry};
use crate::platform::diary_store::open_stored;
use crate::routes::Route;
use crate::runtime::in_tasks::after_next_paint;
use crate::ui::diary::changes::load_changes;
use crate::ui::diary::chart::{write_chart, write_table};
use crate::ui::diary::figures::write_figures;
use crate::ui::diary::last_check::{
    load_last_check, medicine_classes, medicines_reported, reason_label, risk_factors, CheckFactor,
};
use crate::ui::shared::link::href;
use crate::ui::shared::markup::Markup;
use entries::write_entries;

mod entries;

/// The summary covers at least this many weeks, and at most [`MOST_WEEKS`].
const FEWEST_WEEKS: u32 = 4;
const MOST_WEEKS: u32 = 8;
/// Entry rows that fit on the printed pages with everything else.
const MOST_ROWS: usize = 40;

/// What the summary is made from, once read.
struct Opened {
    today: Date,
    diary: model::Diary,
    unreadable: bool,
    check: Option<ResultSummary>,
    /// The trial of a change and the medicines, when the person set them.
    changes: TrialAndMedicines,
}

/// The page as it is before the diary is read: its frame (title, lead, Print, the way back and
/// where the summary comes from), which stays as it is, and "Opening your diary…" below it.
pub fn prerendered() -> String {
    let mut m = Markup::new();
    m.open("div")
        .attr("class", "summary")
        .el("h1", "", "Summary for your doctor");
    m.el("p", "lead no-print", "Your cramp diary and your latest check on one or two pages, to print or show at an appointment.");
    m.open("div").attr("class", "summary-actions no-print");
    m.open("button")
        .attr("type", "button")
        .text("Print")
        .close("button");
    m.open("a")
        .attr("href", &href(&Route::Diary, None))
        .text("Back to the diary")
        .close("a");
    m.close("div");
    m.el(
        "p",
        "summary-meta",
        "Made with the Night Cramps app, from the diary kept by the person on their own device.",
    );
    m.el("p", "diary-opening", "Opening your diary…")
        .close("div");
    m.into_string()
}

/// Reads the diary and writes the summary in place of "Opening your diary…"; false when the
/// prerendered page is not there.
pub fn start(island: &Element) -> bool {
    let find = |selector: &str| island.query_selector(selector).ok().flatten();
    let (Some(print), Some(opening)) = (find(".summary-actions button"), find(".diary-opening"))
    else {
        return false;
    };
    gloo::events::EventListener::new(&print, "click", |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    })
    .forget();
    let island = island.clone();
    open_stored(move |opening_done| {
        let open = Opened {
            today: opening_done.today,
            diary: opening_done.stored.diary,
            unreadable: !opening_done.stored.unreadable.is_empty(),
            check: load_last_check(),
            changes: load_changes().changes,
        };
        let (mut m, mut later) = (Markup::new(), Markup::new());
        write_opened(&mut m, &mut later, &open);
        // The chart and the tables follow after a paint, so neither task keeps a slow phone
        // busy for long; busy until then, for assistive technology and tests.
        m.open("div")
            .attr("class", "summary-later")
            .attr("aria-busy", "true")
            .close("div");
        opening.set_outer_html(&m.into_string());
        let later = later.into_string();
        let island = island.clone();
        after_next_paint(move || {
            if let Some(place) = island.query_selector(".summary-later").ok().flatten() {
                place.set_outer_html(&later);
            }
            // The island is live once the summary is on screen (`Island::opens_from_storage`).
            crate::platform::browser::island_hydrated();
        });
    });
    true
}

/// The summary below its frame, once the diary is read: into `m` what the first screens show
/// (the latest check, trial and figures), into `later` the weekly chart and the tables.
fn write_opened(m: &mut Markup, later: &mut Markup, open: &Opened) {
    let Opened {
        today,
        diary,
        unreadable,
        check,
        changes,
    } = open;
    let today = *today;

    // The diary's own span, between 4 and 8 weeks, so a new diary is not padded with empty weeks.
    let weeks = stats::period(diary, today, MOST_WEEKS)
        .weeks_covered
        .clamp(FEWEST_WEEKS, MOST_WEEKS);
    let overview = stats::overview(diary, today, weeks);
    let in_weeks = |weeks: u32| -> Vec<&DiaryEntry> {
        let from = today.add_days(1 - 7 * i64::from(weeks));
        // Oldest first, like a log on paper.
        diary
            .iter()
            .rev()
            .filter(|e| e.night_of >= from && e.night_of <= today)
            .collect()
    };
    // A busy diary lists only its last 4 weeks of nights, so the summary stays within two pages.
    let mut entry_weeks = weeks;
    let mut entries = in_weeks(weeks);
    if entries.len() > MOST_ROWS {
        entry_weeks = FEWEST_WEEKS;
        entries = in_weeks(FEWEST_WEEKS);
    }
    let entries = warning::flagged_first(&entries);
    // Every flagged night of the diary, newest first, whatever the weeks covered.
    let flagged: Vec<&DiaryEntry> = diary
        .iter()
        .filter(|e| warning::entry_urgency(e).is_some())
        .collect();

    let made = format!(
        "Covers the {weeks} weeks up to {}, when it was made.",
        today.long_label()
    );
    m.el("p", "summary-meta", &made);
    if *unreadable {
        m.el("p", "diary-problem no-print", "Some saved diary data could not be read, so it is not in this summary. The diary page explains how to download it.");
    }
    if !flagged.is_empty() {
        write_flagged(m, &flagged);
    }
    section(m, "summary-check-title", "summary-section", "Latest check");
    write_check(m, check.as_ref());
    m.close("section");
    write_changes(m, changes, diary, today);
    section(m, "summary-figures-title", "summary-section", "Figures");
    if diary.is_empty() {
        m.el("p", "", "There are no diary entries yet.");
    } else {
        write_figures(m, &overview);
    }
    m.close("section");
    if diary.is_empty() {
        return;
    }
    let title = format!("Nights with cramps per week, last {weeks} weeks");
    section(
        later,
        "summary-weeks-title",
        "summary-section summary-weeks",
        &title,
    );
    write_chart(later, &overview.weeks, true, &[]);
    later
        .open("div")
        .attr("class", "table-scroll")
        .attr("role", "region");
    later
        .attr("aria-label", "Nights with cramps per week (table)")
        .attr("tabindex", "0");
    let caption = format!("Nights with cramps per week, last {weeks} weeks, newest first");
    write_table(later, &overview.weeks, &caption);
    later.close("div").close("section");
    let title = format!("Diary entries, last {entry_weeks} weeks");
    section(later, "summary-entries-title", "summary-section", &title);
    if entries.is_empty() {
        later.el("p", "", "No entries in these weeks.");
    } else {
        later
            .open("div")
            .attr("class", "table-scroll summary-entries-wrap")
            .attr("role", "region");
        later
            .attr("aria-label", "Diary entries (table)")
            .attr("tabindex", "0");
        write_entries(later, &entries);
        later.close("div");
    }
    later.close("section");
}

/// Opens `<section>` with its heading; the caller closes it.
fn section(m: &mut Markup, id: &str, class: &str, title: &str) {
    m.open("section")
        .attr("aria-labelledby", id)
        .attr("class", class);
    m.open("h2").attr("id", id).text(title).close("h2");
}

/// The nights with warning signs: each night, what was recorded and the check's advice for it.
fn write_flagged(m: &mut Markup, flagged: &[&DiaryEntry]) {
    section(
        m,
        "summary-flagged-title",
        "summary-section summary-flagged",
        SUMMARY_TITLE,
    );
    m.el("p", "", SUMMARY_INTRO)
        .open("dl")
        .attr("class", "summary-check");
    for e in flagged {
        let signs = warning::raised(e);
        let advice = warning::urgency_of(&signs)
            .map(warning::advice)
            .unwrap_or_default();
        m.open("div")
            .attr("class", "summary-check__row")
            .el("dt", "", &e.night_of.long_label());
        for label in warning::recorded(&signs) {
            m.el("dd", "", label);
        }
        m.open("dd")
            .el("strong", "", &format!("The check's advice: {advice}"));
        m.close("dd").close("div");
    }
    m.close("dl").close("section");
}

/// The trial of a change (with its verdict and the method) and the medicines with what the diary
/// shows around each start; nothing when neither is set.
fn write_changes(m: &mut Markup, changes: &TrialAndMedicines, diary: &model::Diary, today: Date) {
    if changes.experiment.is_none() && changes.medicines.is_empty() {
        return;
    }
    let nights = nights_from_entries(diary.iter());
    let (trial, medicines) = summary_lines(changes, &nights, today);
    if let Some([line, verdict]) = trial {
        section(
            m,
            "summary-trial-title",
            "summary-section summary-trial",
            "Trial of a change",
        );
        m.el("p", "", &line)
            .open("p")
            .el("strong", "", &verdict)
            .close("p");
        m.el("p", "hint", METHOD).close("section");
    }
    if !medicines.is_empty() {
        let title = "Medicines listed in the diary";
        section(
            m,
            "summary-medicines-title",
            "summary-section summary-medicines",
            title,
        );
        m.open("ul");
        for line in &medicines {
            m.el("li", "", line);
        }
        m.close("ul").close("section");
    }
}

/// The latest check: its advice, the answers behind it, and what may contribute.
fn write_check(m: &mut Markup, check: Option<&ResultSummary>) {
    let Some(check) = check else {
        m.open("p")
            .text("No check saved yet. ")
            .open("span")
            .attr("class", "no-print");
        m.open("a")
            .attr("href", &href(&Route::Check, None))
            .text("Check your cramps");
        m.close("a").close("span").close("p");
        return;
    };
    let named = |factors: Vec<CheckFactor>| -> Vec<String> {
        factors
            .into_iter()
            .map(|f| format!("{} ({})", f.name, f.strength.label().to_ascii_lowercase()))
            .collect()
    };
    let row = |m: &mut Markup, term: &str, items: Vec<String>, none: &str| {
        m.open("div")
            .attr("class", "summary-check__row")
            .el("dt", "", term);
        if items.is_empty() {
            m.el("dd", "", none);
        }
        for item in &items {
            m.el("dd", "", item);
        }
        m.close("div");
    };
    m.open("p")
        .attr("class", "summary-disposition")
        .el("strong", "", check.disposition.label());
    m.text(&format!(" (check done on {})", check.checked.long_label()))
        .close("p");
    m.open("dl").attr("class", "summary-check");
    let because = check.because.iter().map(reason_label).collect();
    row(
        m,
        "Because of these answers",
        because,
        "No answers recorded.",
    );
    row(
        m,
        "What may contribute",
        named(risk_factors(check)),
        "None found in the answers.",
    );
    row(
        m,
        "Medicines reported",
        medicines_reported(check),
        "None of the medicines asked about.",
    );
    let classes = named(medicine_classes(check));
    if !classes.is_empty() {
        row(m, "Medicine groups linked with cramps", classes, "");
    }
    m.close("dl");
}
