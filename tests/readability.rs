//! Every route reads at Flesch-Kincaid grade 8 or lower.
//!
//! Each route is rendered on the host exactly as the prerender does, and the grade is taken over
//! the visible text of its `<main>`: the site header, menu and footer are the same few words on
//! every page and are left out. Inside `<main>`, these are skipped too:
//! - `script`, `style`, `svg` and `template`: not read as prose (figures carry their own `title`);
//! - `nav` (breadcrumbs, previous/next links): page names repeated from elsewhere, not sentences;
//! - source lists (`ol.sources`) and citation markers (`span.cites`): their titles are the proper
//!   names of papers and web pages, which we quote, not write;
//! - lists of example medicines (`p.examples`): drug names such as "bendroflumethiazide" are
//!   proper names a person must be able to match against their packet, so they cannot be made
//!   simpler (the medicine class, strength and summary around them are measured).
//!
//! Each block (paragraph, list item, heading, table cell, button, label, a link card's title or
//! blurb) ends a sentence, as does
//! `.`, `!` or `?` before a space. Grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
//! The test prints every route's grade and fails for any route over 8.0, naming its hardest
//! sentences.

mod page_support;
#[path = "plain_words_support/mod.rs"]
mod plain_words;
use plain_words::{syllables, words};

use page_support::render;

use night_cramps::routes::Route;

const MAX_GRADE: f64 = 8.0;

/// Elements whose text is not read as prose.
const SKIPPED_TAGS: &[&str] = &["script", "style", "svg", "template", "noscript", "nav"];
/// Classes whose text is proper names (sources) rather than our sentences.
const SKIPPED_CLASSES: &[&str] = &["sources", "cites", "examples"];
/// Elements that end a sentence where they end.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "th",
    "dt",
    "dd",
    "button",
    "label",
    "legend",
    "summary",
    "caption",
    "figcaption",
    "div",
    "section",
    "option",
];
/// Classes of inline elements that stand alone as a line: a link card's title and its blurb.
const BLOCK_CLASSES: &[&str] = &["action__title", "action__text", "summary"];
const VOID_TAGS: &[&str] = &[
    "br", "img", "input", "meta", "link", "hr", "area", "source", "wbr", "col", "embed", "track",
];

/// The visible sentences of the page's `<main>`.
fn main_sentences(html: &str) -> Vec<String> {
    let start = html.find("<main").expect("a main landmark");
    let end = html[start..]
        .find("</main>")
        .map_or(html.len(), |e| start + e);
    let main = &html[start..end];

    // (tag name, skipped, ends a sentence) for every open element.
    let mut stack: Vec<(String, bool, bool)> = Vec::new();
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut rest = main;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        if rest.starts_with('<') {
            let close = rest.find('>').unwrap_or(rest.len() - 1);
            let tag = &rest[1..close];
            rest = &rest[close + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                let name = name.trim().to_ascii_lowercase();
                if let Some(pos) = stack.iter().rposition(|(n, _, _)| *n == name) {
                    if BLOCK_TAGS.contains(&name.as_str()) || stack[pos].2 {
                        blocks.push(std::mem::take(&mut current));
                    }
                    stack.truncate(pos);
                }
                continue;
            }
            let name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            let classes = attribute(tag, "class").unwrap_or_default();
            let block = BLOCK_TAGS.contains(&name.as_str())
                || classes
                    .split_whitespace()
                    .any(|c| BLOCK_CLASSES.contains(&c));
            if block {
                blocks.push(std::mem::take(&mut current));
            }
            if VOID_TAGS.contains(&name.as_str()) || tag.ends_with('/') {
                current.push(' ');
                continue;
            }
            let skipped = SKIPPED_TAGS.contains(&name.as_str())
                || classes
                    .split_whitespace()
                    .any(|c| SKIPPED_CLASSES.contains(&c))
                || attribute(tag, "hidden").is_some();
            stack.push((name, skipped, block));
            continue;
        }
        let next = rest.find('<').unwrap_or(rest.len());
        if !stack.iter().any(|(_, skipped, _)| *skipped) {
            current.push_str(&decode(&rest[..next]));
        }
        rest = &rest[next..];
    }
    blocks.push(current);

    let mut sentences = Vec::new();
    for block in blocks {
        let block = block.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut sentence = String::new();
        let chars: Vec<char> = block.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            sentence.push(*c);
            let ends =
                matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
            if ends {
                sentences.push(std::mem::take(&mut sentence));
            }
        }
        sentences.push(sentence);
    }
    sentences
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !words(s).is_empty())
        .collect()
}

/// The value of an attribute inside an opening tag (`""` for a bare attribute).
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut parts = tag.split_whitespace().skip(1);
    let pattern = format!("{name}=\"");
    let idx = tag.find(&pattern);
    if let Some(i) = idx {
        let value = &tag[i + pattern.len()..];
        return Some(value[..value.find('"').unwrap_or(value.len())].to_string());
    }
    parts
        .any(|p| p.trim_end_matches('/') == name)
        .then(String::new)
}

fn decode(text: &str) -> String {
    text.replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

struct Reading {
    grade: f64,
    words: usize,
    sentences: usize,
}

fn reading(sentences: &[String]) -> Reading {
    let words_all: Vec<String> = sentences.iter().flat_map(|s| words(s)).collect();
    let syllable_count: usize = words_all.iter().map(|w| syllables(w)).sum();
    let (w, s) = (words_all.len().max(1) as f64, sentences.len().max(1) as f64);
    Reading {
        grade: 0.39 * w / s + 11.8 * syllable_count as f64 / w - 15.59,
        words: words_all.len(),
        sentences: sentences.len(),
    }
}

/// One sentence's own grade, to point at the hardest ones.
fn sentence_grade(sentence: &str) -> f64 {
    reading(&[sentence.to_string()]).grade
}

#[test]
fn syllable_counter_matches_known_words() {
    let known = [
        ("cramp", 1),
        ("leg", 1),
        ("the", 1),
        ("stretch", 1),
        ("muscle", 2),
        ("table", 2),
        ("water", 2),
        ("doctor", 2),
        ("wanted", 2),
        ("stretched", 1),
        ("boxes", 2),
        ("makes", 1),
        ("minutes", 2),
        ("evidence", 3),
        ("magnesium", 4),
        ("medicine", 3),
        ("tonic", 2),
        ("quinine", 2),
        ("pregnancy", 3),
        ("emergency", 4),
        ("nocturnal", 3),
        ("diet", 2),
        ("every", 3),
        ("ambulance", 3),
        ("supplements", 3),
        ("calf", 1),
        ("hamstring", 2),
        ("10", 1),
    ];
    let mut wrong = Vec::new();
    for (word, expected) in known {
        let got = syllables(word);
        if got != expected {
            wrong.push(format!("{word}: {got} (expected {expected})"));
        }
    }
    // A heuristic counter: allow a few misses in this list, but not many.
    assert!(
        wrong.len() <= 2,
        "syllable counter is off on: {}",
        wrong.join(", ")
    );
}

#[test]
fn sentences_split_at_blocks_and_full_stops() {
    let html = r#"<main id="main"><h1>Calf cramp</h1><p>Stand up. Walk about!</p>
        <ol class="sources"><li>A Very Long Journal Title of Neuromuscular Electrophysiology</li></ol>
        <svg><title>Figure</title></svg><p>Rest 2.5 minutes<span class="cites"><a>1</a></span></p></main>"#;
    assert_eq!(
        main_sentences(html),
        vec!["Calf cramp", "Stand up.", "Walk about!", "Rest 2.5 minutes"]
    );
}

#[test]
fn a_hard_text_scores_higher_than_an_easy_one() {
    let easy = reading(&["The cat sat on the mat.".to_string()]);
    let hard = reading(&[
        "Pharmacological interventions demonstrated considerable heterogeneity regarding efficacy."
            .to_string(),
    ]);
    assert!(easy.grade < 3.0, "easy text graded {}", easy.grade);
    assert!(hard.grade > 14.0, "hard text graded {}", hard.grade);
}

#[test]
fn every_route_reads_at_grade_eight_or_lower() {
    let mut routes = Route::all();
    routes.push(Route::NotFound);
    let mut failures = Vec::new();
    println!(
        "{:<32} {:>6} {:>6} {:>9}",
        "route", "grade", "words", "sentences"
    );
    for route in routes {
        let sentences = main_sentences(&render(route));
        let r = reading(&sentences);
        println!(
            "{:<32} {:>6.1} {:>6} {:>9}",
            route.path(),
            r.grade,
            r.words,
            r.sentences
        );
        if r.grade > MAX_GRADE {
            let mut hardest: Vec<(f64, &String)> = sentences
                .iter()
                .filter(|s| words(s).len() >= 4)
                .map(|s| (sentence_grade(s), s))
                .collect();
            hardest.sort_by(|a, b| b.0.total_cmp(&a.0));
            let list: Vec<String> = hardest
                .iter()
                .take(5)
                .map(|(g, s)| format!("    {g:.1}: {s}"))
                .collect();
            failures.push(format!(
                "{} is at grade {:.1} (limit {MAX_GRADE}); hardest sentences:\n{}",
                route.path(),
                r.grade,
                list.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
