//! The diary itself: entries kept newest first, one per night, with add / update / delete and an
//! undo for the last delete. Every change is checked; failures come back as [`DiaryError`] values
//! with a message to show, and leave the diary exactly as it was.

use std::collections::BTreeSet;
use std::rc::Rc;

use super::date::Date;
use super::entry::{DiaryEntry, EntryId};
use super::validate::{check_entry, validate, Draft, FieldError};
use crate::counted::counted;

/// Ids stay at or below JavaScript's largest exact integer (2^53 - 1), so an exported file keeps
/// its ids even after a trip through a JavaScript tool, and `next id` can never overflow.
pub const MAX_ID: u64 = (1 << 53) - 1;

/// How many entries, as the diary pages and import messages say it: "1 entry", "45 entries".
pub fn entries_label(count: usize) -> String {
    counted(count, "entry", "entries")
}

/// How many nights, as the trend and import messages say it: "1 night", "12 nights".
pub(crate) fn nights_label(count: usize) -> String {
    counted(count, "night", "nights")
}

/// All of a person's entries. Invariants: sorted newest night first, at most one entry per night,
/// ids unique (also against the entry held for undo), every entry passes [`check_entry`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diary {
    /// Shared, so copying the diary (each change makes a new version for the page) copies
    /// pointers, not ten years of entries.
    entries: Vec<Rc<DiaryEntry>>,
    /// The most recently deleted entry, kept so "Undo" can put it back. Not saved: undo lasts
    /// for the session, like an email client's "Undo send".
    last_deleted: Option<DiaryEntry>,
    /// Next id to give out; above every id ever seen, so a deleted id is never reused.
    next_id: u64,
}

/// Why a diary change was refused. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiaryError {
    /// The form has problems; show each next to its field.
    Invalid(Vec<FieldError>),
    /// The entry was not found (for example, it was already deleted in another tab).
    NoSuchEntry(EntryId),
    NothingToUndo,
    /// Undo would put back an entry on a night that now has another entry.
    NightTaken(Date),
    /// Building a diary from a list: one entry breaks a rule.
    BadEntry {
        night: Date,
        errors: Vec<FieldError>,
    },
    /// Building a diary from a list: two entries share a night.
    DuplicateNight(Date),
    /// Building a diary from a list: two entries share an id, or an id is too large.
    BadId(EntryId),
}

impl DiaryError {
    /// A sentence or two to show the person.
    pub fn message(&self) -> String {
        match self {
            DiaryError::Invalid(errors) => match errors.as_slice() {
                [] => "Please check the entry.".to_string(),
                [only] => only.message.clone(),
                [first, ..] => format!(
                    "Please fix the {} problems marked in the form. First: {}",
                    errors.len(),
                    first.message
                ),
            },
            DiaryError::NoSuchEntry(_) => {
                "That entry is no longer in the diary. It may have been deleted already.".to_string()
            }
            DiaryError::NothingToUndo => "There is no deleted entry to put back.".to_string(),
            DiaryError::NightTaken(night) => format!(
                "The deleted entry can't be put back because there is now another entry for the night of {}. Edit that entry instead.",
                night.long_label()
            ),
            DiaryError::BadEntry { night, errors } => {
                let detail = errors.first().map(|e| e.message.as_str()).unwrap_or("");
                format!("The entry for the night of {night} is not valid: {detail}")
            }
            DiaryError::DuplicateNight(night) => {
                format!("There are two entries for the night of {night}.")
            }
            DiaryError::BadId(id) => format!("The entry id {id} is used twice or is too large."),
        }
    }
}

impl Default for Diary {
    fn default() -> Diary {
        Diary {
            entries: Vec::new(),
            last_deleted: None,
            next_id: 1,
        }
    }
}

impl Diary {
    pub fn new() -> Diary {
        Diary::default()
    }

    /// A diary holding these entries (any order), if together they keep every rule. Future
    /// nights are allowed here: this is how stored data loads, and a clock set back must not
    /// make a saved diary unreadable.
    pub fn from_entries(entries: Vec<DiaryEntry>) -> Result<Diary, DiaryError> {
        for entry in &entries {
            let errors = check_entry(entry, None);
            if !errors.is_empty() {
                return Err(DiaryError::BadEntry {
                    night: entry.night_of,
                    errors,
                });
            }
            if entry.id.0 > MAX_ID {
                return Err(DiaryError::BadId(entry.id));
            }
        }
        let mut ids: Vec<EntryId> = entries.iter().map(|entry| entry.id).collect();
        ids.sort_unstable();
        if let Some(pair) = ids.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(DiaryError::BadId(pair[0]));
        }
        let mut entries: Vec<Rc<DiaryEntry>> = entries.into_iter().map(Rc::new).collect();
        sort_newest_first(&mut entries);
        if let Some(pair) = entries
            .windows(2)
            .find(|pair| pair[0].night_of == pair[1].night_of)
        {
            return Err(DiaryError::DuplicateNight(pair[0].night_of));
        }
        let next_id = ids.last().map_or(1, |id| id.0 + 1);
        Ok(Diary {
            entries,
            last_deleted: None,
            next_id,
        })
    }

    /// Entries, newest night first.
    pub fn entries(&self) -> &[Rc<DiaryEntry>] {
        &self.entries
    }

    /// The entries one by one, newest night first.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &DiaryEntry> {
        self.entries.iter().map(|entry| &**entry)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, id: EntryId) -> Option<&DiaryEntry> {
        self.entries
            .iter()
            .find(|entry| entry.id == id)
            .map(|entry| &**entry)
    }

    /// The entry for a night, if there is one.
    pub fn entry_for_night(&self, night: Date) -> Option<&DiaryEntry> {
        self.position_of_night(night)
            .ok()
            .map(|index| &*self.entries[index])
    }

    /// The id the next new entry will get.
    pub fn next_id(&self) -> EntryId {
        EntryId(self.next_id)
    }

    /// Adds the entry a form describes. Returns the new entry's id.
    pub fn add(&mut self, draft: &Draft, today: Date) -> Result<EntryId, DiaryError> {
        let entry = validate(draft, today, self, None).map_err(DiaryError::Invalid)?;
        let id = self.take_id();
        self.insert(DiaryEntry { id, ..entry });
        Ok(id)
    }

    /// Replaces an entry's content with what the form now says (the night may change too).
    pub fn update(&mut self, id: EntryId, draft: &Draft, today: Date) -> Result<(), DiaryError> {
        let index = self.index_of(id)?;
        let entry = validate(draft, today, self, Some(id)).map_err(DiaryError::Invalid)?;
        self.entries.remove(index);
        self.insert(entry);
        Ok(())
    }

    /// Removes an entry, keeping it for [`Diary::undo_delete`] (replacing any entry kept before).
    /// Returns the removed entry so the UI can say which night went.
    pub fn delete(&mut self, id: EntryId) -> Result<DiaryEntry, DiaryError> {
        let index = self.index_of(id)?;
        let removed = Rc::unwrap_or_clone(self.entries.remove(index));
        self.last_deleted = Some(removed.clone());
        Ok(removed)
    }

    /// The entry "Undo" would put back, if any.
    pub fn last_deleted(&self) -> Option<&DiaryEntry> {
        self.last_deleted.as_ref()
    }

    /// Puts the last deleted entry back, with its original id.
    pub fn undo_delete(&mut self) -> Result<EntryId, DiaryError> {
        let entry = self
            .last_deleted
            .as_ref()
            .ok_or(DiaryError::NothingToUndo)?;
        if self.entry_for_night(entry.night_of).is_some() {
            // Keep the deleted entry held: the person may edit the other night and try again.
            return Err(DiaryError::NightTaken(entry.night_of));
        }
        let entry = self.last_deleted.take().ok_or(DiaryError::NothingToUndo)?;
        let id = entry.id;
        self.insert(entry);
        Ok(id)
    }

    /// Makes the diary hold `entry` for `night`, or nothing (`None`): what another tab stored
    /// there. The night keeps the id it had here, so the list and an open form still point at
    /// it; an entry new to this diary gets a fresh id if its own is taken. Undo is left alone.
    pub fn set_night(&mut self, night: Date, entry: Option<DiaryEntry>) {
        let had = self
            .position_of_night(night)
            .ok()
            .map(|index| self.entries.remove(index));
        let Some(mut entry) = entry.filter(|entry| entry.night_of == night) else {
            return;
        };
        entry.id = match had {
            Some(old) => old.id,
            None if entry.id.0 == 0 || entry.id.0 > MAX_ID || self.id_taken(entry.id) => {
                self.take_id()
            }
            None => entry.id,
        };
        self.insert(entry);
    }

    /// Gives out a fresh id.
    pub(crate) fn take_id(&mut self) -> EntryId {
        let mut next = self.next_id().0;
        let id = if next <= MAX_ID {
            next
        } else {
            // Only reachable after importing a file with ids near MAX_ID: reuse a free low id.
            free_id(&self.ids_in_use(), &mut next).0
        };
        self.next_id = self.next_id.max(id.saturating_add(1));
        EntryId(id)
    }

    /// Whether an entry, or the one held for undo, has this id.
    fn id_taken(&self, id: EntryId) -> bool {
        self.get(id).is_some() || self.last_deleted.as_ref().is_some_and(|e| e.id == id)
    }

    /// Every id taken, counting the entry held for undo.
    pub(crate) fn ids_in_use(&self) -> BTreeSet<EntryId> {
        // Inserted one by one: `collect()` into a set links one more copy of the sort.
        let mut ids = BTreeSet::new();
        for entry in &self.entries {
            ids.insert(entry.id);
        }
        if let Some(entry) = &self.last_deleted {
            ids.insert(entry.id);
        }
        ids
    }

    /// Inserts an entry whose night is free, keeping newest-first order and the id counter ahead.
    /// Callers check the night; if it is somehow taken, the old entry is replaced rather than
    /// duplicated, so the one-per-night invariant holds whatever happens.
    pub(crate) fn insert(&mut self, entry: DiaryEntry) {
        self.next_id = self.next_id.max(entry.id.0.saturating_add(1));
        match self.position_of_night(entry.night_of) {
            Ok(index) => self.entries[index] = Rc::new(entry),
            Err(index) => self.entries.insert(index, Rc::new(entry)),
        }
    }

    /// Replaces a whole list of entries at once (import's final step).
    pub(crate) fn replace_entries(&mut self, entries: Vec<DiaryEntry>) {
        if let Some(max) = entries.iter().map(|entry| entry.id.0).max() {
            self.next_id = self.next_id.max(max.saturating_add(1));
        }
        self.entries = entries.into_iter().map(Rc::new).collect();
        sort_newest_first(&mut self.entries);
    }

    fn index_of(&self, id: EntryId) -> Result<usize, DiaryError> {
        self.entries
            .iter()
            .position(|entry| entry.id == id)
            .ok_or(DiaryError::NoSuchEntry(id))
    }

    /// Binary search over the newest-first list.
    fn position_of_night(&self, night: Date) -> Result<usize, usize> {
        self.entries
            .binary_search_by(|entry| night.cmp(&entry.night_of))
    }
}

/// The first id from `*next` up that is not in `used`, moving `*next` past it. If that would pass
/// [`MAX_ID`] (a file brought in ids near the top), the lowest free id is used instead, so ids
/// always stay in range and a saved diary always loads again.
pub(crate) fn free_id(used: &BTreeSet<EntryId>, next: &mut u64) -> EntryId {
    while *next <= MAX_ID && used.contains(&EntryId(*next)) {
        *next += 1;
    }
    if *next <= MAX_ID {
        let id = EntryId(*next);
        *next += 1;
        return id;
    }
    // `used` is far smaller than MAX_ID, so a gap is always found within `used.len() + 1` steps.
    let lowest_free = (0..=used.len() as u64).find(|n| !used.contains(&EntryId(*n)));
    EntryId(lowest_free.unwrap_or(0))
}

/// Newest night first. One shared sort for every place that orders entries: each sort call with
/// its own key closure links another copy of the sort into the browser bundles. Nights are
/// unique in a diary, so an unstable sort gives the same order.
fn sort_newest_first(entries: &mut [Rc<DiaryEntry>]) {
    entries.sort_unstable_by_key(|entry| std::cmp::Reverse(entry.night_of));
}
