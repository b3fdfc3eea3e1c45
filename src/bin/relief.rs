//! Browser entry of the `relief` bundle: one muscle's steps and hold timer (/now/<muscle>/).
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::runtime::hydrate::start(
        night_cramps::runtime::bundles::relief,
        night_cramps::runtime::bundles::relief_plain,
    );
}
