//! Browser entry of the `check` bundle: the self-assessment (/check/). Plain islands only: no
//! Yew.
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::runtime::hydrate::start(night_cramps::runtime::bundles::check_plain);
}
