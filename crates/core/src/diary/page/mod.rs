//! The diary page's state and every change to it, as a pure reducer: [`DiaryPage`] is what the
//! page shows, [`DiaryAction`] is everything that can happen to it, [`DiaryPage::update`] applies
//! one. The steps that write (`submit`, `delete`, `undo`, `keep_mine`, `discard_unreadable`)
//! take the [`Storage`] as an argument and return the action saying what happened, so the page
//! only calls them and dispatches. Every sentence the page shows after a change is made here.
//!
//! Rules kept: what is on screen is what is stored (a change shows once saved); a save names the
//! version of the night the form opened with, so a night another window changed meanwhile comes
//! back as a [`ConflictView`] with both versions and is saved only when the person chooses;
//! nights that cannot be read are listed and never written over.

use std::rc::Rc;

mod opening;
mod steps;

pub use opening::{begin_opening, open, Opening};

use super::keeping::{Keeping, LastBackup};
use super::night_store::{
    self, decode, migrate, Migration, Reading, Record, SaveError, Stamps, Storage, Stored,
    Unreadable, SINGLE_VALUE_KEY,
};
use super::saved::{self, Loaded};
use super::{Date, Diary, DiaryEntry, EntryId, FieldError};

/// What the page says after a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    Done(String),
    /// An entry was deleted; Undo is offered.
    Deleted(String),
    Problem(String),
}

/// The entry form: which entry it changes, the version of its night it opened with, and the
/// problems from the last save.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    pub editing: Option<EntryId>,
    /// The night of the entry being changed, and the version stamp it had when the form opened.
    pub night: Option<Date>,
    pub seen: Option<u64>,
    /// Goes up to start the form afresh.
    pub generation: u32,
    pub errors: Rc<Vec<FieldError>>,
    pub attempt: u32,
}

/// A save refused because another window changed the night: both versions, for the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictView {
    pub mine: DiaryEntry,
    /// The version stored now; `None` when the other window deleted the night.
    pub theirs: Option<Record>,
    /// Where the entry was moved from (with the version the form saw), removed once mine is kept.
    pub moved_from: Option<(Date, Option<u64>)>,
}

/// The id of the element the page moves focus to when a conflict is shown.
pub const CONFLICT_ID: &str = "diary-conflict";
/// The id of the notice under the page's top.
pub const NOTICE_ID: &str = "diary-notice";
/// The id of the form's heading.
pub const FORM_TITLE_ID: &str = "diary-form-title";

/// The id of an entry's heading in the list (focus goes there after a save or an undo).
pub fn entry_heading_id(id: EntryId) -> String {
    format!("entry-{id}")
}

#[derive(Clone, Debug, PartialEq)]
pub struct DiaryPage {
    /// Storage has been read (after mount); until then the page says it is opening.
    pub opened: bool,
    pub today: Date,
    pub diary: Rc<Diary>,
    /// The version stamp of each stored night as this page last read or wrote it.
    pub stamps: Rc<Stamps>,
    pub form: Form,
    pub notice: Option<Notice>,
    pub conflict: Option<Rc<ConflictView>>,
    /// Stored nights (or an old diary) that could not be read: kept as they are, offered as a
    /// download.
    pub unreadable: Rc<Vec<Unreadable>>,
    /// Storage is out of reach, or the old diary could not be moved (the message to show).
    pub problem: Option<String>,
    pub keeping: Keeping,
    /// (counter, element id): focus moves there after the render that changes the counter.
    pub focus: (u32, String),
}

impl Default for DiaryPage {
    fn default() -> DiaryPage {
        DiaryPage {
            opened: false,
            today: Date::from_unix_ms(0, 0),
            diary: Rc::default(),
            stamps: Rc::default(),
            form: Form::default(),
            notice: None,
            conflict: None,
            unreadable: Rc::default(),
            problem: None,
            keeping: Keeping::default(),
            focus: (0, String::new()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum DiaryAction {
    Opened(Box<Opening>),
    /// Another window changed these nights: what each key holds now (`None`: removed).
    NightsChanged(Vec<(Date, Option<String>)>),
    /// Everything read again (storage was cleared elsewhere).
    Reloaded(Stored),
    Edit(EntryId),
    Cancel,
    /// The form has problems; nothing was saved.
    Refused(Vec<FieldError>),
    Saved {
        entry: DiaryEntry,
        stamp: u64,
        moved_from: Option<Date>,
        changed: bool,
    },
    Deleted(EntryId),
    Undone(u64),
    Conflict(ConflictView),
    /// A delete or undo met a version saved by another window; that version is shown instead.
    ChangedElsewhere {
        night: Date,
        theirs: Option<Record>,
        message: String,
    },
    /// The person chose the other window's version over theirs.
    TookTheirs,
    /// Nothing stored was changed; the message says why.
    Failed(String),
    Persisted(Option<bool>),
    BackedUp(LastBackup),
    UnreadableRemoved,
}

impl DiaryPage {
    /// The page after `action`.
    pub fn update(&self, action: DiaryAction) -> DiaryPage {
        let mut next = self.clone();
        next.apply(action);
        next
    }

    fn apply(&mut self, action: DiaryAction) {
        match action {
            DiaryAction::Opened(opening) => {
                let Opening {
                    today,
                    stored,
                    problem,
                    keeping,
                } = *opening;
                self.opened = true;
                self.today = today;
                self.problem = problem;
                // The browser's answer about keeping the diary can come before the diary is
                // read (it is asked for at once; the diary is read over several tasks).
                self.keeping = Keeping {
                    persisted: self.keeping.persisted.or(keeping.persisted),
                    last_backup: keeping.last_backup.or(self.keeping.last_backup),
                };
                self.take_stored(stored);
            }
            DiaryAction::NightsChanged(changes) => {
                let (diary, stamps, unreadable) = (
                    Rc::make_mut(&mut self.diary),
                    Rc::make_mut(&mut self.stamps),
                    Rc::make_mut(&mut self.unreadable),
                );
                for (night, raw) in changes {
                    let key = night_store::night_key(night);
                    unreadable.retain(|u| u.key != key);
                    let record = match raw.as_deref().map(decode) {
                        None => None,
                        Some(Ok(record)) if record.entry.night_of == night => Some(record),
                        Some(Ok(_)) => {
                            unreadable.push(not_readable(
                                key,
                                raw,
                                "its date does not match its key".into(),
                            ));
                            None
                        }
                        Some(Err(reason)) => {
                            unreadable.push(not_readable(key, raw, reason));
                            None
                        }
                    };
                    match &record {
                        Some(record) => stamps.insert(night, record.stamp),
                        None => stamps.remove(&night),
                    };
                    diary.set_night(night, record.map(|r| r.entry));
                }
            }
            DiaryAction::Reloaded(stored) => self.take_stored(stored),
            DiaryAction::Edit(id) => {
                let night = self.diary.get(id).map(|entry| entry.night_of);
                self.form = Form {
                    editing: Some(id),
                    night,
                    seen: night.and_then(|n| self.stamps.get(&n).copied()),
                    ..self.fresh_form()
                };
                self.notice = None;
                self.conflict = None;
                self.move_focus(FORM_TITLE_ID.into());
            }
            DiaryAction::Cancel => {
                let editing = self.form.editing;
                self.form = self.fresh_form();
                self.conflict = None;
                self.move_focus(editing.map_or(FORM_TITLE_ID.into(), entry_heading_id));
            }
            DiaryAction::Refused(errors) => {
                self.form.errors = Rc::new(errors);
                self.form.attempt += 1;
            }
            DiaryAction::Saved {
                entry,
                stamp,
                moved_from,
                changed,
            } => {
                let diary = Rc::make_mut(&mut self.diary);
                let stamps = Rc::make_mut(&mut self.stamps);
                if let Some(from) = moved_from {
                    diary.set_night(from, None);
                    stamps.remove(&from);
                }
                stamps.insert(entry.night_of, stamp);
                let night = entry.night_of;
                diary.set_night(night, Some(entry));
                let verb = if changed {
                    "Saved the changes to"
                } else {
                    "Saved"
                };
                self.notice = Some(Notice::Done(format!(
                    "{verb} the entry for {}.",
                    night.long_label()
                )));
                let id = diary.entry_for_night(night).map(|e| e.id);
                self.form = self.fresh_form();
                self.conflict = None;
                self.move_focus(id.map_or(NOTICE_ID.into(), entry_heading_id));
            }
            DiaryAction::Deleted(id) => {
                if let Ok(removed) = Rc::make_mut(&mut self.diary).delete(id) {
                    Rc::make_mut(&mut self.stamps).remove(&removed.night_of);
                    self.notice = Some(Notice::Deleted(format!(
                        "Deleted the entry for {}.",
                        removed.night_of.long_label()
                    )));
                }
                if self.form.editing == Some(id) {
                    self.form = self.fresh_form();
                }
                self.move_focus(NOTICE_ID.into());
            }
            DiaryAction::Undone(stamp) => match Rc::make_mut(&mut self.diary).undo_delete() {
                Ok(id) => {
                    if let Some(entry) = self.diary.get(id) {
                        let night = entry.night_of;
                        Rc::make_mut(&mut self.stamps).insert(night, stamp);
                        self.notice = Some(Notice::Done(format!(
                            "Put back the entry for {}.",
                            night.long_label()
                        )));
                    }
                    self.move_focus(entry_heading_id(id));
                }
                Err(error) => self.fail(error.message()),
            },
            DiaryAction::Conflict(view) => {
                self.conflict = Some(Rc::new(view));
                self.notice = None;
                self.move_focus(CONFLICT_ID.into());
            }
            DiaryAction::ChangedElsewhere {
                night,
                theirs,
                message,
            } => {
                self.show_theirs(night, theirs);
                self.fail(message);
            }
            DiaryAction::TookTheirs => {
                if let Some(view) = self.conflict.take() {
                    let night = view.mine.night_of;
                    self.show_theirs(night, view.theirs.clone());
                    self.form = self.fresh_form();
                    self.notice = Some(Notice::Done(format!(
                        "Kept the version saved in the other window for {}.",
                        night.long_label()
                    )));
                    self.move_focus(NOTICE_ID.into());
                }
            }
            DiaryAction::Failed(message) => self.fail(message),
            DiaryAction::Persisted(granted) => self.keeping.persisted = granted,
            DiaryAction::BackedUp(last) => self.keeping.last_backup = Some(last),
            DiaryAction::UnreadableRemoved => self.unreadable = Rc::default(),
        }
    }

    fn take_stored(&mut self, stored: Stored) {
        // An open form keeps pointing at its night: ids are given out afresh by `load_all`.
        let editing = self
            .form
            .night
            .and_then(|n| stored.diary.entry_for_night(n));
        self.form.editing = self.form.editing.and(editing.map(|e| e.id));
        self.diary = Rc::new(stored.diary);
        self.stamps = Rc::new(stored.stamps);
        self.unreadable = Rc::new(stored.unreadable);
    }

    fn show_theirs(&mut self, night: Date, theirs: Option<Record>) {
        let stamps = Rc::make_mut(&mut self.stamps);
        match &theirs {
            Some(record) => stamps.insert(night, record.stamp),
            None => stamps.remove(&night),
        };
        Rc::make_mut(&mut self.diary).set_night(night, theirs.map(|r| r.entry));
    }

    fn fresh_form(&self) -> Form {
        Form {
            generation: self.form.generation + 1,
            ..Form::default()
        }
    }

    fn fail(&mut self, message: String) {
        self.notice = Some(Notice::Problem(message));
        self.move_focus(NOTICE_ID.into());
    }

    fn move_focus(&mut self, id: String) {
        self.focus = (self.focus.0 + 1, id);
    }
}

fn not_readable(key: String, raw: Option<String>, reason: String) -> Unreadable {
    Unreadable {
        key,
        raw: raw.unwrap_or_default(),
        reason,
    }
}

/// What one unreadable item is, for the recovery banner.
pub fn unreadable_label(item: &Unreadable) -> String {
    match night_store::night_of_key(&item.key) {
        Some(night) => format!("The entry for {} ({}).", night.long_label(), item.reason),
        None => format!("Saved diary data ({}).", item.reason),
    }
}

/// Why a night was not saved, for the person.
pub fn save_problem(night: Date, error: &SaveError) -> String {
    match error {
        SaveError::Write(error) => error.message(),
        SaveError::Unreadable(_) => format!("The saved entry for {} could not be read, so nothing was saved over it. Download it from the message above the form first.", night.long_label()),
        SaveError::Conflict(_) => format!("The entry for {} was changed in another window, so nothing was saved.", night.long_label()),
    }
}

/// The conflict panel's words.
pub mod conflict_text {
    pub const TITLE: &str = "This night was changed in another window";
    pub const EXPLAIN: &str = "Another tab or window saved this night after you started changing it. Nothing has been overwritten. Choose the version to keep.";
    pub const MINE: &str = "Your version (not saved yet)";
    pub const THEIRS: &str = "Saved in the other window";
    pub const DELETED: &str = "The other window deleted this night.";
    pub const KEEP_MINE: &str = "Keep my version";
    pub const KEEP_THEIRS: &str = "Keep the other version";
}
