//! The guide's sections as an ordered list of blocks. Pages render these blocks; they add no prose.
//!
//! The sections are kept by topic, one file each (`understanding`, `self_care`, `treatments`);
//! [`SECTIONS`] gives their reading order.

mod self_care;
mod treatments;
mod understanding;

use super::{care::Urgency, cited, Cited};

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
    /// The way to the guided bedtime stretches (/stretch/, words from `stretches::GUIDE_LINK`).
    StretchRoutine,
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

/// Sections a person may read in the middle of a cramp: they get relief mode's "Get help now".
pub const READ_DURING_A_CRAMP: &[&str] = &["during"];

/// The guide, in reading order.
pub static SECTIONS: &[Section] = &[
    understanding::WHAT,
    understanding::WHO,
    understanding::CAUSES,
    understanding::MEDICINES,
    self_care::PREVENTION,
    self_care::DURING,
    self_care::HELP,
    MYTHS,
    treatments::TREATMENTS,
    SOURCE_LIST,
];

/// "Myths and evidence". A constant of its own so that pages linking to it (the check's plan)
/// need not carry the whole guide.
pub const MYTHS: Section = Section {
    slug: "myths",
    title: "Myths and evidence",
    summary: "We took each claim from a well-known article on night cramps and checked it against trusted sources.",
    blocks: &[
        Block::Para(cited(
            "A popular article about night cramps made many claims. We checked each one against trusted sources. Supported means good sources agree. Partly supported means some of it holds up, or the evidence is weak. Not supported means we found no good evidence for it. Contradicted means good evidence points the other way.",
            &[],
        )),
        Block::Claims,
    ],
};

/// The source list, linked from every citation: a constant of its own for the same reason.
pub const SOURCE_LIST: Section = Section {
    slug: "sources",
    title: "Sources",
    summary: "Every source this guide uses, with its authors, title, publisher and year.",
    blocks: &[
        Block::Para(cited(
            "This guide is based on these sources. Where a page could not be read directly, we read a faithful copy and cite the original here. Where a source gives no date, it says n.d. (no date).",
            &[],
        )),
        Block::SourceList,
    ],
};

pub fn section(slug: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.slug == slug)
}
