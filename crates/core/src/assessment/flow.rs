//! The ordered flow: one question at a time, Back and Next, and early stop on a red flag.
//!
//! The flow owns an [`AnswerSet`] and a position. Answering a question drops every later answer
//! the change made irrelevant (and says which, so the UI can tell the user). Next moves to the
//! next question that is asked given the answers; when none is left the flow is finished. A red
//! flag answered yes makes every later question irrelevant, so Next goes straight to the
//! result, after any still-unasked flag that could make it more urgent.

use super::answers::{Answer, AnswerError, AnswerSet};
use super::outcome::{evaluate, Outcome};
use super::questions::{Question, QuestionId, QUESTIONS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// Index into `QUESTIONS`.
    At(usize),
    Finished,
}

/// Why Next did not move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextError {
    /// The current question has no answer yet.
    NeedsAnswer,
    /// Already on the result.
    Finished,
}

impl NextError {
    pub fn message(self) -> &'static str {
        match self {
            NextError::NeedsAnswer => "Please answer this question to continue.",
            NextError::Finished => "The check is finished.",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow {
    answers: AnswerSet,
    step: Step,
}

impl Default for Flow {
    fn default() -> Self {
        Flow::new()
    }
}

impl Flow {
    /// A fresh check, on the first question.
    pub fn new() -> Flow {
        Flow::resume(AnswerSet::new())
    }

    /// Continues from saved answers: irrelevant answers are dropped, and the flow stands on the
    /// first question still to answer (or is finished). Nothing is skipped that is unanswered.
    pub fn resume(mut answers: AnswerSet) -> Flow {
        answers.prune();
        let step = match first_open(&answers) {
            Some(i) => Step::At(i),
            None => Step::Finished,
        };
        Flow { answers, step }
    }

    /// The question being asked; `None` once finished.
    pub fn current(&self) -> Option<&'static Question> {
        match self.step {
            Step::At(i) => QUESTIONS.get(i),
            Step::Finished => None,
        }
    }

    pub fn is_finished(&self) -> bool {
        self.step == Step::Finished
    }

    pub fn answers(&self) -> &AnswerSet {
        &self.answers
    }

    /// The current answer to the current question, to pre-fill it after Back.
    pub fn current_answer(&self) -> Option<&Answer> {
        self.current().and_then(|q| self.answers.get(q.id))
    }

    /// Answers the current question. `q` must be the current question, so a stale click from
    /// a previous screen cannot change an answer the user is not looking at. Returns the later
    /// questions whose answers this change made irrelevant (now dropped), in order.
    pub fn answer(
        &mut self,
        q: QuestionId,
        answer: Answer,
    ) -> Result<Vec<QuestionId>, AnswerError> {
        let current = self.current().map(|c| c.id);
        if current != Some(q) {
            return Err(AnswerError::NotCurrent {
                expected: current,
                got: q,
            });
        }
        self.answers.set(q, answer)?;
        // `q as usize` is its place in `QUESTIONS` (checked at compile time in `questions/mod.rs`).
        Ok(self.answers.prune_from(q as usize + 1))
    }

    /// Moves to the next question asked, or to the result.
    // Named for the Next button; a flow is not an iterator (moving needs an answer first).
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<(), NextError> {
        let Step::At(i) = self.step else {
            return Err(NextError::Finished);
        };
        let answered = QUESTIONS
            .get(i)
            .is_some_and(|q| self.answers.is_answered(q.id));
        if !answered {
            return Err(NextError::NeedsAnswer);
        }
        self.step = match self.enabled_after(i) {
            Some(j) => Step::At(j),
            None => Step::Finished,
        };
        Ok(())
    }

    /// Moves to the previous question asked (from the result: the last one). Answers are kept.
    /// Returns false on the first question.
    pub fn back(&mut self) -> bool {
        let before = match self.step {
            Step::At(i) => i,
            Step::Finished => QUESTIONS.len(),
        };
        match (0..before)
            .rev()
            .find(|&j| QUESTIONS[j].is_enabled(&self.answers))
        {
            Some(j) => {
                self.step = Step::At(j);
                true
            }
            None => false,
        }
    }

    /// Jumps to a question to change it (e.g. from the result page). Only questions that are
    /// asked given the current answers, and that come no later than the first unanswered
    /// one, can be reached, so nothing is skipped. Returns whether it moved.
    pub fn go_to(&mut self, q: QuestionId) -> bool {
        let i = q as usize;
        let first_open = first_open(&self.answers).unwrap_or(QUESTIONS.len());
        if i > first_open || !q.question().is_enabled(&self.answers) {
            return false;
        }
        self.step = Step::At(i);
        true
    }

    /// `(n, total)`: the current question is the n-th of `total` asked, given the answers so
    /// far (the total changes when an answer adds or removes a follow-up). Finished is
    /// `(total, total)`.
    pub fn progress(&self) -> (usize, usize) {
        let red_flag_raised = self.answers.any_red_flag_raised();
        let enabled: Vec<usize> = (0..QUESTIONS.len())
            .filter(|&j| QUESTIONS[j].is_enabled_given(&self.answers, red_flag_raised))
            .collect();
        let total = enabled.len();
        match self.step {
            Step::At(i) => (enabled.iter().filter(|&&j| j <= i).count().max(1), total),
            Step::Finished => (total, total),
        }
    }

    /// The result, once finished.
    pub fn outcome(&self) -> Option<Outcome> {
        self.is_finished().then(|| evaluate(&self.answers))
    }

    fn enabled_after(&self, i: usize) -> Option<usize> {
        let red_flag_raised = self.answers.any_red_flag_raised();
        (i + 1..QUESTIONS.len())
            .find(|&j| QUESTIONS[j].is_enabled_given(&self.answers, red_flag_raised))
    }
}

/// The index of the first question asked but not answered.
fn first_open(answers: &AnswerSet) -> Option<usize> {
    let red_flag_raised = answers.any_red_flag_raised();
    QUESTIONS
        .iter()
        .position(|q| !answers.is_answered(q.id) && q.is_enabled_given(answers, red_flag_raised))
}
