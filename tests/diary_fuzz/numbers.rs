//! Numbers too large for any type, and deep nesting.

use super::*;

/// Part 3: Numbers too large for any type, written as raw text; part 4: deep nesting, alone and
/// inside otherwise valid files.
pub(crate) fn numbers_and_nesting(h: &mut Harness, template: &str) {
    for number in [
        "1e309",
        "-1e309",
        "1e400",
        "18446744073709551616",
        "-9223372036854775809",
        "123456789012345678901234567890",
        "1.0000000000000000000000000001",
        "0.1e-400",
        "-0",
        "1E2",
        "01",
        "NaN",
        "Infinity",
        "0x10",
    ] {
        for (from, to) in [
            ("\"cramps\":2", format!("\"cramps\":{number}")),
            ("\"worst_pain\":6", format!("\"worst_pain\":{number}")),
            ("\"id\":1", format!("\"id\":{number}")),
            ("\"schema\":2", format!("\"schema\":{number}")),
        ] {
            assert!(template.contains(from), "{from}");
            h.run("huge or odd number", &template.replacen(from, &to, 1));
        }
    }
    h.refused(
        "huge number",
        &template.replacen("\"cramps\":2", "\"cramps\":18446744073709551616", 1),
    );
    h.refused(
        "huge number",
        &template.replacen("\"id\":1", "\"id\":1e309", 1),
    );

    // 4. Deep nesting, alone and inside otherwise valid files.
    for depth in [127, 128, 1_000, 10_000, 100_000] {
        h.run("deep nesting", &"[".repeat(depth));
        h.run(
            "deep nesting",
            &format!("{}{}", "[".repeat(depth), "]".repeat(depth)),
        );
        h.run("deep nesting", &"{\"a\":".repeat(depth));
        let inside = template.replacen(
            "\"note\":\"ok\"",
            &format!("\"note\":{}", "[".repeat(depth)),
            1,
        );
        h.refused("deep nesting in entry", &inside);
    }
    h.refused("deep nesting", &"[".repeat(10_000));
}
