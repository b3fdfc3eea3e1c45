//! The diary page's steps that write: each takes the [`Storage`], writes only the night
//! concerned (or nothing), and returns the [`DiaryAction`] saying what happened.

use super::{save_problem, ConflictView, DiaryAction, DiaryPage};
use crate::diary::night_store::{delete_night, save_night, SaveError, Storage};
use crate::diary::{Date, DiaryEntry, DiaryError, Draft, EntryId};

impl DiaryPage {
    /// The version of `night` this page works from: the form's own for the night it opened on,
    /// otherwise the one last read.
    fn seen(&self, night: Date) -> Option<u64> {
        if self.form.night == Some(night) {
            self.form.seen
        } else {
            self.stamps.get(&night).copied()
        }
    }

    /// Saves what the form holds: checks it, writes only its night (and removes the night it
    /// moved from), and says what happened.
    pub fn submit(&self, draft: &Draft, storage: &mut impl Storage, stamp: u64) -> DiaryAction {
        let mut next = (*self.diary).clone();
        // An entry another window deleted meanwhile is saved as new, against the version seen.
        let editing = self.form.editing.filter(|id| next.get(*id).is_some());
        let result = match editing {
            Some(id) => next.update(id, draft, self.today).map(|()| id),
            None => next.add(draft, self.today),
        };
        let id = match result {
            Ok(id) => id,
            Err(DiaryError::Invalid(errors)) => return DiaryAction::Refused(errors),
            Err(other) => return DiaryAction::Failed(other.message()),
        };
        let Some(entry) = next.get(id).cloned() else {
            return DiaryAction::Failed(DiaryError::NoSuchEntry(id).message());
        };
        let moved_from = (self.form.night)
            .filter(|from| editing.is_some() && *from != entry.night_of)
            .map(|from| (from, self.form.seen));
        let seen = self.seen(entry.night_of);
        self.write(entry, seen, moved_from, storage, stamp)
    }

    /// Saves the person's own version over the one another window saved.
    pub fn keep_mine(&self, storage: &mut impl Storage, stamp: u64) -> DiaryAction {
        let Some(view) = &self.conflict else {
            return DiaryAction::Failed("There is no other version to choose from.".into());
        };
        let seen = view.theirs.as_ref().map(|r| r.stamp);
        self.write(view.mine.clone(), seen, view.moved_from, storage, stamp)
    }

    fn write(
        &self,
        entry: DiaryEntry,
        seen: Option<u64>,
        moved_from: Option<(Date, Option<u64>)>,
        storage: &mut impl Storage,
        stamp: u64,
    ) -> DiaryAction {
        match save_night(storage, &entry, seen, stamp) {
            Ok(stamp) => {
                // The old night goes only if it is still the version the form saw; otherwise
                // the other window's version of it stays (and shows).
                let moved_from = moved_from
                    .filter(|(from, seen)| delete_night(storage, *from, *seen).is_ok())
                    .map(|(from, _)| from);
                DiaryAction::Saved {
                    entry,
                    stamp,
                    moved_from,
                    changed: self.form.editing.is_some(),
                }
            }
            Err(SaveError::Conflict(conflict)) => DiaryAction::Conflict(ConflictView {
                mine: entry,
                theirs: conflict.theirs,
                moved_from,
            }),
            Err(error) => DiaryAction::Failed(save_problem(entry.night_of, &error)),
        }
    }

    /// Deletes an entry's night, unless another window changed it since this page read it.
    pub fn delete(&self, id: EntryId, storage: &mut impl Storage) -> DiaryAction {
        let Some(night) = self.diary.get(id).map(|e| e.night_of) else {
            return DiaryAction::Failed(DiaryError::NoSuchEntry(id).message());
        };
        match delete_night(storage, night, self.stamps.get(&night).copied()) {
            Ok(()) => DiaryAction::Deleted(id),
            Err(SaveError::Conflict(conflict)) => DiaryAction::ChangedElsewhere {
                night,
                theirs: conflict.theirs,
                message: format!("The entry for {} was changed in another window, so it was not deleted. It now shows as saved there; delete it again if you still want to.", night.long_label()),
            },
            Err(error) => DiaryAction::Failed(save_problem(night, &error)),
        }
    }

    /// Puts the last deleted entry back, if its night is still free in storage.
    pub fn undo(&self, storage: &mut impl Storage, stamp: u64) -> DiaryAction {
        let Some(entry) = self.diary.last_deleted() else {
            return DiaryAction::Failed(DiaryError::NothingToUndo.message());
        };
        let night = entry.night_of;
        if self.diary.entry_for_night(night).is_some() {
            return DiaryAction::Failed(DiaryError::NightTaken(night).message());
        }
        match save_night(storage, entry, self.stamps.get(&night).copied(), stamp) {
            Ok(stamp) => DiaryAction::Undone(stamp),
            Err(SaveError::Conflict(conflict)) => DiaryAction::ChangedElsewhere {
                night,
                theirs: conflict.theirs,
                message: DiaryError::NightTaken(night).message(),
            },
            Err(error) => DiaryAction::Failed(save_problem(night, &error)),
        }
    }

    /// Removes the unreadable values the person has downloaded or given up on (each only if it
    /// is still exactly what was shown).
    pub fn discard_unreadable(&self, storage: &mut impl Storage) -> DiaryAction {
        for item in self.unreadable.iter() {
            if storage.get(&item.key).as_deref() == Some(item.raw.as_str()) {
                storage.remove(&item.key);
            }
        }
        DiaryAction::UnreadableRemoved
    }
}
