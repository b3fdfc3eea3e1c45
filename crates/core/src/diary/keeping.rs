//! Keeping the diary on the device: whether the browser promised to keep it, when the last
//! backup was made, and when to suggest another. Pure: the page passes in what the browser said
//! and what storage held; every sentence the diary page shows about this is here.

use serde_json::{json, Value};

use super::date::Date;
use super::night_store::{stamp_time_ms, Stamps};

/// Where the last backup's date is kept (written when a backup file is downloaded).
pub const LAST_BACKUP_KEY: &str = "night-cramps.last-backup";

/// Nights added or changed since the last backup before the page suggests a new one.
pub const SUGGEST_AFTER: usize = 7;

/// When the last backup file was downloaded on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LastBackup {
    /// The local day, to show.
    pub date: Date,
    /// The moment (ms since 1970), to compare with each night's version stamp.
    pub at_ms: u64,
}

impl LastBackup {
    pub fn encode(&self) -> String {
        json!({ "date": self.date.to_string(), "at": self.at_ms }).to_string()
    }

    /// `None` for anything this app did not write (the reminder then counts every night).
    pub fn decode(text: &str) -> Option<LastBackup> {
        let value: Value = serde_json::from_str(text).ok()?;
        Some(LastBackup {
            date: Date::parse(value.get("date")?.as_str()?).ok()?,
            at_ms: value.get("at")?.as_u64()?,
        })
    }
}

/// What the diary page knows about keeping the diary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Keeping {
    /// What `navigator.storage.persist()` answered; `None` until it has, or if the browser
    /// cannot say.
    pub persisted: Option<bool>,
    pub last_backup: Option<LastBackup>,
}

/// Nights saved (added or changed) after the last backup: every night when there is none.
pub fn changed_since(stamps: &Stamps, last: Option<&LastBackup>) -> usize {
    match last {
        None => stamps.len(),
        Some(last) => (stamps.values())
            .filter(|stamp| stamp_time_ms(**stamp) > last.at_ms)
            .count(),
    }
}

impl Keeping {
    /// Whether the browser promised to keep the diary, in a sentence.
    pub fn persist_line(&self) -> &'static str {
        match self.persisted {
            Some(true) => "Your browser has agreed to keep your diary: it will not clear it on its own to free space.",
            Some(false) => "Your browser has not promised to keep your diary: it may clear it when the device runs short of space.",
            None => "Your browser has not said whether it will keep your diary.",
        }
    }

    /// The last backup, in a sentence.
    pub fn backup_line(&self) -> String {
        match &self.last_backup {
            Some(last) => format!(
                "Last backup made on this device: {}.",
                last.date.long_label()
            ),
            None => "No backup has been made on this device yet.".into(),
        }
    }

    /// A nudge to make a backup, when [`SUGGEST_AFTER`] or more nights were saved since the last.
    pub fn backup_advice(&self, stamps: &Stamps) -> Option<String> {
        let count = changed_since(stamps, self.last_backup.as_ref());
        (count >= SUGGEST_AFTER).then(|| match self.last_backup {
            Some(_) => format!("{count} nights were added or changed since your last backup. Download a new backup to keep them safe."),
            None => format!("Your diary has {count} nights and no backup yet. Download a backup to keep them safe."),
        })
    }
}

/// What can clear the diary, for the diary page (the privacy page says the same at more length).
pub const WHAT_CAN_CLEAR: &str = "Clearing this site's data in your browser settings deletes the diary, and Safari deletes it after 7 days without a visit unless Night Cramps is added to your home screen. A backup file keeps a copy you control.";
