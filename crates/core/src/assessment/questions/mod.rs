//! Every question the assessment can ask, as typed data, in the order the flow asks them.
//!
//! A question has an id, a kind (yes/no, one choice, several choices, a number), its wording, a
//! section and an enable-condition. Red-flag questions carry no wording of their own: their text
//! comes from `content::red_flags` by id, so the guide and the check can never disagree about a
//! warning sign. The wording of the other questions (pattern, context, what was tried) is new
//! content and lives here, as data, with no doses anywhere.
//!
//! Enable-conditions only look at questions *earlier* in the list (a test checks this), so one
//! forward pass is enough to drop answers that a change has made irrelevant.

//!
//! The ids and options are in `ids.rs`; the question table itself, by section, in `table.rs`.

mod ids;
mod table;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use super::answers::{Answer, AnswerError, AnswerSet};
use super::condition::Condition;
use super::triage::Disposition;
use crate::content::red_flags::{red_flag, RedFlag};
use table::ALL_QUESTIONS;

pub use ids::{Choice, QuestionId};
pub use table::{LINKED_MEDICINES, LONG_TERM_CONDITIONS, PREGNANCY_AGES, SOMETHING_TRIED};

/// The part of the check a question belongs to. The UI may use it as a heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// Warning signs, asked first. Any "yes" ends the check early with a care card.
    RedFlags,
    /// What the cramps are like.
    Pattern,
    /// Age, pregnancy, activity, drinks, conditions and medicines.
    Context,
    /// What has been tried so far.
    Tried,
}

impl Section {
    pub fn title(self) -> &'static str {
        match self {
            Section::RedFlags => "Warning signs",
            Section::Pattern => "Your cramps",
            Section::Context => "About you",
            Section::Tried => "What you've tried",
        }
    }
}

/// One answer option as the user sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opt {
    pub choice: Choice,
    pub label: &'static str,
    /// For several-choice questions: this option ("None of these", "Not sure") cannot be
    /// combined with others.
    pub exclusive: bool,
}

pub(super) const fn opt(choice: Choice, label: &'static str) -> Opt {
    Opt {
        choice,
        label,
        exclusive: false,
    }
}

pub(super) const fn only(choice: Choice, label: &'static str) -> Opt {
    Opt {
        choice,
        label,
        exclusive: true,
    }
}

/// The options of every yes/no question.
pub static YES_NO: &[Opt] = &[opt(Choice::Yes, "Yes"), opt(Choice::No, "No")];

/// The options of every warning sign: "Not sure" is offered and never taken as "no".
pub static YES_NO_NOT_SURE: &[Opt] = &[
    opt(Choice::Yes, "Yes"),
    opt(Choice::No, "No"),
    opt(Choice::NotSure, "I'm not sure"),
];

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Answered with `Choice::Yes` or `Choice::No`.
    YesNo,
    /// Exactly one of the options.
    Single(&'static [Opt]),
    /// One or more of the options (exclusive options alone).
    Multi(&'static [Opt]),
    /// A whole number in `min..=max`, e.g. nights a week.
    Number {
        min: u16,
        max: u16,
        unit: &'static str,
        unit_one: &'static str,
    },
}

/// Where a question's words come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    /// A red flag: the question and its short label come from `content::red_flags` by id.
    RedFlag(&'static str),
    /// Wording owned by this module.
    Own {
        prompt: &'static str,
        /// Used in "because you said ..." lists.
        short: &'static str,
        hint: Option<&'static str>,
    },
}

/// When a question is asked. Non-red-flag sections are additionally only asked while no red
/// flag has been answered yes (see [`Question::is_enabled`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enable {
    Always,
    /// Only when this earlier answer holds.
    If(Condition),
    /// For red flags: only while no earlier red flag's answer already gives the same or a
    /// higher level ("yes" gives the flag's own level, "not sure" gives [`NOT_SURE_LEVEL`]). A
    /// "yes" or "not sure" ends the check early, but a more urgent flag still waiting is asked
    /// first, so an early stop can never miss an emergency.
    RedFlagCouldRaise,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    pub section: Section,
    pub kind: Kind,
    pub wording: Wording,
    pub enable: Enable,
}

/// Shown in place of a red-flag question whose content is missing. `tests/assessment_questions/`
/// (`red_flag_questions_are_exactly_the_content_red_flags_in_content_order`) fails long before a
/// user could see it.
const MISSING: &str = "(This question is missing from the app's content.)";

impl Question {
    /// The question as asked.
    pub fn prompt(&self) -> &'static str {
        match self.wording {
            Wording::RedFlag(id) => red_flag(id).map_or(MISSING, |f| f.question),
            Wording::Own { prompt, .. } => prompt,
        }
    }

    /// A short label for "because you said ..." lists.
    pub fn short(&self) -> &'static str {
        match self.wording {
            Wording::RedFlag(id) => red_flag(id).map_or(MISSING, |f| f.short),
            Wording::Own { short, .. } => short,
        }
    }

    /// Extra help under the question, if any.
    pub fn hint(&self) -> Option<&'static str> {
        match self.wording {
            Wording::RedFlag(id) => red_flag(id).and_then(|f| f.hint),
            Wording::Own { hint, .. } => hint,
        }
    }

    /// The red flag this question asks about (for its `why` and sources).
    pub fn red_flag(&self) -> Option<&'static RedFlag> {
        match self.wording {
            Wording::RedFlag(id) => red_flag(id),
            Wording::Own { .. } => None,
        }
    }

    /// The options offered (empty for a number question).
    pub fn options(&self) -> &'static [Opt] {
        match self.kind {
            Kind::YesNo => YES_NO,
            Kind::Single(options) | Kind::Multi(options) => options,
            Kind::Number { .. } => &[],
        }
    }

    /// The label of one of this question's options.
    pub fn label_of(&self, choice: Choice) -> Option<&'static str> {
        self.options()
            .iter()
            .find(|o| o.choice == choice)
            .map(|o| o.label)
    }

    /// How a number answer reads, e.g. "3 nights a week".
    pub fn number_label(&self, n: u16) -> String {
        match self.kind {
            Kind::Number { unit, unit_one, .. } => {
                format!("{n} {}", if n == 1 { unit_one } else { unit })
            }
            _ => n.to_string(),
        }
    }

    /// Whether this question is asked, given the answers so far.
    pub fn is_enabled(&self, answers: &AnswerSet) -> bool {
        self.is_enabled_given(answers, answers.any_red_flag_raised())
    }

    /// [`Question::is_enabled`] with `answers.any_red_flag_raised()` already worked out, for
    /// loops over every question.
    pub(crate) fn is_enabled_given(&self, answers: &AnswerSet, red_flag_raised: bool) -> bool {
        // A warning sign answered "yes" or "not sure" makes everything after the warning signs
        // irrelevant: the result is the care card, and self-care questions would only delay it.
        let gate = self.section == Section::RedFlags || !red_flag_raised;
        gate && match self.enable {
            Enable::Always => true,
            Enable::If(condition) => condition.holds(answers),
            Enable::RedFlagCouldRaise => {
                let mine = red_flag_disposition(self.id);
                red_flag_questions()
                    .take_while(|q| q.id != self.id)
                    .filter_map(|q| red_flag_level(answers, q.id))
                    .all(|level| level < mine)
            }
        }
    }

    /// Checks that an answer fits this question (kind, options, range, exclusivity).
    pub fn validate(&self, answer: &Answer) -> Result<(), AnswerError> {
        match (self.kind, answer) {
            (Kind::YesNo | Kind::Single(_), Answer::Choice(c)) => {
                if self.label_of(*c).is_some() {
                    Ok(())
                } else {
                    Err(AnswerError::NotAnOption(*c))
                }
            }
            (Kind::Multi(options), Answer::Choices(set)) => {
                if set.is_empty() {
                    return Err(AnswerError::NothingChosen);
                }
                for c in set {
                    let Some(o) = options.iter().find(|o| o.choice == *c) else {
                        return Err(AnswerError::NotAnOption(*c));
                    };
                    if o.exclusive && set.len() > 1 {
                        return Err(AnswerError::ExclusiveCombined(o.label));
                    }
                }
                Ok(())
            }
            (Kind::Number { min, max, .. }, Answer::Number(n)) => {
                if (min..=max).contains(n) {
                    Ok(())
                } else {
                    Err(AnswerError::OutOfRange { min, max })
                }
            }
            _ => Err(AnswerError::WrongKind),
        }
    }

    /// For the UI's checkboxes: the selection after ticking or unticking `choice`. Ticking an
    /// exclusive option ("None of these") clears the others; ticking any other option clears
    /// the exclusive ones.
    pub fn toggle(&self, current: &BTreeSet<Choice>, choice: Choice) -> BTreeSet<Choice> {
        let mut next = current.clone();
        if next.remove(&choice) {
            return next;
        }
        let exclusive = self
            .options()
            .iter()
            .any(|o| o.choice == choice && o.exclusive);
        if exclusive {
            next.clear();
        } else {
            next.retain(|c| !self.options().iter().any(|o| o.choice == *c && o.exclusive));
        }
        next.insert(choice);
        next
    }
}

impl QuestionId {
    /// This question's data. Indexing is safe: a compile-time check below proves that
    /// `QUESTIONS[i].id as usize == i` for every question.
    pub fn question(self) -> &'static Question {
        &ALL_QUESTIONS[self as usize]
    }

    /// The content red-flag id, for red-flag questions.
    pub fn red_flag_id(self) -> Option<&'static str> {
        match self.question().wording {
            Wording::RedFlag(id) => Some(id),
            Wording::Own { .. } => None,
        }
    }
}

/// The disposition a "yes" to this red-flag question gives, from the content's urgency. If the
/// content were missing, fail safe: treat it as an emergency (a content test catches this).
/// Only meaningful for red-flag questions.
pub fn red_flag_disposition(id: QuestionId) -> Disposition {
    // Looked up once: the content is static, and this sits on the hot path of every
    // enable-check of a red-flag question.
    static BY_QUESTION: OnceLock<Vec<Disposition>> = OnceLock::new();
    let table = BY_QUESTION.get_or_init(|| {
        QuestionId::ALL
            .iter()
            .map(|q| content_disposition(q.question()))
            .collect()
    });
    table
        .get(id as usize)
        .copied()
        .unwrap_or_else(|| content_disposition(id.question()))
}

/// What a "not sure" to any warning sign gives: same-day advice ("call 111 now, they will help
/// you decide"), never less. See `content::red_flags::NOT_SURE_ADVICE`.
pub const NOT_SURE_LEVEL: Disposition = Disposition::Urgent;

/// The level a red-flag question's answer gives: its own level for "yes", [`NOT_SURE_LEVEL`]
/// for "not sure", nothing for "no" or no answer (or a question that is not a red flag).
pub fn red_flag_level(answers: &AnswerSet, id: QuestionId) -> Option<Disposition> {
    // Only red-flag questions have a level.
    id.red_flag_id()?;
    match answers.choice(id) {
        Some(Choice::Yes) => Some(red_flag_disposition(id)),
        Some(Choice::NotSure) => Some(NOT_SURE_LEVEL),
        _ => None,
    }
}

fn content_disposition(q: &Question) -> Disposition {
    use crate::content::care::Urgency;
    match q.red_flag().map(|f| f.urgency) {
        Some(Urgency::Emergency) | None => Disposition::Emergency,
        Some(Urgency::Urgent) => Disposition::Urgent,
        Some(Urgency::NonUrgent) => Disposition::Routine,
    }
}

/// How many red-flag questions there are; they come first (checked at compile time below).
const RED_FLAG_COUNT: usize = 13;

/// The red-flag questions, in the order asked.
pub fn red_flag_questions() -> impl Iterator<Item = &'static Question> {
    ALL_QUESTIONS[..RED_FLAG_COUNT].iter()
}

/// Every question, in the order the flow asks them.
pub static QUESTIONS: &[Question] = &ALL_QUESTIONS;

// Proves at compile time that `QuestionId::question` indexes the right entry, and that every
// id has exactly one question.
const _: () = {
    assert!(ALL_QUESTIONS.len() == QuestionId::ALL.len());
    let mut i = 0;
    while i < ALL_QUESTIONS.len() {
        assert!(ALL_QUESTIONS[i].id as usize == i);
        // The red flags, and only they, come first.
        let is_red_flag = matches!(ALL_QUESTIONS[i].section, Section::RedFlags);
        assert!(is_red_flag == (i < RED_FLAG_COUNT));
        i += 1;
    }
};
