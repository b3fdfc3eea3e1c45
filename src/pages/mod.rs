//! One file per page. Pages arrange components and content; they decide nothing medical.

pub mod about;
pub mod check;
pub mod diary;
pub mod guide;
pub mod home;
pub mod not_found;
pub mod now;
pub mod privacy;
pub mod stretch;
