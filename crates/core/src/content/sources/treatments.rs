//! Treatments tried for night cramps: magnesium trials, quinine and its warnings, cramps in
//! pregnancy, and stretching advice.

use super::Source;

pub(super) const SOURCES: &[Source] = &[
    Source {
        id: "roguin-maor-2017",
        authors: "Roguin Maor N, et al.",
        title: "Effect of magnesium oxide supplementation on nocturnal leg cramps: a randomized clinical trial",
        publisher: "JAMA Internal Medicine",
        year: "2017",
    },
    Source {
        id: "frusso-1999",
        authors: "Frusso R, et al.",
        title: "Magnesium for the treatment of nocturnal leg cramps: a crossover randomized trial",
        publisher: "Journal of Family Practice",
        year: "1999",
    },
    Source {
        id: "cochrane-quinine-2015",
        authors: "El-Tawil S, et al.",
        title: "Quinine for muscle cramps",
        publisher: "Cochrane Database of Systematic Reviews",
        year: "2015",
    },
    Source {
        id: "fda-quinine-2010",
        authors: "US Food and Drug Administration (FDA)",
        title: "FDA Drug Safety Communication: new risk management plan and patient Medication Guide for Qualaquin (quinine sulfate)",
        publisher: "US Food and Drug Administration",
        year: "2010",
    },
    Source {
        id: "patient-info-cramps",
        authors: "Patient.info",
        title: "Cramps in the leg",
        publisher: "Patient.info (patient leaflet)",
        year: "n.d.",
    },
    Source {
        id: "mhra-quinine-2010",
        authors: "Medicines and Healthcare products Regulatory Agency (MHRA)",
        title: "Quinine: not to be used routinely for nocturnal leg cramps",
        publisher: "MHRA Drug Safety Update",
        year: "2010",
    },
    Source {
        id: "ni-formulary",
        authors: "Northern Ireland Formulary",
        title: "Nocturnal leg cramps (section 10.2.3)",
        publisher: "Health and Social Care Northern Ireland",
        year: "n.d.",
    },
    Source {
        id: "fardet-2017",
        authors: "Fardet L, et al.",
        title: "Association between long-term quinine exposure and all-cause mortality",
        publisher: "JAMA",
        year: "2017",
    },
    Source {
        id: "cmaj-quinine-2015",
        authors: "Hogan DB",
        title: "Quinine: not a safe drug for treating nocturnal leg cramps",
        publisher: "CMAJ (Canadian Medical Association Journal)",
        year: "2015",
    },
    Source {
        id: "cochrane-pregnancy-2020",
        authors: "Cochrane Pregnancy and Childbirth review group",
        title: "Interventions for leg cramps in pregnancy",
        publisher: "Cochrane Database of Systematic Reviews, CD010655",
        year: "2020",
    },
    Source {
        id: "aaos-stretches",
        authors: "American Academy of Orthopaedic Surgeons (AAOS)",
        title: "Take the bite out of muscle cramps",
        publisher: "Safety+Health magazine (National Safety Council)",
        year: "n.d.",
    },
    Source {
        id: "cleveland-foot-cramps",
        authors: "Cleveland Clinic",
        title: "7 causes and remedies for foot cramps and charley horses",
        publisher: "Cleveland Clinic Health Essentials",
        year: "n.d.",
    },
];
