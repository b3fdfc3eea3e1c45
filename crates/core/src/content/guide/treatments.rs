//! The guide's section on treatments: what has been tried, and what the evidence says of each.

use super::{Block, Section};
use crate::content::cited;

pub(super) const TREATMENTS: Section = Section {
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
};
