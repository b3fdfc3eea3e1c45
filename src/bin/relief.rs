//! Browser entry of the `relief` bundle: a muscle's hold timer and one-tap diary log
//! (/now/<muscle>/), and the bedtime stretch player (/stretch/). All plain islands: no Yew.
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::runtime::hydrate::start(night_cramps::runtime::bundles::relief_plain);
}
