//! Browser entry of the `diary` bundle: the cramp diary and its summary, backups and trial pages
//! (/diary/…).
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::hydrate::start(
        night_cramps::bundles::diary,
        night_cramps::bundles::site_plain,
    );
}
