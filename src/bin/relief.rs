//! Browser entry of the `relief` bundle: one muscle's steps and hold timer (/now/<muscle>/).
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::hydrate::start(
        night_cramps::bundles::relief,
        night_cramps::bundles::relief_plain,
    );
}
