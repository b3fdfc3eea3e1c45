//! Every source the guide cites, as a canonical citation (authors, title, journal or publisher, year).
//! Defined once; everything else refers to a source by its `id`. The table is kept by topic, one
//! file each, joined in a fixed order: the order is the citation numbering ([1], [2]…), so a
//! source added inside a topic renumbers the ones after it.

mod conditions;
mod overviews;
mod research;
mod treatments;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Stable id, e.g. "cochrane-magnesium-2020".
    pub id: &'static str,
    /// Authors or organisation, e.g. "Garrison SR, Korownyk CS, et al." or "NHS".
    pub authors: &'static str,
    pub title: &'static str,
    /// Journal (with volume/pages where known) or publisher.
    pub publisher: &'static str,
    /// Year of publication or last review; "n.d." when undated.
    pub year: &'static str,
}

/// Mirrors and tables that the evidence sheet lists separately are merged here into one canonical
/// source each (for example the NHS page, its syndicated copies and the HSE version are
/// "nhs-leg-cramps"). No web addresses: several were copies, and citations outlive links.
pub static SOURCES: &[Source] = &ALL;

const PARTS: [&[Source]; 4] = [
    overviews::SOURCES,
    research::SOURCES,
    treatments::SOURCES,
    conditions::SOURCES,
];

static ALL: [Source; count(&PARTS)] = joined(&PARTS);

const fn count(parts: &[&[Source]]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < parts.len() {
        n += parts[i].len();
        i += 1;
    }
    n
}

/// The parts one after another, at compile time.
const fn joined<const N: usize>(parts: &[&[Source]]) -> [Source; N] {
    let mut out = [Source {
        id: "",
        authors: "",
        title: "",
        publisher: "",
        year: "",
    }; N];
    let mut n = 0;
    let mut i = 0;
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            out[n] = parts[i][j];
            n += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// Looks a source up by id.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}
