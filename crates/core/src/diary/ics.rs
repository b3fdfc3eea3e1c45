//! Reminders without a server: a calendar file (iCalendar, RFC 5545) the person downloads and
//! opens in their phone's own calendar. Nothing is sent anywhere; the file is built here from
//! the time they pick.
//!
//! What RFC 5545 asks of the text, and where it is done: every line ends in CRLF; a line longer
//! than 75 octets is folded, the rest going on lines that start with one space, never splitting
//! a UTF-8 character ([`fold_line`]); backslash, semicolon, comma and newlines in TEXT values are
//! escaped ([`escape_text`]). DTSTAMP is UTC; DTSTART is a floating local time (no time zone), so
//! "21:30" stays 21:30 wherever the phone is. Each reminder is one VEVENT with an RRULE and a
//! VALARM.
//!
//! UIDs are fixed per kind of reminder: a calendar that imports the file again (after the person
//! picks a new time) updates the same event instead of adding a second one. A UID only has to be
//! unique within one person's calendar.

use std::fmt;

use super::date::Date;

/// A time of day on the phone's clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalTime {
    hour: u8,
    minute: u8,
}

impl LocalTime {
    /// `None` unless 0..=23 and 0..=59.
    pub fn new(hour: u8, minute: u8) -> Option<LocalTime> {
        (hour < 24 && minute < 60).then_some(LocalTime { hour, minute })
    }

    /// Reads "21:30" (what an HTML time input gives; seconds, if any, are ignored).
    pub fn parse(text: &str) -> Option<LocalTime> {
        let mut parts = text.trim().split(':');
        let number = |part: Option<&str>| -> Option<u8> {
            let part = part?;
            if part.len() != 2 || !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        LocalTime::new(number(parts.next())?, number(parts.next())?)
    }

    pub fn hour(self) -> u8 {
        self.hour
    }

    pub fn minute(self) -> u8 {
        self.minute
    }
}

/// "21:30".
impl fmt::Display for LocalTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// How often a reminder comes back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Repeat {
    Daily,
    Monthly,
}

/// One reminder: one VEVENT.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    pub uid: &'static str,
    /// The event's title in the calendar.
    pub summary: &'static str,
    pub description: &'static str,
    /// The first day, and the time on every day it repeats.
    pub first: Date,
    pub at: LocalTime,
    pub repeat: Repeat,
    /// How long the calendar shows the event for.
    pub minutes: u32,
}

/// The nightly stretches, every day from `first` at `at`.
pub fn nightly_stretches(first: Date, at: LocalTime) -> Reminder {
    Reminder {
        uid: "bedtime-stretches@night-cramps",
        summary: "Bedtime stretches",
        description: "Calf and back of thigh, both legs, about 3 minutes. Open Night Cramps and choose Bedtime stretches.",
        first,
        at,
        repeat: Repeat::Daily,
        minutes: 5,
    }
}

/// A monthly reminder to save a backup of the diary. A month without the first day's date
/// would be skipped by the calendar (RFC 5545: there is no 31 April), so a first day after the
/// 28th moves to the 1st of the next month.
pub fn monthly_backup(first: Date, at: LocalTime) -> Reminder {
    let first = if first.day() > 28 {
        first_of_next_month(first).unwrap_or(first)
    } else {
        first
    };
    Reminder {
        uid: "diary-backup@night-cramps",
        summary: "Back up your cramp diary",
        description: "Your diary is kept only on this device. Open Night Cramps, go to the diary and save a backup file.",
        first,
        at,
        repeat: Repeat::Monthly,
        minutes: 5,
    }
}

/// The 1st of the month after `date` (`None` after December 9999).
fn first_of_next_month(date: Date) -> Option<Date> {
    let (year, month) = match date.month() {
        12 => (date.year() + 1, 1),
        month => (date.year(), month + 1),
    };
    Date::from_ymd(year, month, 1).ok()
}

/// The file name offered for download.
pub const FILE_NAME: &str = "night-cramps-reminders.ics";

/// The file's media type.
pub const MEDIA_TYPE: &str = "text/calendar;charset=utf-8";

/// The whole calendar file with one VEVENT per reminder. `now_unix_ms` (the UI's clock) becomes
/// every event's DTSTAMP, in UTC.
pub fn calendar(reminders: &[Reminder], now_unix_ms: i64) -> String {
    let stamp = utc_stamp(now_unix_ms);
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Night Cramps//Reminders//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for reminder in reminders {
        let first = reminder.first;
        let rule = match reminder.repeat {
            Repeat::Daily => "DAILY",
            Repeat::Monthly => "MONTHLY",
        };
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", reminder.uid),
            format!("DTSTAMP:{stamp}"),
            format!(
                "DTSTART:{:04}{:02}{:02}T{:02}{:02}00",
                first.year(),
                first.month(),
                first.day(),
                reminder.at.hour,
                reminder.at.minute
            ),
            format!("DURATION:PT{}M", reminder.minutes.max(1)),
            format!("RRULE:FREQ={rule}"),
            format!("SUMMARY:{}", escape_text(reminder.summary)),
            format!("DESCRIPTION:{}", escape_text(reminder.description)),
            "TRANSP:TRANSPARENT".to_string(),
            // The alarm rings at the event's start: the reminder is the point of the event.
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".to_string(),
            format!("DESCRIPTION:{}", escape_text(reminder.summary)),
            "TRIGGER:PT0M".to_string(),
            "END:VALARM".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold_line(line)).collect()
}

/// A moment as `YYYYMMDDTHHMMSSZ` (UTC).
fn utc_stamp(unix_ms: i64) -> String {
    let day = Date::from_unix_ms(unix_ms, 0);
    let seconds = unix_ms.div_euclid(1000).rem_euclid(86_400);
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        day.year(),
        day.month(),
        day.day(),
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// A TEXT value with `\`, `;`, `,` and newlines escaped (RFC 5545 §3.3.11). A CR is dropped:
/// only a line feed can be written escaped, and CRLF should read as one new line.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Longest line, in octets, not counting its CRLF (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// One content line, folded and ended with CRLF: at most 75 octets a line, each continuation line
/// starting with one space, and never a UTF-8 character cut in two.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut rest = line;
    // The first line has all 75 octets; a continuation line's space takes one.
    let mut room = MAX_LINE_OCTETS;
    loop {
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return out;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_LINE_OCTETS - 1;
    }
}

/// The backup page's reminder section: title, what it does, and the button.
pub const BACKUP_REMINDER_TITLE: &str = "A monthly reminder to back up";
pub const BACKUP_REMINDER_LEAD: &str = "Download a calendar file and open it: your phone's calendar will remind you once a month to save a backup. Nothing is sent anywhere.";

/// The stretch page's reminder section.
pub const STRETCH_REMINDER_TITLE: &str = "A nightly reminder";
pub const STRETCH_REMINDER_LEAD: &str = "Download a calendar file and open it: your phone's calendar will remind you to stretch every night at the time you pick. Nothing is sent anywhere.";

pub const TIME_LABEL: &str = "Remind me at";
pub const DOWNLOAD_LABEL: &str = "Download the calendar file (.ics)";
pub const DOWNLOADED: &str = "Downloaded. Open the file to add the reminder to your calendar.";
pub const BAD_TIME: &str = "Pick a time, for example 21:30.";

/// The calendar text for one kind of reminder from `today` at `at`.
pub fn reminder_file(stretches: bool, today: Date, at: LocalTime, now_unix_ms: i64) -> String {
    let reminder = if stretches {
        nightly_stretches(today, at)
    } else {
        monthly_backup(today, at)
    };
    calendar(&[reminder], now_unix_ms)
}
