//! Browser entry of the `diary` bundle: the cramp diary and its summary, backups and trial pages
//! (/diary/…).
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::runtime::hydrate::start(night_cramps::runtime::bundles::diary_plain);
}
