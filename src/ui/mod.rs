//! The pages and their parts, one folder per feature. They render content from the core and
//! dispatch what the person does; they hold no medical rule or sentence.

pub mod check;
pub mod diary;
pub mod guide;
pub mod privacy;
pub mod relief;
pub mod shared;
