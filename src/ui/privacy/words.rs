//! What the privacy page says about what is stored: a plain name for each of Night Cramps' keys,
//! sizes, whether the browser keeps the data, and what erasing did. Shared by the page as the
//! host renders it and by its plain DOM code in the browser.

use crate::platform::store::{self, Key};

/// What the page says until it has read the browser's storage.
pub const CHECKING_STORED: &str = "Checking what is stored…";

/// What the page says until the browser has said whether it keeps the data.
pub const CHECKING: &str = "Checking…";

/// When nothing is stored.
pub const NOTHING_STORED: &str = "Nothing: Night Cramps has not saved anything in this browser.";

/// The button that asks before erasing.
pub const ERASE: &str = "Erase everything";

/// The question before erasing, and its two answers.
pub const ERASE_QUESTION: &str = "Erase everything Night Cramps keeps on this device?";
pub const ERASE_YES: &str = "Yes, erase everything";
pub const ERASE_CANCEL: &str = "Cancel";

/// A plain name for one of our storage keys.
pub fn describe(name: &str) -> String {
    let known = [
        (Key::Diary, "Your cramp diary"),
        (Key::Answers, "Your saved check answers"),
        (Key::LastResult, "Your latest check result"),
        (Key::Settings, "Settings"),
        (
            Key::Experiment,
            "The change you are trying (\"Does it work for me?\")",
        ),
        (Key::Medicines, "The medicines you listed in the diary"),
    ];
    for (key, label) in known {
        if name == key.name() {
            return label.to_string();
        }
        if name.starts_with(&key.aside_name()) {
            return format!("{label}: a copy that could not be read, kept for you to download");
        }
    }
    if name == store::DIARY_NIGHTS {
        return "Your cramp diary, one item per night".into();
    }
    if name == crate::diary::keeping::LAST_BACKUP_KEY {
        return "When you last downloaded a backup of your diary".into();
    }
    if name == "night-cramps.persist-asked" {
        return "Whether this browser was asked to keep Night Cramps' data safe from clean-ups"
            .into();
    }
    format!("Other Night Cramps data ({name})")
}

/// One stored item as listed: its name and size.
pub fn stored_item(name: &str, chars: usize) -> String {
    let size = if chars < 1000 {
        format!("{chars} characters")
    } else {
        format!("about {} KB", chars.div_ceil(1000))
    };
    format!("{} ({size})", describe(name))
}

/// Whether the browser has agreed to keep the data (None: it cannot say).
pub fn persistence_label(persisted: Option<bool>) -> &'static str {
    match persisted {
        Some(true) => "Yes: this browser has agreed to keep Night Cramps' data even when it is short of space.",
        Some(false) => "Not yet: this browser may clear Night Cramps' data if it runs short of space (we ask when you first save something). Download a backup of your diary to be safe.",
        None => "This browser cannot say whether it will keep Night Cramps' data. Download a backup of your diary to be safe.",
    }
}

/// How much this site stores on the device, offline copy included.
pub fn usage_label(bytes: f64) -> String {
    let amount = if bytes < 1_000_000.0 {
        format!("{} KB", crate::decimal::fixed((bytes / 1000.0).ceil(), 0))
    } else {
        format!("{} MB", crate::decimal::fixed(bytes / 1_000_000.0, 1))
    };
    format!(
        "Night Cramps uses about {amount} on this device, including the offline copy of the app."
    )
}

/// What erasing did: `Ok` with how many items it removed, or why it could not.
pub fn erased(result: Result<usize, store::StoreError>) -> Result<String, String> {
    match result {
        Ok(0) => {
            Ok("There was nothing to erase: Night Cramps keeps nothing on this device now.".into())
        }
        Ok(n) => Ok(format!(
            "Erased {n} item{}. Night Cramps keeps nothing on this device now.",
            if n == 1 { "" } else { "s" }
        )),
        Err(error) => Err(error.message()),
    }
}
