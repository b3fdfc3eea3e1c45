//! The questions' structure: unique keys and options, conditions that look back, sections in order.

use super::*;

#[test]
fn question_and_choice_keys_are_unique_and_round_trip() {
    let keys: BTreeSet<_> = QuestionId::ALL.iter().map(|q| q.key()).collect();
    assert_eq!(keys.len(), QuestionId::ALL.len());
    let keys: BTreeSet<_> = Choice::ALL.iter().map(|c| c.key()).collect();
    assert_eq!(keys.len(), Choice::ALL.len());
    for q in QuestionId::ALL {
        assert_eq!(QuestionId::from_key(q.key()), Some(*q));
        assert_eq!(q.question().id, *q);
    }
    for c in Choice::ALL {
        assert_eq!(Choice::from_key(c.key()), Some(*c));
    }
}

#[test]
fn options_within_a_question_are_unique_and_labelled() {
    for q in QUESTIONS {
        let choices: BTreeSet<_> = q.options().iter().map(|o| o.choice).collect();
        assert_eq!(
            choices.len(),
            q.options().len(),
            "{:?} repeats an option",
            q.id
        );
        assert!(
            q.options().iter().all(|o| !o.label.trim().is_empty()),
            "{:?}",
            q.id
        );
        assert!(
            !q.prompt().trim().is_empty() && !q.short().trim().is_empty(),
            "{:?}",
            q.id
        );
        if let Kind::Number { min, max, .. } = q.kind {
            assert!(min < max, "{:?}", q.id);
        }
        if let Kind::Single(options) | Kind::Multi(options) = q.kind {
            assert!(options.len() >= 2, "{:?}", q.id);
        }
    }
}

#[test]
fn enable_conditions_only_look_at_earlier_questions() {
    // This is what lets one forward pass drop every answer a change made irrelevant.
    for q in QUESTIONS {
        if let Enable::If(c) = q.enable {
            assert!(
                index(c.question()) < index(q.id),
                "{:?} depends on a later question",
                q.id
            );
        }
        let red_flag_enable = matches!(q.enable, Enable::RedFlagCouldRaise);
        assert_eq!(
            red_flag_enable,
            q.section == Section::RedFlags,
            "{:?}",
            q.id
        );
    }
}

#[test]
fn sections_come_in_order_red_flags_first() {
    let sections: Vec<Section> = QUESTIONS.iter().map(|q| q.section).collect();
    let mut sorted = sections.clone();
    sorted.sort();
    assert_eq!(sections, sorted);
    assert_eq!(QUESTIONS[0].section, Section::RedFlags);
}

#[test]
fn every_condition_names_a_real_option_of_its_question() {
    for (place, c) in all_conditions() {
        let q = c.question().question();
        match c {
            Condition::Chose(_, choices) => {
                assert!(
                    !matches!(q.kind, Kind::Number { .. }),
                    "{place}: Chose on a number question"
                );
                assert!(!choices.is_empty(), "{place}");
                for choice in choices {
                    assert!(
                        q.label_of(*choice).is_some(),
                        "{place}: {choice:?} is not an option of {:?}",
                        q.id
                    );
                }
            }
            Condition::AtLeast(_, n) => match q.kind {
                Kind::Number { min, max, .. } => {
                    assert!(min < n && n <= max, "{place}: threshold out of range")
                }
                _ => panic!("{place}: AtLeast on a choice question"),
            },
        }
    }
}
