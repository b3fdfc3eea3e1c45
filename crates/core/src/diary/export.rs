//! Exports: a versioned JSON file (the backup, which [`import`](super::import) reads back
//! losslessly) and a CSV file for spreadsheets (read-only: it is not imported).
//!
//! CSV follows RFC 4180 (comma separated, CRLF line ends, fields with commas, quotes or line
//! breaks wrapped in quotes with inner quotes doubled). A note such as `=HYPERLINK(...)` would run
//! as a formula when the file is opened in a spreadsheet, so any cell starting with `=`, `+`, `-`,
//! `@`, tab or carriage return gets a leading `'`, the usual defence (OWASP "CSV injection").

use super::changes::TrialAndMedicines;
use super::date::Date;
use super::diary::Diary;
use super::entry::{Choice, DiaryEntry};
use super::format::{backup_to_json, diary_to_json};

/// The backup file: `{ "app": "night-cramps", "schema": 2, "exported": "YYYY-MM-DD", "entries": [...] }`,
/// entries newest first, pretty-printed so a person can read it.
pub fn export_json(diary: &Diary, today: Date) -> String {
    // `{:#}` pretty-prints; writing a `Value` to a String cannot fail.
    let mut text = format!("{:#}", diary_to_json(diary.entries().iter(), Some(today)));
    text.push('\n');
    text
}

/// The backup file with the trial and the medicines (top-level `experiment` and `medicines`).
pub fn export_backup(diary: &Diary, changes: &TrialAndMedicines, today: Date) -> String {
    let mut text = format!(
        "{:#}",
        backup_to_json(diary.entries().iter(), Some(today), changes)
    );
    text.push('\n');
    text
}

/// The CSV header row (also how import recognises a CSV picked by mistake).
pub const CSV_HEADER: [&str; 11] = [
    "Night of",
    "Cramps",
    "Muscles",
    "Side",
    "Longest cramp",
    "Worst pain (0-10)",
    "Sleep lost",
    "What helped",
    "Warning signs",
    "Bedtime stretches",
    "Note",
];

/// A spreadsheet of the diary, oldest night first (the way people read a log on paper), with
/// readable labels. Starts with a UTF-8 byte-order mark: without it Excel reads accented letters
/// and emoji in notes as gibberish.
pub fn export_csv(diary: &Diary) -> String {
    let mut csv = String::from("\u{feff}");
    push_row(&mut csv, CSV_HEADER.iter().map(|cell| cell.to_string()));
    for entry in diary.entries().iter().rev() {
        push_row(&mut csv, csv_row(entry));
    }
    csv
}

/// Suggested download name, e.g. `night-cramps-diary-2025-03-14.json`.
pub fn json_file_name(today: Date) -> String {
    format!("night-cramps-diary-{today}.json")
}

/// Suggested download name, e.g. `night-cramps-diary-2025-03-14.csv`.
pub fn csv_file_name(today: Date) -> String {
    format!("night-cramps-diary-{today}.csv")
}

/// One cell made safe for spreadsheets: formula characters neutralised, then quoted if needed.
pub fn csv_cell(text: &str) -> String {
    let mut cell = String::with_capacity(text.len() + 3);
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        cell.push('\'');
    }
    cell.push_str(text);
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

fn csv_row(entry: &DiaryEntry) -> [String; 11] {
    fn labels<'a, T: Choice>(options: impl Iterator<Item = &'a T>) -> String {
        options
            .map(|option| option.label())
            .collect::<Vec<_>>()
            .join("; ")
    }
    fn label<T: Choice>(option: Option<T>) -> String {
        option
            .map(|option| option.label().to_string())
            .unwrap_or_default()
    }
    [
        entry.night_of.to_string(),
        entry.cramps.to_string(),
        labels(entry.muscles.iter()),
        label(entry.side),
        label(entry.longest),
        entry
            .worst_pain
            .map(|pain| pain.to_string())
            .unwrap_or_default(),
        label(entry.sleep_lost),
        labels(entry.helped.iter()),
        labels(entry.warning_signs.iter()),
        if entry.stretched { "Yes" } else { "" }.to_string(),
        entry.note.clone(),
    ]
}

fn push_row(csv: &mut String, cells: impl IntoIterator<Item = String>) {
    for (index, cell) in cells.into_iter().enumerate() {
        if index > 0 {
            csv.push(',');
        }
        csv.push_str(&csv_cell(&cell));
    }
    csv.push_str("\r\n");
}
