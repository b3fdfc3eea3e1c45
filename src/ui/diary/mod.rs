//! The cramp diary (/diary): add, change and delete entries (with Undo), the figures and chart,
//! the list, and what keeps the diary safe (the browser's promise, the last backup). The
//! printable doctor summary (/diary/summary/) is in [`summary`], backups (/diary/backup/) in
//! [`backup`], the trial of a change (/diary/experiment/) in [`experiment`].
//!
//! Every diary page is an island run by plain DOM code (`crate::runtime::plain`): the prerender writes its frame and
//! "Opening your diary…"; in the browser the diary is read from storage and the page is written
//! below its title from the same markup functions, without Yew. The diary page itself is one
//! [`DiaryPage`](crate::diary::page::DiaryPage) (a pure reducer, `diary::page`), brought to life
//! by [`live`]: every change another window makes arrives through the `storage` event, and
//! writes go through the reducer's own steps, which return what happened.

pub mod backup;
pub mod experiment;
mod live;
pub mod summary;

// The parts the diary's pages are built from.
pub mod changes;
pub mod chart;
pub mod conflict;
pub mod figures;
pub mod files;
pub mod form;
pub mod last_check;
pub mod list;
pub mod notice;
pub mod recovery;
pub mod sections;

use crate::diary::page::{FORM_TITLE_ID, NOTICE_ID};
use crate::routes::Route;
use crate::ui::shared::link::href;
use crate::ui::shared::markup::Markup;

pub use live::start;

/// The page before the diary is read, as the prerender writes it.
pub fn prerendered() -> String {
    let mut m = Markup::new();
    m.open("div")
        .attr("class", "diary")
        .el("h1", "", "Cramp diary");
    m.el("p", "lead", "Note each night's cramps to see how often they happen and whether things change. Your diary is saved only on this device.");
    m.el("p", "diary-opening", "Opening your diary…")
        .close("div");
    m.into_string()
}

/// The places below the title that `live` fills once the diary is read, in page order.
pub(crate) const PLACES: [&str; 8] = [
    ".diary-page__problem",
    ".diary-page__recovery",
    "#diary-notice",
    ".diary-page__conflict",
    ".diary-page__form",
    ".diary-page__figures",
    ".diary-page__entries",
    ".diary-keeping",
];

/// The page below its title once the diary is read, each of its `PLACES` holding `places`.
fn write_frame(m: &mut Markup, places: &[String; 8]) {
    let links = [
        (Route::DiarySummary, "Summary for your doctor (to print)"),
        (
            Route::DiaryExperiment,
            "Does it work for me? Try a change, and list your medicines",
        ),
    ];
    for (route, label) in links {
        m.open("p")
            .attr("class", "diary-links")
            .open("a")
            .attr("href", &href(&route, None));
        m.text(label).close("a").close("p");
    }
    m.open("nav")
        .attr("class", "diary-jump")
        .attr("aria-label", "On this page")
        .open("ul");
    let jumps = [
        (FORM_TITLE_ID, "Add an entry"),
        ("diary-figures-title", "How often"),
        ("diary-entries-title", "Your entries"),
        ("diary-files-title", "Backups"),
    ];
    for (id, label) in jumps {
        m.open("li")
            .open("a")
            .attr("href", &href(&Route::Diary, Some(id)));
        m.text(label).close("a").close("li");
    }
    m.close("ul").close("nav");
    let [problem, recovery, notice, conflict, form, figures, entries, keeping] = places;
    for (place, html) in [
        ("diary-page__problem", problem),
        ("diary-page__recovery", recovery),
    ] {
        m.open("div").attr("class", place).push(html).close("div");
    }
    m.open("div")
        .attr("id", NOTICE_ID)
        .attr("class", "diary-notice")
        .attr("tabindex", "-1");
    m.attr("role", "status").push(notice).close("div");
    for (place, html) in [
        ("diary-page__conflict", conflict),
        ("diary-page__form", form),
        ("diary-page__figures", figures),
    ] {
        m.open("div").attr("class", place).push(html).close("div");
    }
    m.open("section")
        .attr("aria-labelledby", "diary-entries-title");
    m.attr("class", "diary-page__entries")
        .push(entries)
        .close("section");
    m.open("section")
        .attr("aria-labelledby", "diary-files-title");
    m.attr("class", "diary-keeping")
        .push(keeping)
        .close("section");
}
