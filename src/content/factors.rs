//! Risk factors, associated conditions and medicine classes linked to night cramps, each with how
//! strong the evidence is. The guide renders them; the assessment cites them by id as
//! "may contribute, because you said ...".

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Strength {
    /// Consistent findings from good studies or major guidelines.
    Strong,
    /// Some studies or guideline mentions; association, not proven cause.
    Moderate,
    /// Listed by some sources with little or conflicting evidence.
    Weak,
}

impl Strength {
    pub fn label(self) -> &'static str {
        match self {
            Strength::Strong => "Strong evidence",
            Strength::Moderate => "Some evidence",
            Strength::Weak => "Weak evidence",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RiskFactor {
    /// Stable id, e.g. "age-over-60", "pregnancy", "pad", "lumbar-stenosis".
    pub id: &'static str,
    pub name: &'static str,
    /// One or two plain sentences on the link, with figures where the evidence gives them.
    pub summary: &'static str,
    pub strength: Strength,
    pub sources: &'static [&'static str],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MedicineClass {
    /// Stable id, e.g. "thiazide-diuretics", "laba-inhalers".
    pub id: &'static str,
    pub name: &'static str,
    /// Examples a person would recognise (generic names), never doses.
    pub examples: &'static [&'static str],
    /// What the evidence found, in plain English.
    pub summary: &'static str,
    pub strength: Strength,
    pub sources: &'static [&'static str],
}

pub static RISK_FACTORS: &[RiskFactor] = &[];
pub static MEDICINE_CLASSES: &[MedicineClass] = &[];

pub fn risk_factor(id: &str) -> Option<&'static RiskFactor> {
    RISK_FACTORS.iter().find(|f| f.id == id)
}

pub fn medicine_class(id: &str) -> Option<&'static MedicineClass> {
    MEDICINE_CLASSES.iter().find(|m| m.id == id)
}
