//! A calendar date with no time and no time zone: the "night of" a diary entry.
//!
//! The diary only ever needs whole days, so instead of pulling in a date crate we keep a count of
//! days since 1970-01-01 and convert to and from year/month/day with Howard Hinnant's
//! days-from-civil arithmetic (proleptic Gregorian calendar). Counting days makes ordering,
//! "7 days earlier" and "how many days apart" plain integer sums.
//!
//! The pure core never reads a clock: whoever calls it passes `today` in.

use std::fmt;

/// A day in the calendar, from 0001-01-01 to 9999-12-31 (four-digit years keep `YYYY-MM-DD`
/// text unambiguous and sortable).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01 (negative before it).
    days: i32,
}

/// Day of the week, Monday first as in ISO 8601 and the UK.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// "Monday".
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }

    /// "Mon".
    pub fn short_name(self) -> &'static str {
        &self.name()[..3]
    }
}

/// Why a piece of text is not a date. [`DateError::message`] is written for the person who typed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Empty,
    /// Not in the `YYYY-MM-DD` shape at all.
    NotADate,
    NoSuchMonth {
        month: u32,
    },
    /// For example 2023-02-29 or 2024-04-31.
    NoSuchDay {
        year: i32,
        month: u32,
        day: u32,
    },
}

impl DateError {
    pub fn message(&self) -> String {
        match self {
            DateError::Empty => "Enter a date.".to_string(),
            DateError::NotADate => {
                "Enter the date as year-month-day, for example 2025-03-14.".to_string()
            }
            DateError::NoSuchMonth { month } => {
                format!("There is no month {month}. Months go from 01 to 12.")
            }
            DateError::NoSuchDay { year, month, day } => {
                let name = MONTH_NAMES[(*month as usize).clamp(1, 12) - 1];
                if *month == 2 && *day == 29 {
                    format!("There was no 29 February in {year}: it was not a leap year.")
                } else {
                    let last = days_in_month(*year, *month);
                    format!("{name} has only {last} days, so day {day} does not exist.")
                }
            }
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 for a valid year/month/day (Hinnant's `days_from_civil`).
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    // Count years from March so the leap day is the last day of the "year".
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y.rem_euclid(400); // 0..=399
    let month_from_march = (month + 9) % 12; // March = 0 ... February = 11
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1; // 0..=365
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year as i32;
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of [`days_from_civil`] (Hinnant's `civil_from_days`).
fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097); // 0..=146096
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    } as u32;
    let year = year_of_era + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

impl Date {
    /// 0001-01-01.
    pub const MIN: Date = Date { days: -719_162 };
    /// 9999-12-31.
    pub const MAX: Date = Date { days: 2_932_896 };

    /// A date from its parts, or why it does not exist.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) {
            return Err(DateError::NotADate);
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::NoSuchMonth { month });
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay { year, month, day });
        }
        Ok(Date {
            days: days_from_civil(year, month, day),
        })
    }

    /// The local calendar day of a moment given as milliseconds since 1970-01-01 UTC (what
    /// `Date.now()` returns) and the device's offset from UTC in minutes, east positive.
    /// JavaScript's `getTimezoneOffset()` has the opposite sign: pass `-getTimezoneOffset()`.
    pub fn from_unix_ms(unix_ms: i64, utc_offset_minutes: i32) -> Date {
        let local_minutes = unix_ms
            .div_euclid(60_000)
            .saturating_add(i64::from(utc_offset_minutes));
        Date { days: 0 }.add_days(local_minutes.div_euclid(24 * 60))
    }

    /// Reads exactly `YYYY-MM-DD` (what an HTML date input gives), after trimming spaces.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DateError::Empty);
        }
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::NotADate);
        }
        // All ten bytes are ASCII, so these slices are on character boundaries.
        let number = |range: std::ops::Range<usize>| {
            text[range]
                .bytes()
                .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
        };
        let year = number(0..4) as i32;
        Date::from_ymd(year, number(5..7), number(8..10))
    }

    pub fn year(self) -> i32 {
        civil_from_days(self.days).0
    }

    pub fn month(self) -> u32 {
        civil_from_days(self.days).1
    }

    pub fn day(self) -> u32 {
        civil_from_days(self.days).2
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3 counting from Monday = 0).
        Weekday::ALL[(self.days + 3).rem_euclid(7) as usize]
    }

    /// The date `days` later (earlier if negative), held within 0001-01-01..=9999-12-31 so
    /// arithmetic on any stored date can never overflow or produce an unprintable year.
    pub fn add_days(self, days: i64) -> Date {
        let target = i64::from(self.days)
            .saturating_add(days)
            .clamp(i64::from(Date::MIN.days), i64::from(Date::MAX.days));
        Date {
            days: target as i32,
        }
    }

    /// How many days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        i64::from(later.days) - i64::from(self.days)
    }

    /// "Friday 14 March 2025": for headings and screen readers.
    pub fn long_label(self) -> String {
        format!("{} {}", self.day_label(), self.year())
    }

    /// "Friday 14 March": for a night so recent that its year goes without saying.
    pub fn day_label(self) -> String {
        let (_, month, day) = civil_from_days(self.days);
        format!(
            "{} {day} {}",
            self.weekday().name(),
            MONTH_NAMES[month as usize - 1]
        )
    }

    /// "Fri 14 Mar": for lists and chart labels.
    pub fn short_label(self) -> String {
        let (_, month, day) = civil_from_days(self.days);
        format!(
            "{} {day} {}",
            self.weekday().short_name(),
            &MONTH_NAMES[month as usize - 1][..3]
        )
    }
}

/// `YYYY-MM-DD`, the form stored in files and given to date inputs.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = civil_from_days(self.days);
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Date, DateError> {
        Date::parse(text)
    }
}
