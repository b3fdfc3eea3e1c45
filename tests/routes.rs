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
        Route::DiaryExperiment => "Does it work for me?".into(),
        Route::Privacy => "Your data stays on this device".into(),
        Route::About => "About Night Cramps".into(),
        Route::Stretch => "Bedtime stretches".into(),
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
    Some(
        text.replace("&#x27;", "'")
            .replace("&amp;", "&")
            .replace("&quot;", "\""),
    )
}

#[test]
fn every_route_renders_one_h1_with_its_heading() {
    let mut routes = Route::all();
    routes.push(Route::NotFound);
    assert!(
        routes.len() >= 10 + guide::SECTIONS.len(),
        "expected every page and guide section"
    );
    for route in routes {
        let html = render(route);
        assert_eq!(
            html.matches("<h1").count(),
            1,
            "{route:?} must have exactly one h1"
        );
        assert_eq!(
            h1_text(&html).as_deref(),
            Some(expected_heading(route).as_str()),
            "{route:?} heading"
        );
        assert!(
            html.contains("<main id=\"main\""),
            "{route:?} has a main landmark"
        );
        assert!(
            html.contains("Skip to main content"),
            "{route:?} has a skip link"
        );
        assert!(
            !html.contains("href=\"/"),
            "{route:?}: links must be relative to <base href>, not absolute"
        );
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
        assert!(
            html.contains("href=\"now/\""),
            "{route:?} must link to relief mode in one tap"
        );
    }
}

#[test]
fn the_menu_marks_the_page_and_the_part_of_the_site_it_is_in() {
    // The rendered menu's marked link: (its label, its aria-current value).
    let marked = |route: Route| -> Vec<(String, String)> {
        let html = render(route);
        let nav = &html[html.find("aria-label=\"Main\"").expect("a main menu")..];
        let nav = &nav[..nav.find("</nav>").expect("the menu ends")];
        nav.split("<a ")
            .filter_map(|link| {
                let at = link.find("aria-current=\"")? + "aria-current=\"".len();
                let value = &link[at..at + link[at..].find('"')?];
                let label = &link[link.find('>')? + 1..link.find("</a>")?];
                Some((label.to_string(), value.to_string()))
            })
            .collect()
    };
    let one = |label: &str, value: &str| vec![(label.to_string(), value.to_string())];
    assert_eq!(marked(Route::Diary), one("Diary", "page"));
    assert_eq!(marked(Route::DiarySummary), one("Diary", "true"));
    assert_eq!(marked(Route::DiaryBackup), one("Diary", "true"));
    assert_eq!(marked(Route::Guide), one("Guide", "page"));
    assert_eq!(
        marked(Route::GuideSection(&guide::SECTIONS[0])),
        one("Guide", "true")
    );
    assert_eq!(marked(Route::Check), one("Check", "page"));
    for route in [Route::Home, Route::Now, Route::Stretch, Route::NotFound] {
        assert_eq!(marked(route), vec![], "{route:?} is not in the menu");
    }
    // Every page the menu can mark is marked by exactly one link.
    for route in Route::all() {
        assert_eq!(
            marked(route).len(),
            usize::from(route.section().is_some()),
            "{route:?}"
        );
    }
}

#[test]
fn pages_that_need_javascript_say_so_when_it_is_off() {
    for route in Route::all() {
        let html = render(route);
        match route.without_script() {
            Some(note) => {
                let noscript =
                    format!("<noscript><p class=\"noscript-note\">{note}</p></noscript>");
                assert!(
                    html.contains(&noscript),
                    "{route:?} carries its note for JavaScript-off browsers"
                );
            }
            None => assert!(
                !html.contains("<noscript"),
                "{route:?} works without JavaScript: no note"
            ),
        }
        // Every page whose own part is live-only says so; pages with only the shared islands do not.
        let own_islands = route.islands().len() > 2;
        assert_eq!(route.without_script().is_some(), own_islands, "{route:?}");
    }
}

#[test]
fn diary_pages_prerender_what_does_not_need_the_diary() {
    // What the page shows before the diary is read is its prerendered first screen, so reading
    // the diary only fills in below it and never draws a new largest element.
    let summary = render(Route::DiarySummary);
    for part in [
        "Print</button>",
        "Back to the diary</a>",
        "Made with the Night Cramps app, from the diary kept by the person on their own device.",
        "Opening your diary…",
    ] {
        assert!(summary.contains(part), "the summary prerenders {part:?}");
    }
    let backups = render(Route::DiaryBackup);
    for part in ["id=\"diary-import\"", "Download"] {
        assert!(
            backups.contains(part),
            "the backups page prerenders {part:?}"
        );
    }
}
