//! Warning signs, care cards, risk factors and medicines, relief steps, and no dose anywhere.

use super::*;

#[test]
fn red_flags_are_in_the_required_order_with_their_urgencies() {
    let got: Vec<(&str, Urgency)> = RED_FLAGS.iter().map(|f| (f.id, f.urgency)).collect();
    assert_eq!(got, REQUIRED_RED_FLAGS.to_vec());
    for f in RED_FLAGS {
        assert!(red_flags::red_flag(f.id).is_some());
        assert!(
            !f.question.trim().is_empty() && !f.short.trim().is_empty() && !f.why.trim().is_empty(),
            "{}",
            f.id
        );
        assert!(
            f.question.ends_with('?'),
            "{}: question should end with '?'",
            f.id
        );
        assert!(!f.sources.is_empty(), "{}: no sources", f.id);
        // A red flag is never routine: a yes must lead to urgent or emergency care.
        assert_ne!(f.urgency, Urgency::NonUrgent, "{}", f.id);
    }
}

#[test]
fn every_urgency_has_exactly_one_care_card() {
    for u in all_urgencies() {
        let cards: Vec<_> = CARE_CARDS.iter().filter(|c| c.urgency == u).collect();
        assert_eq!(
            cards.len(),
            1,
            "urgency {u:?} has {} care cards",
            cards.len()
        );
        let card = cards[0];
        assert_eq!(card.id, format!("care-{}", u.key()));
        assert_eq!(care::card(u).map(|c| c.id), Some(card.id));
        assert!(
            !card.heading.trim().is_empty() && !card.action.trim().is_empty(),
            "{}",
            card.id
        );
        let items = care::card_items(card);
        assert!(!items.is_empty(), "{}: no items", card.id);
        for item in &items {
            assert!(!item.text.trim().is_empty(), "{}: empty item", card.id);
            assert!(
                !item.sources.is_empty(),
                "{}: item {:?} has no sources",
                card.id,
                item.text
            );
        }
    }
    assert_eq!(CARE_CARDS.len(), all_urgencies().len());
}

#[test]
fn emergency_card_gives_999_and_other_countries_numbers() {
    let card = care::card(Urgency::Emergency).expect("emergency card");
    let words = format!("{} {}", card.heading, card.action);
    for number in ["999", "112", "911"] {
        assert!(
            words.contains(number),
            "emergency card should mention {number}"
        );
    }
    let urgent = care::card(Urgency::Urgent).expect("urgent card");
    assert!(format!("{} {}", urgent.heading, urgent.action).contains("111"));
}

#[test]
fn risk_factors_and_medicines_are_complete() {
    let f: Vec<&str> = RISK_FACTORS.iter().map(|f| f.id).collect();
    assert_has_all("risk factors", &f, &REQUIRED_RISK_FACTORS);
    let m: Vec<&str> = MEDICINE_CLASSES.iter().map(|m| m.id).collect();
    assert_has_all("medicine classes", &m, &REQUIRED_MEDICINES);
    for r in RISK_FACTORS {
        assert!(factors::risk_factor(r.id).is_some());
        assert!(
            !r.name.trim().is_empty() && !r.summary.trim().is_empty(),
            "{}",
            r.id
        );
        assert!(!r.sources.is_empty(), "{}: no sources", r.id);
    }
    for med in MEDICINE_CLASSES {
        assert!(factors::medicine_class(med.id).is_some());
        assert!(
            !med.name.trim().is_empty() && !med.summary.trim().is_empty(),
            "{}",
            med.id
        );
        assert!(!med.examples.is_empty(), "{}: no examples", med.id);
        assert!(!med.sources.is_empty(), "{}: no sources", med.id);
    }
}

#[test]
fn every_muscle_has_steps_alternatives_figures_and_a_hold_time() {
    let order: Vec<MuscleId> = MUSCLES.iter().map(|m| m.id).collect();
    assert_eq!(
        order,
        MuscleId::ALL.to_vec(),
        "muscles must be calf, foot, back of thigh, front of thigh"
    );
    for m in MUSCLES {
        let slug = m.id.slug();
        assert_eq!(relief::muscle(m.id).map(|x| x.id), Some(m.id));
        assert_eq!(MuscleId::from_slug(slug), Some(m.id));
        assert!(
            !m.name.trim().is_empty() && !m.hint.trim().is_empty(),
            "{slug}"
        );
        assert!(
            (2..=4).contains(&m.steps.len()),
            "{slug}: needs 2 to 4 steps, has {}",
            m.steps.len()
        );
        assert!(
            !m.alternatives.is_empty(),
            "{slug}: no seated or lying alternative"
        );
        assert!(
            m.steps.iter().any(|s| s.figure.is_some()),
            "{slug}: no figure on a main step"
        );
        assert!(
            m.alternatives.iter().any(|s| s.figure.is_some()),
            "{slug}: no figure on an alternative"
        );
        assert!(m.hold_seconds > 0, "{slug}: hold_seconds must be positive");
        assert!(!m.sources.is_empty(), "{slug}: no sources");
        for step in m.steps.iter().chain(m.alternatives) {
            assert!(!step.text.trim().is_empty(), "{slug}: empty step");
            // Read half-asleep in big type: keep each step short.
            assert!(
                step.text.chars().count() <= 90,
                "{slug}: step too long: {:?}",
                step.text
            );
        }
    }
    let foot = relief::muscle(MuscleId::Foot).expect("foot");
    assert!(
        foot.confidence_note.is_some(),
        "foot evidence is thin: it needs a confidence note"
    );
}

#[test]
fn aftercare_covers_warmth_massage_walking_painkillers_and_soreness() {
    assert!(!AFTERCARE.is_empty());
    let all = AFTERCARE
        .iter()
        .map(|c| c.text.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    for word in ["warm", "massage", "walk", "painkiller", "sore"] {
        assert!(all.contains(word), "aftercare should mention {word:?}");
    }
    for c in AFTERCARE {
        assert!(
            !c.sources.is_empty(),
            "aftercare item without sources: {:?}",
            c.text
        );
    }
}

#[test]
fn no_text_anywhere_contains_a_dose() {
    // The detector itself must catch the article's dose and its variants, and leave other numbers alone.
    for dose in [
        "200–400 mg",
        "take 400mg",
        "1000 IU daily",
        "50 mcg",
        "5 µg",
        "2 milligrams",
    ] {
        assert!(find_dose(dose).is_some(), "detector missed {dose:?}");
    }
    for fine in [
        "5 minutes",
        "10 mmHg",
        "28% fewer",
        "1.2 fewer cramps",
        "magnesium",
        "3 times",
        "HR 1.24",
    ] {
        assert!(
            find_dose(fine).is_none(),
            "detector wrongly flagged {fine:?}"
        );
    }
    let texts = all_texts();
    assert!(
        texts.len() > 100,
        "expected to scan the whole content, got {} texts",
        texts.len()
    );
    let doses: Vec<String> = texts
        .into_iter()
        .filter_map(|(place, text)| find_dose(text).map(|d| format!("{place}: {d:?}")))
        .collect();
    assert!(doses.is_empty(), "doses found: {doses:#?}");
}
