//! The answers given so far, and their saved (versioned JSON) form.
//!
//! Saved answers come back from browser storage, possibly written by an older or newer app, or
//! damaged. Loading never panics: a whole set that cannot be trusted is refused with a
//! plain-English [`LoadError`]; a single answer that no longer fits (an unknown question, an
//! option that was renamed, a number out of range, an answer a change made irrelevant) is dropped
//! with a [`LoadNote`], and the flow simply asks that question again.
//!
//! The answers are here; their saved form, and reading it back, in `saved`.

mod saved;

use std::borrow::Cow;
use std::collections::BTreeSet;

use super::questions::{red_flag_questions, Choice, QuestionId, QUESTIONS};
pub use saved::{LoadError, LoadNote, Loaded, SCHEMA_VERSION};

/// One answer.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    /// Yes/no and single-choice questions.
    Choice(Choice),
    /// Several-choice questions.
    Choices(BTreeSet<Choice>),
    Number(u16),
}

impl Answer {
    pub fn yes() -> Answer {
        Answer::Choice(Choice::Yes)
    }
    pub fn no() -> Answer {
        Answer::Choice(Choice::No)
    }
    pub fn one(choice: Choice) -> Answer {
        Answer::Choice(choice)
    }
    pub fn many(choices: impl IntoIterator<Item = Choice>) -> Answer {
        Answer::Choices(choice_set(choices))
    }
    pub fn number(n: u16) -> Answer {
        Answer::Number(n)
    }
}

/// Why an answer was not accepted. `message()` is what the UI shows next to the question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// The flow is on another question (e.g. a stale click after moving on).
    NotCurrent {
        expected: Option<QuestionId>,
        got: QuestionId,
    },
    /// A number given to a choice question, or the like.
    WrongKind,
    NotAnOption(Choice),
    NothingChosen,
    /// An exclusive option ("None of these") chosen together with others; holds its label.
    ExclusiveCombined(&'static str),
    OutOfRange {
        min: u16,
        max: u16,
    },
}

impl AnswerError {
    pub fn message(&self) -> String {
        match self {
            AnswerError::NotCurrent { .. } => {
                "That answer was for a different question. Please answer the question shown.".into()
            }
            AnswerError::WrongKind | AnswerError::NotAnOption(_) => {
                "Please choose one of the options shown.".into()
            }
            AnswerError::NothingChosen => "Choose at least one option.".into(),
            AnswerError::ExclusiveCombined(label) => {
                format!("\u{201c}{label}\u{201d} can't be chosen together with other options.")
            }
            AnswerError::OutOfRange { min, max } => {
                format!("Enter a whole number from {min} to {max}.")
            }
        }
    }
}

const QUESTION_COUNT: usize = QuestionId::ALL.len();

/// The answers, one slot per question in question order, so every listing is in a fixed order
/// and a lookup is an index (the exhaustive test evaluates a million sets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerSet {
    answers: [Option<Answer>; QUESTION_COUNT],
}

impl Default for AnswerSet {
    fn default() -> Self {
        AnswerSet {
            answers: std::array::from_fn(|_| None),
        }
    }
}

impl AnswerSet {
    pub fn new() -> AnswerSet {
        AnswerSet::default()
    }

    pub fn get(&self, q: QuestionId) -> Option<&Answer> {
        // `QuestionId` discriminants are 0..QUESTION_COUNT (checked in `questions/mod.rs`).
        self.answers.get(q as usize).and_then(Option::as_ref)
    }

    /// The single choice answered to `q`, if it is a yes/no or one-choice answer.
    pub fn choice(&self, q: QuestionId) -> Option<Choice> {
        match self.get(q) {
            Some(Answer::Choice(c)) => Some(*c),
            _ => None,
        }
    }

    /// Whether `q`'s answer is or includes `c`.
    pub fn has(&self, q: QuestionId, c: Choice) -> bool {
        match self.get(q) {
            Some(Answer::Choice(x)) => *x == c,
            Some(Answer::Choices(set)) => set.contains(&c),
            _ => false,
        }
    }

    pub fn number(&self, q: QuestionId) -> Option<u16> {
        match self.get(q) {
            Some(Answer::Number(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn is_answered(&self, q: QuestionId) -> bool {
        self.get(q).is_some()
    }

    pub fn len(&self) -> usize {
        self.answers.iter().flatten().count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The answers in question order.
    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, &Answer)> {
        QuestionId::ALL
            .iter()
            .zip(&self.answers)
            .filter_map(|(q, a)| a.as_ref().map(|a| (*q, a)))
    }

    /// Whether any red flag has been answered "yes" or "not sure" (never taken as "no").
    pub fn any_red_flag_raised(&self) -> bool {
        red_flag_questions()
            .any(|q| matches!(self.choice(q.id), Some(Choice::Yes | Choice::NotSure)))
    }

    /// Records an answer after checking it fits the question. It does not drop answers this
    /// makes irrelevant: call [`AnswerSet::prune`] (the flow does both).
    pub fn set(&mut self, q: QuestionId, answer: Answer) -> Result<(), AnswerError> {
        q.question().validate(&answer)?;
        if let Some(slot) = self.answers.get_mut(q as usize) {
            *slot = Some(answer);
        }
        Ok(())
    }

    pub fn remove(&mut self, q: QuestionId) -> Option<Answer> {
        self.answers.get_mut(q as usize).and_then(Option::take)
    }

    /// Drops every answer whose question is no longer asked, given the other answers, and
    /// returns those questions in order. One forward pass is enough because enable-conditions
    /// only look at earlier questions (checked by `tests/assessment_questions/`).
    pub fn prune(&mut self) -> Vec<QuestionId> {
        self.prune_from(0)
    }

    /// [`AnswerSet::prune`] of the questions from index `start` on. After changing one answer,
    /// only later questions can be affected, since enable-conditions look backwards.
    pub(crate) fn prune_from(&mut self, start: usize) -> Vec<QuestionId> {
        // Pruning never changes this: the first raised red flag has no earlier raised flag that
        // could disable it, so it is never dropped.
        let red_flag_raised = self.any_red_flag_raised();
        let mut dropped = Vec::new();
        for q in QUESTIONS.iter().skip(start) {
            if self.is_answered(q.id) && !q.is_enabled_given(self, red_flag_raised) {
                self.remove(q.id);
                dropped.push(q.id);
            }
        }
        dropped
    }

    /// These answers with irrelevant ones dropped; borrowed (no copy) when none is irrelevant,
    /// as for every set a finished flow produces.
    pub fn pruned(&self) -> Cow<'_, AnswerSet> {
        let red_flag_raised = self.any_red_flag_raised();
        if self
            .iter()
            .all(|(q, _)| q.question().is_enabled_given(self, red_flag_raised))
        {
            return Cow::Borrowed(self);
        }
        let mut copy = self.clone();
        copy.prune();
        Cow::Owned(copy)
    }

    /// Questions that are asked, given these answers, but not yet answered, in order.
    pub fn unanswered(&self) -> Vec<QuestionId> {
        let red_flag_raised = self.any_red_flag_raised();
        QUESTIONS
            .iter()
            .filter(|q| !self.is_answered(q.id) && q.is_enabled_given(self, red_flag_raised))
            .map(|q| q.id)
            .collect()
    }
}

/// A set of choices, inserted one by one: `collect()` into a set links one more copy of the
/// standard sort into the browser bundle.
fn choice_set(choices: impl IntoIterator<Item = Choice>) -> BTreeSet<Choice> {
    let mut set = BTreeSet::new();
    for choice in choices {
        set.insert(choice);
    }
    set
}
