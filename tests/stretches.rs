//! The bedtime routine's content: both stretches, both positions, the trial's numbers, plain
//! words, and every source resolving.

#[path = "plain_words_support/mod.rs"]
mod plain_words;

use night_cramps::content::sources::source;
use night_cramps::content::stretches::{
    stretch, Position, StretchId, ABOUT, BEDTIME_TIMING, SAFETY, STRETCHES, TRIAL_WEEKS,
};

#[test]
fn the_routine_stretches_calf_then_back_of_thigh_and_each_id_finds_its_own() {
    let ids: Vec<StretchId> = STRETCHES.iter().map(|s| s.id).collect();
    assert_eq!(ids, StretchId::ALL.to_vec());
    for id in StretchId::ALL {
        assert_eq!(stretch(id).id, id);
    }
}

#[test]
fn timing_follows_the_trial_ten_seconds_three_times_ten_seconds_rest_six_weeks() {
    assert_eq!(BEDTIME_TIMING.hold, 10);
    assert_eq!(BEDTIME_TIMING.holds_per_leg, 3);
    assert_eq!(BEDTIME_TIMING.rest, 10);
    assert_eq!(TRIAL_WEEKS, 6);
    for gap in [
        BEDTIME_TIMING.get_ready,
        BEDTIME_TIMING.switch_leg,
        BEDTIME_TIMING.next_stretch,
    ] {
        assert!(
            (3..=15).contains(&gap),
            "a gap of {gap} s is too short to move or too long to wait"
        );
    }
}

#[test]
fn every_stretch_has_steps_standing_and_sitting_and_most_steps_have_a_drawing() {
    for s in STRETCHES {
        for position in [Position::Standing, Position::Sitting] {
            let steps = s.steps(position);
            assert!((2..=6).contains(&steps.len()), "{} {position:?}", s.name);
            for step in steps {
                assert!(step.text.ends_with('.'), "{:?}", step.text);
            }
        }
        assert!(
            s.sitting.iter().any(|step| step.figure.is_some()),
            "{} sitting has no drawing",
            s.name
        );
    }
    assert!(stretch(StretchId::Calf)
        .standing
        .iter()
        .any(|s| s.figure.is_some()));
}

#[test]
fn every_cited_source_exists_and_the_trial_is_cited() {
    let cited = STRETCHES
        .iter()
        .flat_map(|s| s.sources.iter())
        .chain(ABOUT.iter().chain(SAFETY).flat_map(|c| c.sources.iter()));
    let mut saw_trial = false;
    for id in cited {
        assert!(source(id).is_some(), "unknown source {id}");
        saw_trial |= *id == "hallegraeff-2012";
    }
    assert!(saw_trial);
}

#[test]
fn the_words_are_plain_grade_eight_or_lower_in_short_sentences() {
    let mut texts: Vec<&str> = ABOUT.iter().chain(SAFETY).map(|c| c.text).collect();
    for s in STRETCHES {
        texts.extend(s.standing.iter().chain(s.sitting).map(|step| step.text));
        texts.push(s.felt_in);
    }
    let grade = plain_words::grade(&texts);
    assert!(grade <= 8.0, "grade {grade:.1}");
    let longest = plain_words::longest_sentence(&texts);
    assert!(longest <= 20, "a sentence of {longest} words");
}

#[test]
fn a_spoken_cue_names_the_muscle_of_each_leg_in_plain_words() {
    use night_cramps::content::stretches::Leg;
    assert_eq!(
        stretch(StretchId::Calf).said_for(Leg::Left),
        "your left calf"
    );
    assert_eq!(
        stretch(StretchId::BackOfThigh).said_for(Leg::Right),
        "the back of your right thigh"
    );
}
