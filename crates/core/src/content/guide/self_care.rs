//! The guide's sections on looking after yourself: preventing cramps, what to do during one, and
//! when to get help.

use super::{Block, Section};
use crate::content::{care::Urgency, cited, relief::AFTERCARE};

pub(super) const PREVENTION: Section = Section {
    slug: "prevention",
    title: "Preventing night cramps",
    summary: "A stretch each night has the best proof for keeping cramps away, and some simple habits may help too.",
    blocks: &[
        Block::Para(cited(
            "Nothing is proven to prevent all night cramps. Stretching has the best support, but the evidence is of low certainty. No harms from stretching were reported.",
            &["cochrane-nondrug-2021"],
        )),
        Block::Heading("A bedtime stretch routine, like the trial"),
        Block::Para(cited(
            "In a trial, 80 people over 55 stretched their calves and the backs of their thighs (hamstrings) every night before sleep for 6 weeks. A physiotherapist taught them. They had 1.2 fewer cramps a night than people who did not stretch (about a third fewer), and their cramps were less painful: 1.3 points lower on a 0 to 10 scale.",
            &["hallegraeff-2012", "hawke-burns-2012"],
        )),
        Block::List(&[
            cited(
                "Stretch both calves and the backs of both thighs, just before you go to sleep.",
                &["hallegraeff-2012"],
            ),
            cited(
                "Hold each stretch for about 10 seconds, then relax. Do each stretch 3 times.",
                &["hallegraeff-2012"],
            ),
            cited("Both legs take about 3 minutes in all.", &["hallegraeff-2012"]),
            cited("Stretch gently, to a firm pull but not pain.", &["hallegraeff-2012"]),
            cited("Do it every night.", &["hallegraeff-2012"]),
        ]),
        Block::StretchRoutine,
        Block::Para(cited(
            "The NHS suggests a calf stretch routine: 5 minutes, 3 times a day, with the last one just before bed.",
            &["nhs-leg-cramps"],
        )),
        Block::Para(cited(
            "Results are not all good. In another trial, stretching the calves alone for 12 weeks made little or no difference. The AAFP calls the results mixed, and the American Academy of Neurology found too little evidence on calf stretching.",
            &["coppin-2005", "cochrane-nondrug-2021", "aafp-fpin-2017", "aan-2010"],
        )),
        Block::Heading("Everyday habits"),
        Block::Para(cited(
            "Mayo Clinic suggests these self-help steps. They are sensible and low-risk, but most have not been tested in trials.",
            &["mayo-night-leg-cramps", "mayo-health-letter"],
        )),
        Block::List(&[
            cited("Drink enough fluids, and limit alcohol and caffeine.", &["mayo-night-leg-cramps", "mayo-health-letter"]),
            cited(
                "Stretch, or ride an exercise bike, for a few minutes before bed.",
                &["mayo-night-leg-cramps", "mayo-health-letter"],
            ),
            cited(
                "Loosen the sheets and blankets at the foot of the bed, so your toes are not pushed down.",
                &["mayo-night-leg-cramps", "mayo-health-letter"],
            ),
            cited("Wear supportive shoes.", &["mayo-night-leg-cramps", "mayo-health-letter"]),
            cited(
                "Avoid sitting still for long spells, since long sitting and tight calves are listed risks.",
                &["merck-cramps", "mayo-health-letter"],
            ),
        ]),
    ],
};

pub(super) const DURING: Section = Section {
    slug: "during",
    title: "During a cramp",
    summary: "How to ease a cramp in the calf, foot, back of the thigh or front of the thigh, and what helps afterwards.",
    blocks: &[
        Block::Para(cited(
            "Stretch the cramped muscle firmly and hold the stretch. This usually ends the cramp.",
            &["nhs-leg-cramps", "mayo-muscle-cramp", "nsf-sleep-cramps"],
        )),
        Block::ReliefSteps,
        Block::Heading("After the cramp"),
        Block::List(AFTERCARE),
        Block::Para(cited(
            "If a cramp lasts more than 10 minutes, or the leg is swollen, red or warm, get urgent advice from a GP or NHS 111.",
            &["nhs-leg-cramps", "nhs-dvt"],
        )),
    ],
};

pub(super) const HELP: Section = Section {
    slug: "help",
    title: "When to get help",
    summary: "The warning signs that need a doctor, from calling 999 now to booking a GP visit.",
    blocks: &[
        Block::Para(cited(
            "Most night cramps are harmless. But some signs mean you need a doctor, sometimes straight away.",
            &["nhs-leg-cramps", "mayo-night-leg-cramps"],
        )),
        Block::RedFlags,
        Block::Care(Urgency::Emergency),
        Block::Care(Urgency::Urgent),
        Block::Care(Urgency::NonUrgent),
        Block::Heading("What a GP can do"),
        Block::Para(cited(
            "A GP can look for other causes, review your medicines and suggest stretching. Quinine is only for a few people whose cramps are severe and have not improved with stretching (see Treatments).",
            &["nhs-leg-cramps", "mhra-quinine-2010"],
        )),
        Block::Para(cited(
            "There is no set waiting time before you see a GP. Go if cramps disturb your sleep, are severe or frequent, or do not get better with self-care.",
            &["nhs-leg-cramps", "mayo-muscle-cramp"],
        )),
    ],
};
