//! The check's saved answers and saved result, through `crate::platform::store` only, and only when the
//! person chose "Save my answers on this device". Called from effects, never while rendering.

use crate::assessment::{evaluate, summary_json, AnswerSet};
use crate::platform::diary_store::today;
use crate::platform::store::{self, Key};

use super::state::{Found, StoragePlan};

/// Reads saved answers (after mount). A value that cannot be used is copied aside before it is
/// removed, so a later save never overwrites the only copy.
pub fn load() -> Found {
    let raw = match store::read(Key::Answers) {
        Ok(Some(raw)) => raw,
        // Nothing saved, or storage switched off: nothing to offer. A later save reports it.
        Ok(None) | Err(_) => return Found::Nothing,
    };
    match AnswerSet::from_json(&raw) {
        Ok(loaded) => Found::Answers(loaded),
        Err(e) => {
            let kept = store::keep_aside(Key::Answers, &raw).is_ok()
                && store::remove(Key::Answers).is_ok();
            Found::Refused {
                message: e.message(),
                blocked: !kept,
            }
        }
    }
}

/// Makes storage match the plan. Returns the message to show if storage refused.
pub fn apply(plan: &StoragePlan) -> Result<(), String> {
    match plan {
        StoragePlan::Leave => Ok(()),
        StoragePlan::Write { answers, finished } => {
            store::write(Key::Answers, &answers.to_json()).map_err(|e| e.message())?;
            if *finished {
                let json = summary_json(&evaluate(answers), answers, today());
                store::write(Key::LastResult, &json).map_err(|e| e.message())?;
            }
            Ok(())
        }
        StoragePlan::Remove => {
            let answers = store::remove(Key::Answers);
            let result = store::remove(Key::LastResult);
            answers.and(result).map_err(|e| e.message())
        }
    }
}
