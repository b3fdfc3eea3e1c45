//! The cramp diary model (pure).
