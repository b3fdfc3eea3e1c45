//! The latest result in a small saved form (`store::Key::LastResult`), for the diary's doctor
//! summary. Written only when the person chose "Save my answers on this device".
//!
//! Format (schema 1), a superset of what `ui::diary::last_check` in the app reads:
//! `{"schema":1,"checked":"2026-11-28","disposition":"routine","factors":["age-over-60","statins"],
//!   "because":[{"question":"medicines","answer":"statin"}],
//!   "medicines":[{"question":"medicines","answer":"statin"},{"question":"diuretic-type","answer":"thiazide"}]}`
//! - `disposition`: [`Disposition::key`]; `factors`: content factor ids, strongest first;
//! - `because`: the answers that caused the disposition; `medicines`: every medicine answer given
//!   (including "I'm not sure"), so the summary lists them even when no factor matched.
//!   An answer is a choice key, a number, or `null` for "not answered".
//!
//! Reading never panics: a damaged value or another schema gives `None`, and an answer or factor
//! this version does not know is left out.

use serde_json::{json, Value};

use super::answers::{Answer, AnswerSet};
use super::condition::{Reason, ReasonValue};
use super::factors::{FactorRef, FACTOR_RULES};
use super::outcome::Outcome;
use super::questions::{Choice, QuestionId};
use super::triage::Disposition;
use crate::diary::Date;

/// The `LastResult` format version. Bump it (and teach [`ResultSummary::from_json`] the old
/// one) when a field changes meaning.
pub const SUMMARY_SCHEMA: u64 = 1;

/// The latest result, as the doctor summary shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultSummary {
    /// The device's local date when the result was shown.
    pub checked: Date,
    pub disposition: Disposition,
    pub because: Vec<Reason>,
    /// Strongest evidence first, as on the result page.
    pub factors: Vec<FactorRef>,
    /// Every medicine answer given, in question order ("None of these" left out).
    pub medicines: Vec<Reason>,
}

impl ResultSummary {
    /// The summary of an outcome of `answers` (`outcome == evaluate(answers)`).
    pub fn of(outcome: &Outcome, answers: &AnswerSet, checked: Date) -> ResultSummary {
        ResultSummary {
            checked,
            disposition: outcome.disposition,
            because: outcome.because.clone(),
            factors: outcome.factors.iter().map(|f| f.factor).collect(),
            medicines: medicine_answers(answers),
        }
    }

    pub fn to_json(&self) -> String {
        let value = json!({
            "schema": SUMMARY_SCHEMA,
            "checked": self.checked.to_string(),
            "disposition": self.disposition.key(),
            "factors": self.factors.iter().map(|f| f.id()).collect::<Vec<_>>(),
            "because": self.because.iter().map(reason_json).collect::<Vec<_>>(),
            "medicines": self.medicines.iter().map(reason_json).collect::<Vec<_>>(),
        });
        value.to_string()
    }

    /// Reads a stored summary; `None` if it is damaged or from another schema.
    pub fn from_json(json: &str) -> Option<ResultSummary> {
        let value: Value = serde_json::from_str(json).ok()?;
        if value.get("schema")?.as_u64()? != SUMMARY_SCHEMA {
            return None;
        }
        let checked = Date::parse(value.get("checked")?.as_str()?).ok()?;
        let key = value.get("disposition")?.as_str()?;
        let disposition = Disposition::ALL.into_iter().find(|d| d.key() == key)?;
        let list = |name: &str| {
            value
                .get(name)
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        };
        let factors = list("factors")
            .iter()
            .filter_map(|v| v.as_str().and_then(factor_ref))
            .collect();
        let because = list("because")
            .iter()
            .filter_map(reason_from_json)
            .collect();
        let medicines = list("medicines")
            .iter()
            .filter_map(reason_from_json)
            .collect();
        Some(ResultSummary {
            checked,
            disposition,
            because,
            factors,
            medicines,
        })
    }
}

/// The `LastResult` JSON for an outcome of `answers`.
pub fn summary_json(outcome: &Outcome, answers: &AnswerSet, checked: Date) -> String {
    ResultSummary::of(outcome, answers, checked).to_json()
}

/// Every medicine answer, in question order, without "None of these".
fn medicine_answers(answers: &AnswerSet) -> Vec<Reason> {
    let relevant = answers.pruned();
    let mut out = Vec::new();
    for q in [QuestionId::Medicines, QuestionId::DiureticType] {
        let chosen: Vec<Choice> = match relevant.get(q) {
            Some(Answer::Choices(set)) => set.iter().copied().collect(),
            Some(Answer::Choice(c)) => vec![*c],
            _ => Vec::new(),
        };
        out.extend(
            chosen
                .into_iter()
                .filter(|c| *c != Choice::NoneOfThese)
                .map(|c| Reason {
                    question: q,
                    value: ReasonValue::Choice(c),
                }),
        );
    }
    out
}

fn reason_json(r: &Reason) -> Value {
    let answer = match r.value {
        ReasonValue::Choice(c) => Value::from(c.key()),
        ReasonValue::Number(n) => Value::from(n),
        ReasonValue::NotAnswered => Value::Null,
    };
    json!({ "question": r.question.key(), "answer": answer })
}

fn reason_from_json(v: &Value) -> Option<Reason> {
    let question = QuestionId::from_key(v.get("question")?.as_str()?)?;
    let value = match v.get("answer")? {
        Value::String(key) => ReasonValue::Choice(Choice::from_key(key)?),
        Value::Number(n) => ReasonValue::Number(u16::try_from(n.as_u64()?).ok()?),
        Value::Null => ReasonValue::NotAnswered,
        _ => return None,
    };
    Some(Reason { question, value })
}

fn factor_ref(id: &str) -> Option<FactorRef> {
    FACTOR_RULES.iter().map(|r| r.factor).find(|f| f.id() == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{evaluate, Choice as C, QuestionId as Q};

    fn date() -> Date {
        Date::parse("2026-11-28").expect("a valid date")
    }

    #[test]
    fn a_summary_round_trips_and_lists_every_medicine_answer() {
        let mut answers = AnswerSet::new();
        for q in crate::assessment::questions::red_flag_questions() {
            assert!(answers.set(q.id, Answer::no()).is_ok());
        }
        assert!(answers.set(Q::AgeBand, Answer::one(C::Age60To79)).is_ok());
        assert!(answers
            .set(Q::Medicines, Answer::many([C::WaterTablet, C::Statin]))
            .is_ok());
        assert!(answers
            .set(Q::DiureticType, Answer::many([C::NotSure]))
            .is_ok());
        assert!(answers.set(Q::SleepNights, Answer::number(4)).is_ok());
        let outcome = evaluate(&answers);
        let summary = ResultSummary::of(&outcome, &answers, date());
        let back = ResultSummary::from_json(&summary.to_json());
        assert_eq!(back.as_ref(), Some(&summary));
        let medicines: Vec<(Q, ReasonValue)> = summary
            .medicines
            .iter()
            .map(|r| (r.question, r.value))
            .collect();
        assert_eq!(
            medicines,
            [
                (Q::Medicines, ReasonValue::Choice(C::WaterTablet)),
                (Q::Medicines, ReasonValue::Choice(C::Statin)),
                (Q::DiureticType, ReasonValue::Choice(C::NotSure)),
            ]
        );
        assert!(summary.factors.iter().any(|f| f.id() == "statins"));
    }

    #[test]
    fn the_diary_fields_are_where_the_diary_reads_them() {
        let outcome = evaluate(&AnswerSet::new());
        let json = summary_json(&outcome, &AnswerSet::new(), date());
        let value: Value = serde_json::from_str(&json).expect("JSON");
        assert_eq!(value["schema"], 1);
        assert_eq!(value["checked"], "2026-11-28");
        assert_eq!(value["disposition"], outcome.disposition.key());
        assert!(value["factors"].is_array());
    }

    #[test]
    fn damaged_or_other_schemas_are_refused_and_unknown_items_left_out() {
        for bad in [
            "",
            "{",
            "[]",
            r#"{"schema":2,"checked":"2026-11-28","disposition":"routine"}"#,
            r#"{"schema":1,"checked":"soon","disposition":"routine"}"#,
            r#"{"schema":1,"checked":"2026-11-28","disposition":"maybe"}"#,
        ] {
            assert_eq!(ResultSummary::from_json(bad), None, "{bad}");
        }
        let json = r#"{"schema":1,"checked":"2026-11-28","disposition":"urgent","factors":["statins","gone"],
            "because":[{"question":"swollen-red-warm-leg","answer":"yes"},{"question":"gone","answer":"yes"}]}"#;
        let s = ResultSummary::from_json(json).expect("readable");
        assert_eq!(s.disposition, Disposition::Urgent);
        assert_eq!(s.factors.len(), 1);
        assert_eq!(
            s.because,
            [Reason {
                question: Q::SwollenLeg,
                value: ReasonValue::Choice(C::Yes)
            }]
        );
        assert!(s.medicines.is_empty());
    }
}
