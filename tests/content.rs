//! Referential integrity and safety checks for the pure content module (`crates/core/src/content/`).
//!
//! Every test walks the real data tables, so adding a bad id, an uncited source, a dose, or a
//! muscle without an alternative makes a test fail.

use std::collections::{BTreeSet, HashSet};

use night_cramps::content::{
    care::{self, Urgency, CARE_CARDS},
    claims::{self, CLAIMS},
    factors::{self, MEDICINE_CLASSES, RISK_FACTORS},
    guide::{self, Block, SECTIONS},
    red_flags::{self, RED_FLAGS},
    relief::{self, MuscleId, AFTERCARE, MUSCLES},
    sources::{self, SOURCES},
    Cited, Verdict,
};

// ---------------------------------------------------------------------------------------------
// Helpers that gather every id and every piece of text from the real tables.
// ---------------------------------------------------------------------------------------------

/// Every urgency, written so that adding a variant breaks compilation here.
fn all_urgencies() -> [Urgency; 3] {
    fn _exhaustive(u: Urgency) {
        match u {
            Urgency::Emergency | Urgency::Urgent | Urgency::NonUrgent => {}
        }
    }
    [Urgency::Emergency, Urgency::Urgent, Urgency::NonUrgent]
}

/// Every (where, source id) pair referenced anywhere in the content.
fn cited_source_ids() -> Vec<(String, &'static str)> {
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
fn all_texts() -> Vec<(String, &'static str)> {
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
fn find_dose(text: &str) -> Option<String> {
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

fn assert_unique<'a>(table: &str, ids: impl IntoIterator<Item = &'a str>) {
    let mut seen = HashSet::new();
    for id in ids {
        assert!(!id.trim().is_empty(), "{table}: empty id");
        assert!(seen.insert(id), "{table}: duplicate id {id:?}");
    }
    assert!(!seen.is_empty(), "{table}: table is empty");
}

fn assert_has_all(table: &str, have: &[&str], required: &[&str]) {
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

// ---------------------------------------------------------------------------------------------
// Required ids (other modules and the UI refer to these by name).
// ---------------------------------------------------------------------------------------------

const REQUIRED_SOURCES: [&str; 46] = [
    "nhs-leg-cramps",
    "nhs-older",
    "aafp-2012",
    "nice-cks-2012",
    "merck-cramps",
    "bmj-best-practice",
    "cochrane-magnesium-2020",
    "mayo-night-leg-cramps",
    "mayo-health-letter",
    "mayo-muscle-cramp",
    "garrison-2012",
    "aan-2010",
    "hallegraeff-2012",
    "hawke-burns-2012",
    "cochrane-nondrug-2021",
    "coppin-2005",
    "aafp-fpin-2017",
    "gpnotebook",
    "grandner-2017",
    "garrison-2015",
    "fpnotebook",
    "haskell-fiebach",
    "hallegraeff-2017",
    "nsf-sleep-cramps",
    "handa-2022",
    "hawke-2014",
    "roguin-maor-2017",
    "frusso-1999",
    "cochrane-quinine-2015",
    "fda-quinine-2010",
    "patient-info-cramps",
    "mhra-quinine-2010",
    "ni-formulary",
    "fardet-2017",
    "cmaj-quinine-2015",
    "cochrane-pregnancy-2020",
    "aaos-stretches",
    "cleveland-foot-cramps",
    "medscape-rls",
    "nhs-dvt",
    "uclh-dvt",
    "mayo-rhabdo",
    "krames-rhabdo",
    "examine-magnesium",
    "grober-2017",
    "scientifica-2017",
];

const REQUIRED_CLAIMS: [&str; 30] = [
    "dehydration-electrolytes",
    "magnesium-number-one",
    "magnesium-glycinate-bedtime",
    "magnesium-oil",
    "avoid-magnesium-oxide",
    "circulation-sedentary",
    "diuretics",
    "statins",
    "beta-blockers",
    "pinched-nerve",
    "electrolyte-water",
    "potassium-foods",
    "move-hourly",
    "calf-stretches-before-bed",
    "elevate-legs",
    "physio-chiropractor",
    "redflag-swelling",
    "redflag-weakness",
    "redflag-two-weeks",
    "redflag-dark-urine",
    "calf-wall-stretch",
    "common-with-age",
    "lasts-seconds-to-minutes",
    "aches-for-hours",
    "fixable-deficiency",
    "magnesium-deficiency-signs",
    "magnesium-relaxes-muscles",
    "blood-pools-sitting",
    "dont-stop-medicines",
    "stretching-wont-fix-nerves",
];

/// Every warning sign of PRODUCT.md and evidence.md section 11, one sign each, emergency
/// signs first.
const REQUIRED_RED_FLAGS: [(&str, Urgency); 13] = [
    ("breathless-chest-pain", Urgency::Emergency),
    ("sudden-weakness", Urgency::Emergency),
    ("cold-pale-leg", Urgency::Emergency),
    ("back-pain-saddle-numbness", Urgency::Emergency),
    ("dark-urine", Urgency::Emergency),
    ("tetanus-signs", Urgency::Emergency),
    ("hot-leg-very-unwell", Urgency::Emergency),
    ("swollen-red-warm-leg", Urgency::Urgent),
    ("cramp-over-10-min", Urgency::Urgent),
    ("tetanus-wound", Urgency::Urgent),
    ("poison-contact", Urgency::Urgent),
    ("cramps-arms-belly-chest", Urgency::Urgent),
    ("fluid-loss", Urgency::Urgent),
];

const REQUIRED_RISK_FACTORS: [&str; 18] = [
    "age-over-60",
    "pregnancy",
    "circulation-pad",
    "lumbar-stenosis",
    "neuropathy",
    "diabetes",
    "kidney-disease",
    "liver-disease",
    "thyroid",
    "exercise-heat",
    "sitting-tight-calves",
    "dehydration",
    "flat-feet-knees",
    "parkinsons",
    "osteoarthritis",
    "anaemia-addisons",
    "summer",
    "women",
];

const REQUIRED_MEDICINES: [&str; 13] = [
    "laba-inhalers",
    "potassium-sparing-diuretics",
    "thiazide-diuretics",
    "loop-diuretics",
    "statins",
    "oestrogens-raloxifene",
    "teriparatide",
    "iron-sucrose",
    "naproxen",
    "beta-blockers",
    "nifedipine-arbs",
    "sleep-mood-nerve",
    "other-listed",
];

const REQUIRED_SECTIONS: [&str; 10] = [
    "what",
    "who",
    "causes",
    "medicines",
    "prevention",
    "during",
    "help",
    "myths",
    "treatments",
    "sources",
];

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[test]
fn ids_are_unique_within_each_table() {
    assert_unique("sources", SOURCES.iter().map(|s| s.id));
    assert_unique("claims", CLAIMS.iter().map(|c| c.id));
    assert_unique("red flags", RED_FLAGS.iter().map(|f| f.id));
    assert_unique("care cards", CARE_CARDS.iter().map(|c| c.id));
    assert_unique("risk factors", RISK_FACTORS.iter().map(|f| f.id));
    assert_unique("medicine classes", MEDICINE_CLASSES.iter().map(|m| m.id));
    assert_unique("muscles", MUSCLES.iter().map(|m| m.id.slug()));
    assert_unique("guide sections", SECTIONS.iter().map(|s| s.slug));
}

#[test]
fn every_cited_source_id_resolves() {
    let unknown: Vec<String> = cited_source_ids()
        .into_iter()
        .filter(|(_, id)| sources::source(id).is_none())
        .map(|(place, id)| format!("{place}: {id}"))
        .collect();
    assert!(unknown.is_empty(), "unknown source ids: {unknown:#?}");
}

#[test]
fn every_source_is_cited_at_least_once() {
    let mut cited: HashSet<&str> = cited_source_ids().into_iter().map(|(_, id)| id).collect();
    // The check's plan and rules cite sources too (shown on its result page).
    for item in night_cramps::assessment::PLAN_ITEMS {
        cited.extend(item.sources.iter().copied());
    }
    for rule in night_cramps::assessment::RULES {
        cited.extend(rule.sources.iter().copied());
    }
    let uncited: Vec<&str> = SOURCES
        .iter()
        .map(|s| s.id)
        .filter(|id| !cited.contains(id))
        .collect();
    assert!(uncited.is_empty(), "sources never cited: {uncited:?}");
}

#[test]
fn no_source_is_cited_twice_in_one_place() {
    let mut problems = Vec::new();
    let mut check = |place: String, ids: &[&str]| {
        let set: HashSet<&&str> = ids.iter().collect();
        if set.len() != ids.len() {
            problems.push(place);
        }
    };
    for c in CLAIMS {
        check(format!("claim {}", c.id), c.sources);
    }
    for f in RED_FLAGS {
        check(format!("red flag {}", f.id), f.sources);
    }
    for f in RISK_FACTORS {
        check(format!("risk factor {}", f.id), f.sources);
    }
    for m in MEDICINE_CLASSES {
        check(format!("medicine {}", m.id), m.sources);
    }
    assert!(problems.is_empty(), "repeated source ids in: {problems:?}");
}

#[test]
fn sources_are_canonical_citations_without_web_addresses() {
    for s in SOURCES {
        assert!(!s.authors.trim().is_empty(), "{}: no authors", s.id);
        assert!(!s.title.trim().is_empty(), "{}: no title", s.id);
        assert!(!s.publisher.trim().is_empty(), "{}: no publisher", s.id);
        let year_ok =
            s.year == "n.d." || (s.year.len() == 4 && s.year.chars().all(|c| c.is_ascii_digit()));
        assert!(
            year_ok,
            "{}: year must be four digits or \"n.d.\", got {:?}",
            s.id, s.year
        );
    }
}

#[test]
fn no_web_addresses_anywhere() {
    for (place, text) in all_texts() {
        let lower = text.to_lowercase();
        assert!(
            !lower.contains("http") && !lower.contains("www.") && !lower.contains(".com/"),
            "{place}: contains a web address: {text:?}"
        );
    }
}

#[test]
fn every_claim_has_a_verdict_text_and_sources() {
    assert!(!CLAIMS.is_empty());
    for c in CLAIMS {
        assert!(
            Verdict::ALL.contains(&c.verdict),
            "{}: unknown verdict",
            c.id
        );
        assert!(
            !c.article_says.trim().is_empty(),
            "{}: empty article_says",
            c.id
        );
        assert!(!c.evidence.trim().is_empty(), "{}: empty evidence", c.id);
        assert!(!c.sources.is_empty(), "{}: no sources", c.id);
    }
}

#[test]
fn required_claims_exist_with_expected_verdicts() {
    let ids: Vec<&str> = CLAIMS.iter().map(|c| c.id).collect();
    assert_has_all("claims", &ids, &REQUIRED_CLAIMS);
    // Verdicts fixed by the evidence sheet's table (section 9).
    let expected = [
        ("dehydration-electrolytes", Verdict::PartlySupported),
        ("magnesium-number-one", Verdict::Contradicted),
        ("magnesium-glycinate-bedtime", Verdict::NotSupported),
        ("magnesium-oil", Verdict::NotSupported),
        ("avoid-magnesium-oxide", Verdict::PartlySupported),
        ("circulation-sedentary", Verdict::PartlySupported),
        ("diuretics", Verdict::PartlySupported),
        ("statins", Verdict::PartlySupported),
        ("beta-blockers", Verdict::PartlySupported),
        ("pinched-nerve", Verdict::PartlySupported),
        ("electrolyte-water", Verdict::NotSupported),
        ("potassium-foods", Verdict::NotSupported),
        ("move-hourly", Verdict::PartlySupported),
        ("calf-stretches-before-bed", Verdict::PartlySupported),
        ("elevate-legs", Verdict::NotSupported),
        ("physio-chiropractor", Verdict::PartlySupported),
        ("redflag-swelling", Verdict::Supported),
        ("redflag-weakness", Verdict::Supported),
        ("redflag-two-weeks", Verdict::PartlySupported),
        ("redflag-dark-urine", Verdict::Supported),
        ("calf-wall-stretch", Verdict::PartlySupported),
    ];
    for (id, verdict) in expected {
        let c = claims::claim(id).unwrap_or_else(|| panic!("missing claim {id}"));
        assert_eq!(c.verdict, verdict, "claim {id}");
    }
}

#[test]
fn required_sources_exist() {
    let ids: Vec<&str> = SOURCES.iter().map(|s| s.id).collect();
    assert_has_all("sources", &ids, &REQUIRED_SOURCES);
}

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
