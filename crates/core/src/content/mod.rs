//! The guide as typed, plain data: sections, claims with verdicts, sources, red flags, care cards,
//! muscles (relief steps), medicines and risk factors.
//!
//! This module imports no UI or browser crate. Every fact is defined once, with a stable id, and
//! referenced by that id elsewhere (the assessment, the relief page, the diary summary).
//! `tests/content/` checks referential integrity: every cited id resolves, every source is
//! cited, ids are unique, every seed-article claim has a verdict and at least one source.

pub mod care;
pub mod claims;
pub mod factors;
pub mod guide;
pub mod red_flags;
pub mod relief;
pub mod site;
pub mod sources;
pub mod stretches;

/// When the content was last checked against the evidence sheet. Shown on /about and in the footer.
pub const LAST_REVIEWED: &str = "2026-12-04";

/// How well the evidence supports a statement. The guide uses exactly these four labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    Supported,
    PartlySupported,
    NotSupported,
    Contradicted,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [
        Verdict::Supported,
        Verdict::PartlySupported,
        Verdict::NotSupported,
        Verdict::Contradicted,
    ];

    /// The label a reader sees.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Supported => "Supported",
            Verdict::PartlySupported => "Partly supported",
            Verdict::NotSupported => "Not supported",
            Verdict::Contradicted => "Contradicted",
        }
    }

    /// A stable CSS/class-friendly key.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::PartlySupported => "partly",
            Verdict::NotSupported => "not-supported",
            Verdict::Contradicted => "contradicted",
        }
    }
}

/// A piece of prose with the sources that back it (source ids from [`sources`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cited {
    pub text: &'static str,
    pub sources: &'static [&'static str],
}

/// Shorthand for building [`Cited`] in data tables.
pub const fn cited(text: &'static str, sources: &'static [&'static str]) -> Cited {
    Cited { text, sources }
}
