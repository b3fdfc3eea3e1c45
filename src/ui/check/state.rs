//! Everything the check page remembers, and every change to it, as a pure reducer: no browser
//! calls, so it is tested natively below. Storage and focus follow this state in `live`
//! ([`CheckState::storage_plan`], [`CheckState::screen`]).

use std::collections::BTreeSet;

use crate::assessment::screen_text;
use crate::assessment::{
    Answer, AnswerError, AnswerSet, Choice, Flow, Kind, Loaded, NextError, Question, QuestionId,
    QUESTIONS,
};

/// Which screen shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    Intro,
    Question,
    Result,
}

/// What the person has ticked or typed on the current question, before Next.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub choice: Option<Choice>,
    pub choices: BTreeSet<Choice>,
    /// Kept as typed, so a half-typed number is not rewritten under the cursor.
    pub number: String,
}

impl Draft {
    /// The current question's saved answer, to pre-fill it (after Back, or when resuming).
    pub fn of(flow: &Flow) -> Draft {
        match flow.current_answer() {
            Some(Answer::Choice(c)) => Draft {
                choice: Some(*c),
                ..Draft::default()
            },
            Some(Answer::Choices(set)) => Draft {
                choices: set.clone(),
                ..Draft::default()
            },
            Some(Answer::Number(n)) => Draft {
                number: n.to_string(),
                ..Draft::default()
            },
            None => Draft::default(),
        }
    }

    /// The answer to `q`, or what to tell the person.
    pub fn answer(&self, q: &Question) -> Result<Answer, String> {
        let needs_answer = || NextError::NeedsAnswer.message().to_string();
        match q.kind {
            Kind::YesNo | Kind::Single(_) => {
                self.choice.map(Answer::Choice).ok_or_else(needs_answer)
            }
            Kind::Multi(_) if self.choices.is_empty() => Err(AnswerError::NothingChosen.message()),
            Kind::Multi(_) => Ok(Answer::Choices(self.choices.clone())),
            Kind::Number { min, max, .. } => {
                let text = self.number.trim();
                if text.is_empty() {
                    return Err(needs_answer());
                }
                text.parse::<u16>()
                    .map(Answer::Number)
                    .map_err(|_| AnswerError::OutOfRange { min, max }.message())
            }
        }
    }
}

/// The "Save my answers on this device" choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Saving {
    /// Storage has been read (after mount). Until then nothing is written or removed.
    pub ready: bool,
    /// The person chose to save (or had saved answers on an earlier visit).
    pub on: bool,
    /// They unticked it or pressed Erase during this visit: stored answers must go.
    pub erased: bool,
    /// Stored answers could not be read, nor copied aside: storage is left untouched.
    pub blocked: bool,
}

/// What reading storage after mount found.
#[derive(Clone, Debug, PartialEq, Eq)]
// Values of these live for one action; boxing the answers would only add code to the bundle.
#[allow(clippy::large_enum_variant)]
pub enum Found {
    Nothing,
    /// Saved answers (which may be an empty set: saving is on, nothing answered yet).
    Answers(Loaded),
    /// Saved answers that cannot be used, with the message to show. `blocked` when they could
    /// not be copied aside either, so nothing may overwrite them.
    Refused {
        message: String,
        blocked: bool,
    },
}

/// What storage should hold now. Effects apply it whenever it changes.
#[derive(Clone, Debug, PartialEq, Eq)]
// Values of these live for one action; boxing the answers would only add code to the bundle.
#[allow(clippy::large_enum_variant)]
pub enum StoragePlan {
    /// Touch nothing (not read yet, saved answers awaiting a choice, or never opted in).
    Leave,
    /// Save these answers; with the result summary when the check is finished.
    Write { answers: AnswerSet, finished: bool },
    /// Remove saved answers and the saved result.
    Remove,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CheckState {
    pub flow: Flow,
    /// False on the introduction (also after Back from the first question; answers are kept).
    pub started: bool,
    pub draft: Draft,
    /// Why Next did not move (shown with the question).
    pub error: Option<String>,
    /// Questions whose answers the last change removed, to tell the person.
    pub dropped: Vec<QuestionId>,
    pub saving: Saving,
    /// Saved answers from an earlier visit, waiting for "Continue" or "Start again".
    pub offer: Option<AnswerSet>,
    /// Messages about loading and saving.
    pub notes: Vec<String>,
    /// Goes up whenever a new screen or question appears; focus moves to its heading.
    pub screen: u32,
}

// Values of these live for one action; boxing the answers would only add code to the bundle.
#[allow(clippy::large_enum_variant)]
pub enum CheckAction {
    Found(Found),
    /// "Start" on the introduction (or "Continue" with answers already in memory).
    Start,
    /// "Continue where you left off" with the offered saved answers.
    Continue,
    /// Forget every answer and go to the first question.
    StartAgain,
    /// A radio button (yes/no, one choice).
    Choose(Choice),
    /// A checkbox (several choices).
    Toggle(Choice),
    /// The number box, as typed.
    Type(String),
    Next,
    Back,
    /// Go back into the flow at this question, from the result.
    Change(QuestionId),
    SetSave(bool),
    Erase,
    /// Storage refused a write or removal (message for the person).
    StoreFailed(String),
}

impl CheckState {
    pub fn stage(&self) -> Stage {
        if !self.started {
            Stage::Intro
        } else if self.flow.is_finished() {
            Stage::Result
        } else {
            Stage::Question
        }
    }

    pub fn storage_plan(&self) -> StoragePlan {
        let s = self.saving;
        if !s.ready || s.blocked || self.offer.is_some() {
            StoragePlan::Leave
        } else if s.on {
            StoragePlan::Write {
                answers: self.flow.answers().clone(),
                finished: self.flow.is_finished(),
            }
        } else if s.erased {
            StoragePlan::Remove
        } else {
            StoragePlan::Leave
        }
    }

    /// A new screen: fresh draft from the flow, no stale error, focus moves.
    fn show(&mut self) {
        self.draft = Draft::of(&self.flow);
        self.error = None;
        self.screen += 1;
    }

    fn note(&mut self, message: String) {
        if !self.notes.contains(&message) {
            self.notes.push(message);
        }
    }

    pub fn apply(&mut self, action: CheckAction) {
        match action {
            CheckAction::Found(found) => self.found(found),
            CheckAction::Start => {
                self.started = true;
                self.show();
            }
            CheckAction::Continue => {
                if let Some(answers) = self.offer.take() {
                    self.flow = Flow::resume(answers);
                }
                self.started = true;
                self.show();
            }
            CheckAction::StartAgain => {
                self.offer = None;
                self.flow = Flow::new();
                self.dropped.clear();
                self.notes.clear();
                self.started = true;
                self.show();
            }
            CheckAction::Choose(c) => self.draft.choice = Some(c),
            CheckAction::Toggle(c) => {
                if let Some(q) = self.flow.current() {
                    self.draft.choices = q.toggle(&self.draft.choices, c);
                }
            }
            CheckAction::Type(text) => self.draft.number = text,
            CheckAction::Next => self.next(),
            CheckAction::Back => {
                if self.stage() == Stage::Intro {
                    return;
                }
                if !self.flow.back() {
                    // Back from the first question: the introduction, answers kept in memory.
                    self.started = false;
                }
                self.dropped.clear();
                self.show();
            }
            CheckAction::Change(q) => {
                if self.flow.go_to(q) {
                    self.started = true;
                    self.dropped.clear();
                    self.show();
                }
            }
            CheckAction::SetSave(on) => {
                if on {
                    self.saving.on = true;
                    self.saving.erased = false;
                    self.notes.retain(|n| n != screen_text::ERASED);
                } else {
                    self.erase();
                }
            }
            CheckAction::Erase => self.erase(),
            CheckAction::StoreFailed(message) => self.note(message),
        }
    }

    fn found(&mut self, found: Found) {
        self.saving.ready = true;
        match found {
            Found::Nothing => {}
            Found::Answers(Loaded { answers, notes }) => {
                self.saving.on = true;
                for n in notes {
                    self.note(n.message());
                }
                // Offer them only if the person has not begun meanwhile.
                if !answers.is_empty() && !self.started && self.flow.answers().is_empty() {
                    self.offer = Some(answers);
                }
            }
            Found::Refused { message, blocked } => {
                self.saving.blocked = blocked;
                self.note(message);
            }
        }
    }

    fn next(&mut self) {
        let Some(q) = self.flow.current() else { return };
        let answer = match self.draft.answer(q) {
            Ok(a) => a,
            Err(message) => {
                self.error = Some(message);
                return;
            }
        };
        match self.flow.answer(q.id, answer) {
            Ok(dropped) => {
                if self.flow.next().is_err() {
                    self.error = Some(NextError::NeedsAnswer.message().to_string());
                    return;
                }
                self.dropped = dropped;
                // Load notes belong to the screen they were shown on.
                self.notes.retain(|n| n == screen_text::ERASED);
                self.show();
            }
            Err(e) => self.error = Some(e.message()),
        }
    }

    fn erase(&mut self) {
        let had_something = self.saving.on || self.offer.is_some();
        self.saving.on = false;
        self.saving.erased = true;
        self.offer = None;
        if had_something {
            self.note(screen_text::ERASED.to_string());
        }
    }
}

/// The first question, where "Change my answers" starts.
pub fn first_question() -> Option<QuestionId> {
    QUESTIONS.first().map(|q| q.id)
}

#[cfg(test)]
mod tests;
