//! The hold timer state machine (pure).
