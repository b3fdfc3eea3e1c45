//! The answers given so far, and their saved (versioned JSON) form.
//!
//! Saved answers come back from browser storage, possibly written by an older or newer app, or
//! damaged. Loading never panics: a whole set that cannot be trusted is refused with a
//! plain-English [`LoadError`]; a single answer that no longer fits (an unknown question, an
//! option that was renamed, a number out of range, an answer a change made irrelevant) is dropped
//! with a [`LoadNote`], and the flow simply asks that question again.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::questions::{red_flag_questions, Choice, Kind, QuestionId, QUESTIONS};

/// The saved-answers format version. Bump it when a saved answer would change meaning (not
/// when a question is merely added: unknown or missing answers are handled per answer), and
/// add a step to [`migrate`].
pub const SCHEMA_VERSION: u32 = 2;

/// The warning-sign keys of version 1. Version 2 split and reworded them (for example, sudden
/// weakness became an emergency, breathlessness must be new or sudden), so a version 1 answer
/// to any of them may not mean the same now.
const V1_WARNING_SIGNS: [&str; 6] = [
    "swollen-red-warm-leg",
    "breathless-chest-pain",
    "dark-urine",
    "sudden-weakness",
    "cramp-over-10-min",
    "toxin-or-wound",
];

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
    /// only look at earlier questions (checked by `tests/assessment_questions.rs`).
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

    /// The saved form: `{"version":1,"answers":{"age":"60-79","muscles":["calf"],...}}`.
    pub fn to_json(&self) -> String {
        // Inserted one by one: `collect()` into a map links one more copy of the sort.
        let mut answers = BTreeMap::new();
        for (q, a) in self.iter() {
            let value = match a {
                Answer::Choice(c) => Value::from(c.key()),
                Answer::Choices(set) => {
                    Value::from(set.iter().map(|c| c.key()).collect::<Vec<_>>())
                }
                Answer::Number(n) => Value::from(*n),
            };
            answers.insert(q.key().to_string(), value);
        }
        let saved = Saved {
            version: SCHEMA_VERSION,
            answers,
        };
        // Serialising a map of strings and plain values cannot fail; fall back to an empty,
        // still-versioned set rather than panic if it somehow did.
        serde_json::to_string(&saved)
            .unwrap_or_else(|_| format!("{{\"version\":{SCHEMA_VERSION},\"answers\":{{}}}}"))
    }

    /// Reads saved answers. See the module docs for what is refused and what is dropped.
    pub fn from_json(json: &str) -> Result<Loaded, LoadError> {
        let value: Value = serde_json::from_str(json).map_err(|_| LoadError::Unreadable)?;
        let version = match value.get("version") {
            Some(v) => v.as_u64().ok_or(LoadError::Unreadable)?,
            None => return Err(LoadError::Unreadable),
        };
        let (value, mut notes) = migrate(version, value)?;
        let saved: Saved = serde_json::from_value(value).map_err(|_| LoadError::Unreadable)?;

        let mut answers = AnswerSet::new();
        for (key, raw) in &saved.answers {
            let Some(q) = QuestionId::from_key(key) else {
                notes.push(LoadNote::UnknownQuestion(key.clone()));
                continue;
            };
            match parse(q, raw).and_then(|a| answers.set(q, a).ok()) {
                Some(()) => {}
                None => notes.push(LoadNote::Unreadable(q)),
            }
        }
        notes.extend(answers.prune().into_iter().map(LoadNote::NoLongerApplies));
        Ok(Loaded { answers, notes })
    }
}

/// What [`AnswerSet::from_json`] gives back: the answers it could use, and a note for each it
/// could not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    pub answers: AnswerSet,
    pub notes: Vec<LoadNote>,
}

/// A single saved answer that was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNote {
    /// A question this version no longer asks (the saved key).
    UnknownQuestion(String),
    /// The answer does not fit the question any more (renamed option, number out of range...).
    Unreadable(QuestionId),
    /// The answer does not apply given the other answers (e.g. pregnancy with an age of 80+).
    NoLongerApplies(QuestionId),
    /// The warning-sign questions changed since these answers were saved, so every warning
    /// sign is asked again (a "yes" is never lost: it is asked for once more).
    WarningSignsAskedAgain,
}

impl LoadNote {
    pub fn message(&self) -> String {
        match self {
            LoadNote::UnknownQuestion(_) => {
                "An answer to a question this check no longer asks was left out.".into()
            }
            LoadNote::Unreadable(q) => format!(
                "Your saved answer to \u{201c}{}\u{201d} couldn't be read, so you'll be asked it again.",
                q.question().short()
            ),
            LoadNote::NoLongerApplies(q) => format!(
                "Your saved answer to \u{201c}{}\u{201d} doesn't apply with your other answers, so it was left out.",
                q.question().short()
            ),
            LoadNote::WarningSignsAskedAgain => {
                "The warning-sign questions have changed since you saved your answers, so you'll be asked them again.".into()
            }
        }
    }
}

/// Why a saved set was not used at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, not our format, or no version.
    Unreadable,
    /// Saved by an older version with no safe way to bring it up to date.
    TooOld { found: u64 },
    /// Saved by a newer version of the app (e.g. another tab updated first).
    TooNew { found: u64 },
}

impl LoadError {
    pub fn message(&self) -> String {
        match self {
            LoadError::Unreadable => "Your saved answers couldn't be read, so they have not been used. Please start the check again.".into(),
            LoadError::TooOld { .. } => "Your saved answers are from an older version of this check and can't be used safely, so they have not been used. Please start the check again.".into(),
            LoadError::TooNew { .. } => "Your saved answers were made by a newer version of Night Cramps, so they have not been used. Reload the page to update, or start the check again.".into(),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Saved {
    version: u32,
    answers: BTreeMap<String, Value>,
}

/// Brings a saved set from `version` up to [`SCHEMA_VERSION`], one step at a time, with a note
/// for each change the person should know about. A version with no step is refused rather than
/// guessed at, because a misread answer could hide a red flag.
fn migrate(version: u64, mut value: Value) -> Result<(Value, Vec<LoadNote>), LoadError> {
    let mut notes = Vec::new();
    let mut at = version;
    if at > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::TooNew { found: version });
    }
    if at == 1 {
        // 1 -> 2: drop the old warning-sign answers, so each new one is asked afresh. Answers
        // to questions that are gone (how long a cramp lasts) or options that are gone are left
        // out per answer by the reader, with their own notes.
        if let Some(answers) = value.get_mut("answers").and_then(Value::as_object_mut) {
            let before = answers.len();
            answers.retain(|key, _| !V1_WARNING_SIGNS.contains(&key.as_str()));
            if answers.len() != before {
                notes.push(LoadNote::WarningSignsAskedAgain);
            }
        }
        at = 2;
    }
    if at == u64::from(SCHEMA_VERSION) {
        if let Some(v) = value.get_mut("version") {
            *v = Value::from(SCHEMA_VERSION);
        }
        Ok((value, notes))
    } else {
        Err(LoadError::TooOld { found: version })
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

/// Reads one saved value as an answer of `q`'s kind; `None` if it has the wrong shape.
fn parse(q: QuestionId, raw: &Value) -> Option<Answer> {
    let choice = |v: &Value| v.as_str().and_then(Choice::from_key);
    match q.question().kind {
        Kind::YesNo | Kind::Single(_) => choice(raw).map(Answer::Choice),
        Kind::Multi(_) => {
            let items = raw.as_array()?;
            let items: Option<Vec<Choice>> = items.iter().map(choice).collect();
            items.map(Answer::many)
        }
        Kind::Number { .. } => raw
            .as_u64()
            .and_then(|n| u16::try_from(n).ok())
            .map(Answer::Number),
    }
}
