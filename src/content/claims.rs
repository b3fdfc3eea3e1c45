//! Every claim of the seed article, with its verdict from the evidence sheet and its sources.
//! The "myths vs evidence" guide section renders this table; assessment results refer to claims by id.

use super::Verdict;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Stable id, e.g. "magnesium-number-one-cause".
    pub id: &'static str,
    /// What the article says, in our own words (a short paraphrase, no doses).
    pub article_says: &'static str,
    pub verdict: Verdict,
    /// What the evidence shows, in plain English.
    pub evidence: &'static str,
    /// Source ids.
    pub sources: &'static [&'static str],
}

pub static CLAIMS: &[Claim] = &[];

pub fn claim(id: &str) -> Option<&'static Claim> {
    CLAIMS.iter().find(|c| c.id == id)
}
