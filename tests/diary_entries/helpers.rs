//! Helpers: a draft, and its errors.

use super::*;

pub(crate) fn draft(night: &str, cramps: &str, pain: &str) -> Draft {
    Draft {
        night_of: night.to_string(),
        cramps: cramps.to_string(),
        worst_pain: pain.to_string(),
        muscles: BTreeSet::from([Muscle::Calf]),
        ..Draft::default()
    }
}

pub(crate) fn errors_for(draft: &Draft) -> Vec<FieldError> {
    validate(draft, today(), &Diary::new(), None).expect_err("should be refused")
}

pub(crate) fn only_error(draft: &Draft, field: Field) -> String {
    let errors = errors_for(draft);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, field, "{errors:?}");
    errors[0].message.clone()
}
