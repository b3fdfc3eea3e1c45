//! Site-wide words that carry a medical meaning: the disclaimer and the about-page text.
//! (Plain UI labels such as "Back" live with the UI; anything a clinician would check lives here.)

/// One line under every page.
pub const DISCLAIMER_SHORT: &str =
    "General information, not a diagnosis. If you are worried, or a warning sign applies, contact a doctor.";

/// The full disclaimer on /about.
pub static DISCLAIMER: &[&str] = &[
    "Night Cramps gives general information about night-time leg cramps, drawn from published guidance and research. It cannot examine you and it does not diagnose anything.",
    "It never tells you a dose of any medicine or supplement. Do not start, stop or change a medicine because of this guide: ask your doctor or pharmacist first.",
    "If you have a warning sign, such as a swollen, red or warm leg, a leg that is suddenly weak or cold, dark urine with aching muscles, or new chest pain or breathlessness, get medical help straight away.",
];

/// What the app is for, on /about, with the date its clinical content was last reviewed
/// (`LAST_REVIEWED`) and what it was checked against.
pub static INTENDED_USE: &[&str] = &[
    "Night Cramps is for adults and teenagers with night-time leg cramps. It gives information and self-care advice. It is not a diagnosis, and it is not a medical device.",
    "We last checked the warning signs and advice on the date below. We checked them against NHS pages, NICE advice, UK drug safety advice and a European guide on blocked leg arteries. Each result shows its sources.",
];

/// How the guide was made, for /about.
pub static HOW_IT_WAS_MADE: &[&str] = &[
    "We started from a popular article about night cramps and checked every claim in it against guidance from health services (such as the NHS and Mayo Clinic), clinical reviews (such as Cochrane) and trials. Each claim is shown with a verdict and its sources.",
    "Everything runs in your browser. There is no server that receives your answers, no tracking and no advertising.",
];
