//! Browser entry of the `privacy` bundle: what is stored, and erasing it (/privacy/).
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::hydrate::start(
        night_cramps::bundles::privacy,
        night_cramps::bundles::site_plain,
    );
}
