//! Reading grade of short texts, for the pure modules' sentences (included with `#[path]`).
//! The same Flesch-Kincaid measure as tests/readability.rs, which measures whole rendered pages:
//! grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
//! Compiled on its own too, as an empty test crate, which is harmless.
#![allow(dead_code)]

/// The words of a text: runs of letters and digits. A figure such as "10" counts as a word.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '/' || c == '–' || c == '—')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .collect()
}

/// Syllables by vowel groups, with a silent final "e" (but "-le" counts) and silent "-ed".
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if w.is_empty() {
        return 1;
    }
    if w.len() <= 3 {
        return 1;
    }
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut count = 0usize;
    let mut prev = false;
    for &c in &w {
        let v = is_vowel(c);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = w.len();
    let final_e = w[n - 1] == 'e' && !is_vowel(w[n - 2]);
    // "-le" after a consonant is its own syllable ("ta-ble").
    let syllabic_le = w[n - 2] == 'l' && !is_vowel(w[n - 3]);
    if final_e && !syllabic_le {
        count = count.saturating_sub(1);
    }
    if w[n - 1] == 'd' && w[n - 2] == 'e' && !"td".contains(w[n - 3]) {
        count = count.saturating_sub(1);
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
