//! Answers as the device saves them: versioned JSON, read back without trusting it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Answer, AnswerSet};
use crate::assessment::questions::{Choice, Kind, QuestionId};

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

impl AnswerSet {
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
