//! Factors that may contribute to someone's cramps, ranked, each with "because you said ...".
//!
//! The factor's name, summary, evidence strength and sources all come from
//! `content::factors` by id; this module only decides which answers point at which factor, and
//! ranks them: strongest evidence first, then the fixed order of [`FACTOR_RULES`].

use std::sync::OnceLock;

use super::answers::AnswerSet;
use super::condition::{Condition, Reason};
use super::questions::{Choice, QuestionId};
use crate::content::factors::{medicine_class, risk_factor, Strength};

/// A factor's name, summary, strength and sources, from content.
pub type Resolved = (
    &'static str,
    &'static str,
    Strength,
    &'static [&'static str],
);

/// A content factor, by kind and id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactorRef {
    /// `content::factors::RISK_FACTORS`.
    Risk(&'static str),
    /// `content::factors::MEDICINE_CLASSES`.
    Medicine(&'static str),
}

impl FactorRef {
    pub fn id(self) -> &'static str {
        match self {
            FactorRef::Risk(id) | FactorRef::Medicine(id) => id,
        }
    }

    /// Name, summary, strength and sources from content; `None` if the id does not resolve.
    pub fn resolve(self) -> Option<Resolved> {
        match self {
            FactorRef::Risk(id) => {
                risk_factor(id).map(|f| (f.name, f.summary, f.strength, f.sources))
            }
            FactorRef::Medicine(id) => {
                medicine_class(id).map(|m| (m.name, m.summary, m.strength, m.sources))
            }
        }
    }
}

/// When this answer is given, this factor may contribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactorRule {
    pub when: Condition,
    pub factor: FactorRef,
}

use Choice as C;
use FactorRef::{Medicine, Risk};
use QuestionId as Q;

const fn rule(when: Condition, factor: FactorRef) -> FactorRule {
    FactorRule { when, factor }
}

/// Which answers point at which factor. The order here breaks ties between equally strong
/// factors: personal circumstances, then conditions, then medicines.
pub static FACTOR_RULES: &[FactorRule] = &[
    rule(
        Condition::Chose(Q::AgeBand, &[C::Age60To79, C::Age80Plus]),
        Risk("age-over-60"),
    ),
    rule(Condition::Chose(Q::Pregnant, &[C::Yes]), Risk("pregnancy")),
    rule(
        Condition::Chose(Q::Conditions, &[C::Circulation]),
        Risk("circulation-pad"),
    ),
    rule(
        Condition::Chose(Q::Conditions, &[C::SpinalNarrowing]),
        Risk("lumbar-stenosis"),
    ),
    rule(
        Condition::Chose(Q::Conditions, &[C::Neuropathy]),
        Risk("neuropathy"),
    ),
    rule(
        Condition::Chose(Q::Conditions, &[C::Diabetes]),
        Risk("diabetes"),
    ),
    rule(
        Condition::Chose(Q::Conditions, &[C::KidneyDisease]),
        Risk("kidney-disease"),
    ),
    rule(
        Condition::Chose(Q::Conditions, &[C::LiverDisease]),
        Risk("liver-disease"),
    ),
    rule(
        Condition::Chose(Q::Conditions, &[C::Thyroid]),
        Risk("thyroid"),
    ),
    rule(
        Condition::Chose(Q::Conditions, &[C::Parkinsons]),
        Risk("parkinsons"),
    ),
    rule(
        Condition::Chose(Q::Activity, &[C::HardExercise]),
        Risk("exercise-heat"),
    ),
    rule(
        Condition::Chose(Q::Activity, &[C::LongSitting]),
        Risk("sitting-tight-calves"),
    ),
    rule(
        Condition::Chose(Q::Fluids, &[C::LittleFluid]),
        Risk("dehydration"),
    ),
    rule(
        Condition::Chose(Q::Medicines, &[C::LabaInhaler]),
        Medicine("laba-inhalers"),
    ),
    rule(
        Condition::Chose(Q::DiureticType, &[C::PotassiumSparing]),
        Medicine("potassium-sparing-diuretics"),
    ),
    rule(
        Condition::Chose(Q::DiureticType, &[C::Thiazide]),
        Medicine("thiazide-diuretics"),
    ),
    rule(
        Condition::Chose(Q::DiureticType, &[C::LoopDiuretic]),
        Medicine("loop-diuretics"),
    ),
    rule(
        Condition::Chose(Q::Medicines, &[C::Statin]),
        Medicine("statins"),
    ),
    rule(
        Condition::Chose(Q::Medicines, &[C::OestrogenRaloxifene]),
        Medicine("oestrogens-raloxifene"),
    ),
    rule(
        Condition::Chose(Q::Medicines, &[C::Teriparatide]),
        Medicine("teriparatide"),
    ),
    rule(
        Condition::Chose(Q::Medicines, &[C::IronInfusion]),
        Medicine("iron-sucrose"),
    ),
    rule(
        Condition::Chose(Q::Medicines, &[C::Naproxen]),
        Medicine("naproxen"),
    ),
    rule(
        Condition::Chose(Q::Medicines, &[C::BetaBlocker]),
        Medicine("beta-blockers"),
    ),
    rule(
        Condition::Chose(Q::Medicines, &[C::NifedipineOrArb]),
        Medicine("nifedipine-arbs"),
    ),
    rule(
        Condition::Chose(Q::Medicines, &[C::SleepMoodNerve]),
        Medicine("sleep-mood-nerve"),
    ),
    rule(
        Condition::Chose(Q::Medicines, &[C::OtherLinkedMedicine]),
        Medicine("other-listed"),
    ),
];

/// One factor that may contribute, with the answers that point at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Factor {
    pub factor: FactorRef,
    pub name: &'static str,
    /// What the evidence says about the link (content prose).
    pub summary: &'static str,
    pub strength: Strength,
    pub sources: &'static [&'static str],
    pub because: Vec<Reason>,
}

impl Factor {
    pub fn id(&self) -> &'static str {
        self.factor.id()
    }
}

/// The factors these answers point at, strongest evidence first. Answers a change made
/// irrelevant are ignored. A factor whose content is missing is left out rather than shown
/// without its evidence (a content test checks every id resolves).
pub fn contributing_factors(answers: &AnswerSet) -> Vec<Factor> {
    factors_from_relevant(&answers.pruned())
}

/// [`contributing_factors`] of answers already pruned.
pub(crate) fn factors_from_relevant(relevant: &AnswerSet) -> Vec<Factor> {
    // Content is static: resolve each rule's factor once, not on every evaluation.
    static RESOLVED: OnceLock<Vec<Option<Resolved>>> = OnceLock::new();
    let resolved =
        RESOLVED.get_or_init(|| FACTOR_RULES.iter().map(|r| r.factor.resolve()).collect());
    let mut found: Vec<(usize, Factor)> = Vec::new();
    for (order, rule) in FACTOR_RULES.iter().enumerate() {
        if !rule.when.holds(relevant) {
            continue;
        }
        let Some(Some((name, summary, strength, sources))) = resolved.get(order).copied() else {
            continue;
        };
        let because = rule.when.reasons(relevant);
        // Several answers may point at one factor: merge them, keeping the first rule's place.
        if let Some((_, existing)) = found.iter_mut().find(|(_, f)| f.factor == rule.factor) {
            existing.because.extend(because);
        } else {
            found.push((
                order,
                Factor {
                    factor: rule.factor,
                    name,
                    summary,
                    strength,
                    sources,
                    because,
                },
            ));
        }
    }
    // `Strength` is declared strongest first, so ascending order is strongest first.
    // Unstable is enough: `order` makes every key unique (and it links less code).
    found.sort_unstable_by_key(|(order, f)| (f.strength, *order));
    found.into_iter().map(|(_, f)| f).collect()
}
