//! Browser entry of the `check` bundle: the self-assessment (/check/).
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::runtime::hydrate::start(
        night_cramps::runtime::bundles::check,
        night_cramps::runtime::bundles::site_plain,
    );
}
