//! Decimal numbers as text, without Rust's float formatter and parser (pure, no UI).
//!
//! `format!("{:.1}", x)` and `str::parse::<f64>` each pull several kilobytes of code into every
//! browser bundle that uses them; the app only ever needs "2.5 nights a week" and "is this text a
//! decimal number?", which take a few lines.

/// `value` with exactly `places` decimals, rounded half away from zero: `fixed(2.345, 1)` = "2.3".
/// Not-a-number shows as 0; values beyond what fits in a u64 after scaling saturate.
pub fn fixed(value: f64, places: u32) -> String {
    let scale = 10u64.pow(places.min(9));
    let scaled = (value.abs() * scale as f64).round();
    // `as` saturates (and maps NaN to 0), which is what a label wants.
    let scaled = scaled as u64;
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    let (whole, part) = (scaled / scale, scaled % scale);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!(
            "{sign}{whole}.{part:0width$}",
            width = places.min(9) as usize
        )
    }
}

/// Whether `text` is written as a decimal number (`1.5`, `-.5`, `2e3`, `7.`), the way a person
/// or a spreadsheet might, whole or not. "inf" and "NaN" are not.
pub fn is_decimal(text: &str) -> bool {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (unsigned, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok =
        digits(whole) && digits(fraction) && !(whole.is_empty() && fraction.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_matches_the_float_formatter_away_from_ties() {
        for (value, places) in [
            (0.0, 1),
            (2.5, 1),
            (3.14259, 3),
            (12.04, 1),
            (99.96, 1),
            (100.0, 0),
            (0.049, 1),
            (7.0, 2),
        ] {
            assert_eq!(
                fixed(value, places),
                format!("{value:.*}", places as usize),
                "{value} to {places}"
            );
        }
        assert_eq!(fixed(-1.25, 1), "-1.3");
        assert_eq!(fixed(-0.01, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 1), "0.0");
    }

    #[test]
    fn is_decimal_agrees_with_the_float_parser_on_finite_numbers() {
        for text in [
            "1", "1.5", "-0.5", "+.5", "7.", "2e3", "2E-3", "1.5e+2", "", ".", "e3", "1e", "1.2.3",
            "inf", "NaN", "1,5", "--1", "0x10", " 1",
        ] {
            let expected = text.parse::<f64>().is_ok_and(f64::is_finite);
            assert_eq!(is_decimal(text), expected, "{text:?}");
        }
    }
}
