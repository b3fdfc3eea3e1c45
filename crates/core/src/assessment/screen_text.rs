//! The words the check shows around its questions: the introduction, the privacy and saving notes,
//! and the headings and notes of the result. They live here, next to the questions and rules,
//! so they are reviewed together; the UI adds only plain labels ("Next", "Back", "Print").

use crate::content::{cited, Cited};

/// What the check is, on its first screen.
pub static INTRO: &[&str] = &[
    "Answer some questions about your night cramps, one at a time. It takes about 5 minutes.",
    "It starts with some warning signs. If one of them applies to you, or you are not sure, it stops and tells you where to get help straight away.",
    "At the end you get a result that shows which of your answers led to it, what may be adding to your cramps, and a plan to try. You can print it to take to your doctor.",
    "It gives general information. It cannot examine you and does not diagnose anything.",
];

/// The privacy note on the first screen.
pub const PRIVACY: &str = "Your answers stay in this browser and are never sent anywhere. They are forgotten when you close the page, unless you choose to save them on this device.";

/// Under the "Save my answers on this device" checkbox.
pub const SAVE_HINT: &str = "Keeps your answers and your latest result in this browser only, so you can come back to them and add the result to your diary's summary for your doctor. Untick it to erase them.";

/// Shown once saved answers have been erased.
pub const ERASED: &str = "Your saved answers and result have been erased from this device.";

/// When a changed answer made later answers irrelevant (followed by the list of questions).
pub const DROPPED: &str =
    "Because you changed an answer, these questions no longer apply, so your answers to them were removed:";

/// Heading of the result.
pub const RESULT_HEADING: &str = "Your result";

/// "Why" heading and its lead-in.
pub const WHY_HEADING: &str = "Why you got this result";
pub const BECAUSE: &str = "Because you said:";
/// The lead-in when every warning sign was answered no (self-care).
pub const BECAUSE_NO_WARNING_SIGNS: &str = "Because you said no to every warning sign:";

/// Contributing factors.
pub const FACTORS_HEADING: &str = "What may be adding to your cramps";
pub const FACTORS_NOTE: &str = "These are linked with night cramps in studies or guidelines, strongest evidence first. A link does not prove that it causes yours.";
pub const NO_FACTORS: Cited = cited(
    "None of your answers pointed to anything that may be adding to your cramps. In most people, no cause is found.",
    &["nhs-leg-cramps", "aafp-2012"],
);

/// What to do now, when no doctor is needed yet.
pub const NOW_SELF_CARE: &str = "What to do now: follow the plan below. Stretch every night for at least 6 weeks, and keep a cramp diary to see if it helps.";

/// After a warning sign: no plan, because getting help comes first.
pub const RED_FLAG_NO_PLAN: &str = "Getting help comes first, so this result has no self-care plan. Once a doctor has checked you, you can come back and do the check again.";

/// The personal plan.
pub const PLAN_HEADING: &str = "Your plan";
pub const STRETCH_HEADING: &str = "Stretch every night";
pub const HABITS_HEADING: &str = "Habits that may help";
pub const ASK_HEADING: &str = "Ask your doctor or pharmacist about";
pub const NOT_WORTH_HEADING: &str = "Not worth trying";
pub const NOT_WORTH_NOTE: &str = "What the evidence found about things people often try:";
/// Links to relief mode for the muscles the person gets cramps in.
pub const RELIEF_HEADING: &str = "If a cramp starts";

/// Heading of the list of every answer given (printed with the result).
pub const ANSWERS_HEADING: &str = "Your answers";

/// On the first screen when answers saved on an earlier visit were found.
pub const SAVED_FOUND: &str = "You saved your answers on this device last time.";
