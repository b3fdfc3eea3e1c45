//! The private self-assessment engine. Pure: no UI or browser imports, tested natively
//! (`tests/assessment_*.rs`), deterministic (fixed-order arrays and tables; no hash maps).
//!
//! # What each file owns
//! - [`questions`]: every question as typed data (id, kind, wording, section, enable-condition).
//!   Red-flag wording comes from `content::red_flags` by id.
//! - [`condition`]: conditions on answers and the "because you said ..." [`Reason`]s they yield.
//! - [`answers`]: the [`AnswerSet`] and its versioned JSON form.
//! - [`flow`]: the ordered [`Flow`] with Next/Back, dropping answers a change made irrelevant.
//! - [`triage`]: the [`Disposition`] and the answers that caused it. Red flags always win.
//! - [`factors`]: ranked contributing [`Factor`]s (names and strengths from `content::factors`).
//! - [`plan`]: the personal [`Plan`]: stretch routine, habits, ask-about, not worth trying.
//! - [`outcome`]: [`evaluate`] puts the three together into an [`Outcome`].
//! - [`safety_net`]: what would change the advice, under every result.
//! - [`screen_text`]: the words around the questions and on the result (intro, headings).
//! - [`summary`]: the latest result in a small saved form, for the diary's doctor summary.
//!
//! # The API the UI uses
//! ```
//! use night_cramps_core::assessment::{evaluate, Answer, AnswerSet, Choice, Flow, Kind};
//!
//! let mut flow = Flow::new();
//! while let Some(q) = flow.current() {
//!     // Render q.prompt(), q.hint(), q.options() / q.kind; pre-fill flow.current_answer().
//!     let answer = match q.kind {
//!         Kind::YesNo => Answer::no(),
//!         Kind::Single(options) => Answer::one(options[1].choice), // "no" for a warning sign
//!         Kind::Multi(options) => Answer::many([options[0].choice]),
//!         Kind::Number { min, .. } => Answer::number(min),
//!     };
//!     // Returns the questions whose answers were dropped, so the UI can say so.
//!     let _dropped = flow.answer(q.id, answer).expect("a valid answer");
//!     flow.next().expect("answered");
//!     let (_n, _total) = flow.progress(); // "Question n of total"
//! }
//! assert!(flow.is_finished());
//! let outcome = flow.outcome().expect("finished");
//! // Care card first (outcome.care_card()), then outcome.because, outcome.factors, outcome.plan.
//! assert!(!outcome.because.is_empty());
//!
//! // "Save on this device": versioned JSON; loading never panics.
//! let json = flow.answers().to_json();
//! let loaded = AnswerSet::from_json(&json).expect("our own format");
//! assert!(loaded.notes.is_empty());
//! let resumed = Flow::resume(loaded.answers);
//! assert_eq!(evaluate(resumed.answers()), outcome);
//! # let _ = Choice::Yes;
//! ```
//!
//! - `Flow::new()`, `Flow::resume(AnswerSet)`, `current() -> Option<&Question>`,
//!   `current_answer()`, `answer(q, Answer) -> Result<Vec<QuestionId>, AnswerError>`,
//!   `next() -> Result<(), NextError>`, `back() -> bool`, `go_to(q) -> bool`,
//!   `progress() -> (usize, usize)`, `is_finished()`, `answers()`, `outcome() -> Option<Outcome>`.
//! - `Question::toggle(&set, choice)` gives the checkbox selection after a click (handles
//!   "None of these").
//! - `evaluate(&AnswerSet) -> Outcome { disposition, because, factors, plan, unanswered }`;
//!   `Outcome::care_card()`; `Reason::text()`; `Factor { name, summary, strength, because }`.
//! - `AnswerSet::to_json()`, `AnswerSet::from_json(&str) -> Result<Loaded { answers, notes },
//!   LoadError>`; every error and note has a plain-English `message()`.
//!
//! # Invariants (each proved by a test named in HAZARDS.md)
//! - Any red flag answered yes gives its content urgency (or higher); nothing else gives
//!   `Emergency`. A "yes" ends the check, but only after any still-unasked, more urgent flag.
//! - Every outcome has at least one reason; an incomplete answer set is never `SelfCare`.
//! - No text in questions or the plan contains a dose; medicine advice never says "stop".

pub mod answers;
pub mod condition;
pub mod factors;
pub mod flow;
pub mod outcome;
pub mod plan;
pub mod questions;
pub mod safety_net;
pub mod screen_text;
pub mod summary;
pub mod triage;

pub use answers::{Answer, AnswerError, AnswerSet, LoadError, LoadNote, Loaded, SCHEMA_VERSION};
pub use condition::{Condition, Reason, ReasonValue};
pub use factors::{contributing_factors, Factor, FactorRef, FACTOR_RULES};
pub use flow::{Flow, NextError};
pub use outcome::{evaluate, Outcome};
pub use plan::{
    personal_plan, Plan, PlanEntry, PlanItem, PlanPart, Stretch, StretchRoutine, PLAN_ITEMS,
    STRETCH_ROUTINE,
};
pub use questions::{Choice, Enable, Kind, Opt, Question, QuestionId, Section, Wording, QUESTIONS};
pub use safety_net::{safety_net, SafetyLine, Signs};
pub use summary::{summary_json, ResultSummary, SUMMARY_SCHEMA};
pub use triage::{triage, Disposition, TriageRule, NOT_SURE_LEVEL, RULES};
