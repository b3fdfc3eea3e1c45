//! Warning signs: exactly the content's red flags, in order, each urgent or an emergency.

use super::*;

#[test]
fn red_flag_questions_are_exactly_the_content_red_flags_in_content_order() {
    let asked: Vec<&str> = QUESTIONS
        .iter()
        .filter_map(|q| q.id.red_flag_id())
        .collect();
    let content: Vec<&str> = RED_FLAGS.iter().map(|f| f.id).collect();
    assert_eq!(
        asked, content,
        "a content red flag is not asked, or the order differs"
    );
    for q in QUESTIONS.iter().filter(|q| q.section == Section::RedFlags) {
        assert!(matches!(q.wording, Wording::RedFlag(_)));
        assert!(
            matches!(q.kind, Kind::Single(o) if o == night_cramps::assessment::questions::YES_NO_NOT_SURE)
        );
        let flag = q
            .red_flag()
            .unwrap_or_else(|| panic!("{:?} does not resolve", q.id));
        assert_eq!(q.prompt(), flag.question);
        assert_eq!(q.short(), flag.short);
    }
}

#[test]
fn every_red_flag_yes_is_urgent_or_an_emergency() {
    for q in QUESTIONS.iter().filter(|q| q.section == Section::RedFlags) {
        assert!(
            red_flag_disposition(q.id) >= Disposition::Urgent,
            "{:?}",
            q.id
        );
    }
}

#[test]
fn only_red_flags_can_give_an_emergency() {
    for rule in RULES {
        assert!(
            rule.gives < Disposition::Emergency,
            "{:?} gives Emergency without a red flag",
            rule.when
        );
        assert!(!rule.when.is_empty());
        for c in rule.when {
            assert!(c.question().question().section != Section::RedFlags);
        }
    }
}
