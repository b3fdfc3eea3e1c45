//! Red flags: signs that a "cramp" may be something more serious. Defined once here; the
//! assessment asks them first, the guide lists them, relief mode links to them.

use super::care::Urgency;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlag {
    /// Stable id, e.g. "swollen-red-warm-leg".
    pub id: &'static str,
    /// The yes/no question as the assessment asks it, in plain English.
    pub question: &'static str,
    /// Short label used in "because you said ..." lists.
    pub short: &'static str,
    /// How urgent a "yes" is.
    pub urgency: Urgency,
    /// Why it matters (what it may be a sign of), no diagnosis.
    pub why: &'static str,
    pub sources: &'static [&'static str],
}

pub static RED_FLAGS: &[RedFlag] = &[];

pub fn red_flag(id: &str) -> Option<&'static RedFlag> {
    RED_FLAGS.iter().find(|f| f.id == id)
}
