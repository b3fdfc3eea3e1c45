//! Which night an entry is for, as the form asks it: "Last night", "The night before last" or
//! "Another night" (which opens a date field).
//!
//! Most entries are written the morning after, so the two most recent nights are one tap each.
//! A date field is only shown for any other night: it is fiddly on a phone, and the browser's
//! first date field on a page is slow to make.

use super::date::Date;

/// A night the form offers as one choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecentNight {
    pub night: Date,
    /// "Last night (Saturday 28 November)": the choice's label. The year goes without saying.
    pub label: String,
    /// Stable for the form control's id: `last` or `before_last`.
    pub key: &'static str,
}

/// The nights offered as one tap each, most recent first: the night that began yesterday
/// evening (the form's default) and the one before it. `today` is the device's date.
pub fn recent_nights(today: Date) -> [RecentNight; 2] {
    let night = |days_ago: i64, name: &str, key| {
        let night = today.add_days(-days_ago);
        RecentNight {
            night,
            label: format!("{name} ({})", night.day_label()),
            key,
        }
    };
    [
        night(1, "Last night", "last"),
        night(2, "The night before last", "before_last"),
    ]
}

/// Whether the date typed or chosen (`YYYY-MM-DD`) is one of `recent`, so its choice shows as
/// picked; otherwise the form shows "Another night" with the date field.
pub fn recent_choice<'a>(recent: &'a [RecentNight], night_of: &str) -> Option<&'a RecentNight> {
    recent.iter().find(|r| r.night.to_string() == night_of)
}
