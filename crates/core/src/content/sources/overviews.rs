//! Overviews of night cramps: health services' pages, guidelines, textbooks and the Cochrane review of
//! magnesium.

use super::Source;

pub(super) const SOURCES: &[Source] = &[
    Source {
        id: "nhs-leg-cramps",
        authors: "NHS",
        title: "Leg cramps",
        publisher: "NHS website (nhs.uk); also syndicated, and adapted by the HSE in Ireland",
        year: "n.d.",
    },
    Source {
        id: "nhs-older",
        authors: "NHS Choices",
        title: "Leg cramps, and Symptoms of leg cramps (earlier NHS text)",
        publisher: "NHS Choices; republished by nidirect",
        year: "2017",
    },
    Source {
        id: "aafp-2012",
        authors: "Allen RE, Kirby KA",
        title: "Nocturnal leg cramps",
        publisher: "American Family Physician 2012;86(4):350-355",
        year: "2012",
    },
    Source {
        id: "nice-cks-2012",
        authors: "National Institute for Health and Care Excellence (NICE)",
        title: "Leg cramps",
        publisher: "NICE Clinical Knowledge Summaries",
        year: "2012",
    },
    Source {
        id: "merck-cramps",
        authors: "Merck Manual",
        title: "Muscle cramps (with the tables \"Some causes of muscle cramps\" and \"Runner's stretch\")",
        publisher: "Merck Manual, Consumer Version",
        year: "n.d.",
    },
    Source {
        id: "bmj-best-practice",
        authors: "BMJ Best Practice",
        title: "Leg cramps: epidemiology, and diagnosis approach",
        publisher: "BMJ Publishing Group",
        year: "n.d.",
    },
    Source {
        id: "cochrane-magnesium-2020",
        authors: "Garrison SR, et al.",
        title: "Magnesium for skeletal muscle cramps",
        publisher: "Cochrane Database of Systematic Reviews, CD009402",
        year: "2020",
    },
    Source {
        id: "mayo-night-leg-cramps",
        authors: "Mayo Clinic",
        title: "Night leg cramps: causes, and when to see a doctor",
        publisher: "Mayo Foundation for Medical Education and Research",
        year: "n.d.",
    },
    Source {
        id: "mayo-health-letter",
        authors: "Mayo Clinic",
        title: "Preventing a jolt in the night: self-care for night leg cramps",
        publisher: "Mayo Clinic Health Letter, via Mayo Clinic News Network",
        year: "n.d.",
    },
    Source {
        id: "mayo-muscle-cramp",
        authors: "Mayo Clinic",
        title: "Muscle cramp: overview, and diagnosis and treatment",
        publisher: "Mayo Foundation for Medical Education and Research",
        year: "n.d.",
    },
];
