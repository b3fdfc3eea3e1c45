//! Helpers that gather every id and every piece of text from the real tables.

use super::*;

// Helpers that gather every id and every piece of text from the real tables.

/// Every urgency, written so that adding a variant breaks compilation here.
pub(crate) fn all_urgencies() -> [Urgency; 3] {
    fn _exhaustive(u: Urgency) {
        match u {
            Urgency::Emergency | Urgency::Urgent | Urgency::NonUrgent => {}
        }
    }
    [Urgency::Emergency, Urgency::Urgent, Urgency::NonUrgent]
}

/// Every (where, source id) pair referenced anywhere in the content.
pub(crate) fn cited_source_ids() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    let mut push_all = |place: String, ids: &'static [&'static str]| {
        for id in ids {
            out.push((place.clone(), *id));
        }
    };
    for c in CLAIMS {
        push_all(format!("claim {}", c.id), c.sources);
    }
    for f in RED_FLAGS {
        push_all(format!("red flag {}", f.id), f.sources);
    }
    for card in CARE_CARDS {
        for (i, item) in card.items.iter().enumerate() {
            push_all(format!("care card {} item {}", card.id, i), item.sources);
        }
    }
    for f in RISK_FACTORS {
        push_all(format!("risk factor {}", f.id), f.sources);
    }
    for m in MEDICINE_CLASSES {
        push_all(format!("medicine class {}", m.id), m.sources);
    }
    for m in MUSCLES {
        push_all(format!("muscle {}", m.id.slug()), m.sources);
    }
    for (i, a) in AFTERCARE.iter().enumerate() {
        push_all(format!("aftercare {}", i), a.sources);
    }
    for s in SECTIONS {
        for (i, b) in s.blocks.iter().enumerate() {
            match b {
                Block::Para(c) => push_all(format!("section {} block {}", s.slug, i), c.sources),
                Block::List(items) => {
                    for (j, c) in items.iter().enumerate() {
                        push_all(
                            format!("section {} block {} item {}", s.slug, i, j),
                            c.sources,
                        );
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Every piece of reader-facing text, labelled with where it lives.
pub(crate) fn all_texts() -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    let cited = |out: &mut Vec<(String, &'static str)>, place: String, c: &Cited| {
        out.push((place, c.text));
    };
    for s in SOURCES {
        for t in [s.id, s.authors, s.title, s.publisher, s.year] {
            out.push((format!("source {}", s.id), t));
        }
    }
    for c in CLAIMS {
        for t in [c.id, c.article_says, c.evidence] {
            out.push((format!("claim {}", c.id), t));
        }
    }
    for f in RED_FLAGS {
        for t in [f.id, f.question, f.short, f.why] {
            out.push((format!("red flag {}", f.id), t));
        }
    }
    for card in CARE_CARDS {
        out.push((format!("care card {}", card.id), card.heading));
        out.push((format!("care card {}", card.id), card.action));
        for item in card.items {
            cited(&mut out, format!("care card {}", card.id), item);
        }
    }
    for f in RISK_FACTORS {
        for t in [f.id, f.name, f.summary] {
            out.push((format!("risk factor {}", f.id), t));
        }
    }
    for m in MEDICINE_CLASSES {
        for t in [m.id, m.name, m.summary] {
            out.push((format!("medicine class {}", m.id), t));
        }
        for e in m.examples {
            out.push((format!("medicine class {}", m.id), e));
        }
    }
    for m in MUSCLES {
        let place = format!("muscle {}", m.id.slug());
        out.push((place.clone(), m.name));
        out.push((place.clone(), m.hint));
        for step in m.steps.iter().chain(m.alternatives) {
            out.push((place.clone(), step.text));
        }
        if let Some(note) = m.confidence_note {
            out.push((place.clone(), note));
        }
    }
    for a in AFTERCARE {
        cited(&mut out, "aftercare".to_string(), a);
    }
    for s in SECTIONS {
        let place = format!("section {}", s.slug);
        out.push((place.clone(), s.title));
        out.push((place.clone(), s.summary));
        for b in s.blocks {
            match b {
                Block::Para(c) => cited(&mut out, place.clone(), c),
                Block::Heading(h) => out.push((place.clone(), h)),
                Block::List(items) => {
                    for c in *items {
                        cited(&mut out, place.clone(), c);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Finds a dose: a number followed (optionally after spaces) by mg, mcg, µg, IU, or the words
/// milligram/microgram. Returns the offending fragment.
pub(crate) fn find_dose(text: &str) -> Option<String> {
    let lower: Vec<char> = text.to_lowercase().chars().collect();
    const UNITS: [&str; 7] = ["mg", "mcg", "µg", "μg", "iu", "milligram", "microgram"];
    let mut i = 0;
    while i < lower.len() {
        if !lower[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < lower.len() && (lower[i].is_ascii_digit() || lower[i] == '.' || lower[i] == ',') {
            i += 1;
        }
        let mut j = i;
        while j < lower.len()
            && (lower[j] == ' '
                || lower[j] == '\u{a0}'
                || lower[j] == '\u{202f}'
                || lower[j] == '-')
        {
            j += 1;
        }
        for unit in UNITS {
            let u: Vec<char> = unit.chars().collect();
            let end = j + u.len();
            if end <= lower.len() && lower[j..end] == u[..] {
                // Whole words (milligram, microgram) may take a plural; short units must stand alone.
                let boundary = u.len() > 3 || end == lower.len() || !lower[end].is_alphabetic();
                if boundary {
                    return Some(lower[start..end].iter().collect());
                }
            }
        }
    }
    None
}

pub(crate) fn assert_unique<'a>(table: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for id in ids {
        assert!(!id.trim().is_empty(), "{table}: empty id");
        assert!(seen.insert(id), "{table}: duplicate id {id:?}");
    }
    assert!(!seen.is_empty(), "{table}: table is empty");
}

pub(crate) fn assert_has_all(table: &str, have: &[&str], required: &[&str]) {
    let have: HashSet<&str> = have.iter().copied().collect();
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|id| !have.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "{table}: missing required ids {missing:?}"
    );
}
