//! /privacy says, in the prerendered page, what can clear the diary (issue 19, item 4).

mod page_support;

use night_cramps::routes::Route;

#[test]
fn privacy_names_what_can_clear_the_diary() {
    let html = page_support::render(Route::Privacy);
    assert!(html.contains("id=\"what-clears\""), "section missing");
    for needle in [
        "Clearing this site",
        "Safari",
        "7 days",
        "home screen",
        "backup file",
    ] {
        assert!(
            html.contains(needle),
            "/privacy does not mention {needle:?}"
        );
    }
}
