//! Words, syllables and the Flesch-Kincaid reading grade (included with `#[path]`): for whole
//! rendered pages (tests/readability.rs) and the pure modules' sentences.
//! grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
#![allow(dead_code)]

/// The words of a sentence: runs of letters and digits (with inner apostrophes, hyphens, points).
/// A figure such as "10" or "2.5" counts as a word.
pub fn words(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| c.is_whitespace() || c == '/' || c == '–' || c == '—')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .collect()
}

/// Syllables in an English word, by vowel groups with the usual corrections (silent final "e",
/// "-le", "-ed", "-es"). Figures are read as one syllable per digit group, roughly as spoken.
pub fn syllables(word: &str) -> usize {
    let w: String = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        // A figure: "10" is one, "2.5" is about three; count digit groups.
        return word
            .split(|c: char| !c.is_ascii_digit())
            .filter(|g| !g.is_empty())
            .map(|g| g.len().clamp(1, 3))
            .sum::<usize>()
            .max(1);
    }
    if w.len() <= 3 {
        return 1;
    }
    let is_vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = w.chars().collect();
    let mut count: usize = 0;
    let mut prev_vowel = false;
    for &c in &chars {
        let v = is_vowel(c);
        if v && !prev_vowel {
            count += 1;
        }
        prev_vowel = v;
    }
    let n = chars.len();
    // Silent final "e" ("stretch-e"), but "-le" after a consonant is its own syllable ("ta-ble").
    if chars[n - 1] == 'e' && !is_vowel(chars[n - 2]) {
        let le = chars[n - 2] == 'l' && n >= 3 && !is_vowel(chars[n - 3]);
        if !le {
            count = count.saturating_sub(1);
        }
    }
    // "-ed" and "-es" are silent unless after t/d ("wanted") or s/x/z/ch/sh ("boxes").
    if n >= 4 && chars[n - 1] == 'd' && chars[n - 2] == 'e' && !"td".contains(chars[n - 3]) {
        count = count.saturating_sub(1);
    }
    if n >= 4
        && chars[n - 1] == 's'
        && chars[n - 2] == 'e'
        && !"sxzcg".contains(chars[n - 3])
        && !(chars[n - 3] == 'h' && "cs".contains(chars[n - 4]))
        && !is_vowel(chars[n - 3])
        && (chars[n - 3] != 'l' || is_vowel(chars[n - 4]))
    {
        count = count.saturating_sub(1);
    }
    // Some vowel pairs are two syllables ("di-et", "pa-tients", "vi-o-lent"), except after "q"
    // or "g" ("quite", "language").
    for pair in ["ia", "io", "iu", "eo", "ua", "uo", "ie"] {
        for (i, _) in w.match_indices(pair) {
            let after_qg = i > 0 && "qg".contains(&w[i - 1..i]);
            let final_ie = pair == "ie"
                && (w.ends_with("ie")
                    || w.ends_with("ies")
                    || i + 2 < w.len() && &w[i + 2..i + 3] != "t");
            if !after_qg && !final_ie {
                count += 1;
            }
        }
    }
    count.max(1)
}

/// Sentences end at `.`, `!` or `?`; a text with none is one sentence.
fn sentence_count(text: &str) -> usize {
    text.split(['.', '!', '?'])
        .filter(|s| s.chars().any(|c| c.is_alphanumeric()))
        .count()
        .max(1)
}

/// The Flesch-Kincaid grade of `texts` read together.
pub fn grade(texts: &[&str]) -> f64 {
    let all_words: Vec<String> = texts.iter().flat_map(|t| words(t)).collect();
    let sentences: usize = texts.iter().map(|t| sentence_count(t)).sum();
    let syllable_count: usize = all_words.iter().map(|w| syllables(w)).sum();
    let w = all_words.len().max(1) as f64;
    0.39 * w / sentences.max(1) as f64 + 11.8 * syllable_count as f64 / w - 15.59
}

/// The longest sentence in words, across `texts`.
pub fn longest_sentence(texts: &[&str]) -> usize {
    texts
        .iter()
        .flat_map(|t| t.split(['.', '!', '?']))
        .map(|s| words(s).len())
        .max()
        .unwrap_or(0)
}

#[test]
fn the_measure_tells_plain_from_hard_words() {
    assert!(grade(&["Hold the stretch. Let go."]) < 3.0);
    assert!(
        grade(&["Pharmacological intervention necessitates individualised consideration."]) > 12.0
    );
}
