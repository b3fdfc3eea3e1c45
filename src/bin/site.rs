//! Browser entry of the `site` bundle: start page, guide, about, the muscle picker and 404: the offline note and update prompt.
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::runtime::hydrate::start(night_cramps::runtime::bundles::site_plain);
}
