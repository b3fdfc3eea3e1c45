//! The guide's sections as an ordered list of blocks. Pages render these blocks; they add no prose.

use super::{care::Urgency, Cited};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph with its sources.
    Para(Cited),
    /// A sub-heading (rendered as h2 within the section page).
    Heading(&'static str),
    /// A bulleted list; each item carries its sources.
    List(&'static [Cited]),
    /// The care card of that urgency (from `care::CARE_CARDS`).
    Care(Urgency),
    /// The list of red flags (from `red_flags::RED_FLAGS`).
    RedFlags,
    /// Every claim of the seed article with its verdict (from `claims::CLAIMS`).
    Claims,
    /// Risk factors and conditions (from `factors::RISK_FACTORS`).
    RiskFactors,
    /// Medicine classes (from `factors::MEDICINE_CLASSES`).
    Medicines,
    /// Per-muscle relief steps (from `relief::MUSCLES`).
    ReliefSteps,
    /// Every source as a canonical citation (from `sources::SOURCES`).
    SourceList,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// URL slug under /guide/, e.g. "causes".
    pub slug: &'static str,
    /// The page's h1 and <title>.
    pub title: &'static str,
    /// One sentence for the meta description and the guide index.
    pub summary: &'static str,
    pub blocks: &'static [Block],
}

/// The guide, in reading order.
pub static SECTIONS: &[Section] = &[];

pub fn section(slug: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.slug == slug)
}
