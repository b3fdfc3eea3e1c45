//! Diary entries that raise a flag: the warning signs a night can record, the check's red flag
//! behind each one, and so the care card the diary shows for it.
//!
//! Each [`WarningSign`] is one of the check's red flags (`content::red_flags`), so its urgency
//! and its care card (`content::care`) are the check's own: the diary never words or grades a
//! warning sign itself. A night whose longest cramp is "Over 10 minutes" raises the long-cramp
//! sign even when the box was not ticked, as the check does for a cramp over 10 minutes: a
//! warning sign is never lost because it was recorded in another field.

use std::collections::BTreeSet;

use super::entry::{Choice, DiaryEntry, Longest, WarningSign};
use crate::assessment::Disposition;
use crate::content::care::Urgency;
use crate::content::red_flags::{red_flag, RedFlag};

/// The hint under the form's warning-sign boxes.
pub const FORM_HINT: &str =
    "Tick any you noticed that night. The diary shows the advice the check gives for each one.";
/// The form's box for the bedtime stretches.
pub const STRETCHED_LABEL: &str = "I did the bedtime stretches that evening";
/// What the list says for a night with the stretches done.
pub const STRETCHED_DONE: &str = "Done that evening";
/// Above the care card, in the form and with a night in the list.
pub const CARD_INTRO: &str =
    "You recorded a warning sign. This is the advice the check gives for it:";
/// With a night in the list, above the signs it records and then their care card.
pub const RECORDED_INTRO: &str = "Warning signs you recorded for this night:";
/// Between those signs and the care card.
pub const RECORDED_CARD: &str = "This is the advice the check gives for them:";
/// The doctor summary's list of flagged nights, shown before everything else.
pub const SUMMARY_TITLE: &str = "Nights with warning signs";
/// Under [`SUMMARY_TITLE`].
pub const SUMMARY_INTRO: &str =
    "The person recorded these warning signs in the diary. They are listed first, newest first.";

/// The check's red flag each diary warning sign stands for (`content::red_flags` ids).
pub fn red_flag_id(sign: WarningSign) -> &'static str {
    match sign {
        WarningSign::LongCramp => "cramp-over-10-min",
        WarningSign::SwollenLeg => "swollen-red-warm-leg",
        WarningSign::DarkPee => "dark-urine",
    }
}

/// The red flag behind a sign (always present: `tests/diary_warning.rs` checks every one).
pub fn red_flag_of(sign: WarningSign) -> Option<&'static RedFlag> {
    red_flag(red_flag_id(sign))
}

/// How urgent a sign is: its red flag's level. Urgent if the flag were ever missing, so a
/// recorded sign can never go unseen.
pub fn sign_urgency(sign: WarningSign) -> Urgency {
    red_flag_of(sign).map_or(Urgency::Urgent, |flag| flag.urgency)
}

/// The signs raised by what was recorded: the ticked ones, and a long cramp whenever the
/// longest cramp lasted over 10 minutes. In the form's order.
pub fn raised_by(signs: &BTreeSet<WarningSign>, longest: Option<Longest>) -> Vec<WarningSign> {
    WarningSign::ALL
        .iter()
        .copied()
        .filter(|sign| {
            signs.contains(sign)
                || (*sign == WarningSign::LongCramp && longest == Some(Longest::OverTenMinutes))
        })
        .collect()
}

/// The signs an entry raises.
pub fn raised(entry: &DiaryEntry) -> Vec<WarningSign> {
    raised_by(&entry.warning_signs, entry.longest)
}

/// The care card to show for these signs: the most urgent of their levels, `None` for none.
pub fn urgency_of(signs: &[WarningSign]) -> Option<Urgency> {
    // `Urgency` orders Emergency first.
    signs.iter().map(|sign| sign_urgency(*sign)).min()
}

/// The care card to show with an entry, if it raises any sign.
pub fn entry_urgency(entry: &DiaryEntry) -> Option<Urgency> {
    urgency_of(&raised(entry))
}

/// The check's advice for a level, as its result heading says it ("Get medical advice today").
pub fn advice(urgency: Urgency) -> &'static str {
    match urgency {
        Urgency::Emergency => Disposition::Emergency.label(),
        Urgency::Urgent => Disposition::Urgent.label(),
        Urgency::NonUrgent => Disposition::Routine.label(),
    }
}

/// Marks a flagged night's row in the summary's table of entries.
pub const ROW_MARK: &str = "Warning sign";

/// What the person recorded, as the list and the summary say it: "One leg was swollen, …".
pub fn recorded(signs: &[WarningSign]) -> Vec<&'static str> {
    signs.iter().map(|sign| sign.label()).collect()
}

/// Entries with the flagged nights first (the most urgent level first), each group keeping the
/// order it was given; for the doctor summary.
pub fn flagged_first<'a>(entries: &[&'a DiaryEntry]) -> Vec<&'a DiaryEntry> {
    let mut ordered: Vec<(Option<Urgency>, &'a DiaryEntry)> =
        entries.iter().map(|e| (entry_urgency(e), *e)).collect();
    // Stable: `None` (not flagged) sorts after every `Some`.
    ordered.sort_by_key(|(urgency, _)| (urgency.is_none(), *urgency));
    ordered.into_iter().map(|(_, entry)| entry).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_ten_minutes_raises_the_long_cramp_sign_even_unticked() {
        let none = BTreeSet::new();
        assert_eq!(
            raised_by(&none, Some(Longest::OverTenMinutes)),
            [WarningSign::LongCramp]
        );
        assert!(raised_by(&none, Some(Longest::FiveToTenMinutes)).is_empty());
        let both: BTreeSet<_> = [WarningSign::DarkPee, WarningSign::LongCramp].into();
        assert_eq!(
            raised_by(&both, None),
            [WarningSign::LongCramp, WarningSign::DarkPee]
        );
    }

    #[test]
    fn the_most_urgent_sign_chooses_the_card() {
        assert_eq!(urgency_of(&[]), None);
        assert_eq!(
            urgency_of(&[WarningSign::LongCramp, WarningSign::DarkPee]),
            Some(Urgency::Emergency)
        );
        assert_eq!(
            urgency_of(&[WarningSign::SwollenLeg]),
            Some(Urgency::Urgent)
        );
    }
}
