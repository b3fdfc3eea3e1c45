//! The guide's sections: complete, in reading order, with the blocks the reader expects.

use super::*;

#[test]
fn guide_sections_are_complete_and_in_reading_order() {
    let slugs: Vec<&str> = SECTIONS.iter().map(|s| s.slug).collect();
    assert_eq!(slugs, REQUIRED_SECTIONS.to_vec());
    for s in SECTIONS {
        assert!(guide::section(s.slug).is_some());
        assert!(!s.title.trim().is_empty(), "{}: empty title", s.slug);
        assert!(!s.summary.trim().is_empty(), "{}: empty summary", s.slug);
        assert!(!s.blocks.is_empty(), "{}: no blocks", s.slug);
        for b in s.blocks {
            match b {
                Block::Para(c) => assert!(!c.text.trim().is_empty(), "{}: empty paragraph", s.slug),
                Block::Heading(h) => assert!(!h.trim().is_empty(), "{}: empty heading", s.slug),
                Block::List(items) => {
                    assert!(!items.is_empty(), "{}: empty list", s.slug);
                    for c in *items {
                        assert!(!c.text.trim().is_empty(), "{}: empty list item", s.slug);
                        assert!(
                            !c.sources.is_empty(),
                            "{}: list item without sources: {:?}",
                            s.slug,
                            c.text
                        );
                    }
                }
                _ => {}
            }
        }
    }
}

#[test]
fn section_slugs_are_unique_and_url_safe() {
    let mut seen = BTreeSet::new();
    for s in SECTIONS {
        assert!(seen.insert(s.slug), "duplicate slug {}", s.slug);
        let ok = !s.slug.is_empty()
            && s.slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !s.slug.starts_with('-')
            && !s.slug.ends_with('-');
        assert!(ok, "slug {:?} is not URL-safe", s.slug);
    }
}

#[test]
fn data_driven_blocks_appear_where_the_reader_expects_them() {
    let has = |slug: &str, want: Block| {
        guide::section(slug)
            .unwrap_or_else(|| panic!("missing section {slug}"))
            .blocks
            .contains(&want)
    };
    assert!(has("causes", Block::RiskFactors));
    assert!(has("medicines", Block::Medicines));
    assert!(has("during", Block::ReliefSteps));
    assert!(has("help", Block::RedFlags));
    for u in all_urgencies() {
        assert!(
            has("help", Block::Care(u)),
            "help section lacks the {u:?} card"
        );
    }
    assert!(has("myths", Block::Claims));
    assert!(has("sources", Block::SourceList));
    assert!(has("during", Block::List(AFTERCARE)));
}

#[test]
fn summaries_are_single_sentences_for_meta_descriptions() {
    for s in SECTIONS {
        let sentence_ends = s.summary.matches(". ").count();
        assert_eq!(
            sentence_ends, 0,
            "{}: summary should be one sentence: {:?}",
            s.slug, s.summary
        );
        assert!(
            s.summary.ends_with('.'),
            "{}: summary should end with a full stop",
            s.slug
        );
        assert!(
            s.summary.chars().count() <= 170,
            "{}: summary too long for a meta description",
            s.slug
        );
    }
}
