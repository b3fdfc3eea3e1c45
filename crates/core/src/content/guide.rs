//! The guide's sections as an ordered list of blocks. Pages render these blocks; they add no prose.

use super::{care::Urgency, cited, relief::AFTERCARE, Cited};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph with its sources.
    Para(Cited),
    /// A sub-heading (rendered as h2 within the section page).
    Heading(&'static str),
    /// A bulleted list; each item carries its sources.
    List(&'static [Cited]),
    /// The care card of that urgency (from `care::CARE_CARDS`).
    Care(Urgency),
    /// The list of red flags (from `red_flags::RED_FLAGS`).
    RedFlags,
    /// Every claim of the seed article with its verdict (from `claims::CLAIMS`).
    Claims,
    /// Risk factors and conditions (from `factors::RISK_FACTORS`).
    RiskFactors,
    /// Medicine classes (from `factors::MEDICINE_CLASSES`).
    Medicines,
    /// Per-muscle relief steps (from `relief::MUSCLES`).
    ReliefSteps,
    /// Every source as a canonical citation (from `sources::SOURCES`).
    SourceList,
    /// The way to the guided bedtime stretches (/stretch/, words from `stretches::GUIDE_LINK`).
    StretchRoutine,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// URL slug under /guide/, e.g. "causes".
    pub slug: &'static str,
    /// The page's h1 and <title>.
    pub title: &'static str,
    /// One sentence for the meta description and the guide index.
    pub summary: &'static str,
    pub blocks: &'static [Block],
}

/// The guide, in reading order.
/// Sections a person may read in the middle of a cramp: they get relief mode's "Get help now".
pub const READ_DURING_A_CRAMP: &[&str] = &["during"];

pub static SECTIONS: &[Section] = &[
    Section {
        slug: "what",
        title: "What night cramps are",
        summary: "What a night cramp feels like, how long it lasts, and what else can feel like it.",
        blocks: &[
            Block::Para(cited(
                "A night leg cramp (doctors call it a nocturnal leg cramp) is a sudden tightening of a leg muscle that you cannot control. It happens while you are resting or asleep, and it hurts. The calf is affected most often, then the foot. The thigh is affected less often.",
                &["nhs-leg-cramps", "aafp-2012", "merck-cramps"],
            )),
            Block::Heading("How they feel"),
            Block::List(&[
                cited("The pain is intense and the muscle feels hard and tight.", &["hallegraeff-2017", "nhs-leg-cramps"]),
                cited("A cramp lasts from a few seconds up to about 10 minutes.", &["nhs-leg-cramps", "hallegraeff-2017"]),
                cited("The muscle can stay sore afterwards, for up to a day or sometimes longer.", &["nhs-leg-cramps", "mayo-muscle-cramp"]),
                cited("Cramps often wake you up and can be upsetting.", &["hallegraeff-2017"]),
                cited("Firmly stretching the muscle usually ends the cramp.", &["nsf-sleep-cramps"]),
            ]),
            Block::Para(cited(
                "How long a cramp lasts varies. BMJ Best Practice gives an average of 8 to 9 minutes in adults and about 2 minutes in children. Mayo Clinic says some last 15 minutes or more. Older NHS advice says thigh cramps tend to last the longest.",
                &["bmj-best-practice", "mayo-health-letter", "nhs-older"],
            )),
            Block::Para(cited(
                "About 3 in 4 cramps happen at night.",
                &["nhs-older", "bmj-best-practice"],
            )),
            Block::Heading("Things that can feel like a cramp"),
            Block::Para(cited(
                "Some other problems can feel similar. This guide cannot tell you which one you have. If you are not sure, ask a GP.",
                &["nice-cks-2012", "bmj-best-practice"],
            )),
            Block::List(&[
                cited(
                    "Restless legs syndrome: an urge to move your legs. It is usually not painful, lasts longer, and the muscle does not go hard.",
                    &["mayo-night-leg-cramps", "medscape-rls"],
                ),
                cited(
                    "Claudication (poor blood flow in the leg arteries): pain when you walk that eases when you rest. See a doctor within 1 to 2 days.",
                    &["fpnotebook", "merck-cramps"],
                ),
                cited(
                    "Peripheral neuropathy (nerve damage): pins and needles, or numbness.",
                    &["fpnotebook"],
                ),
                cited(
                    "Deep vein thrombosis (DVT, a blood clot in a leg vein): throbbing or cramping pain in one leg, with swelling, warmth, and red or darker skin. Get urgent advice.",
                    &["nhs-dvt", "uclh-dvt"],
                ),
                cited(
                    "Less common: myositis (inflamed muscles), a Baker's cyst (a fluid-filled swelling behind the knee), and movement problems such as dystonia, myoclonus (sudden jerks) and parkinsonism.",
                    &["aafp-2012", "nice-cks-2012"],
                ),
            ]),
            Block::Para(cited(
                "Doctors look for clues that something else is going on: calf pain when you exercise, numbness or weakness, muscles that waste away or twitch, a swollen calf, weak pulses in the feet, or cramps in muscles other than the calf or foot.",
                &["nice-cks-2012", "bmj-best-practice"],
            )),
        ],
    },
    Section {
        slug: "who",
        title: "Who gets night cramps",
        summary: "How common night cramps are by age, sex and season, and why they are more common after 60 and in pregnancy.",
        blocks: &[
            Block::Para(cited(
                "Night cramps are very common. Between 5 and 6 in 10 adults say they have had them.",
                &["aafp-2012"],
            )),
            Block::List(&[
                cited("Over 60: about a third of people get them, and 4 in 10 of those have three or more a week.", &["nice-cks-2012"]),
                cited("Over 80: about half of people get them.", &["gpnotebook"]),
                cited(
                    "In a large US survey, about 1 in 4 adults had mild night cramps in the past month, and 6 in 100 had moderate or severe ones.",
                    &["grandner-2017"],
                ),
                cited(
                    "Children: about 7 in 100 get them. They are rare before age 8 and most common at 16 to 18.",
                    &["aafp-2012", "bmj-best-practice"],
                ),
                cited(
                    "Pregnancy: about 45% of pregnant women get them, most often in the last three months. They usually go after the birth.",
                    &["gpnotebook", "bmj-best-practice"],
                ),
                cited("Women report them more often than men.", &["bmj-best-practice"]),
                cited("They are roughly twice as common in summer as in winter.", &["garrison-2015"]),
            ]),
            Block::Para(cited(
                "If you are pregnant, no treatment for cramps has been proven to work. Eight small trials (576 women) tested different options, and the results for magnesium were mixed. Talk to your midwife or GP before taking any medicine or supplement.",
                &["cochrane-pregnancy-2020", "cochrane-magnesium-2020"],
            )),
        ],
    },
    Section {
        slug: "causes",
        title: "What causes night cramps",
        summary: "What experts think happens in a cramp, and the health problems linked with night cramps.",
        blocks: &[
            Block::Para(cited(
                "In most people, no cause is found. Doctors call this idiopathic (it has no known cause).",
                &["nhs-leg-cramps", "aafp-2012", "mayo-night-leg-cramps"],
            )),
            Block::Para(cited(
                "Experts think tired muscles and nerves that misfire are the likely reason, rather than low salts and minerals in the blood.",
                &["aafp-2012", "mayo-night-leg-cramps"],
            )),
            Block::Para(cited(
                "The NHS still lists dehydration as a possible cause. But FPnotebook says dehydration, and blood levels of sodium, potassium, magnesium and calcium, do not appear to be linked. Truly low potassium, magnesium or calcium, or an underactive thyroid, are real causes, but uncommon ones.",
                &["nhs-leg-cramps", "fpnotebook", "merck-cramps"],
            )),
            Block::Para(cited(
                "One idea is that lying with your knees bent and toes pointed leaves the calf muscle short, which may set off a cramp. That would explain why stretching could help. This idea has not been proven.",
                &["patient-info-cramps"],
            )),
            Block::Heading("Things linked with night cramps"),
            Block::Para(cited(
                "These are linked with night cramps in studies or listed by trusted sources. A link does not prove that one causes the other, and having one of these does not mean you have a health problem.",
                &["aafp-2012", "mayo-night-leg-cramps"],
            )),
            Block::RiskFactors,
        ],
    },
    Section {
        slug: "medicines",
        title: "Medicines linked with cramps",
        summary: "Which medicines are linked with leg cramps, how strong each link is, and why you should not stop one on your own.",
        blocks: &[
            Block::Para(cited(
                "Some medicines are linked with leg cramps. For most, the evidence shows a link, not proof that the medicine causes the cramps.",
                &["aafp-2012", "garrison-2012"],
            )),
            Block::Para(cited(
                "The best study looked at the health records of 4.2 million people in British Columbia, Canada. It checked whether people were more likely to start quinine (a common cramp treatment, used here as a sign of new cramps) in the year after starting a medicine than in the year before. A figure of 2 means twice as likely.",
                &["garrison-2012"],
            )),
            Block::Medicines,
            Block::Heading("Do not stop a medicine on your own"),
            Block::Para(cited(
                "These medicines are prescribed for important reasons, and the link with cramps is often small. Do not stop or change a medicine on your own. Ask your GP or pharmacist for a medicine review (a check of all the medicines you take). They can tell you whether another option would suit you.",
                &["nhs-leg-cramps", "garrison-2012"],
            )),
            Block::Para(cited(
                "Water tablets are often blamed for cramps. But the AAFP says reviews have not proven that they cause them, and Mayo Clinic says a direct link is not known.",
                &["aafp-2012", "mayo-night-leg-cramps"],
            )),
        ],
    },
    Section {
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
    },
    Section {
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
    },
    Section {
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
    },
    MYTHS,
    Section {
        slug: "treatments",
        title: "Treatments: what trials found",
        summary: "What trials found when they tested stretches, magnesium, quinine and other ways to treat night cramps.",
        blocks: &[
            Block::Para(cited(
                "Talk to your doctor or pharmacist before you start any medicine or supplement. This matters most if you are pregnant or take other medicines. This guide does not give doses.",
                &["mhra-quinine-2010", "cochrane-pregnancy-2020"],
            )),
            Block::Heading("Stretching"),
            Block::List(&[
                cited(
                    "In one trial, people stretched their calves and hamstrings each night for 6 weeks. They had 1.2 fewer cramps a night (about a third fewer), and less pain.",
                    &["hallegraeff-2012", "hawke-burns-2012"],
                ),
                cited(
                    "A Cochrane review looked at 3 trials (201 people). Stretching the calf and hamstring may make cramps less bad, but we can't be sure. Calf stretches on their own for 12 weeks made little or no change. No one came to harm.",
                    &["cochrane-nondrug-2021", "coppin-2005"],
                ),
            ]),
            Block::Heading("Magnesium"),
            Block::List(&[
                cited(
                    "A Cochrane review looked at 11 trials (735 people). Most were older adults, and none were pregnant. Magnesium made little or no change to their cramps. This was true when it was taken by mouth and when it was given by drip.",
                    &["cochrane-magnesium-2020"],
                ),
                cited(
                    "People who took magnesium were no more likely to get much better than people who took a dummy pill. (Much better means a quarter fewer cramps, or more.) The reviewers were very sure of this.",
                    &["cochrane-magnesium-2020"],
                ),
                cited(
                    "On average it meant less than 1 fewer cramp every 5 weeks. The true effect could be none at all.",
                    &["cochrane-magnesium-2020"],
                ),
                cited(
                    "In a trial of 94 adults, cramps fell by 3.4 a week with magnesium oxide, and by 3.0 a week with a dummy pill. That is no real difference.",
                    &["roguin-maor-2017"],
                ),
                cited("In another trial, magnesium citrate did no better than a dummy pill.", &["frusso-1999"]),
                cited(
                    "In pregnancy, the trials disagree and the evidence is very uncertain.",
                    &["cochrane-magnesium-2020", "cochrane-pregnancy-2020"],
                ),
                cited(
                    "No one has shown that magnesium oil rubbed on the skin gets into the body.",
                    &["grober-2017"],
                ),
                cited(
                    "If you still want to take magnesium, talk to your doctor or pharmacist first. There is a top limit for how much magnesium you should take each day from pills.",
                    &["examine-magnesium"],
                ),
            ]),
            Block::Heading("Quinine"),
            Block::List(&[
                cited(
                    "Quinine is a medicine you can only get from a doctor. A Cochrane review looked at 23 trials (1,586 people). Over 2 weeks, quinine cut the number of cramps by about 28%. Cramps were about 10% less strong, and there were about 20% fewer days with cramps. It did not change how long each cramp lasted.",
                    &["cochrane-quinine-2015"],
                ),
                cited(
                    "Mild side effects, mostly upset stomachs, were 3% more common with quinine.",
                    &["cochrane-quinine-2015"],
                ),
                cited(
                    "The US drug body (FDA) has not approved quinine for leg cramps. In 2010 it asked for a safety plan and a guide for patients. From 2005 to 2008 it had 38 reports of serious harm in the US. These included 2 deaths. They also included very low platelets (blood cells that help blood clot), and serious clotting problems (HUS/TTP).",
                    &["fda-quinine-2010"],
                ),
                cited(
                    "The UK drug body (MHRA) says quinine should not be used routinely. It is only for people whose cramps often wake them. Other causes must be ruled out first, and stretches must have failed. If it does not help after 4 weeks, it should be stopped. Its use should be checked every 3 months. On average it means about 1 fewer cramp a week.",
                    &["mhra-quinine-2010", "ni-formulary"],
                ),
                cited(
                    "A large UK study looked at people who took quinine for a long time. They were more likely to die during the study than people who did not take it. Overall they were about 24% more likely to die. Under age 50, they were about 3 times as likely. This shows a link. It does not prove that quinine caused the deaths.",
                    &["fardet-2017"],
                ),
                cited(
                    "Because of these risks, some doctors say quinine is not a safe choice for night cramps. Only your doctor can say if it is right for you.",
                    &["cmaj-quinine-2015", "mhra-quinine-2010"],
                ),
            ]),
            Block::Heading("Other treatments"),
            Block::List(&[
                cited(
                    "Vitamin B complex, naftidrofuryl and diltiazem are rated \"possibly effective\". Each is based on one small study.",
                    &["aan-2010", "aafp-fpin-2017"],
                ),
                cited("Gabapentin most likely does not work.", &["cmaj-quinine-2015"]),
                cited("For carisoprodol and vitamin B12, there is only a little proof.", &["aafp-2012"]),
                cited(
                    "In pregnancy, 8 small trials (576 women) tested different treatments. None has been shown to work.",
                    &["cochrane-pregnancy-2020"],
                ),
                cited(
                    "Painkillers work too slowly to help during a cramp. They may ease soreness after it.",
                    &["nhs-leg-cramps"],
                ),
            ]),
        ],
    },
    SOURCE_LIST,
];

/// "Myths and evidence". A constant of its own so that pages linking to it (the check's plan)
/// need not carry the whole guide.
pub const MYTHS: Section = Section {
    slug: "myths",
    title: "Myths and evidence",
    summary: "We took each claim from a well-known article on night cramps and checked it against trusted sources.",
    blocks: &[
        Block::Para(cited(
            "A popular article about night cramps made many claims. We checked each one against trusted sources. Supported means good sources agree. Partly supported means some of it holds up, or the evidence is weak. Not supported means we found no good evidence for it. Contradicted means good evidence points the other way.",
            &[],
        )),
        Block::Claims,
    ],
};

/// The source list, linked from every citation: a constant of its own for the same reason.
pub const SOURCE_LIST: Section = Section {
    slug: "sources",
    title: "Sources",
    summary: "Every source this guide uses, with its authors, title, publisher and year.",
    blocks: &[
        Block::Para(cited(
            "This guide is based on these sources. Where a page could not be read directly, we read a faithful copy and cite the original here. Where a source gives no date, it says n.d. (no date).",
            &[],
        )),
        Block::SourceList,
    ],
};

pub fn section(slug: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.slug == slug)
}
