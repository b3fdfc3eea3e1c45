//! References: every cited source, claim, factor and medicine class resolves.

use super::*;

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
