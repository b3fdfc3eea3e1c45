//! Reading a diary file a few entries at a time, so that opening a big diary (ten years is about
//! 1 MB) never holds a phone's page in one long task: the diary page reads a slice per task.
//!
//! The text is first cut into the envelope and one piece per entry by a quick scan that only
//! tracks brackets and strings ([`cut`]); the envelope and then each piece are parsed on their
//! own. This fast path only ever *succeeds*: at the first thing it does not expect (a syntax
//! error, a refused entry, an odd key), it reads the whole file again with
//! [`format::read_diary`], so problems are found and worded exactly as before, and a good file
//! reads to exactly the same entries (checked over generated and mutated files in the tests
//! below). Broken files are rare and then cost one long task, as they always did.

use std::ops::Range;

use serde_json::Value;

use super::date::Date;
use super::format::{read_diary, read_top, usable_text, EntriesRead, Limits, ReadDiary};
use super::import::ImportError;

/// A diary file part-way through being read. Holds no text: each step is given the same text.
pub(crate) struct ReadInSteps {
    limits: Limits,
    /// Set by the first step.
    found: Option<Found>,
}

/// The envelope, read, and where each entry is.
struct Found {
    exported: Option<Date>,
    pieces: Vec<Range<usize>>,
    read: EntriesRead,
}

/// Where reading has got to.
pub(crate) enum Progress {
    More(ReadInSteps),
    Done(Result<ReadDiary, ImportError>),
}

impl ReadInSteps {
    /// Nothing is read yet: the first step finds the entries (one quick pass over the text and
    /// the envelope), each later one reads up to its `count` of them.
    pub(crate) fn new(limits: Limits) -> ReadInSteps {
        ReadInSteps {
            limits,
            found: None,
        }
    }

    /// Takes the next step over `text`.
    pub(crate) fn next(self, text: &str, count: usize) -> Progress {
        let limits = self.limits;
        let whole = || Progress::Done(read_diary(text, limits));
        let Ok(body) = usable_text(text) else {
            return whole();
        };
        let Some(mut found) = self.found else {
            return match find(body, limits) {
                Some(found) => Progress::More(ReadInSteps {
                    limits,
                    found: Some(found),
                }),
                None => whole(),
            };
        };
        let done = found.read.len();
        let end = found.pieces.len().min(done.saturating_add(count));
        for piece in &found.pieces[done..end] {
            let Some(value) = body
                .get(piece.clone())
                .and_then(|piece| serde_json::from_str::<Value>(piece).ok())
            else {
                return whole();
            };
            if found.read.add(&value).is_err() {
                return whole();
            }
        }
        if end == found.pieces.len() {
            Progress::Done(Ok(found.read.finish(found.exported)))
        } else {
            Progress::More(ReadInSteps {
                limits,
                found: Some(found),
            })
        }
    }
}

/// Cuts the text and reads the envelope; `None` at anything unexpected.
fn find(body: &str, limits: Limits) -> Option<Found> {
    let cut = cut(body)?;
    let envelope = format!("{}{}", &body[..cut.open], &body[cut.close..]);
    let (exported, emptied) = read_top(serde_json::from_str(&envelope).ok()?).ok()?;
    if !emptied.is_empty()
        || limits
            .max_entries
            .is_some_and(|max| cut.entries.len() > max)
    {
        return None;
    }
    Some(Found {
        exported,
        read: EntriesRead::new(limits, cut.entries.len()),
        pieces: cut.entries,
    })
}

/// A diary file's text cut around its entries.
#[derive(Debug, PartialEq, Eq)]
struct Cut {
    /// Just after the `[` that opens the top-level `"entries"` list.
    open: usize,
    /// The `]` that closes it.
    close: usize,
    /// Each entry's text, whitespace included.
    entries: Vec<Range<usize>>,
}

/// Finds the top-level `"entries"` list and the text of each entry in it, looking only at
/// brackets, commas and strings. `None` when the text is not shaped as expected (the whole-file
/// reader then explains why); pieces that are not valid JSON are left for the parser to refuse.
fn cut(text: &str) -> Option<Cut> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut open = None;
    let mut close = None;
    let mut entries = Vec::new();
    let mut piece_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let in_entries = open.is_some() && close.is_none() && depth == 2;
        match bytes[i] {
            b'"' => {
                let start = i;
                i = string_end(bytes, i)?;
                let next = skip_space(bytes, i);
                if depth == 1 && bytes.get(next) == Some(&b':') {
                    let key = &bytes[start + 1..i - 1];
                    // An escaped key could spell "entries" in a way this scan would miss.
                    if key.contains(&b'\\') {
                        return None;
                    }
                    if key == b"entries" {
                        if open.is_some() {
                            return None;
                        }
                        let list = skip_space(bytes, next + 1);
                        if bytes.get(list) != Some(&b'[') {
                            return None;
                        }
                        depth = 2;
                        open = Some(list + 1);
                        piece_start = list + 1;
                        i = list + 1;
                    }
                }
                continue;
            }
            b'{' | b'[' => depth += 1,
            b']' if in_entries => {
                let last = piece_start..i;
                // `[ ]` has no entries; anything else before `]` is one (maybe empty) piece.
                // Only JSON's own whitespace counts: a form feed or a no-break space there is
                // a piece, which the parser then refuses (as it refuses the whole file).
                if !entries.is_empty() || !bytes[last.clone()].iter().all(|&b| is_json_space(b)) {
                    entries.push(last);
                }
                close = Some(i);
                depth = 1;
            }
            b'}' | b']' => depth = depth.checked_sub(1)?,
            b',' if in_entries => {
                entries.push(piece_start..i);
                piece_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    Some(Cut {
        open: open?,
        close: close?,
        entries,
    })
}

/// The index just after the string that starts with the quote at `start`.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// JSON's whitespace: space, tab, line feed, carriage return (not form feed, not Unicode spaces).
fn is_json_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

fn skip_space(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).copied().is_some_and(is_json_space) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    //! The fast path must agree with the whole-file reader on every text: generated diaries
    //! (notes full of brackets, quotes, commas and escapes; compact and pretty; extra top-level
    //! fields before and after the entries) and thousands of mutations of them.

    use serde_json::{json, Map, Value};

    use super::*;
    use crate::diary::entry::{Choice, Longest, Muscle, Relief, Side, SleepLost};

    /// xorshift: deterministic, so a failure reproduces.
    struct Rng(u64);
    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
        fn pick<T: Clone>(&mut self, items: &[T]) -> T {
            items[self.below(items.len())].clone()
        }
    }

    const NOTE_BITS: [&str; 12] = [
        "calf",
        "]",
        "[",
        "}",
        "{",
        ",",
        "\"",
        "\\",
        ":",
        "\"entries\": [",
        "é 夜",
        " ",
    ];

    fn keys<T: Choice>(rng: &mut Rng) -> Value {
        let mut keys: Vec<&str> = T::ALL.iter().map(|c| c.key()).collect();
        keys.truncate(rng.below(keys.len() + 1));
        json!(keys)
    }

    fn entry(rng: &mut Rng, day: usize) -> Value {
        let note: String = (0..rng.below(8)).map(|_| rng.pick(&NOTE_BITS)).collect();
        let mut entry = json!({
            "id": rng.below(5),
            "night_of": format!("2024-{:02}-{:02}", 1 + day / 28, 1 + day % 28),
            "cramps": 1 + rng.below(3),
            "muscles": keys::<Muscle>(rng),
            "side": rng.pick(&[Value::Null, json!(Side::ALL[0].key())]),
            "longest": Longest::ALL[rng.below(Longest::ALL.len())].key(),
            "worst_pain": rng.pick(&[Value::Null, json!(3), json!(10)]),
            "sleep_lost": SleepLost::ALL[0].key(),
            "helped": keys::<Relief>(rng),
            "note": note,
        });
        if rng.below(4) == 0 {
            entry.as_object_mut().unwrap().remove("note");
        }
        entry
    }

    fn diary(rng: &mut Rng) -> String {
        let count = rng.below(12);
        let mut days: Vec<usize> = (0..300).collect();
        let entries: Vec<Value> = (0..count)
            .map(|_| {
                let day = days.swap_remove(rng.below(days.len()));
                entry(rng, day)
            })
            .collect();
        let mut top = Map::new();
        for (key, value) in [
            ("app", json!("night-cramps")),
            ("schema", json!(1)),
            ("exported", json!("2024-12-31")),
            ("entries", json!(entries)),
            ("extra", json!({"entries": [1, [2]], "x": "],["})),
        ] {
            if key != "extra" || rng.below(2) == 0 {
                top.insert(key.into(), value);
            }
        }
        let top = Value::Object(top);
        if rng.below(2) == 0 {
            serde_json::to_string_pretty(&top).unwrap()
        } else {
            top.to_string()
        }
    }

    /// Reads `text` `per_step` entries at a time; also says how many steps it took.
    fn in_steps(
        text: &str,
        limits: Limits,
        per_step: usize,
    ) -> (Result<ReadDiary, ImportError>, usize) {
        let mut progress = ReadInSteps::new(limits).next(text, per_step);
        let mut steps = 0;
        loop {
            match progress {
                Progress::More(reading) => {
                    steps += 1;
                    progress = reading.next(text, per_step);
                }
                Progress::Done(result) => return (result, steps),
            }
        }
    }

    /// As stored data is read, and as an import is (entry limit, no future nights).
    fn limits() -> [Limits; 2] {
        [
            Limits {
                max_entries: None,
                today: None,
            },
            Limits {
                max_entries: Some(5),
                today: Some(Date::from_ymd(2024, 6, 1).unwrap()),
            },
        ]
    }

    #[test]
    fn a_good_diary_is_read_one_entry_per_step_to_the_same_result() {
        let mut rng = Rng(0x5eed);
        for _ in 0..300 {
            let text = diary(&mut rng);
            let whole = read_diary(&text, limits()[0]);
            let entries = whole
                .as_ref()
                .expect("generated diaries are good")
                .entries
                .len();
            let (result, steps) = in_steps(&text, limits()[0], 1);
            assert_eq!(result, whole, "{text}");
            // The fast path was taken: after finding the entries, one step per entry (a
            // whole-file read would end at once).
            assert_eq!(steps, entries.max(1), "{text}");
            assert_eq!(in_steps(&text, limits()[0], usize::MAX).1, 1);
        }
    }

    #[test]
    fn every_mutated_text_reads_exactly_as_the_whole_file_reader_reads_it() {
        // Form feed, vertical tab and no-break space are whitespace to Rust's `trim` but not to JSON.
        const INSERTS: [char; 15] = [
            '{', '}', '[', ']', ',', ':', '"', '\\', ' ', '0', 'e', '\u{feff}', '\u{c}', '\u{b}',
            '\u{a0}',
        ];
        let mut rng = Rng(42);
        let (mut good, mut refused) = (0, 0);
        for _ in 0..400 {
            let original: Vec<char> = diary(&mut rng).chars().collect();
            for _ in 0..12 {
                let mut text = original.clone();
                for _ in 0..1 + rng.below(3) {
                    let at = rng.below(text.len() + 1);
                    match rng.below(3) {
                        0 if at < text.len() => {
                            text.remove(at);
                        }
                        1 if at < text.len() => text[at] = rng.pick(&INSERTS),
                        _ => text.insert(at, rng.pick(&INSERTS)),
                    }
                }
                let text: String = text.into_iter().collect();
                for limits in limits() {
                    let whole = read_diary(&text, limits);
                    if whole.is_ok() {
                        good += 1;
                    } else {
                        refused += 1;
                    }
                    for per_step in [1, 3, usize::MAX] {
                        assert_eq!(in_steps(&text, limits, per_step).0, whole, "{text}");
                    }
                }
            }
        }
        // Both outcomes were exercised.
        assert!(
            good > 200 && refused > 5000,
            "good {good}, refused {refused}"
        );
    }

    #[test]
    fn only_json_whitespace_makes_an_empty_list() {
        for space in [" \t\r\n", "\u{c}", "\u{b}", "\u{a0}", "\u{2028}"] {
            let text = format!(r#"{{"app":"night-cramps","schema":1,"entries":[{space}]}}"#);
            for limits in limits() {
                assert_eq!(
                    in_steps(&text, limits, 1).0,
                    read_diary(&text, limits),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn the_cut_finds_only_the_top_level_entries() {
        let pieces = |text: &str| {
            cut(text).map(|cut| {
                cut.entries
                    .iter()
                    .map(|range| text[range.clone()].trim().to_string())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(pieces(r#"{"entries":[]}"#), Some(vec![]));
        assert_eq!(pieces(r#"{"entries":[ ]}"#), Some(vec![]));
        assert_eq!(
            pieces(r#"{"a":{"entries":[9]},"entries":[{"n":"],\"["}, [1,2] ,3],"b":"entries"}"#),
            Some(vec![r#"{"n":"],\"["}"#.into(), "[1,2]".into(), "3".into()])
        );
        // A trailing comma leaves an empty piece for the parser to refuse.
        assert_eq!(
            pieces(r#"{"entries":[1,]}"#),
            Some(vec!["1".into(), "".into()])
        );
        // Shapes the scan will not guess at.
        assert_eq!(pieces(r#"{"entries":[1],"entries":[2]}"#), None);
        assert_eq!(pieces(r#"{"entr\u0069es":[1]}"#), None);
        assert_eq!(pieces(r#"{"entries":{"a":1}}"#), None);
        assert_eq!(pieces(r#"{"entries":[1,2"#), None);
        assert_eq!(pieces(r#"{"app":"x"}"#), None);
        assert_eq!(pieces(r#"{"entries":["#), None);
    }
}
