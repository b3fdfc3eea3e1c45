//! The bedtime stretches page (/stretch/) as the host renders it: what it says before Start,
//! both stretches' steps standing and sitting, the player's controls idle and ready, the live
//! region, the way to it from the start page and the guide, and the words the player shows.

mod page_support;
#[path = "plain_words_support/mod.rs"]
mod plain_words;
use page_support::{contains_text, render};

use night_cramps::content::guide;
use night_cramps::content::stretches::{
    Leg, LegOrder, Position, StretchId, ABOUT, GUIDE_LINK, INVITE, SAFETY, STRETCHES, TITLE,
};
use night_cramps::islands::{Bundle, Island};
use night_cramps::routes::Route;
use night_cramps::stretch::{words, Routine};

/// The opening tag of the element whose attributes hold `marker` (a class or data attribute).
fn tag_with<'a>(html: &'a str, marker: &str) -> &'a str {
    let at = html.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let start = html[..at].rfind('<').expect("tag start");
    &html[start..at + html[at..].find('>').expect("tag end")]
}

#[test]
fn the_page_says_what_the_routine_is_and_how_to_stay_safe_with_sources() {
    let html = render(Route::Stretch);
    assert!(html.contains(&format!(">{TITLE}</h1>")));
    for c in ABOUT.iter().chain(SAFETY) {
        assert!(contains_text(&html, c.text), "missing: {}", c.text);
    }
    // The trial's finding is cited to the trial.
    assert!(html.contains("#src-hallegraeff-2012"), "the trial is cited");
    // Dark and low-glare, like relief mode.
    assert!(html.contains("shell--relief"));
}

#[test]
fn the_page_shows_every_step_of_both_stretches_standing_and_sitting() {
    let html = render(Route::Stretch);
    for s in STRETCHES {
        assert!(contains_text(&html, s.name), "{}", s.name);
        for p in [Position::Standing, Position::Sitting] {
            for step in s.steps(p) {
                assert!(
                    contains_text(&html, step.text),
                    "missing step: {}",
                    step.text
                );
            }
        }
    }
    // Drawings: the calf's standing one at least, in the steps.
    assert!(html.contains("figure--standing-calf-lean"));
}

#[test]
fn the_player_is_idle_and_ready_with_its_controls_and_a_polite_live_region() {
    let html = render(Route::Stretch);
    let class = html.find("class=\"stretch-player ").expect("the player");
    let start = html[..class].rfind("<section").expect("its section");
    let player = &html[start..class + html[class..].find("</section>").expect("end")];
    let routine = Routine::bedtime(LegOrder::TakeTurns);
    let first = routine.view(0);
    assert!(player.contains("data-state=\"idle\""));
    assert!(player.contains(&format!(
        "<span class=\"stretch-player__number\">{}</span>",
        first.seconds_left
    )));
    assert!(contains_text(player, words::READY));
    assert!(contains_text(
        player,
        &words::routine_left(first.routine_seconds_left)
    ));
    assert!(player.contains(">Start</button>"));
    // Nothing to skip or reset before the start.
    assert!(tag_with(player, "stretch-player__skip").contains("disabled"));
    assert!(tag_with(player, "stretch-player__reset").contains("disabled"));
    assert!(!tag_with(player, "stretch-player__toggle").contains("disabled"));
    // Spoken cues are off until the person turns them on.
    assert!(!tag_with(player, "stretch-player__voice-switch").contains("checked"));
    assert!(contains_text(player, words::VOICE_LABEL));
    assert!(player.contains("aria-live=\"polite\""));
    // "Done" and the way to the diary wait, hidden, for the end.
    assert!(tag_with(player, "\"stretch-player__done\"").contains("hidden"));
    // Relative to the page's <base href>, like every link.
    assert!(
        player.contains("<a href=\"diary/\">"),
        "the way to the diary"
    );
    // The first stretch's drawing shows; the second's waits.
    assert!(!tag_with(player, "data-stretch=\"calf\"").contains("hidden"));
    assert!(tag_with(player, "data-stretch=\"back-of-thigh\"").contains("hidden"));
}

#[test]
fn the_page_has_the_stretch_player_and_loads_the_diary_bundle() {
    assert!(Route::all().contains(&Route::Stretch));
    assert_eq!(Route::parse("/stretch/"), Route::Stretch);
    assert_eq!(Route::Stretch.bundle(), Bundle::Diary);
    assert!(Route::Stretch.islands().contains(&Island::Stretch));
}

#[test]
fn the_start_page_and_the_prevention_guide_lead_to_it() {
    let home = render(Route::Home);
    // Links are relative to the page's <base href>.
    assert!(home.contains("<a href=\"stretch/\""), "start page links it");
    let prevention = guide::section("prevention").expect("prevention section");
    let page = render(Route::GuideSection(prevention));
    assert!(page.contains(&format!("href=\"stretch/\">{GUIDE_LINK}</a>")));
}

#[test]
fn what_to_do_now_names_the_leg_the_muscle_and_the_hold() {
    let mut routine = Routine::bedtime(LegOrder::TakeTurns);
    routine.start(0);
    assert_eq!(words::doing_now(&routine.view(0)), "Get ready: Left calf");
    // After the 10 s to get ready, the first hold.
    assert_eq!(
        words::doing_now(&routine.view(10_000)),
        "Left calf: hold 1 of 3"
    );
    routine.skip(10_000);
    assert_eq!(
        words::doing_now(&routine.view(10_000)),
        "Swap legs. Next: Right calf, hold 1 of 3"
    );
    assert_eq!(
        words::muscle_on_leg(StretchId::BackOfThigh, Leg::Right),
        "Back of right thigh"
    );
    assert_eq!(words::routine_left(190), "3:10 left in all");
    assert_eq!(words::routine_left(65), "1:05 left in all");
    assert_eq!(words::routine_left(0), "0:00 left in all");
}

#[test]
fn the_players_own_words_are_plain_grade_eight_or_lower_in_short_sentences() {
    // Every cue and screen line of a whole run, plus the fixed lines around the player.
    let mut texts: Vec<String> = [
        words::READY,
        words::NO_LOCAL_VOICE,
        words::VOICE_LABEL,
        words::TO_DIARY,
        INVITE,
        GUIDE_LINK,
    ]
    .iter()
    .chain(words::SOUNDS)
    .map(|s| s.to_string())
    .collect();
    let mut routine = Routine::bedtime(LegOrder::TakeTurns);
    texts.extend(routine.start(0).map(|c| c.words));
    for now in (0..=200_000).step_by(1_000) {
        texts.push(words::doing_now(&routine.view(now)));
        texts.extend(routine.tick(now).map(|c| c.words));
    }
    assert!(
        texts.iter().any(|t| t == "All done. Sleep well."),
        "ran to the end"
    );
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    let grade = plain_words::grade(&texts);
    assert!(grade <= 8.0, "grade {grade:.1}");
    let longest = plain_words::longest_sentence(&texts);
    assert!(longest <= 20, "a sentence of {longest} words");
}
