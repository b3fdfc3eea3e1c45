//! CSV: cells quoted and defused, read back cell for cell, readable labels.

use super::*;

/// A strict RFC 4180 reader, to check what a spreadsheet would see.
pub(crate) fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => {
                assert!(cell.is_empty(), "quote in the middle of an unquoted cell");
                quoted = true;
            }
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "bare CR outside quotes");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("bare LF outside quotes"),
            (false, c) => cell.push(c),
        }
    }
    assert!(
        !quoted && cell.is_empty() && row.is_empty(),
        "file ends with a full row"
    );
    rows
}

#[test]
fn csv_cells_are_quoted_and_defused() {
    use night_cramps::diary::export::csv_cell;
    let cases = [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("line1\nline2", "\"line1\nline2\""),
        ("line1\r\nline2", "\"line1\r\nline2\""),
        ("=1+1", "'=1+1"),
        ("+44 123", "'+44 123"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "\"'\rCR\""),
        (
            "=HYPERLINK(\"http://x\",\"y\")",
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
        ),
        ("a=b", "a=b"),
        ("'already", "'already"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ];
    for (input, expected) in cases {
        assert_eq!(csv_cell(input), expected, "{input:?}");
    }
}

#[test]
fn csv_export_reads_back_cell_for_cell() {
    let mut rng = Rng::new(4180);
    for _ in 0..100 {
        let count = rng.below(30) as usize;
        let diary = support::random_diary(&mut rng, today(), count, 200);
        let csv = export_csv(&diary);
        let body = csv
            .strip_prefix('\u{feff}')
            .expect("starts with a byte-order mark");
        let rows = parse_csv(body);
        assert_eq!(
            rows[0],
            [
                "Night of",
                "Cramps",
                "Muscles",
                "Side",
                "Longest cramp",
                "Worst pain (0-10)",
                "Sleep lost",
                "What helped",
                "Warning signs",
                "Bedtime stretches",
                "Note"
            ]
        );
        assert_eq!(rows.len(), count + 1);
        // Oldest first.
        for (row, entry) in rows[1..].iter().zip(diary.entries().iter().rev()) {
            assert_eq!(row.len(), 11);
            assert_eq!(row[0], entry.night_of.to_string());
            assert_eq!(row[1], entry.cramps.to_string());
            assert_eq!(
                row[5],
                entry.worst_pain.map(|p| p.to_string()).unwrap_or_default()
            );
            let defused = entry.note.starts_with(['=', '+', '-', '@', '\t', '\r']);
            let expected_note = if defused {
                format!("'{}", entry.note)
            } else {
                entry.note.clone()
            };
            assert_eq!(row[9], if entry.stretched { "Yes" } else { "" });
            assert_eq!(row[10], expected_note);
        }
    }
}

#[test]
fn csv_uses_readable_labels() {
    let mut entry = night(1, "2025-03-13", 2, 6);
    entry.muscles = [Muscle::Calf, Muscle::BackOfThigh].into();
    entry.note = "=cmd|' /C calc'!A0".into();
    entry.warning_signs = [night_cramps::diary::WarningSign::SwollenLeg].into();
    entry.stretched = true;
    let diary = Diary::from_entries(vec![entry]).expect("valid");
    let rows = parse_csv(export_csv(&diary).trim_start_matches('\u{feff}'));
    assert_eq!(rows[1][2], "Calf; Back of thigh (hamstring)");
    assert_eq!(
        rows[1][8],
        "One leg was swollen, red or darker than usual, or warm to touch"
    );
    assert_eq!(rows[1][9], "Yes");
    assert_eq!(rows[1][10], "'=cmd|' /C calc'!A0");
    assert!(export_csv(&diary).contains("\r\n"));
}
