//! Browser entry of the `check` bundle: the self-assessment (/check/).
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::hydrate::start(
        night_cramps::bundles::check,
        night_cramps::bundles::site_plain,
    );
}
