//! The private self-assessment engine (pure). See assessment/README in ARCHITECTURE.md.
