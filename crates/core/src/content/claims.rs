//! Every claim of the seed article, with its verdict from the evidence sheet and its sources.
//! The "myths vs evidence" guide section renders this table; assessment results refer to claims by id.

use super::Verdict;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Stable id, e.g. "magnesium-number-one-cause".
    pub id: &'static str,
    /// What the article says, in our own words (a short paraphrase, no doses).
    pub article_says: &'static str,
    pub verdict: Verdict,
    /// What the evidence shows, in plain English.
    pub evidence: &'static str,
    /// Source ids.
    pub sources: &'static [&'static str],
}

/// In the order the claims appear in the seed article.
pub static CLAIMS: &[Claim] = &[
    // --- Opening: what a night cramp is like ---
    Claim {
        id: "sudden-painful-spasm",
        article_says: "A night cramp strikes suddenly, with a stabbing, knife-like pain, and locks the muscle in a hard spasm.",
        verdict: Verdict::Supported,
        evidence: "Trusted sources describe night cramps as a sudden, painful tightening of a leg muscle that you cannot control, while you rest or sleep. Intense pain is one of the agreed features.",
        sources: &["nhs-leg-cramps", "aafp-2012", "hallegraeff-2017"],
    },
    Claim {
        id: "calf-foot-thigh",
        article_says: "The cramp can seize your calf, the arch of your foot, or your thigh.",
        verdict: Verdict::Supported,
        evidence: "The calf is affected most often, then the foot. The thigh is affected less often.",
        sources: &["nhs-leg-cramps", "aafp-2012", "merck-cramps", "hallegraeff-2017"],
    },
    Claim {
        id: "cant-move-or-stretch",
        article_says: "During the cramp you can't move and you can't stretch.",
        verdict: Verdict::PartlySupported,
        evidence: "The pain can be intense and distressing, so it may feel that way. But stretching the muscle firmly is the best-known way to end a cramp, and it usually works. The article itself later tells you to stretch.",
        sources: &["hallegraeff-2017", "nsf-sleep-cramps", "nhs-leg-cramps", "mayo-muscle-cramp"],
    },
    Claim {
        id: "lasts-seconds-to-minutes",
        article_says: "The pain lasts from about half a minute to several minutes.",
        verdict: Verdict::Supported,
        evidence: "The NHS says a cramp lasts from a few seconds up to 10 minutes. BMJ Best Practice gives an average of 8 to 9 minutes in adults. Mayo Clinic says some last 15 minutes or more.",
        sources: &["nhs-leg-cramps", "bmj-best-practice", "mayo-health-letter"],
    },
    Claim {
        id: "aches-for-hours",
        article_says: "After the cramp passes, the muscle can ache for hours.",
        verdict: Verdict::Supported,
        evidence: "The NHS says the muscle can stay sore for up to 24 hours. Mayo Clinic says soreness can last hours or even days.",
        sources: &["nhs-leg-cramps", "mayo-muscle-cramp"],
    },
    Claim {
        id: "ruins-sleep",
        article_says: "The lingering soreness can ruin the rest of your night.",
        verdict: Verdict::Supported,
        evidence: "Broken sleep and distress are among the agreed features of night cramps. Cramps that often disturb your sleep, or leave you tired in the day, are a reason to see a GP.",
        sources: &["hallegraeff-2017", "nhs-leg-cramps", "mayo-night-leg-cramps"],
    },
    Claim {
        id: "common-with-age",
        article_says: "Night-time leg cramps are incredibly common, especially as we get older.",
        verdict: Verdict::Supported,
        evidence: "Between 5 and 6 in 10 adults say they have had them. In a US survey, about 3 in 10 adults had them in the past month. About a third of people over 60 get them, and about half of people over 80.",
        sources: &["aafp-2012", "nice-cks-2012", "gpnotebook", "grandner-2017"],
    },
    Claim {
        id: "fixable-deficiency",
        article_says: "Night cramps are not just part of getting older: they are often your body signalling an imbalance or deficiency that can be fixed.",
        verdict: Verdict::Contradicted,
        evidence: "In most people no cause is ever found. Getting older is a well-known risk factor. Truly low levels of minerals such as potassium, magnesium or calcium are real causes, but uncommon ones. Experts think tired muscles and nerve misfiring are more likely to blame than low minerals.",
        sources: &["nhs-leg-cramps", "aafp-2012", "mayo-night-leg-cramps", "merck-cramps"],
    },
    Claim {
        id: "stop-cramps-promise",
        article_says: "Following its advice will stop the cramps so you can sleep peacefully again.",
        verdict: Verdict::NotSupported,
        evidence: "No treatment reliably stops night cramps. Nightly stretching of the calves and the backs of the thighs helped in one trial, but the overall evidence is of low certainty. Magnesium made little or no difference. Quinine helps a little but has serious risks.",
        sources: &["cochrane-nondrug-2021", "cochrane-magnesium-2020", "cochrane-quinine-2015"],
    },
    // --- Cause 1: dehydration or electrolytes ---
    Claim {
        id: "dehydration-electrolytes",
        article_says: "Dehydration, or low levels of magnesium, potassium, calcium or sodium (electrolytes, the salts and minerals in body fluids), upsets muscle function and causes night cramps.",
        verdict: Verdict::PartlySupported,
        evidence: "The NHS and Mayo Clinic list dehydration as a possible cause. But the American Academy of Family Physicians (AAFP) says tired muscles and nerve problems are the likelier cause, and FPnotebook says dehydration and blood levels of these minerals do not appear to be linked. Truly low mineral levels are an uncommon medical cause.",
        sources: &["nhs-leg-cramps", "mayo-night-leg-cramps", "aafp-2012", "fpnotebook", "merck-cramps"],
    },
    Claim {
        id: "sweating-alcohol-triggers",
        article_says: "Sweating, water tablets (diuretics), alcohol and not drinking enough water trigger cramps.",
        verdict: Verdict::PartlySupported,
        evidence: "Exercise strain, especially in hot or humid weather, is a listed trigger. Mayo Clinic advises drinking enough fluids and limiting alcohol. Alcohol-related liver disease is linked with cramps. The link with water tablets depends on the type (see the diuretics claim). None of these triggers has been tested in trials of night cramps.",
        sources: &["nhs-leg-cramps", "mayo-night-leg-cramps", "garrison-2012"],
    },
    Claim {
        id: "electrolyte-water",
        article_says: "Sip \"electrolyte water\": water with a pinch of salt and some lemon.",
        verdict: Verdict::NotSupported,
        evidence: "No trials of salt or lemon drinks for night cramps were found. Mayo Clinic simply advises drinking enough fluids.",
        sources: &["mayo-night-leg-cramps", "mayo-health-letter"],
    },
    Claim {
        id: "potassium-foods",
        article_says: "Eat foods rich in potassium, such as bananas, sweet potatoes and spinach.",
        verdict: Verdict::NotSupported,
        evidence: "No trials were found showing that these foods prevent night cramps. Cleveland Clinic favours a varied diet over supplements. A balanced diet is good for you, but it is not a proven cramp treatment.",
        sources: &["cleveland-foot-cramps"],
    },
    Claim {
        id: "magnesium-glycinate-bedtime",
        article_says: "Consider taking magnesium glycinate at bedtime (the article suggests a nightly dose), after checking with your doctor.",
        verdict: Verdict::NotSupported,
        evidence: "A Cochrane review of 11 trials found magnesium makes little or no difference to everyday cramps in people who are not pregnant. No trials of the glycinate form were found. The top of the article's suggested range is above the upper daily limit for magnesium from supplements given by Examine.com. Talk to your doctor or pharmacist before taking any supplement.",
        sources: &["cochrane-magnesium-2020", "examine-magnesium"],
    },
    // --- Cause 2: magnesium ---
    Claim {
        id: "magnesium-number-one",
        article_says: "Magnesium deficiency is the number one cause of night cramps.",
        verdict: Verdict::Contradicted,
        evidence: "Most night cramps have no cause that can be found. If lack of magnesium were the main cause, extra magnesium should help, but good trials show it does not prevent them.",
        sources: &["nhs-leg-cramps", "aafp-2012", "cochrane-magnesium-2020", "roguin-maor-2017"],
    },
    Claim {
        id: "magnesium-relaxes-muscles",
        article_says: "Magnesium helps muscles relax after they tighten; without enough of it, they stay locked.",
        verdict: Verdict::NotSupported,
        evidence: "Truly low magnesium is a real but uncommon cause of cramps. For most people, the idea does not hold up: in trials, taking magnesium did not reduce night cramps compared with a dummy pill (placebo).",
        sources: &["merck-cramps", "cochrane-magnesium-2020", "roguin-maor-2017"],
    },
    Claim {
        id: "magnesium-deficiency-signs",
        article_says: "Signs of low magnesium are cramps, twitching, trouble sleeping (insomnia) and anxiety.",
        verdict: Verdict::NotSupported,
        evidence: "None of our sources lists these as a way to spot low magnesium. They are common and have many causes. Frequent muscle twitching is a reason to see a GP, who can look for the cause.",
        sources: &["merck-cramps", "nice-cks-2012", "bmj-best-practice"],
    },
    Claim {
        id: "magnesium-oil",
        article_says: "Rub magnesium oil on your calves before bed.",
        verdict: Verdict::NotSupported,
        evidence: "A review found no good evidence that magnesium gets into the body through the skin. No trials of magnesium oil for cramps were found.",
        sources: &["grober-2017"],
    },
    Claim {
        id: "magnesium-citrate-glycinate",
        article_says: "Take magnesium by mouth as glycinate or citrate.",
        verdict: Verdict::NotSupported,
        evidence: "In a trial, magnesium citrate worked no better than a dummy pill (placebo). Across 11 trials, magnesium by mouth or by drip made little or no difference. No trials of glycinate were found.",
        sources: &["frusso-1999", "cochrane-magnesium-2020"],
    },
    Claim {
        id: "avoid-magnesium-oxide",
        article_says: "Avoid magnesium oxide, because the body absorbs it poorly.",
        verdict: Verdict::PartlySupported,
        evidence: "It is true that the body takes up less magnesium from the oxide form. But for cramps this does not matter much: the citrate, oxide and drip forms all failed to beat a dummy pill in trials.",
        sources: &["scientifica-2017", "cochrane-magnesium-2020", "roguin-maor-2017", "frusso-1999"],
    },
    // --- Cause 3: circulation and sitting ---
    Claim {
        id: "circulation-sedentary",
        article_says: "Poor circulation or an inactive lifestyle causes night cramps.",
        verdict: Verdict::PartlySupported,
        evidence: "Narrowed leg arteries (peripheral artery disease, or PAD) are linked with night cramps: in one small study, 34% of men with cramps had circulation disease, against 12% of men without. Long periods of sitting are also a listed risk. Neither has been proven to cause cramps.",
        sources: &["aafp-2012", "mayo-night-leg-cramps", "haskell-fiebach", "merck-cramps"],
    },
    Claim {
        id: "blood-pools-sitting",
        article_says: "Sitting all day makes blood pool in the legs, so the muscles get stiff and prone to spasms.",
        verdict: Verdict::PartlySupported,
        evidence: "Tight calves and long periods of sitting are listed as risk factors, and one idea is that a shortened calf muscle is more likely to cramp. No source links blood pooling to cramps.",
        sources: &["merck-cramps", "mayo-health-letter", "patient-info-cramps"],
    },
    Claim {
        id: "move-hourly",
        article_says: "Get up and move every hour during the day.",
        verdict: Verdict::PartlySupported,
        evidence: "Long periods of sitting are a listed risk, so moving more is sensible. But the hourly rule has never been tested.",
        sources: &["merck-cramps", "mayo-health-letter"],
    },
    Claim {
        id: "calf-stretches-before-bed",
        article_says: "Do 5 minutes of gentle calf stretches before bed.",
        verdict: Verdict::PartlySupported,
        evidence: "This matches NHS advice. In one trial, stretching the calves and the backs of the thighs every night before bed reduced cramps. Stretching the calves alone did not help in another trial. Overall certainty is low, but no harms were reported.",
        sources: &["nhs-leg-cramps", "hallegraeff-2012", "coppin-2005", "cochrane-nondrug-2021"],
    },
    Claim {
        id: "elevate-legs",
        article_says: "Raise your legs for 15 minutes before sleep.",
        verdict: Verdict::NotSupported,
        evidence: "No trusted source recommends this for night cramps, and no trials were found.",
        sources: &["cochrane-nondrug-2021", "mayo-health-letter"],
    },
    // --- Cause 4: medicines ---
    Claim {
        id: "diuretics",
        article_says: "Water tablets (diuretics) such as furosemide and hydrochlorothiazide cause cramps by flushing out electrolytes.",
        verdict: Verdict::PartlySupported,
        evidence: "A large study found people were more likely to start cramp treatment after starting thiazide water tablets, such as hydrochlorothiazide. For loop water tablets, such as furosemide, the link was small and could have been chance. This shows a link, not proof of cause, and the AAFP and Mayo Clinic say a direct link is unproven.",
        sources: &["garrison-2012", "aafp-2012", "mayo-night-leg-cramps", "nice-cks-2012"],
    },
    Claim {
        id: "statins",
        article_says: "Statins such as atorvastatin can cause muscle cramps.",
        verdict: Verdict::PartlySupported,
        evidence: "The NHS lists statins as a possible cause. A large study found only a small link. Atorvastatin was not studied on its own.",
        sources: &["nhs-leg-cramps", "garrison-2012"],
    },
    Claim {
        id: "beta-blockers",
        article_says: "Beta-blockers cause cramps by affecting blood flow.",
        verdict: Verdict::PartlySupported,
        evidence: "The evidence is weak. Mayo Clinic and Merck name some beta-blockers. But the AAFP does not list them, and a large study used them as a comparison medicine that was not expected to cause cramps. No source supports the blood-flow explanation.",
        sources: &["mayo-health-letter", "merck-cramps", "garrison-2012", "aafp-2012"],
    },
    Claim {
        id: "dont-stop-medicines",
        article_says: "Talk to your doctor: don't stop your medicines, but ask about alternatives or supplements.",
        verdict: Verdict::PartlySupported,
        evidence: "Not stopping a medicine on your own, and asking for a medicine review, is sound advice: the links with cramps are often small, and the medicines are prescribed for good reasons. Asking about supplements is less useful, because magnesium has not been shown to help.",
        sources: &["nhs-leg-cramps", "garrison-2012", "cochrane-magnesium-2020"],
    },
    // --- Cause 5: nerves ---
    Claim {
        id: "pinched-nerve",
        article_says: "A pinched nerve in the lower back (from sitting, arthritis or disc problems) causes cramps; the clue is cramps in the same spot with tingling or numbness.",
        verdict: Verdict::PartlySupported,
        evidence: "Narrowing of the spinal canal in the lower back (lumbar spinal stenosis) is linked with night cramps, and leg tingling was linked with calf cramps in one study. Numbness is a reason to see a GP. No source mentions cramps in the same spot as a clue.",
        sources: &["aafp-2012", "handa-2022", "hawke-2014", "nhs-leg-cramps"],
    },
    Claim {
        id: "stretching-wont-fix-nerves",
        article_says: "Stretching alone won't fix nerve problems.",
        verdict: Verdict::NotSupported,
        evidence: "No study has tested stretching for cramps caused by nerve problems, either way. What the sources agree on: numbness or weakness should be checked by a GP rather than treated at home.",
        sources: &["nhs-leg-cramps", "cochrane-nondrug-2021"],
    },
    Claim {
        id: "physio-chiropractor",
        article_says: "See a physical therapist (physiotherapist) or a chiropractor.",
        verdict: Verdict::PartlySupported,
        evidence: "In the trial where stretching worked, a physiotherapist taught the stretches. No evidence was found for chiropractic care. In the UK, the usual first step is your GP.",
        sources: &["hallegraeff-2012", "nhs-leg-cramps"],
    },
    // --- When to see a doctor ---
    Claim {
        id: "redflag-swelling",
        article_says: "See a doctor at once if cramps come with leg swelling, redness or warmth, which can be a sign of a blood clot.",
        verdict: Verdict::Supported,
        evidence: "A swollen, red or darker, warm or throbbing leg can be a sign of a blood clot (deep vein thrombosis, or DVT). The NHS advises an urgent GP appointment or NHS 111, and 999 if you are also short of breath or have chest pain.",
        sources: &["nhs-dvt", "uclh-dvt", "nhs-leg-cramps"],
    },
    Claim {
        id: "redflag-weakness",
        article_says: "See a doctor at once if cramps come with muscle weakness or you cannot walk.",
        verdict: Verdict::Supported,
        evidence: "Mayo Clinic and Merck both list weakness or loss of feeling as a reason to get medical advice.",
        sources: &["mayo-night-leg-cramps", "merck-cramps"],
    },
    Claim {
        id: "redflag-two-weeks",
        article_says: "See a doctor if cramps don't improve after 2 weeks of self-care.",
        verdict: Verdict::PartlySupported,
        evidence: "No trusted source uses a 2-week rule. They advise seeing a GP if cramps disturb your sleep, are severe or frequent, or do not improve with self-care. That is a routine appointment, not an emergency.",
        sources: &["nhs-leg-cramps", "mayo-muscle-cramp"],
    },
    Claim {
        id: "redflag-dark-urine",
        article_says: "See a doctor at once if you have dark urine, which could mean rhabdomyolysis: rare but serious.",
        verdict: Verdict::Supported,
        evidence: "Dark pee with muscle pain or weakness can be a sign of rhabdomyolysis (muscle breakdown), which is an emergency. This warning comes from general rhabdomyolysis advice, not from the NHS or Mayo Clinic cramp pages.",
        sources: &["mayo-rhabdo", "krames-rhabdo"],
    },
    // --- During a cramp ---
    Claim {
        id: "stretch-during-cramp",
        article_says: "During a cramp, stretch the muscle.",
        verdict: Verdict::Supported,
        evidence: "Stretching the cramped muscle is the standard advice, and firm stretching usually ends the cramp.",
        sources: &["nhs-leg-cramps", "mayo-muscle-cramp", "nsf-sleep-cramps"],
    },
    Claim {
        id: "calf-wall-stretch",
        article_says: "For a calf cramp, stand and press the ball of your foot against a wall, heel down.",
        verdict: Verdict::PartlySupported,
        evidence: "Similar stretches are advised: stand with your weight on the cramped leg and bend the knee slightly, or pull the top of your foot towards you with the leg straight. The wall method itself is not named by these sources, but it stretches the calf in a similar way.",
        sources: &["nhs-leg-cramps", "mayo-muscle-cramp", "merck-cramps"],
    },
];

pub fn claim(id: &str) -> Option<&'static Claim> {
    CLAIMS.iter().find(|c| c.id == id)
}
