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
