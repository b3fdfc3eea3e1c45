//! The guided routine as a person would notice it: how long it takes, what they hear and when,
//! pause and resume, skip from every part, and the countdown on screen. No real waiting: the
//! clock is passed in.

#[path = "plain_words_support/mod.rs"]
mod plain_words;

use night_cramps::content::stretches::{Leg, LegOrder, StretchId, Timing, BEDTIME_TIMING};
use night_cramps::stretch::{Cue, Phase, Plan, Routine, State, Tone};

const ORDERS: [LegOrder; 2] = [LegOrder::TakeTurns, LegOrder::OneLegAtATime];

/// Ticks every `step_ms` from `from_ms` to `to_ms` inclusive and collects the cues.
fn run(routine: &mut Routine, from_ms: u64, to_ms: u64, step_ms: u64) -> Vec<Cue> {
    let mut cues = Vec::new();
    let mut now = from_ms;
    while now <= to_ms {
        cues.extend(routine.tick(now));
        now += step_ms;
    }
    cues
}

fn phases(cues: &[Cue]) -> Vec<Phase> {
    cues.iter().map(|c| c.phase).collect()
}

#[test]
fn taking_turns_lasts_about_three_minutes_and_one_leg_at_a_time_a_minute_more() {
    let t = BEDTIME_TIMING;
    // Per stretch: 6 holds, and 5 swaps between them.
    let per_stretch = 6 * t.hold + 5 * t.switch_leg;
    let turns = t.get_ready + per_stretch + t.next_stretch + per_stretch;
    assert_eq!(
        Plan::bedtime(LegOrder::TakeTurns).total_ms(),
        u64::from(turns) * 1000
    );
    assert_eq!(turns, 190);
    assert!((150..=210).contains(&turns), "about 3 minutes");

    // Per stretch: 3 holds and 2 rests on each leg, one swap.
    let per_stretch = 2 * (3 * t.hold + 2 * t.rest) + t.switch_leg;
    let one_leg = t.get_ready + per_stretch + t.next_stretch + per_stretch;
    assert_eq!(
        Plan::bedtime(LegOrder::OneLegAtATime).total_ms(),
        u64::from(one_leg) * 1000
    );
    assert_eq!(one_leg, 230);
}

#[test]
fn every_muscle_of_every_leg_is_held_three_times_for_ten_seconds() {
    for order in ORDERS {
        let plan = Plan::bedtime(order);
        for stretch in StretchId::ALL {
            for leg in Leg::BOTH {
                let holds: Vec<u32> = plan
                    .parts
                    .iter()
                    .filter(|p| p.phase == Phase::Hold && p.stretch == stretch && p.leg == leg)
                    .map(|p| p.hold_number)
                    .collect();
                assert_eq!(holds, vec![1, 2, 3], "{order:?} {stretch:?} {leg:?}");
            }
        }
        assert!(plan
            .parts
            .iter()
            .filter(|p| p.phase == Phase::Hold)
            .all(|p| p.seconds == 10));
        // Never two holds back to back: there is always a moment to let go.
        for pair in plan.parts.windows(2) {
            assert!(!(pair[0].phase == Phase::Hold && pair[1].phase == Phase::Hold));
        }
    }
}

#[test]
fn each_leg_rests_at_least_ten_seconds_between_its_holds() {
    for order in ORDERS {
        let plan = Plan::bedtime(order);
        let mut last_hold_end: std::collections::HashMap<(StretchId, Leg), u64> =
            std::collections::HashMap::new();
        for (i, part) in plan.parts.iter().enumerate() {
            if part.phase != Phase::Hold {
                continue;
            }
            let start = plan.start_ms(i);
            if let Some(end) = last_hold_end.get(&(part.stretch, part.leg)) {
                assert!(start - end >= 10_000, "{order:?} part {i}");
            }
            last_hold_end.insert((part.stretch, part.leg), start + 10_000);
        }
    }
}

#[test]
fn run_through_untouched_every_part_is_cued_exactly_once_in_order_then_done() {
    for order in ORDERS {
        let mut r = Routine::bedtime(order);
        let plan = r.plan().clone();
        let first = r.start(1_000).expect("a cue at the start");
        // Tick every 100 ms, and twice at each moment, well past the end.
        let mut cues = vec![first];
        let end = 1_000 + plan.total_ms() + 5_000;
        let mut now = 1_000;
        while now <= end {
            cues.extend(r.tick(now));
            cues.extend(r.tick(now));
            now += 100;
        }
        let mut expected: Vec<Phase> = plan.parts.iter().map(|p| p.phase).collect();
        expected.push(Phase::Done);
        assert_eq!(phases(&cues), expected, "{order:?}");
        assert_eq!(r.state(), State::Done);
        assert_eq!(r.tick(end + 60_000), None, "nothing after the end");
    }
}

#[test]
fn each_cue_arrives_on_the_tick_its_part_begins_not_before() {
    let mut r = Routine::bedtime(LegOrder::TakeTurns);
    r.start(0);
    let plan = r.plan().clone();
    for i in 1..plan.parts.len() {
        let start = plan.start_ms(i);
        assert_eq!(r.tick(start - 1), None, "part {i} cued early");
        let cue = r.tick(start).expect("cue at the boundary");
        assert_eq!(cue.phase, plan.parts[i].phase);
    }
    assert_eq!(r.tick(plan.total_ms() - 1), None);
    assert_eq!(r.tick(plan.total_ms()).map(|c| c.phase), Some(Phase::Done));
}

#[test]
fn tones_tell_what_to_do_without_words() {
    let mut r = Routine::bedtime(LegOrder::OneLegAtATime);
    let mut cues = vec![r.start(0).unwrap()];
    cues.extend(run(&mut r, 0, 300_000, 250));
    for cue in &cues {
        let expected = match cue.phase {
            Phase::Hold => Tone::Hold,
            Phase::Rest | Phase::SwitchLeg => Tone::LetGo,
            Phase::GetReady | Phase::NextStretch => Tone::Move,
            Phase::Done => Tone::Finished,
        };
        assert_eq!(cue.tone, expected, "{:?}", cue.phase);
        assert!(!cue.vibration.is_empty());
        assert!(!cue.words.is_empty());
    }
    // Different tones buzz differently, so a phone in a pocket is enough.
    let patterns: std::collections::HashSet<&[u32]> = cues.iter().map(|c| c.vibration).collect();
    assert_eq!(patterns.len(), 4);
}

#[test]
fn spoken_cues_name_the_leg_and_the_muscle_when_they_change() {
    let mut r = Routine::bedtime(LegOrder::TakeTurns);
    let mut cues = vec![r.start(0).unwrap()];
    cues.extend(run(&mut r, 0, 200_000, 500));
    assert_eq!(cues[0].words, "Get ready to stretch your left calf.");
    assert_eq!(cues[1].words, "Stretch your left calf. Hold.");
    assert_eq!(cues[2].words, "Let go. Swap to your right leg.");
    assert!(cues.iter().any(|c| c.phase == Phase::NextStretch
        && c.words.contains("back of the thigh")
        && c.words.contains("Start with your left leg")));
    assert!(cues
        .iter()
        .any(|c| c.words == "Stretch the back of your right thigh. Hold."));
    assert_eq!(cues.last().unwrap().words, "All done. Sleep well.");
}

#[test]
fn a_pause_stops_the_clock_and_resume_carries_on_from_there() {
    let mut r = Routine::bedtime(LegOrder::TakeTurns);
    r.start(0);
    r.tick(12_000); // 2 s into the first hold (after 10 s of getting ready)
    assert_eq!(r.pause(12_000), None);
    assert_eq!(r.state(), State::Paused { elapsed_ms: 12_000 });
    // A long pause: nothing is said and the countdown does not move.
    let before = r.view(12_000);
    assert_eq!(run(&mut r, 12_000, 600_000, 1_000), vec![]);
    assert_eq!(r.view(600_000), before);
    assert!(before.paused);
    assert_eq!(before.seconds_left, 8);
    assert_eq!(r.resume(600_000), None);
    assert_eq!(r.view(605_000).seconds_left, 3);
    // The hold ends 8 s after resuming, not before.
    assert_eq!(r.tick(607_999), None);
    assert_eq!(r.tick(608_000).map(|c| c.phase), Some(Phase::SwitchLeg));
    // The whole routine ends its full length after the start plus the pause.
    let total = r.plan().total_ms();
    let end = total + (600_000 - 12_000);
    assert_ne!(r.tick(end - 1).map(|c| c.phase), Some(Phase::Done));
    assert_eq!(r.tick(end).map(|c| c.phase), Some(Phase::Done));
}

#[test]
fn pausing_and_resuming_are_ignored_when_they_make_no_sense() {
    let mut r = Routine::bedtime(LegOrder::TakeTurns);
    assert_eq!(r.pause(0), None);
    assert_eq!(r.resume(0), None);
    assert_eq!(r.skip(0), None);
    assert_eq!(r.state(), State::NotStarted);
    r.start(0);
    assert_eq!(
        r.start(5_000),
        None,
        "start does not restart a running routine"
    );
    assert_eq!(r.resume(5_000), None);
    assert!(matches!(r.state(), State::Running { .. }));
}

#[test]
fn pausing_after_the_time_is_up_finishes_once() {
    let mut r = Routine::bedtime(LegOrder::TakeTurns);
    r.start(0);
    let total = r.plan().total_ms();
    assert_eq!(r.pause(total + 1).map(|c| c.phase), Some(Phase::Done));
    assert_eq!(r.state(), State::Done);
    assert_eq!(r.tick(total + 2), None);
}

#[test]
fn skip_from_every_part_running_or_paused_moves_to_the_next_part_with_its_cue() {
    for order in ORDERS {
        for paused in [false, true] {
            let plan = Plan::bedtime(order);
            for from in 0..plan.parts.len() {
                let mut r = Routine::new(plan.clone());
                r.start(0);
                // Half way through part `from`, ticking along the way.
                let now = plan.start_ms(from) + u64::from(plan.parts[from].seconds) * 500;
                run(&mut r, 0, now, 1_000);
                if paused {
                    r.pause(now);
                }
                let cue = r.skip(now).expect("skip gives a cue");
                let view = r.view(now);
                if from + 1 == plan.parts.len() {
                    assert_eq!(cue.phase, Phase::Done);
                    assert_eq!(r.state(), State::Done);
                    assert_eq!(view.phase, Phase::Done);
                } else {
                    let next = plan.parts[from + 1];
                    assert_eq!(cue.phase, next.phase, "{order:?} from {from}");
                    assert_eq!(view.phase, next.phase);
                    assert_eq!(view.seconds_left, next.seconds);
                    assert_eq!(view.paused, paused);
                    // The skipped-to part is not cued again when time moves on.
                    assert_eq!(r.tick(now + 1), None);
                    if paused {
                        assert_eq!(r.view(now + 50_000), view, "still paused");
                    }
                }
            }
        }
    }
}

#[test]
fn skipping_every_part_reaches_done_with_one_cue_per_skip() {
    for order in ORDERS {
        let mut r = Routine::bedtime(order);
        let parts = r.plan().parts.len();
        r.start(0);
        let mut cues = Vec::new();
        while let Some(cue) = r.skip(0) {
            cues.push(cue);
        }
        assert_eq!(cues.len(), parts, "{order:?}: one per later part, and Done");
        assert_eq!(cues.last().map(|c| c.phase), Some(Phase::Done));
        assert_eq!(r.state(), State::Done);
    }
}

#[test]
fn after_a_sleeping_page_only_the_current_part_is_cued() {
    let mut r = Routine::bedtime(LegOrder::TakeTurns);
    r.start(0);
    let plan = r.plan().clone();
    // Asleep from 1 s to half way through part 5.
    r.tick(1_000);
    let now = plan.start_ms(5) + 1_000;
    let cues = run(&mut r, now, now, 1);
    assert_eq!(phases(&cues), vec![plan.parts[5].phase]);
    assert_eq!(r.tick(now + 10), None);
}

#[test]
fn the_countdown_rounds_up_and_the_routine_counts_down_to_zero() {
    let mut r = Routine::bedtime(LegOrder::TakeTurns);
    let total = r.plan().total_ms();
    let before = r.view(0);
    assert_eq!((before.phase, before.seconds_left), (Phase::GetReady, 10));
    assert_eq!(before.routine_seconds_left, 190);
    r.start(0);
    assert_eq!(r.view(1).seconds_left, 10);
    assert_eq!(r.view(1_000).seconds_left, 9);
    assert_eq!(r.view(9_999).seconds_left, 1);
    let hold = r.view(10_000);
    assert_eq!(
        (hold.phase, hold.seconds_left, hold.permille_left),
        (Phase::Hold, 10, 1000)
    );
    assert_eq!(
        (hold.stretch, hold.leg, hold.hold_number, hold.holds_per_leg),
        (StretchId::Calf, Leg::Left, 1, 3)
    );
    assert_eq!(r.view(15_000).permille_left, 500);
    assert_eq!(r.view(total - 1).routine_seconds_left, 1);
    assert_eq!(r.view(total).phase, Phase::Done);
}

#[test]
fn start_after_done_goes_again_and_reset_says_nothing() {
    let mut r = Routine::bedtime(LegOrder::TakeTurns);
    r.start(0);
    r.finish();
    assert_eq!(r.finish(), None, "finishing twice says it once");
    assert_eq!(r.start(500_000).map(|c| c.phase), Some(Phase::GetReady));
    assert_eq!(r.view(500_000).routine_seconds_left, 190);
    r.reset();
    assert_eq!(r.state(), State::NotStarted);
    assert_eq!(r.tick(600_000), None);
}

#[test]
fn a_zero_second_gap_is_left_out_rather_than_flashed() {
    let timing = Timing {
        get_ready: 0,
        switch_leg: 0,
        ..BEDTIME_TIMING
    };
    let plan = Plan::new(&StretchId::ALL, timing, LegOrder::TakeTurns);
    assert_eq!(plan.parts[0].phase, Phase::Hold);
    assert!(plan
        .parts
        .iter()
        .all(|p| p.seconds > 0 && p.phase != Phase::SwitchLeg));
    let mut r = Routine::new(Plan::new(&[], timing, LegOrder::TakeTurns));
    assert_eq!(
        r.start(0).map(|c| c.phase),
        Some(Phase::Done),
        "an empty routine is over at once"
    );
}

#[test]
fn spoken_cues_are_short_and_plain() {
    for order in ORDERS {
        let mut r = Routine::bedtime(order);
        let mut cues = vec![r.start(0).unwrap()];
        cues.extend(run(&mut r, 0, 300_000, 250));
        let words: Vec<&str> = cues.iter().map(|c| c.words.as_str()).collect();
        let grade = plain_words::grade(&words);
        assert!(grade <= 8.0, "{order:?}: grade {grade:.1}");
        assert!(
            plain_words::longest_sentence(&words) <= 12,
            "said while stretching: keep it short"
        );
    }
}
