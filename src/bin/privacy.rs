//! Browser entry of the `privacy` bundle: what is stored, and erasing it (/privacy/). Plain islands only: no
//! Yew.
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::runtime::hydrate::start(night_cramps::runtime::bundles::privacy_plain);
}
