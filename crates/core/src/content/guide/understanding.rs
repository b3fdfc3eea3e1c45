//! The guide's sections on understanding night cramps: what they are, who gets them, their
//! causes, and the medicines linked to them.

use super::{Block, Section};
use crate::content::cited;

pub(super) const WHAT: Section = Section {
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
};

pub(super) const WHO: Section = Section {
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
};

pub(super) const CAUSES: Section = Section {
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
};

pub(super) const MEDICINES: Section = Section {
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
};
