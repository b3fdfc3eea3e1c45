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

/// Roughly from the strongest and most common to the weakest. A link here is an association seen
/// in studies or listed by guidelines; it is never a diagnosis.
pub static RISK_FACTORS: &[RiskFactor] = &[
    RiskFactor {
        id: "age-over-60",
        name: "Being over 60",
        summary: "Night cramps become more common with age. About a third of people over 60 get them, and 4 in 10 of those have three or more a week. About half of people over 80 get them.",
        strength: Strength::Strong,
        sources: &["nice-cks-2012", "gpnotebook", "aafp-2012", "mayo-night-leg-cramps"],
    },
    RiskFactor {
        id: "pregnancy",
        name: "Pregnancy",
        summary: "About 45% of pregnant women get leg cramps, most often in the last three months. They usually go away after the baby is born.",
        strength: Strength::Strong,
        sources: &["bmj-best-practice", "gpnotebook", "aafp-2012"],
    },
    RiskFactor {
        id: "circulation-pad",
        name: "Poor circulation (peripheral artery disease)",
        summary: "Narrowed arteries in the legs (peripheral artery disease, or PAD) are linked with night cramps. In one small study of male veterans, 34% of men with cramps had circulation disease, against 12% of men without.",
        strength: Strength::Moderate,
        sources: &["aafp-2012", "mayo-night-leg-cramps", "haskell-fiebach"],
    },
    RiskFactor {
        id: "lumbar-stenosis",
        name: "Narrowing of the spine in the lower back (lumbar spinal stenosis)",
        summary: "When the space for the nerves in the lower back is narrowed, night cramps are more common. In a community study using scans (MRI), the people with the narrowest spinal canals were the most likely to have night cramps.",
        strength: Strength::Moderate,
        sources: &["aafp-2012", "mayo-night-leg-cramps", "handa-2022"],
    },
    RiskFactor {
        id: "neuropathy",
        name: "Nerve damage in the legs (peripheral neuropathy)",
        summary: "Nerve damage in the legs and feet, including from diabetes, is linked with cramps. In one study, leg tingling, muscle twitching and weakness lifting the foot were each linked with calf cramps.",
        strength: Strength::Moderate,
        sources: &["mayo-night-leg-cramps", "merck-cramps", "hawke-2014"],
    },
    RiskFactor {
        id: "diabetes",
        name: "Diabetes",
        summary: "Diabetes is listed as a condition linked with cramps, partly through the nerve damage it can cause.",
        strength: Strength::Moderate,
        sources: &["mayo-night-leg-cramps", "nice-cks-2012", "merck-cramps"],
    },
    RiskFactor {
        id: "kidney-disease",
        name: "Kidney disease and dialysis",
        summary: "Cramps are common in people with kidney failure. Between 15% and 87% of people on haemodialysis (a machine cleaning the blood) get cramps during treatment.",
        strength: Strength::Moderate,
        sources: &["bmj-best-practice", "mayo-night-leg-cramps"],
    },
    RiskFactor {
        id: "liver-disease",
        name: "Liver disease",
        summary: "Between 22% and 88% of people with scarring of the liver (cirrhosis) get cramps. The NHS mentions alcohol-related liver disease.",
        strength: Strength::Moderate,
        sources: &["bmj-best-practice", "nhs-leg-cramps"],
    },
    RiskFactor {
        id: "thyroid",
        name: "Thyroid problems",
        summary: "An underactive or overactive thyroid gland is listed as a possible cause of cramps. An underactive thyroid is one of the uncommon medical causes a GP may check for.",
        strength: Strength::Moderate,
        sources: &["mayo-night-leg-cramps", "nice-cks-2012", "merck-cramps"],
    },
    RiskFactor {
        id: "exercise-heat",
        name: "Hard exercise, especially in the heat",
        summary: "Straining your muscles with exercise can bring on cramps, and this is worse in hot or humid weather.",
        strength: Strength::Moderate,
        sources: &["nhs-leg-cramps"],
    },
    RiskFactor {
        id: "summer",
        name: "Summer",
        summary: "A large study found night cramps are roughly twice as common in summer as in winter.",
        strength: Strength::Moderate,
        sources: &["garrison-2015"],
    },
    RiskFactor {
        id: "women",
        name: "Being a woman",
        summary: "Night cramps are reported more often by women than by men.",
        strength: Strength::Moderate,
        sources: &["bmj-best-practice"],
    },
    RiskFactor {
        id: "sitting-tight-calves",
        name: "Long sitting and tight calves",
        summary: "Sitting for long periods and tight calf muscles are listed as risks. One idea is that lying with bent knees and pointed toes leaves the calf shortened, which may set off a cramp. This has not been tested well.",
        strength: Strength::Weak,
        sources: &["merck-cramps", "mayo-health-letter", "patient-info-cramps"],
    },
    RiskFactor {
        id: "dehydration",
        name: "Not drinking enough (dehydration)",
        summary: "The NHS lists dehydration as a possible cause. But other sources say dehydration and blood mineral levels do not appear to be linked with night cramps.",
        strength: Strength::Weak,
        sources: &["nhs-leg-cramps", "fpnotebook", "aafp-2012"],
    },
    RiskFactor {
        id: "flat-feet-knees",
        name: "Flat feet or knees that bend backwards",
        summary: "Flat feet, and knees that bend backwards too far (genu recurvatum), are listed as possible causes by one source.",
        strength: Strength::Weak,
        sources: &["merck-cramps"],
    },
    RiskFactor {
        id: "parkinsons",
        name: "Parkinson's disease",
        summary: "Parkinson's disease is listed as a condition linked with night cramps.",
        strength: Strength::Weak,
        sources: &["mayo-night-leg-cramps"],
    },
    RiskFactor {
        id: "osteoarthritis",
        name: "Osteoarthritis",
        summary: "Osteoarthritis (wear-and-tear arthritis of the joints) is listed as a condition linked with night cramps.",
        strength: Strength::Weak,
        sources: &["mayo-night-leg-cramps"],
    },
    RiskFactor {
        id: "anaemia-addisons",
        name: "Anaemia or Addison's disease",
        summary: "Anaemia (too few red blood cells) and Addison's disease (when the adrenal glands make too little of some hormones) are listed as possible causes.",
        strength: Strength::Weak,
        sources: &["mayo-night-leg-cramps", "nice-cks-2012"],
    },
];

/// Medicines linked with cramps. The "sequence ratio" figures come from one large Canadian study
/// (Garrison 2012): how much more often people started a cramp treatment in the year after starting
/// a medicine than in the year before. It shows a link, not proof that the medicine causes cramps.
/// The ids of [`MEDICINE_CLASSES`] alone, in the same order (a test keeps them in step): what a
/// stored or imported medicine's group is checked against, so checking one does not bring every
/// class's text into the diary page's download.
pub const MEDICINE_CLASS_IDS: [&str; 13] = [
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

pub static MEDICINE_CLASSES: &[MedicineClass] = &[
    MedicineClass {
        id: "laba-inhalers",
        name: "Long-acting preventer inhalers (long-acting beta-agonists, LABAs)",
        examples: &["salmeterol", "formoterol"],
        summary: "These are daily \"preventer\" or maintenance inhalers, not quick relievers. In a study of 4.2 million people, this was the strongest link: new cramp treatment was 2.42 times as common after starting one of these inhalers as before. This is a link, not proof of cause. NICE also lists salbutamol, a short-acting reliever.",
        strength: Strength::Moderate,
        sources: &["garrison-2012", "nice-cks-2012", "nhs-salmeterol"],
    },
    MedicineClass {
        id: "potassium-sparing-diuretics",
        name: "Potassium-sparing water tablets (diuretics)",
        examples: &["spironolactone", "amiloride"],
        summary: "In the same large study, new cramp treatment was 2.12 times as common after starting these. This is an association, not proof of cause.",
        strength: Strength::Moderate,
        sources: &["garrison-2012", "nice-cks-2012"],
    },
    MedicineClass {
        id: "thiazide-diuretics",
        name: "Thiazide water tablets (diuretics)",
        examples: &["hydrochlorothiazide", "bendroflumethiazide", "indapamide"],
        summary: "In the large study, new cramp treatment was 1.48 times as common after starting these. The NHS and NICE list diuretics, but the AAFP says reviews have not proven that they cause cramps.",
        strength: Strength::Moderate,
        sources: &["garrison-2012", "nhs-leg-cramps", "nice-cks-2012", "aafp-2012"],
    },
    MedicineClass {
        id: "loop-diuretics",
        name: "Loop water tablets (diuretics)",
        examples: &["furosemide", "bumetanide"],
        summary: "In the large study the link was small (1.20 times) and could have been down to chance. Mayo Clinic says a direct link with diuretics is not known.",
        strength: Strength::Weak,
        sources: &["garrison-2012", "mayo-night-leg-cramps"],
    },
    MedicineClass {
        id: "statins",
        name: "Statins (cholesterol medicines)",
        examples: &["atorvastatin", "simvastatin"],
        summary: "The NHS lists statins as a possible cause. In the large study the link was small (1.16 times). This is an association, not proof of cause.",
        strength: Strength::Moderate,
        sources: &["nhs-leg-cramps", "garrison-2012"],
    },
    MedicineClass {
        id: "oestrogens-raloxifene",
        name: "Oestrogens and raloxifene",
        examples: &["conjugated oestrogens", "raloxifene"],
        summary: "A review by the AAFP found these among the medicines most clearly linked with cramps, though cramps are still uncommon in people taking them.",
        strength: Strength::Moderate,
        sources: &["aafp-2012"],
    },
    MedicineClass {
        id: "teriparatide",
        name: "Teriparatide (a bone-strengthening injection)",
        examples: &["teriparatide"],
        summary: "The AAFP review found this among the medicines most clearly linked with cramps, though cramps are still uncommon in people taking it.",
        strength: Strength::Moderate,
        sources: &["aafp-2012"],
    },
    MedicineClass {
        id: "iron-sucrose",
        name: "Iron given into a vein (iron sucrose)",
        examples: &["iron sucrose"],
        summary: "The AAFP review found iron sucrose given by drip among the medicines most clearly linked with cramps, though cramps are still uncommon.",
        strength: Strength::Moderate,
        sources: &["aafp-2012"],
    },
    MedicineClass {
        id: "naproxen",
        name: "Naproxen (an anti-inflammatory painkiller)",
        examples: &["naproxen"],
        summary: "The AAFP review found naproxen among the medicines most clearly linked with cramps, though cramps are still uncommon in people taking it.",
        strength: Strength::Moderate,
        sources: &["aafp-2012"],
    },
    MedicineClass {
        id: "beta-blockers",
        name: "Beta-blockers",
        examples: &["bisoprolol", "atenolol", "propranolol"],
        summary: "Weak evidence. Mayo Clinic and Merck name some beta-blockers, but the AAFP does not list them, and the large study used them as a comparison medicine that was not expected to cause cramps.",
        strength: Strength::Weak,
        sources: &["mayo-health-letter", "merck-cramps", "garrison-2012", "aafp-2012"],
    },
    MedicineClass {
        id: "nifedipine-arbs",
        name: "Some blood pressure medicines (nifedipine, and \"sartans\" called ARBs)",
        examples: &["nifedipine", "losartan", "candesartan"],
        summary: "NICE lists nifedipine, and Merck lists angiotensin receptor blockers (ARBs). These come from lists of possible causes, not from studies measuring the link.",
        strength: Strength::Weak,
        sources: &["nice-cks-2012", "merck-cramps"],
    },
    MedicineClass {
        id: "sleep-mood-nerve",
        name: "Some sleep, mood, nerve-pain and anti-inflammatory medicines",
        examples: &["zolpidem", "clonazepam", "citalopram", "gabapentin", "celecoxib"],
        summary: "Cramps were reported as a side effect in studies of these medicines. How often, and whether the medicine was the cause, is not clear.",
        strength: Strength::Weak,
        sources: &["aafp-2012"],
    },
    MedicineClass {
        id: "other-listed",
        name: "Other medicines on lists of possible causes",
        examples: &["donepezil", "oral contraceptives (the pill)", "tolcapone", "vincristine", "stimulants", "stopping sedatives suddenly (withdrawal)"],
        summary: "Merck lists these as possible causes of cramps. The evidence for each one is limited.",
        strength: Strength::Weak,
        sources: &["merck-cramps"],
    },
];

pub fn risk_factor(id: &str) -> Option<&'static RiskFactor> {
    RISK_FACTORS.iter().find(|f| f.id == id)
}

pub fn medicine_class(id: &str) -> Option<&'static MedicineClass> {
    MEDICINE_CLASSES.iter().find(|m| m.id == id)
}
