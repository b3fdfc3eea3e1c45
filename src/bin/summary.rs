//! Browser entry of the `summary` bundle: the doctor summary (/diary/summary/).
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::hydrate::start(
        night_cramps::bundles::summary,
        night_cramps::bundles::site_plain,
    );
}
