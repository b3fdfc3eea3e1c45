//! Random byte mutations of a valid export, and token soup.

use super::*;

/// Part 8: Random byte mutations of a valid export; part 9: token soup.
pub(crate) fn mutations_and_soup(h: &mut Harness, compact: &str) {
    // 8. Random byte mutations of a valid export.
    let mut rng = Rng::new(0xC0FFEE);
    let interesting: &[&[u8]] = &[
        b"{",
        b"}",
        b"[",
        b"]",
        b",",
        b":",
        b"\"",
        b"\\",
        b"\\u",
        b"\\ud800",
        b"0",
        b"-",
        b"1e309",
        b"null",
        b"true",
        b"\xff",
        b"\xc3",
        b"\x00",
        b"\n",
        b"2025-02-29",
        b"99",
        b"\"calf\"",
    ];
    let base = compact.as_bytes();
    for _ in 0..6_000 {
        let mut bytes = base.to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len() as u64 + 1) as usize;
            match rng.below(6) {
                0 if at < bytes.len() => bytes[at] ^= 1 << rng.below(8),
                1 if at < bytes.len() => bytes[at] = rng.below(256) as u8,
                2 => {
                    let end = (at + 1 + rng.below(16) as usize).min(bytes.len());
                    bytes.drain(at.min(end)..end);
                }
                3 => {
                    let token = rng.pick(interesting);
                    bytes.splice(at..at, token.iter().copied());
                }
                4 if at < bytes.len() => {
                    let end = (at + 1 + rng.below(64) as usize).min(bytes.len());
                    let chunk = bytes[at..end].to_vec();
                    bytes.splice(at..at, chunk);
                }
                _ => {
                    let token = rng.pick(interesting);
                    let end = (at + token.len()).min(bytes.len());
                    bytes.splice(at..end, token.iter().copied());
                }
            }
        }
        h.run("byte mutation", &String::from_utf8_lossy(&bytes));
    }

    // 9. Token soup.
    let tokens = [
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"app\"",
        "\"night-cramps\"",
        "\"schema\"",
        "1",
        "\"entries\"",
        "\"night_of\"",
        "\"2025-03-01\"",
        "\"cramps\"",
        "\"worst_pain\"",
        "null",
        "true",
        "-1",
        "1e309",
        "\"\\u0000\"",
        "\"muscles\"",
        "[\"calf\"]",
        " ",
        "\n",
    ];
    for _ in 0..1_000 {
        let length = 1 + rng.below(40);
        let soup: String = (0..length).map(|_| *rng.pick(&tokens)).collect();
        h.run("token soup", &soup);
    }
}
