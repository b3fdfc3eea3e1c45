//! The calendar file: CRLF everywhere, lines folded at 75 octets without cutting a character,
//! TEXT escaped, one VEVENT per reminder with UID, DTSTAMP (UTC), a floating DTSTART, an RRULE
//! and a VALARM, and every BEGIN matched by its END.

use night_cramps::diary::ics::{
    calendar, escape_text, fold_line, monthly_backup, nightly_stretches, LocalTime, Repeat,
    MAX_LINE_OCTETS,
};
use night_cramps::diary::Date;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// 2025-03-14 09:26:53.589 UTC.
const NOW_MS: i64 = 1_741_944_413_589;

fn both() -> String {
    let at = LocalTime::parse("21:30").unwrap();
    calendar(
        &[
            nightly_stretches(date("2025-03-14"), at),
            monthly_backup(date("2025-03-14"), LocalTime::new(19, 5).unwrap()),
        ],
        NOW_MS,
    )
}

/// The physical lines, each without its CRLF; fails on any CR or LF not part of a CRLF.
fn physical_lines(text: &str) -> Vec<&str> {
    assert!(text.ends_with("\r\n"), "the file ends with CRLF");
    let lines: Vec<&str> = text[..text.len() - 2].split("\r\n").collect();
    for line in &lines {
        assert!(
            !line.contains('\r') && !line.contains('\n'),
            "bare CR or LF in {line:?}"
        );
    }
    lines
}

/// Content lines with folding undone (RFC 5545 §3.1: a CRLF followed by one space is removed).
fn unfolded(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for line in physical_lines(text) {
        match line.strip_prefix(' ') {
            Some(rest) => lines
                .last_mut()
                .expect("a continuation after a line")
                .push_str(rest),
            None => lines.push(line.to_string()),
        }
    }
    lines
}

/// Checks BEGIN/END nesting and returns each component's properties, as (component, lines).
fn components(lines: &[String]) -> Vec<(String, Vec<String>)> {
    let mut stack: Vec<(String, Vec<String>)> = Vec::new();
    let mut done = Vec::new();
    for line in lines {
        if let Some(name) = line.strip_prefix("BEGIN:") {
            stack.push((name.to_string(), Vec::new()));
        } else if let Some(name) = line.strip_prefix("END:") {
            let open = stack.pop().expect("END without BEGIN");
            assert_eq!(open.0, name, "END:{name} closes BEGIN:{}", open.0);
            done.push(open);
        } else {
            stack
                .last_mut()
                .expect("a property outside any component")
                .1
                .push(line.clone());
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    done
}

fn value<'a>(props: &'a [String], name: &str) -> Vec<&'a str> {
    props
        .iter()
        .filter_map(|p| p.strip_prefix(name).and_then(|v| v.strip_prefix(':')))
        .collect()
}

#[test]
fn every_line_ends_in_crlf_and_none_is_longer_than_75_octets() {
    let text = both();
    for line in physical_lines(&text) {
        assert!(
            line.len() <= MAX_LINE_OCTETS,
            "{} octets: {line:?}",
            line.len()
        );
    }
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
}

#[test]
fn the_structure_is_balanced_with_one_event_and_one_alarm_per_reminder() {
    let lines = unfolded(&both());
    let parts = components(&lines);
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["VALARM", "VEVENT", "VALARM", "VEVENT", "VCALENDAR"]);
    let calendar = &parts[4].1;
    assert_eq!(value(calendar, "VERSION"), ["2.0"]);
    assert_eq!(value(calendar, "PRODID").len(), 1);
    for (name, props) in &parts {
        match name.as_str() {
            "VEVENT" => {
                for required in [
                    "UID",
                    "DTSTAMP",
                    "DTSTART",
                    "RRULE",
                    "SUMMARY",
                    "DESCRIPTION",
                ] {
                    assert_eq!(value(props, required).len(), 1, "{required}");
                }
            }
            "VALARM" => {
                assert_eq!(value(props, "ACTION"), ["DISPLAY"]);
                assert_eq!(value(props, "TRIGGER").len(), 1);
                assert_eq!(value(props, "DESCRIPTION").len(), 1);
            }
            _ => {}
        }
    }
}

#[test]
fn daily_stretches_and_a_monthly_backup_at_the_chosen_floating_times() {
    let lines = unfolded(&both());
    let parts = components(&lines);
    let (stretches, backup) = (&parts[1].1, &parts[3].1);
    assert_eq!(value(stretches, "RRULE"), ["FREQ=DAILY"]);
    assert_eq!(
        value(stretches, "DTSTART"),
        ["20250314T213000"],
        "floating: no Z, no TZID"
    );
    assert_eq!(value(stretches, "DTSTAMP"), ["20250314T092653Z"]);
    assert_eq!(value(backup, "RRULE"), ["FREQ=MONTHLY"]);
    assert_eq!(value(backup, "DTSTART"), ["20250314T190500"]);
    assert_ne!(value(stretches, "UID"), value(backup, "UID"));
    assert_eq!(value(stretches, "SUMMARY"), ["Bedtime stretches"]);
    assert_eq!(
        value(stretches, "DESCRIPTION"),
        ["Calf and back of thigh\\, both legs\\, about 3 minutes. Open Night Cramps and choose Bedtime stretches."]
    );
}

#[test]
fn the_same_reminder_downloaded_again_keeps_its_uid_so_the_calendar_updates_it() {
    let a = nightly_stretches(date("2025-03-14"), LocalTime::new(21, 0).unwrap());
    let b = nightly_stretches(date("2025-04-01"), LocalTime::new(22, 15).unwrap());
    assert_eq!(a.uid, b.uid);
    assert_eq!(a.repeat, Repeat::Daily);
}

#[test]
fn a_monthly_backup_never_starts_on_a_day_some_months_lack() {
    let at = LocalTime::new(9, 0).unwrap();
    assert_eq!(
        monthly_backup(date("2025-01-31"), at).first,
        date("2025-02-01")
    );
    assert_eq!(
        monthly_backup(date("2024-12-29"), at).first,
        date("2025-01-01")
    );
    assert_eq!(
        monthly_backup(date("2025-02-28"), at).first,
        date("2025-02-28")
    );
    assert_eq!(
        monthly_backup(date("9999-12-31"), at).first,
        date("9999-12-31")
    );
}

#[test]
fn text_escapes_backslash_semicolon_comma_and_newlines() {
    assert_eq!(escape_text("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
    assert_eq!(
        escape_text("plain: words"),
        "plain: words",
        "a colon needs no escape"
    );
}

#[test]
fn a_line_of_exactly_75_octets_is_not_folded_and_76_is() {
    let line75 = "X".repeat(75);
    assert_eq!(fold_line(&line75), format!("{line75}\r\n"));
    let line76 = "X".repeat(76);
    assert_eq!(fold_line(&line76), format!("{}\r\n X\r\n", "X".repeat(75)));
}

#[test]
fn folding_never_cuts_a_multibyte_character_and_unfolds_to_the_original() {
    // "é" is 2 octets, "€" 3, "🦵" 4: shift each across the 75-octet boundary.
    for wide in ["é", "€", "🦵"] {
        for lead in 60..80 {
            let line = format!("{}{}", "a".repeat(lead), wide.repeat(40));
            let folded = fold_line(&line);
            let physical = physical_lines(&folded);
            for (i, part) in physical.iter().enumerate() {
                assert!(part.len() <= 75, "{} octets", part.len());
                if i > 0 {
                    assert!(part.starts_with(' '));
                    assert!(part.len() > 1, "a continuation line carries something");
                }
                // Each physical line is whole UTF-8 by construction (&str); a cut character
                // would also make the first line shorter than it had to be:
                let next = physical.get(i + 1).map(|n| n[1..].chars().next().unwrap());
                if let Some(c) = next {
                    assert!(
                        part.len() + c.len_utf8() > 75,
                        "folded early at {lead} {wide}"
                    );
                }
            }
            assert_eq!(unfolded(&folded), vec![line]);
        }
    }
}

#[test]
fn a_long_escaped_description_round_trips_through_folding() {
    let text = "Stretch, breathe; rest\\repeat.\nAgain, with é and € and 🦵. ".repeat(5);
    let folded = fold_line(&format!("DESCRIPTION:{}", escape_text(&text)));
    let line = unfolded(&folded).remove(0);
    let value = line.strip_prefix("DESCRIPTION:").unwrap();
    // Undo the escaping by hand.
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => panic!("a lone backslash"),
            }
        } else {
            out.push(c);
        }
    }
    assert_eq!(out, text);
}

#[test]
fn times_are_read_as_an_html_time_input_gives_them() {
    assert_eq!(LocalTime::parse("21:30"), LocalTime::new(21, 30));
    assert_eq!(LocalTime::parse("07:05:00"), LocalTime::new(7, 5));
    assert_eq!(LocalTime::parse("07:05").unwrap().to_string(), "07:05");
    for bad in ["", "24:00", "12:60", "9:30", "ab:cd", "12"] {
        assert_eq!(LocalTime::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn dtstamp_is_utc_whatever_the_moment() {
    let text = calendar(
        &[nightly_stretches(
            date("2025-03-14"),
            LocalTime::new(0, 0).unwrap(),
        )],
        0,
    );
    assert!(text.contains("DTSTAMP:19700101T000000Z\r\n"));
    let text = calendar(&[], 86_399_999);
    assert!(!text.contains("VEVENT"));
    components(&unfolded(&text));
}

// ---- read back by a real iCalendar parser (the `icalendar` crate) ----

/// The file as a calendar app reads it: unfolded and parsed by `icalendar`, its events typed.
fn parsed(text: &str) -> icalendar::Calendar {
    text.parse::<icalendar::Calendar>()
        .unwrap_or_else(|e| panic!("the parser refused the file: {e}"))
}

fn events(calendar: &icalendar::Calendar) -> Vec<&icalendar::Event> {
    calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect()
}

#[test]
fn a_real_parser_reads_both_reminders_with_their_times_rules_and_alarms() {
    use icalendar::{CalendarDateTime, Component, DatePerhapsTime};
    let calendar = parsed(&both());
    assert_eq!(calendar.property_value("VERSION"), Some("2.0"));
    assert!(calendar.property_value("PRODID").is_some());
    let events = events(&calendar);
    assert_eq!(events.len(), 2, "one VEVENT per reminder");
    for (event, uid, summary, start, rule) in [
        (
            events[0],
            "bedtime-stretches@night-cramps",
            "Bedtime stretches",
            "2025-03-14 21:30:00",
            "FREQ=DAILY",
        ),
        (
            events[1],
            "diary-backup@night-cramps",
            "Back up your cramp diary",
            "2025-03-14 19:05:00",
            "FREQ=MONTHLY",
        ),
    ] {
        assert_eq!(event.get_uid(), Some(uid));
        assert_eq!(event.get_summary(), Some(summary));
        match event.get_start() {
            Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(at))) => {
                assert_eq!(at.to_string(), start, "a floating local time")
            }
            other => panic!("DTSTART should be a floating date-time, not {other:?}"),
        }
        let stamp = event.get_timestamp().expect("DTSTAMP in UTC");
        assert_eq!(stamp.to_rfc3339(), "2025-03-14T09:26:53+00:00");
        assert_eq!(event.property_value("RRULE"), Some(rule));
        assert_eq!(event.property_value("DURATION"), Some("PT5M"));
        let alarms: Vec<_> = event.components().iter().collect();
        assert_eq!(alarms.len(), 1, "one alarm, at the start");
        assert_eq!(alarms[0].property_value("ACTION"), Some("DISPLAY"));
        assert_eq!(alarms[0].property_value("TRIGGER"), Some("PT0M"));
    }
    let description = events[0].get_description().expect("a description");
    assert!(
        description.starts_with("Calf and back of thigh, both legs"),
        "{description}"
    );
}

#[test]
fn a_real_parser_unfolds_and_unescapes_a_long_awkward_description() {
    use icalendar::Component;
    let description = "Stretch; then rest, then the other leg \\ twice.\nNext line: café, 夜, 😀 — and a fairly long tail so that the line is folded more than once over.";
    let reminder = night_cramps::diary::ics::Reminder {
        description,
        ..nightly_stretches(date("2025-03-14"), LocalTime::new(6, 0).unwrap())
    };
    let text = calendar(&[reminder], NOW_MS);
    assert!(text.contains("\r\n "), "the description is folded");
    let calendar = parsed(&text);
    let events = events(&calendar);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].get_description(), Some(description));
    assert_eq!(events[0].get_summary(), Some("Bedtime stretches"));
}

#[test]
fn the_downloaded_files_parse_with_one_daily_or_monthly_event() {
    use icalendar::Component;
    use night_cramps::diary::ics::reminder_file;
    let at = LocalTime::parse("22:15").unwrap();
    for (stretches, rule) in [(true, "FREQ=DAILY"), (false, "FREQ=MONTHLY")] {
        let text = reminder_file(stretches, date("2025-01-31"), at, NOW_MS);
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        let calendar = parsed(&text);
        let events = events(&calendar);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].property_value("RRULE"), Some(rule));
    }
}
