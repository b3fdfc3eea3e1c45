//! Conditions on answers, and the "because you said ..." reasons they produce.
//!
//! Enable-conditions, triage rules, factor rules and plan rules are all written with the same
//! [`Condition`], so "why did I get this?" always points at the exact answers that caused it.

use super::answers::{Answer, AnswerSet};
use super::questions::{Choice, QuestionId};

/// Something that is true of one answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The answer to this question is (one choice) or includes (several choices) any of these.
    Chose(QuestionId, &'static [Choice]),
    /// The number answered to this question is at least this.
    AtLeast(QuestionId, u16),
}

impl Condition {
    /// The question this condition looks at.
    pub fn question(self) -> QuestionId {
        match self {
            Condition::Chose(q, _) | Condition::AtLeast(q, _) => q,
        }
    }

    pub fn holds(self, answers: &AnswerSet) -> bool {
        match (self, answers.get(self.question())) {
            (Condition::Chose(_, wanted), Some(Answer::Choice(c))) => wanted.contains(c),
            (Condition::Chose(_, wanted), Some(Answer::Choices(set))) => {
                set.iter().any(|c| wanted.contains(c))
            }
            (Condition::AtLeast(_, min), Some(Answer::Number(n))) => *n >= min,
            _ => false,
        }
    }

    /// The answers that make this condition true: one reason per matching choice (so a list
    /// of medicines names each one), or the number. Empty when it does not hold.
    pub fn reasons(self, answers: &AnswerSet) -> Vec<Reason> {
        let q = self.question();
        match (self, answers.get(q)) {
            (Condition::Chose(_, wanted), Some(Answer::Choice(c))) if wanted.contains(c) => {
                vec![Reason {
                    question: q,
                    value: ReasonValue::Choice(*c),
                }]
            }
            (Condition::Chose(_, wanted), Some(Answer::Choices(set))) => set
                .iter()
                .filter(|c| wanted.contains(c))
                .map(|c| Reason {
                    question: q,
                    value: ReasonValue::Choice(*c),
                })
                .collect(),
            (Condition::AtLeast(_, min), Some(Answer::Number(n))) if n >= &min => {
                vec![Reason {
                    question: q,
                    value: ReasonValue::Number(*n),
                }]
            }
            _ => Vec::new(),
        }
    }
}

/// One answer that caused a result: which question, and what was answered.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reason {
    pub question: QuestionId,
    pub value: ReasonValue,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ReasonValue {
    Choice(Choice),
    Number(u16),
    /// The question should have been answered but was not (only for incomplete answer sets).
    NotAnswered,
}

impl Reason {
    /// The question's short label, e.g. "Medicines".
    pub fn question_label(&self) -> &'static str {
        self.question.question().short()
    }

    /// The answer as the user saw it, e.g. "A statin for cholesterol, ...".
    pub fn answer_label(&self) -> String {
        let q = self.question.question();
        match self.value {
            ReasonValue::Choice(c) => q.label_of(c).unwrap_or(c.key()).to_string(),
            ReasonValue::Number(n) => q.number_label(n),
            ReasonValue::NotAnswered => "Not answered".to_string(),
        }
    }

    /// One line for lists: `Medicines: A statin for cholesterol, ...`.
    pub fn text(&self) -> String {
        format!("{}: {}", self.question_label(), self.answer_label())
    }
}
