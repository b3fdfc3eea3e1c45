//! The assessment's data tables are consistent with each other and with the content: every id
//! resolves, every condition names a real option, enable-conditions only look backwards, red
//! flags match the content, and no text gives a dose or tells anyone to stop a medicine.

use std::collections::BTreeSet;

use night_cramps::assessment::questions::{red_flag_disposition, Choice};
use night_cramps::assessment::{
    Condition, Disposition, Enable, Kind, QuestionId, Section, Wording, FACTOR_RULES, PLAN_ITEMS,
    QUESTIONS, RULES, STRETCH_ROUTINE,
};
use night_cramps::content::{
    claims::claim, factors::MEDICINE_CLASSES, red_flags::RED_FLAGS, sources::source,
};

fn index(q: QuestionId) -> usize {
    QUESTIONS
        .iter()
        .position(|x| x.id == q)
        .expect("every id has a question")
}

/// Every condition anywhere in the engine, with where it is used.
fn all_conditions() -> Vec<(String, Condition)> {
    let mut out = Vec::new();
    for q in QUESTIONS {
        if let Enable::If(c) = q.enable {
            out.push((format!("enable of {:?}", q.id), c));
        }
    }
    for r in RULES {
        out.extend(
            r.when
                .iter()
                .map(|c| (format!("triage rule {:?}", r.when), *c)),
        );
    }
    out.extend(
        FACTOR_RULES
            .iter()
            .map(|r| (format!("factor {}", r.factor.id()), r.when)),
    );
    for item in PLAN_ITEMS {
        for c in item
            .needs
            .iter()
            .chain(item.unless)
            .chain(item.also_because)
        {
            out.push((format!("plan item {}", item.id), *c));
        }
    }
    out
}

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

#[test]
fn every_cited_source_and_claim_resolves() {
    let mut cited: Vec<(String, &str)> = Vec::new();
    for rule in RULES {
        assert!(
            !rule.sources.is_empty(),
            "triage rule {:?} cites nothing",
            rule.when
        );
        cited.extend(
            rule.sources
                .iter()
                .map(|s| (format!("triage rule {:?}", rule.when), *s)),
        );
    }
    for item in PLAN_ITEMS {
        assert!(
            !(item.sources.is_empty() && item.claims.is_empty()),
            "plan item {} cites nothing",
            item.id
        );
        cited.extend(
            item.sources
                .iter()
                .map(|s| (format!("plan item {}", item.id), *s)),
        );
        for c in item.claims {
            assert!(
                claim(c).is_some(),
                "plan item {} cites unknown claim {c}",
                item.id
            );
        }
    }
    cited.extend(
        STRETCH_ROUTINE
            .sources
            .iter()
            .map(|s| ("stretch routine".to_string(), *s)),
    );
    for c in STRETCH_ROUTINE.claims {
        assert!(
            claim(c).is_some(),
            "stretch routine cites unknown claim {c}"
        );
    }
    for (place, id) in cited {
        assert!(source(id).is_some(), "{place} cites unknown source {id}");
    }
}

#[test]
fn every_factor_id_resolves_in_content() {
    for rule in FACTOR_RULES {
        assert!(
            rule.factor.resolve().is_some(),
            "factor {} is not in content::factors",
            rule.factor.id()
        );
    }
}

#[test]
fn every_content_medicine_class_can_be_reached_from_an_answer() {
    let reached: BTreeSet<&str> = FACTOR_RULES.iter().map(|r| r.factor.id()).collect();
    for class in MEDICINE_CLASSES {
        assert!(
            reached.contains(class.id),
            "medicine class {} is never asked about",
            class.id
        );
    }
}

#[test]
fn plan_item_ids_are_unique() {
    let ids: BTreeSet<_> = PLAN_ITEMS.iter().map(|i| i.id).collect();
    assert_eq!(ids.len(), PLAN_ITEMS.len());
}

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
