//! Wording: no dose, no "stop your medicine", quinine only to discuss, no diagnosis; same-day advice only from warning signs.

use super::*;

/// Every user-visible string the engine owns (plus the red-flag questions it shows).
fn all_texts() -> Vec<String> {
    let mut texts = Vec::new();
    for q in QUESTIONS {
        texts.push(q.prompt().to_string());
        texts.push(q.short().to_string());
        texts.extend(q.hint().map(str::to_string));
        texts.extend(q.options().iter().map(|o| o.label.to_string()));
        if let Kind::Number { unit, unit_one, .. } = q.kind {
            texts.push(unit.to_string());
            texts.push(unit_one.to_string());
        }
        texts.push(q.section.title().to_string());
    }
    texts.extend(PLAN_ITEMS.iter().map(|i| i.text.to_string()));
    texts.push(STRETCH_ROUTINE.when.to_string());
    texts.push(STRETCH_ROUTINE.evidence.to_string());
    for s in STRETCH_ROUTINE.stretches {
        texts.push(s.name.to_string());
        texts.extend(s.steps.iter().map(|t| t.to_string()));
    }
    texts.extend(Disposition::ALL.iter().map(|d| d.label().to_string()));
    texts
}

/// A number followed by a dose unit (mg, mcg, µg, ug, IU, milligrams, micrograms, units).
fn find_dose(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let units = [
        "mg",
        "mcg",
        "µg",
        "ug",
        "iu",
        "milligram",
        "microgram",
        "units",
        "unit",
    ];
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_digit() || chars[j] == '.' || chars[j] == ',')
            {
                j += 1;
            }
            let mut k = j;
            while k < chars.len() && chars[k].is_whitespace() {
                k += 1;
            }
            let rest: String = chars[k..].iter().collect();
            for unit in units {
                if let Some(after) = rest.strip_prefix(unit) {
                    let boundary = after
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric() || unit.len() > 3);
                    if boundary {
                        return Some(
                            chars[i..(k + unit.chars().count()).min(chars.len())]
                                .iter()
                                .collect(),
                        );
                    }
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    None
}

#[test]
fn the_dose_finder_finds_doses() {
    assert!(find_dose("take 400 mg at night").is_some());
    assert!(find_dose("400mg").is_some());
    assert!(find_dose("1,000 IU daily").is_some());
    assert!(find_dose("50 µg").is_some());
    assert!(find_dose("200 milligrams").is_some());
    assert!(find_dose("Hold for 10 seconds, 3 times").is_none());
    assert!(find_dose("after 4 weeks, every 3 months").is_none());
}

#[test]
fn no_text_in_questions_or_plan_contains_a_dose() {
    for text in all_texts() {
        assert!(find_dose(&text).is_none(), "a dose in: {text}");
    }
}

#[test]
fn no_plan_text_tells_anyone_to_stop_a_medicine() {
    for item in PLAN_ITEMS {
        let lower = item.text.to_lowercase();
        for phrase in [
            "stop taking",
            "stop your",
            "stop the ",
            "come off",
            "cut out your",
        ] {
            assert!(
                !lower.contains(phrase),
                "plan item {} says {phrase:?}",
                item.id
            );
        }
    }
    let review = PLAN_ITEMS
        .iter()
        .find(|i| i.id == "medicine-review")
        .expect("medicine review item");
    assert!(review.text.contains("Keep taking your medicines"));
}

#[test]
fn quinine_only_appears_as_something_to_discuss_with_a_doctor() {
    for item in PLAN_ITEMS
        .iter()
        .filter(|i| i.text.to_lowercase().contains("quinine"))
    {
        assert!(
            item.text.contains("doctor"),
            "plan item {} mentions quinine without a doctor",
            item.id
        );
        assert!(
            item.sources.contains(&"mhra-quinine-2010")
                && item.sources.contains(&"fda-quinine-2010"),
            "plan item {} must cite the MHRA and FDA cautions",
            item.id
        );
    }
}

#[test]
fn same_day_advice_comes_only_from_warning_signs() {
    // Every sign the evidence sheet calls urgent is a warning-sign question of its own (asked
    // first, with "not sure"); a rule on any other answer can only book a routine appointment.
    for rule in RULES {
        assert_eq!(
            rule.gives,
            Disposition::Routine,
            "{:?} gives {:?}",
            rule.when,
            rule.gives
        );
    }
    let urgent: Vec<&str> = RED_FLAGS
        .iter()
        .filter(|f| f.urgency == night_cramps::content::care::Urgency::Urgent)
        .map(|f| f.id)
        .collect();
    for sign in [
        "swollen-red-warm-leg",
        "cramp-over-10-min",
        "tetanus-wound",
        "poison-contact",
        "cramps-arms-belly-chest",
        "fluid-loss",
    ] {
        assert!(
            urgent.contains(&sign),
            "{sign} is not an urgent warning sign"
        );
    }
}

#[test]
fn not_sure_gives_at_least_same_day_advice() {
    assert!(night_cramps::assessment::NOT_SURE_LEVEL >= Disposition::Urgent);
    for q in QUESTIONS.iter().filter(|q| q.section == Section::RedFlags) {
        assert!(
            q.label_of(Choice::NotSure).is_some(),
            "{:?} offers no \"not sure\"",
            q.id
        );
    }
    let advice = night_cramps::content::red_flags::NOT_SURE_ADVICE;
    assert!(advice.contains("111") && advice.contains("999"));
}

#[test]
fn no_plan_or_result_text_states_a_diagnosis() {
    // The check gives general information; it never tells someone what they have. Factors are
    // named by content as things that "may contribute", never as the cause.
    let mut texts: Vec<&str> = PLAN_ITEMS.iter().map(|i| i.text).collect();
    texts.extend(Disposition::ALL.iter().map(|d| d.label()));
    texts.push(STRETCH_ROUTINE.evidence);
    for text in texts {
        let lower = text.to_lowercase();
        for phrase in [
            "you may have",
            "you might have",
            "you probably have",
            "you likely have",
            "you have a clot",
            "you have a blood clot",
            "you have dvt",
            "you have neuropathy",
            "you have peripheral",
            "you are suffering",
            "diagnos",
            "this is caused by",
            "your cramps are caused",
        ] {
            assert!(!lower.contains(phrase), "{phrase:?} in: {text}");
        }
    }
    let review = PLAN_ITEMS
        .iter()
        .find(|i| i.id == "medicine-review")
        .expect("medicine review item");
    assert!(
        review.text.contains("does not prove"),
        "a medicine link is not presented as the cause"
    );
}
