//! The stored text written directly, character for character what `serde_json` prints for the
//! same `Value` (`tests` compares them): one night's record, and the old single value.

use std::collections::BTreeSet;

use super::*;

/// The stored file (compact, no export date) up to its first entry, as `diary_to_json` prints
/// it: `Map` keeps its keys in alphabetical order, so the entries come between "app" and
/// "schema" (`saved`'s unit tests compare whole files).
pub(crate) fn write_stored_head(out: &mut String) {
    out.push_str("{\"app\":");
    write_str(APP_MARKER, out);
    out.push_str(",\"entries\":[");
}

/// The stored file after its last entry.
pub(crate) fn write_stored_tail(out: &mut String) {
    use std::fmt::Write;
    let _ = write!(out, "],\"schema\":{SCHEMA_VERSION}}}");
}

/// One entry as compact JSON text, appended to `out`: exactly what `entry_to_json(entry)` would
/// print (the same keys, in the same alphabetical order a `Map` keeps; unit tests compare the
/// two), without building a `Value` first, which takes longer than writing the text; the
/// browser's night store then needs no JSON serializer.
pub(crate) fn write_entry(entry: &DiaryEntry, out: &mut String) {
    use std::fmt::Write;
    fn keys<T: Choice>(set: &BTreeSet<T>, out: &mut String) {
        out.push('[');
        for (i, option) in set.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_str(option.key(), out);
        }
        out.push(']');
    }
    fn key<T: Choice>(option: Option<T>, out: &mut String) {
        match option {
            Some(option) => write_str(option.key(), out),
            None => out.push_str("null"),
        }
    }
    // Writing to a String cannot fail.
    let _ = write!(out, "{{\"cramps\":{},\"helped\":", entry.cramps);
    keys(&entry.helped, out);
    let _ = write!(out, ",\"id\":{},\"longest\":", entry.id.0);
    key(entry.longest, out);
    out.push_str(",\"muscles\":");
    keys(&entry.muscles, out);
    let _ = write!(out, ",\"night_of\":\"{}\",\"note\":", entry.night_of);
    write_str(&entry.note, out);
    out.push_str(",\"side\":");
    key(entry.side, out);
    out.push_str(",\"sleep_lost\":");
    key(entry.sleep_lost, out);
    if entry.stretched {
        out.push_str(",\"stretched\":true");
    }
    if !entry.warning_signs.is_empty() {
        out.push_str(",\"warning_signs\":");
        keys(&entry.warning_signs, out);
    }
    match entry.worst_pain {
        Some(pain) => _ = write!(out, ",\"worst_pain\":{pain}}}"),
        None => out.push_str(",\"worst_pain\":null}"),
    }
}

/// A JSON string, escaped as `serde_json` escapes it: quote, backslash and control characters
/// only (the short forms where JSON has one, else `\u00xx` in lower case).
fn write_str(text: &str, out: &mut String) {
    out.push('"');
    // Every character escaped is ASCII, so the text between them is copied whole.
    let mut plain = 0;
    for (i, byte) in text.bytes().enumerate() {
        let short = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&text[plain..i]);
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        } else {
            out.push_str(short);
        }
        plain = i + 1;
    }
    out.push_str(&text[plain..]);
    out.push('"');
}
