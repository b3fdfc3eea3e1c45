//! Browser entry of the `backup` bundle: diary backups, export and import (/diary/backup/).
//! See `night_cramps::islands` for why the app ships as a few bundles.

fn main() {
    night_cramps::hydrate::start(
        night_cramps::bundles::backup,
        night_cramps::bundles::site_plain,
    );
}
