//! Sources and claims: unique ids, every citation resolves, canonical citations, verdicts.

use super::*;

// Tests

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
