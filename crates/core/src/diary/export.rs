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
use super::format::{backup_to_json, entry_to_json};

/// The backup file: `{ "app": "night-cramps", "schema": 2, "exported": "YYYY-MM-DD", "entries": [...] }`,
/// entries newest first, pretty-printed so a person can read it.
pub fn export_json(diary: &Diary, today: Date) -> String {
    export_backup(diary, &TrialAndMedicines::default(), today)
}

/// The backup file with the trial and the medicines (top-level `experiment` and `medicines`).
pub fn export_backup(diary: &Diary, changes: &TrialAndMedicines, today: Date) -> String {
    Writing::backup(changes, today).all(diary)
}

/// An export file written a slice of nights at a time, so that a page can write a ten-year
/// diary in short tasks ([`Writing::write`]); [`export_backup`] and [`export_csv`] write it at
/// once. Both ways give the same bytes (`tests/diary_files/`).
#[derive(Clone, Debug)]
pub struct Writing {
    text: String,
    /// Entries written so far.
    written: usize,
    /// What follows the entries.
    tail: String,
    kind: Kind,
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    /// Newest night first, each entry as serde_json pretty-prints it inside the file's array.
    Backup,
    /// Oldest night first, one row each.
    Csv,
}

impl Writing {
    /// The backup file ([`export_backup`]).
    pub fn backup(changes: &TrialAndMedicines, today: Date) -> Writing {
        // The file around an empty list of entries, cut where the entries go. Its keys are in
        // serde_json's (sorted) order, and "app" with its fixed value comes before "entries".
        let empty = format!(
            "{:#}",
            backup_to_json(std::iter::empty(), Some(today), changes)
        );
        const EMPTY_LIST: &str = "\"entries\": []";
        let at = empty
            .find(EMPTY_LIST)
            .expect("a backup has an entries list")
            + EMPTY_LIST.len()
            - 1;
        let mut tail = empty[at..].to_string();
        tail.push('\n');
        Writing {
            text: empty[..at].to_string(),
            written: 0,
            tail,
            kind: Kind::Backup,
        }
    }

    /// The spreadsheet ([`export_csv`]).
    pub fn csv() -> Writing {
        let mut text = String::from("\u{feff}");
        push_row(&mut text, CSV_HEADER.iter().map(|cell| cell.to_string()));
        Writing {
            text,
            written: 0,
            tail: String::new(),
            kind: Kind::Csv,
        }
    }

    /// Writes up to `count` more entries of `diary` (the same diary at every call); true once
    /// every entry is written.
    pub fn write(&mut self, diary: &Diary, count: usize) -> bool {
        let entries = diary.entries();
        let slice = entries.len().saturating_sub(self.written).min(count);
        match self.kind {
            Kind::Backup => {
                for entry in &entries[self.written..self.written + slice] {
                    self.text.push_str(if self.written == 0 {
                        "\n    "
                    } else {
                        ",\n    "
                    });
                    // serde_json never puts a line break inside a string, so indenting every
                    // line nests the entry two levels down, as printing the whole file would.
                    let pretty = format!("{:#}", entry_to_json(entry));
                    self.text.push_str(&pretty.replace('\n', "\n    "));
                    self.written += 1;
                }
            }
            Kind::Csv => {
                let end = entries.len() - self.written;
                for entry in entries[end - slice..end].iter().rev() {
                    push_row(&mut self.text, csv_row(entry));
                    self.written += 1;
                }
            }
        }
        self.written == entries.len()
    }

    /// The whole file, once [`write`](Self::write) has said every entry is written.
    pub fn finish(mut self) -> String {
        if matches!(self.kind, Kind::Backup) && self.written > 0 {
            self.text.push_str("\n  ");
        }
        self.text.push_str(&self.tail);
        self.text
    }

    fn all(mut self, diary: &Diary) -> String {
        self.write(diary, usize::MAX);
        self.finish()
    }
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
    Writing::csv().all(diary)
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

#[cfg(test)]
mod tests {
    //! Writing a file in slices gives the bytes serde_json prints for the whole file at once.

    use super::*;
    use crate::diary::changes::{Experiment, MedicineCourse};
    use crate::diary::experiment::Change;
    use crate::diary::format::tests::entry;

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    /// `count` nights with every kind of answer and awkward notes, on distinct nights.
    fn diary(count: usize) -> Diary {
        let mut diary = Diary::new();
        for i in 0..count {
            let night = day("2015-01-01").add_days(i as i64);
            let mut entry = entry(
                ["", "a \"quoted\"\nnote, é 😀", "=SUM(A1)"][i % 3].into(),
                i,
            );
            entry.night_of = night;
            diary.set_night(night, Some(entry));
        }
        diary
    }

    fn changes() -> [TrialAndMedicines; 2] {
        let full = TrialAndMedicines {
            experiment: Some(Experiment {
                change: Change::Named("No coffee \"after\" lunch".into()),
                start: day("2024-01-02"),
            }),
            medicines: vec![MedicineCourse {
                name: "Blue inhaler".into(),
                class_id: None,
                started: day("2023-05-06"),
                stopped: None,
            }],
        };
        [TrialAndMedicines::default(), full]
    }

    #[test]
    fn a_backup_in_slices_is_the_file_serde_json_prints() {
        let today = day("2026-12-04");
        for count in [0, 1, 2, 7, 401] {
            let diary = diary(count);
            assert_eq!(diary.len(), count);
            for changes in changes() {
                let whole = format!(
                    "{:#}\n",
                    backup_to_json(diary.iter(), Some(today), &changes)
                );
                assert_eq!(export_backup(&diary, &changes, today), whole);
                for slice in [1, 3, 400] {
                    let mut writing = Writing::backup(&changes, today);
                    let mut calls = 1;
                    while !writing.write(&diary, slice) {
                        calls += 1;
                    }
                    assert_eq!(
                        calls,
                        count.div_ceil(slice).max(1),
                        "{count} nights, {slice} a call"
                    );
                    assert_eq!(writing.finish(), whole, "{count} nights, {slice} a call");
                }
            }
        }
    }

    #[test]
    fn a_spreadsheet_in_slices_is_the_spreadsheet_at_once() {
        for count in [0, 1, 7, 401] {
            let diary = diary(count);
            let whole = export_csv(&diary);
            for slice in [1, 3, 400] {
                let mut writing = Writing::csv();
                while !writing.write(&diary, slice) {}
                assert_eq!(writing.finish(), whole, "{count} nights, {slice} a call");
            }
            // Oldest night first.
            if count > 1 {
                let first = diary.entries().last().unwrap().night_of.to_string();
                assert!(whole.split("\r\n").nth(1).unwrap().starts_with(&first));
            }
        }
    }
}
