//! Importing a diary export: check the whole file, show a preview, then merge on request.
//!
//! All or nothing: [`preview`] refuses the whole file at its first problem (naming the entry and
//! field), and never changes the diary. [`apply`] is the only step that changes anything, and it
//! cannot fail part-way: it builds the merged list first and swaps it in at the end.
//!
//! Entries are matched by night (a diary has one entry per night). An incoming night the diary
//! lacks is new; one with the same content is already present; one with different content is a
//! conflict, settled by [`ConflictChoice`].

use std::collections::BTreeMap;

use super::changes::TrialAndMedicines;
use super::date::Date;
use super::diary::{entries_label, free_id, nights_label, Diary};
use super::entry::{DiaryEntry, EntryId};
use super::format::{
    field_label, read_diary, Limits, ReadEntry, FIRST_SCHEMA_VERSION, SCHEMA_VERSION,
};

/// Larger than ten years of long notes; anything bigger is not a diary export.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// More than fifty years of nights.
pub const MAX_IMPORT_ENTRIES: usize = 20_000;

/// Why a file was refused. Nothing was imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    Empty,
    /// The file is this app's CSV export, which is for spreadsheets and cannot be imported.
    LooksLikeCsv,
    /// The JSON ends early: a partial download or copy.
    CutShort,
    /// Nested more deeply than any diary file could be.
    TooDeep,
    NotJson {
        line: usize,
        column: usize,
    },
    /// Valid JSON but not a Night Cramps diary (no `"app": "night-cramps"`).
    NotADiary,
    WrongApp {
        found: String,
    },
    MissingSchema,
    UnsupportedSchema {
        found: String,
        newer: bool,
    },
    /// No `entries` list (`found` says what is there instead, if anything).
    MissingEntries {
        found: Option<&'static str>,
    },
    TooManyEntries {
        count: usize,
    },
    /// Entry `number` (counting from 1) breaks a rule; `field` is its JSON field name.
    BadEntry {
        number: usize,
        night: Option<Date>,
        field: Option<String>,
        message: String,
    },
    DuplicateNight {
        first: usize,
        second: usize,
        night: Date,
    },
    /// The top-level `experiment` breaks a rule; `field` is its JSON field name.
    BadExperiment {
        field: Option<String>,
        message: String,
    },
    /// The top-level `medicines` breaks a rule: medicine `number` (from 1) when one is to blame.
    BadMedicines {
        number: Option<usize>,
        field: Option<String>,
        message: String,
    },
}

impl ImportError {
    /// What to tell the person, in plain English.
    pub fn message(&self) -> String {
        format!("{} Nothing was imported.", self.describe("file"))
    }

    /// The problem, with `what` naming the source ("file" for imports, "saved diary" for storage).
    pub(crate) fn describe(&self, what: &str) -> String {
        match self {
            ImportError::TooLarge { bytes } => format!(
                "This {what} is too large to be a diary export ({} MB; the limit is 5 MB).",
                crate::decimal::fixed(*bytes as f64 / (1024.0 * 1024.0), 1)
            ),
            ImportError::Empty => format!("This {what} is empty."),
            ImportError::LooksLikeCsv => format!(
                "This {what} is a CSV (spreadsheet) export. Only the diary's JSON export can be imported."
            ),
            ImportError::CutShort => format!(
                "This {what} seems to be cut short: it ends part-way through. Try exporting or downloading it again."
            ),
            ImportError::TooDeep => format!(
                "This {what} is not a diary export: its contents are nested far too deeply."
            ),
            ImportError::NotJson { line, column } => format!(
                "This {what} is damaged or is not a diary export: it could not be read (problem at line {line}, character {column})."
            ),
            ImportError::NotADiary => format!(
                "This {what} is not a Night Cramps diary export."
            ),
            ImportError::WrongApp { found } => format!(
                "This {what} comes from a different app ({found}), not from the Night Cramps diary."
            ),
            ImportError::MissingSchema => format!(
                "This {what} does not say which diary format version it uses, so it can't be read safely."
            ),
            ImportError::UnsupportedSchema { found, newer: true } => format!(
                "This {what} uses diary format version {found}, which is newer than this app understands (version {SCHEMA_VERSION}). Reload the app while online to update it, then try again."
            ),
            ImportError::UnsupportedSchema { found, newer: false } => format!(
                "This {what} says it uses diary format version {found}, which this app doesn't know. It can read versions {FIRST_SCHEMA_VERSION} to {SCHEMA_VERSION}."
            ),
            ImportError::MissingEntries { found: None } => {
                format!("This {what} has no list of diary entries.")
            }
            ImportError::MissingEntries { found: Some(kind) } => format!(
                "In this {what}, \"entries\" should be a list of diary entries, but it is {kind}."
            ),
            ImportError::TooManyEntries { count } => format!(
                "This {what} has {count} entries; the most that can be imported at once is {MAX_IMPORT_ENTRIES}."
            ),
            ImportError::BadEntry { number, night, field, message } => {
                let which = match night {
                    Some(night) => format!("Entry {number} in the {what} (night of {night})"),
                    None => format!("Entry {number} in the {what}"),
                };
                match field {
                    Some(field) => format!("{which}: \"{}\" {message}", field_label(field)),
                    None => format!("{which} {message}"),
                }
            }
            ImportError::DuplicateNight { first, second, night } => format!(
                "Entries {first} and {second} in the {what} are both for the night of {night}. A diary has one entry per night."
            ),
            ImportError::BadExperiment { field: Some(field), message } => {
                format!("The trial of a change in the {what}: \"{field}\" {message}")
            }
            ImportError::BadExperiment { field: None, message } => {
                format!("The trial of a change in the {what} {message}")
            }
            ImportError::BadMedicines { number, field, message } => {
                let which = match number {
                    Some(number) => format!("Medicine {number} in the {what}"),
                    None => format!("The list of medicines in the {what}"),
                };
                match field {
                    Some(field) => format!("{which}: \"{field}\" {message}"),
                    None => format!("{which} {message}"),
                }
            }
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

/// The same night in the diary and the file, with different content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub mine: DiaryEntry,
    pub theirs: DiaryEntry,
}

/// What to do with conflicting nights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Keep the diary's entry; ignore the file's.
    KeepMine,
    /// Replace the diary's entry with the file's (keeping the diary's id).
    TakeTheirs,
}

/// A checked file and how it compares with the diary. Nothing has been changed yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    exported: Option<Date>,
    changes: TrialAndMedicines,
    incoming: Vec<ReadEntry>,
    new: usize,
    identical: usize,
    conflicts: Vec<Conflict>,
}

impl ImportPreview {
    /// When the file says it was exported, if it says.
    pub fn exported(&self) -> Option<Date> {
        self.exported
    }

    /// The file's trial and medicines (schema 2), checked; empty for an older file.
    pub fn trial_and_medicines(&self) -> &TrialAndMedicines {
        &self.changes
    }

    /// The file's entries, checked, in file order (ids are placeholders until applied).
    pub fn entries(&self) -> impl Iterator<Item = &DiaryEntry> {
        self.incoming.iter().map(|read| &read.entry)
    }

    pub fn total(&self) -> usize {
        self.incoming.len()
    }

    /// Nights the diary does not have yet.
    pub fn new_count(&self) -> usize {
        self.new
    }

    /// Nights already in the diary with exactly the same content.
    pub fn identical_count(&self) -> usize {
        self.identical
    }

    /// Nights in both with different content, newest first.
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// True when applying would change nothing whatever the choice.
    pub fn changes_nothing(&self) -> bool {
        self.new == 0 && self.conflicts.is_empty()
    }

    /// "12 new, 3 already present (identical), 1 conflicting".
    pub fn summary(&self) -> String {
        if self.incoming.is_empty() {
            return "The file has no diary entries.".to_string();
        }
        format!(
            "{} new, {} already present (identical), {} conflicting",
            self.new,
            self.identical,
            self.conflicts.len()
        )
    }
}

/// Checks `file` completely and compares it with the diary. The diary is not changed.
pub fn preview(diary: &Diary, file: &str, today: Date) -> Result<ImportPreview, ImportError> {
    if file.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: file.len() });
    }
    let read = read_diary(
        file,
        Limits {
            max_entries: Some(MAX_IMPORT_ENTRIES),
            today: Some(today),
        },
    )?;
    let mut preview = ImportPreview {
        exported: read.exported,
        changes: read.changes,
        incoming: read.entries,
        new: 0,
        identical: 0,
        conflicts: Vec::new(),
    };
    for read in &preview.incoming {
        match diary.entry_for_night(read.entry.night_of) {
            None => preview.new += 1,
            Some(mine) if mine.same_content(&read.entry) => preview.identical += 1,
            Some(mine) => preview.conflicts.push(Conflict {
                mine: mine.clone(),
                theirs: DiaryEntry {
                    id: mine.id,
                    ..read.entry.clone()
                },
            }),
        }
    }
    preview
        .conflicts
        .sort_by_key(|conflict| std::cmp::Reverse(conflict.mine.night_of));
    Ok(preview)
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub added: usize,
    /// Conflicting nights where the file's version replaced the diary's.
    pub replaced: usize,
    /// Conflicting nights where the diary's version was kept.
    pub kept_mine: usize,
    /// Nights already present with the same content.
    pub identical: usize,
}

impl ImportOutcome {
    /// "Added 12 entries. 3 were already in your diary. Kept your version of 1 night."
    pub fn message(&self) -> String {
        let mut parts = vec![format!("Added {}.", entries_label(self.added))];
        if self.identical > 0 {
            parts.push(format!(
                "{} already in your diary.",
                if self.identical == 1 {
                    "1 was".to_string()
                } else {
                    format!("{} were", self.identical)
                }
            ));
        }
        if self.replaced > 0 {
            parts.push(format!(
                "Replaced {} with the file's version.",
                nights_label(self.replaced)
            ));
        }
        if self.kept_mine > 0 {
            parts.push(format!(
                "Kept your version of {}.",
                nights_label(self.kept_mine)
            ));
        }
        parts.join(" ")
    }
}

/// Merges a previewed file into the diary. The comparison is redone against the diary as it is
/// now, so a preview left open while the diary changed still merges correctly.
///
/// Ids: a new entry keeps the file's id when it is free, otherwise it gets a fresh one, so an
/// export imported into an empty diary comes back exactly as it was.
pub fn apply(diary: &mut Diary, preview: ImportPreview, choice: ConflictChoice) -> ImportOutcome {
    let mut outcome = ImportOutcome::default();
    let mut merged: Vec<DiaryEntry> = diary.entries().iter().map(|e| (**e).clone()).collect();
    let position: BTreeMap<EntryId, usize> = merged
        .iter()
        .enumerate()
        .map(|(index, entry)| (entry.id, index))
        .collect();
    let mut used_ids = diary.ids_in_use();

    // Pass 1: settle every night, noting which new entries still need an id.
    let mut needs_id = Vec::new();
    for read in preview.incoming {
        match diary.entry_for_night(read.entry.night_of) {
            None => {
                outcome.added += 1;
                match read.id {
                    Some(id) if used_ids.insert(id) => merged.push(DiaryEntry { id, ..read.entry }),
                    _ => needs_id.push(read.entry),
                }
            }
            Some(mine) if mine.same_content(&read.entry) => outcome.identical += 1,
            Some(mine) => match choice {
                ConflictChoice::KeepMine => outcome.kept_mine += 1,
                ConflictChoice::TakeTheirs => {
                    outcome.replaced += 1;
                    let id = mine.id;
                    if let Some(slot) = position.get(&id).and_then(|&index| merged.get_mut(index)) {
                        *slot = DiaryEntry { id, ..read.entry };
                    }
                }
            },
        }
    }

    // Pass 2: fresh ids for the rest, clear of every id in use (including those kept above).
    let mut next = diary.next_id().0;
    for entry in needs_id {
        let id = free_id(&used_ids, &mut next);
        used_ids.insert(id);
        merged.push(DiaryEntry { id, ..entry });
    }

    diary.replace_entries(merged);
    outcome
}
