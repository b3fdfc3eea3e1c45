//! Relief mode as prerendered (what shows before and without WebAssembly): the picker, every
//! muscle page with its idle timer, drawings for every figure the content names, and the safety
//! exit. The step content itself is checked in `tests/content/`; the timer in `tests/timer.rs`.

mod page_support;
use page_support::{contains_text, render, render_component};

use night_cramps::content::care::{card, Urgency};
use night_cramps::content::red_flags::red_flag;
use night_cramps::content::relief::{muscle, Figure, MuscleId, MUSCLES};
use night_cramps::routes::Route;
use night_cramps::ui::shared::figures::{figure_key, FigureDrawing, FigureDrawingProps};

#[test]
fn every_figure_has_its_own_drawing() {
    // `Figure::ALL` is generated from the enum's own variant list, so this walks every figure.
    let mut keys: Vec<&str> = Figure::ALL.iter().map(|f| figure_key(*f)).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), Figure::ALL.len(), "figure keys are unique");
    let drawings: Vec<String> = Figure::ALL.iter().map(|f| draw(*f)).collect();
    for (f, svg) in Figure::ALL.iter().zip(&drawings) {
        assert!(
            svg.contains(&format!("figure--{}", figure_key(*f))),
            "{f:?}: its class"
        );
        assert!(svg.matches("<path").count() >= 2, "{f:?}: lines drawn");
        let paths = |s: &str| {
            s.split("<path")
                .skip(1)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        for (g, other) in Figure::ALL.iter().zip(&drawings) {
            if f != g {
                assert_ne!(paths(svg), paths(other), "{f:?} and {g:?} share a drawing");
            }
        }
    }
}

/// One figure's drawing as the page renders it.
fn draw(figure: Figure) -> String {
    render_component::<FigureDrawing>(FigureDrawingProps { figure })
}

#[test]
fn every_muscle_page_draws_the_figures_its_steps_name() {
    for m in MUSCLES {
        let html = render(Route::NowMuscle(m.id));
        for step in m.steps.iter().chain(m.alternatives) {
            assert!(
                contains_text(&html, step.text),
                "{}: step missing: {}",
                m.id.slug(),
                step.text
            );
            if let Some(f) = step.figure {
                assert!(
                    html.contains(&format!("figure--{}", figure_key(f))),
                    "{}: no drawing for {f:?}",
                    m.id.slug()
                );
            }
        }
        // Drawings are decoration beside the text: hidden from screen readers, never focusable.
        let svgs: Vec<&str> = html
            .match_indices("class=\"figure figure--")
            .map(|(i, _)| &html[html[..i].rfind("<svg").unwrap_or(i)..i])
            .collect();
        assert!(
            svgs.len() >= 2,
            "{}: main steps and alternatives each show a drawing",
            m.id.slug()
        );
        for tag in svgs {
            assert!(
                tag.contains("aria-hidden=\"true\"") && tag.contains("focusable=\"false\""),
                "{tag}"
            );
        }
    }
}

#[test]
fn a_prerendered_muscle_page_shows_an_idle_timer_with_the_content_hold_time() {
    for m in MUSCLES {
        let html = render(Route::NowMuscle(m.id));
        assert!(html.contains("data-phase=\"idle\""), "{}", m.id.slug());
        assert!(
            html.contains(&format!(
                "<span class=\"hold-timer__number\">{}</span>",
                m.hold_seconds
            )),
            "{}",
            m.id.slug()
        );
        assert!(html.contains(">Start timer</button>"), "{}", m.id.slug());
        // The live region is empty until the person starts the timer (nothing is announced on load).
        assert!(
            html.contains(
                "aria-live=\"polite\" aria-atomic=\"true\" class=\"hold-timer__said\"></p>"
            ),
            "{}: live region must start empty",
            m.id.slug()
        );
        assert!(
            html.contains(">If you can&#39;t stand</h2>")
                || html.contains(">If you can't stand</h2>")
        );
        assert!(html.contains(">After the cramp</h2>"));
        if let Some(note) = m.confidence_note {
            assert!(
                contains_text(&html, note),
                "{}: confidence note shown",
                m.id.slug()
            );
        }
    }
}

#[test]
fn the_picker_offers_every_muscle_and_not_sure_leads_to_the_calf() {
    let html = render(Route::Now);
    for id in MuscleId::ALL {
        let m = muscle(id).expect("content for every muscle");
        assert!(
            html.contains(&format!("href=\"now/{}/\"", id.slug())),
            "link to {}",
            id.slug()
        );
        assert!(contains_text(&html, m.name));
    }
    let not_sure = html.find(">Not sure<").expect("a Not sure option");
    let link_start = html[..not_sure].rfind("<a ").expect("Not sure is a link");
    assert!(
        html[link_start..not_sure].contains("href=\"now/calf/\""),
        "Not sure leads to the calf"
    );
}

#[test]
fn the_safety_exit_asks_the_mid_cramp_red_flags_and_holds_the_urgent_card() {
    let urgent = card(Urgency::Urgent).expect("urgent card");
    for route in [Route::Now, Route::NowMuscle(MuscleId::BackOfThigh)] {
        let html = render(route);
        let exit = &html[html
            .find("class=\"relief-section safety-exit\"")
            .expect("safety exit")..];
        for id in ["cramp-over-10-min", "swollen-red-warm-leg"] {
            let flag = red_flag(id).expect("red flag in content");
            assert!(contains_text(exit, flag.question), "{route:?}: asks {id}");
        }
        // Behind a native disclosure, so it opens without WebAssembly too.
        let details = exit.find("<details").expect("disclosure");
        let card_at = exit.find("care-card--urgent").expect("urgent card");
        assert!(details < card_at);
        assert!(contains_text(exit, urgent.heading));
        assert!(contains_text(exit, urgent.action));
    }
}

/// Every page a person may read mid-cramp: the picker, each muscle, and "During a cramp".
fn pages_read_during_a_cramp() -> Vec<Route> {
    let mut routes = vec![Route::Now];
    routes.extend(MuscleId::ALL.into_iter().map(Route::NowMuscle));
    routes.extend(
        night_cramps::content::guide::READ_DURING_A_CRAMP
            .iter()
            .filter_map(|slug| night_cramps::content::guide::section(slug))
            .map(Route::GuideSection),
    );
    routes
}

#[test]
fn get_help_now_reaches_the_emergency_and_urgent_signs_without_webassembly() {
    use night_cramps::content::red_flags::RED_FLAGS;
    let routes = pages_read_during_a_cramp();
    assert!(
        routes.iter().any(|r| r.path() == "/guide/during/"),
        "/guide/during/ is one of them"
    );
    let emergency = card(Urgency::Emergency).expect("an emergency card");
    let urgent = card(Urgency::Urgent).expect("an urgent card");
    for route in routes {
        let html = render(route);
        // The page's own path: under `<base href>`, a bare "#get-help" would lead to the start page.
        let target = format!("href=\"{}#get-help\"", route.rel_path());
        let link = html
            .find(&target)
            .unwrap_or_else(|| panic!("{route:?}: a plain link {target}"));
        let h1_end = html.find("</h1>").expect("an h1");
        // Near the top: straight after the heading, before the page's first list or paragraph.
        let next_block = [
            "<ol",
            "<ul",
            "<p class=\"lead\"",
            "<p class=\"relief-hint\"",
        ]
        .iter()
        .filter_map(|tag| html[h1_end..].find(tag).map(|i| h1_end + i))
        .min()
        .unwrap_or(html.len());
        assert!(
            link > h1_end && link < next_block.max(link + 1) && link - h1_end < 200,
            "{route:?}: the link comes right after the heading"
        );
        let start = html
            .find("id=\"get-help\"")
            .unwrap_or_else(|| panic!("{route:?}: the get-help section"));
        let section = &html[start..];
        let emergency_at = section
            .find("care-card--emergency")
            .unwrap_or_else(|| panic!("{route:?}: the emergency card"));
        let urgent_at = section
            .find("care-card--urgent")
            .unwrap_or_else(|| panic!("{route:?}: the urgent card"));
        assert!(emergency_at < urgent_at, "{route:?}: emergency card first");
        for text in [emergency.heading, emergency.action] {
            assert!(
                contains_text(&section[emergency_at..urgent_at], text),
                "{route:?}: emergency card has {text:?}"
            );
        }
        for text in [urgent.heading, urgent.action] {
            assert!(
                contains_text(&section[urgent_at..], text),
                "{route:?}: urgent card has {text:?}"
            );
        }
        for flag in RED_FLAGS {
            let (from, to) = match flag.urgency {
                Urgency::Emergency => (emergency_at, urgent_at),
                Urgency::Urgent => (urgent_at, section.len()),
                Urgency::NonUrgent => continue,
            };
            assert!(
                contains_text(&section[from..to], flag.short),
                "{route:?}: {:?} sign {:?} is on its card",
                flag.urgency,
                flag.short
            );
        }
        assert!(
            section.contains("tabindex=\"-1\""),
            "{route:?}: the section takes focus when jumped to"
        );
    }
}
