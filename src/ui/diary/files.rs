//! Backups' files: export the diary as JSON (to import again) or CSV (for a spreadsheet), and
//! import a JSON backup with a preview ("12 new, 3 already present, 1 conflicting") before
//! anything is merged. A file that cannot be imported gets a clear message and changes nothing.
//!
//! This writes the section and what the import shows at each stage; `backup` runs it.

use crate::diary::changes::{merge, preview_line, TrialAndMedicines};
use crate::diary::import::ImportPreview;
use crate::diary::{csv_file_name, json_file_name, ConflictChoice, Date, Diary, Writing};
use crate::ui::diary::notice::write_alert;
use crate::ui::shared::markup::Markup;

/// What a button does, in its `data-do` attribute.
pub const DO: &str = "data-do";
pub const IMPORT_ID: &str = "diary-import";
pub const PREVIEW_ID: &str = "diary-import-preview";
pub const REFUSED_ID: &str = "diary-import-refused";
/// The name of the "for nights in both" radio buttons.
pub const CHOICE_NAME: &str = "diary-import-choice";

/// What the files are made from and merged into, once the page has read the device.
pub struct OnDevice<'a> {
    pub diary: &'a Diary,
    /// The trial and medicines on this device: written into the backup file.
    pub changes: &'a TrialAndMedicines,
    pub today: Date,
}

/// Where an import is.
#[derive(Clone, PartialEq)]
pub enum Stage {
    Idle,
    Reading,
    Preview {
        file: String,
        preview: ImportPreview,
    },
    Refused {
        file: String,
        message: String,
    },
}

/// A file to hand over: what to write, its name and its type.
pub type File = (Writing, String, &'static str);

/// The backup (JSON): every night, the trial and the medicines; it imports again.
pub fn backup_file(on: &OnDevice) -> File {
    let file = Writing::backup(on.changes, on.today);
    (file, json_file_name(on.today), "application/json")
}

/// The spreadsheet (CSV): one row a night.
pub fn spreadsheet_file(on: &OnDevice) -> File {
    let name = csv_file_name(on.today);
    (Writing::csv(), name, "text/csv;charset=utf-8")
}

/// How many conflicting nights the preview names before "and N more".
const CONFLICTS_LISTED: usize = 10;

/// The section: the two downloads, then the import field; `ready` once the device is read (the
/// field waits until then). The export's problem and the import's stage go in the two empty
/// places ([`write_stage`]).
pub fn write_files(m: &mut Markup, ready: bool) {
    m.open("div")
        .attr("class", "diary-files")
        .el("h3", "", "Download a copy");
    m.el("p", "", "A backup file (JSON) can be imported again here or on another device. A spreadsheet file (CSV) opens in Excel, Numbers or LibreOffice.");
    m.open("div").attr("class", "button-row");
    for (what, label) in [
        ("json", "Download backup (JSON)"),
        ("csv", "Download spreadsheet (CSV)"),
    ] {
        m.open("button")
            .attr("type", "button")
            .attr("class", "secondary")
            .attr(DO, what);
        m.text(label).close("button");
    }
    m.close("div")
        .open("div")
        .attr("class", "diary-files__export")
        .close("div");
    m.el("h3", "", "Import a backup")
        .open("div")
        .attr("class", "field");
    m.open("label")
        .attr("for", IMPORT_ID)
        .attr("class", "field__label");
    m.text("Choose a backup file (JSON)").close("label");
    m.open("span")
        .attr("class", "hint")
        .attr("id", "diary-import-hint");
    m.text("You will see what it contains before anything changes.")
        .close("span");
    m.open("input")
        .attr("type", "file")
        .attr("id", IMPORT_ID)
        .attr("class", "file-input");
    m.attr("accept", ".json,application/json")
        .attr("aria-describedby", "diary-import-hint");
    m.attr_if(!ready, "disabled", "").close("div");
    m.open("div")
        .attr("class", "diary-files__import")
        .close("div");
    m.close("div");
}

/// Why a download did not happen.
pub fn write_export_problem(m: &mut Markup, problem: Option<&str>) {
    if let Some(problem) = problem {
        write_alert(m, problem);
    }
}

/// What the import shows: reading, a refusal, or the preview to confirm.
pub fn write_stage(
    m: &mut Markup,
    stage: &Stage,
    mine: &TrialAndMedicines,
    choice: ConflictChoice,
) {
    match stage {
        Stage::Idle => {}
        Stage::Reading => {
            m.open("p")
                .attr("role", "status")
                .text("Reading the file…")
                .close("p");
        }
        Stage::Refused { file, message } => {
            m.open("div")
                .attr("class", "diary-problem")
                .attr("id", REFUSED_ID);
            m.attr("tabindex", "-1").attr("role", "alert");
            m.open("p")
                .el("strong", "", &format!("{file} was not imported."))
                .close("p");
            m.el("p", "", message).close("div");
        }
        Stage::Preview { file, preview } => write_preview(m, file, preview, mine, choice),
    }
}

fn write_preview(
    m: &mut Markup,
    file: &str,
    preview: &ImportPreview,
    mine: &TrialAndMedicines,
    choice: ConflictChoice,
) {
    let conflicts = preview.conflicts();
    let file_changes = preview.trial_and_medicines();
    let also = preview_line(file_changes);
    let nothing = preview.changes_nothing() && !merge(mine, file_changes).changes_anything();
    m.open("section")
        .attr("class", "diary-import-preview")
        .attr("id", PREVIEW_ID);
    m.attr("tabindex", "-1")
        .attr("aria-labelledby", "diary-import-preview-title");
    m.open("h4").attr("id", "diary-import-preview-title");
    m.text("Check before importing").close("h4");
    m.open("p").text(&format!("{file}: "));
    m.el("strong", "diary-import-summary", &preview.summary())
        .text(".")
        .close("p");
    if let Some(exported) = preview.exported() {
        m.el(
            "p",
            "hint",
            &format!("Exported on {}.", exported.long_label()),
        );
    }
    if !also.is_empty() {
        m.el("p", "diary-import-also", &also);
    }
    if nothing {
        m.el(
            "p",
            "",
            "Everything in this file is already in your diary, so there is nothing to import.",
        );
        m.open("div").attr("class", "button-row");
        button(m, "secondary", "cancel", "Close");
        m.close("div").close("section");
        return;
    }
    if !conflicts.is_empty() {
        m.el(
            "p",
            "",
            "These nights are in both your diary and the file, with different details:",
        );
        m.open("ul").attr("class", "diary-import-conflicts");
        for c in conflicts.iter().take(CONFLICTS_LISTED) {
            m.el("li", "", &c.mine.night_of.long_label());
        }
        if conflicts.len() > CONFLICTS_LISTED {
            m.el(
                "li",
                "",
                &format!("and {} more", conflicts.len() - CONFLICTS_LISTED),
            );
        }
        m.close("ul")
            .open("fieldset")
            .attr("class", "field choices choices--radio");
        m.el("legend", "field__label", "For nights in both");
        m.open("div").attr("class", "choices__options");
        let radios = [
            (
                ConflictChoice::KeepMine,
                "diary-import-keep-mine",
                "Keep my version",
            ),
            (
                ConflictChoice::TakeTheirs,
                "diary-import-take-theirs",
                "Use the file's version",
            ),
        ];
        for (value, id, label) in radios {
            m.open("div")
                .attr("class", "choice")
                .open("input")
                .attr("type", "radio");
            m.attr("id", id)
                .attr("name", CHOICE_NAME)
                .attr_if(choice == value, "checked", "");
            m.open("label")
                .attr("for", id)
                .text(label)
                .close("label")
                .close("div");
        }
        m.close("div").close("fieldset");
    }
    m.open("div").attr("class", "button-row");
    button(m, "", "import", "Import");
    button(m, "secondary", "cancel", "Cancel");
    m.close("div").close("section");
}

fn button(m: &mut Markup, class: &str, what: &str, label: &str) {
    m.open("button")
        .attr("type", "button")
        .attr_if(!class.is_empty(), "class", class);
    m.attr(DO, what).text(label).close("button");
}
