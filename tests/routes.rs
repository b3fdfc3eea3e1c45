//! Every route renders on the host (as the prerender does) with exactly one h1, the expected
//! heading, and links that stay relative (so the site works under any sub-path).

mod page_support;
use page_support::render;

use night_cramps::content::{guide, relief};
use night_cramps::routes::Route;


fn expected_heading(route: Route) -> String {
    match route {
        Route::Home => "Help with night-time leg cramps".into(),
        Route::Now => "Where is the cramp?".into(),
        Route::NowMuscle(m) => format!("{} cramp", relief::muscle(m).expect("muscle").name),
        Route::Guide => "Guide to night-time leg cramps".into(),
        Route::GuideSection(s) => s.title.into(),
        Route::Check => "Check your cramps".into(),
        Route::Diary => "Cramp diary".into(),
        Route::DiarySummary => "Summary for your doctor".into(),
        Route::DiaryBackup => "Back up or restore your diary".into(),
        Route::Privacy => "Your data stays on this device".into(),
        Route::About => "About Night Cramps".into(),
        Route::NotFound => "Page not found".into(),
    }
}

/// The text inside the first <h1>…</h1>, with tags and Yew's comment markers removed.
fn h1_text(html: &str) -> Option<String> {
    let start = html.find("<h1")?;
    let rest = &html[start..];
    let open_end = rest.find('>')? + 1;
    let close = rest.find("</h1>")?;
    let inner = &rest[open_end..close];
    let mut text = String::new();
    let mut in_tag = false;
    for c in inner.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    Some(text.replace("&#x27;", "'").replace("&amp;", "&").replace("&quot;", "\""))
}

#[test]
fn every_route_renders_one_h1_with_its_heading() {
    let mut routes = Route::all();
    routes.push(Route::NotFound);
    assert!(routes.len() >= 10 + guide::SECTIONS.len(), "expected every page and guide section");
    for route in routes {
        let html = render(route);
        assert_eq!(html.matches("<h1").count(), 1, "{route:?} must have exactly one h1");
        assert_eq!(h1_text(&html).as_deref(), Some(expected_heading(route).as_str()), "{route:?} heading");
        assert!(html.contains("<main id=\"main\""), "{route:?} has a main landmark");
        assert!(html.contains("Skip to main content"), "{route:?} has a skip link");
        assert!(!html.contains("href=\"/"), "{route:?}: links must be relative to <base href>, not absolute");
    }
}

#[test]
fn every_route_has_its_own_title_and_description() {
    let routes = Route::all();
    let mut titles: Vec<String> = routes.iter().map(|r| r.meta().0).collect();
    for r in &routes {
        let (title, description) = r.meta();
        assert!(!title.is_empty() && description.len() > 20, "{r:?}");
    }
    titles.sort();
    titles.dedup();
    assert_eq!(titles.len(), routes.len(), "titles are unique");
}

#[test]
fn paths_round_trip_with_and_without_trailing_slash() {
    for route in Route::all() {
        assert_eq!(Route::parse(&route.path()), route);
        assert_eq!(Route::parse(route.path().trim_end_matches('/')), route);
        assert_eq!(Route::parse(&format!("{}index.html", route.path())), route);
    }
    assert_eq!(Route::parse("/guide/no-such-section/"), Route::NotFound);
    assert_eq!(Route::parse("/now/elbow"), Route::NotFound);
    assert_eq!(Route::parse("/wp-admin"), Route::NotFound);
    assert_eq!(Route::parse("/"), Route::Home);
}

#[test]
fn the_cramp_now_control_is_on_every_page() {
    for route in Route::all() {
        let html = render(route);
        assert!(html.contains("href=\"now/\""), "{route:?} must link to relief mode in one tap");
    }
}
