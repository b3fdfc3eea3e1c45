//! The hold timer as a person would notice it: the countdown, pause and resume, reset, the end,
//! and what a screen reader hears (only at the start, half way, 10 and 5 seconds left, and done).

use night_cramps::timer::{Announcement, Display, Phase, Timer};

/// Ticks the timer every `step_ms` from `from_ms` to `to_ms` (inclusive) and collects what it says.
fn run(timer: &mut Timer, from_ms: u64, to_ms: u64, step_ms: u64) -> Vec<Announcement> {
    let mut said = Vec::new();
    let mut now = from_ms;
    while now <= to_ms {
        said.extend(timer.tick(now));
        now += step_ms;
    }
    said
}

#[test]
fn a_new_timer_is_idle_and_shows_the_full_hold() {
    let t = Timer::new(30);
    assert_eq!(t.phase(), Phase::Idle);
    assert_eq!(t.duration_seconds(), 30);
    assert_eq!(t.remaining_seconds(0), 30);
    assert_eq!(
        t.remaining_seconds(999_999),
        30,
        "time does not pass while idle"
    );
    assert!(!t.is_running());
}

#[test]
fn the_display_changes_whenever_the_seconds_or_the_ring_would() {
    let mut t = Timer::new(30);
    assert_eq!(
        t.display(0),
        Display {
            seconds_left: 30,
            permille_left: 1000
        }
    );
    t.start(0);
    let mut last = t.display(0);
    let mut last_seconds = t.remaining_seconds(0);
    for now in (50..=30_000).step_by(50) {
        let d = t.display(now);
        assert_eq!(d.seconds_left, t.remaining_seconds(now));
        // A UI that redraws only when the display changes never shows a stale second.
        if t.remaining_seconds(now) != last_seconds {
            assert_ne!(d, last, "at {now} ms");
        }
        assert!(
            d.permille_left <= last.permille_left,
            "the ring only empties"
        );
        (last, last_seconds) = (d, t.remaining_seconds(now));
    }
    assert_eq!(
        t.display(30_000),
        Display {
            seconds_left: 0,
            permille_left: 0
        }
    );
    t.pause(10_000);
    assert_eq!(
        t.display(10_000),
        Display {
            seconds_left: 20,
            permille_left: 666
        }
    );
    assert_eq!(
        t.display(99_000),
        t.display(10_000),
        "paused: nothing moves"
    );
}

#[test]
fn start_announces_the_hold_and_counts_down_in_whole_seconds() {
    let mut t = Timer::new(30);
    assert_eq!(t.start(1_000), Some(Announcement::Started { seconds: 30 }));
    assert!(t.is_running());
    assert_eq!(t.remaining_seconds(1_000), 30);
    assert_eq!(
        t.remaining_seconds(1_001),
        30,
        "rounds up: shows 30 until a whole second has gone"
    );
    assert_eq!(t.remaining_seconds(2_000), 29);
    assert_eq!(t.remaining_seconds(30_999), 1);
    assert_eq!(t.remaining_ms(30_999), 1);
}

#[test]
fn a_full_hold_announces_start_halfway_ten_five_and_done_and_nothing_else() {
    let mut t = Timer::new(30);
    let mut said: Vec<Announcement> = t.start(0).into_iter().collect();
    said.extend(run(&mut t, 0, 31_000, 100));
    assert_eq!(
        said,
        vec![
            Announcement::Started { seconds: 30 },
            Announcement::Halfway { seconds_left: 15 },
            Announcement::SecondsLeft(10),
            Announcement::SecondsLeft(5),
            Announcement::Done,
        ]
    );
    assert_eq!(t.phase(), Phase::Finished);
    assert_eq!(t.remaining_seconds(31_000), 0);
}

#[test]
fn there_is_no_announcement_every_second() {
    let mut t = Timer::new(60);
    t.start(0);
    // A tick every second for the whole minute: 3 milestones (30 s, 10 s, 5 s left) and the end.
    let said = run(&mut t, 1_000, 60_000, 1_000);
    assert_eq!(said.len(), 4, "{said:?}");
    assert_eq!(said.last(), Some(&Announcement::Done));
}

#[test]
fn ticking_many_times_in_the_same_moment_says_things_once() {
    let mut t = Timer::new(30);
    t.start(0);
    assert_eq!(
        t.tick(15_000),
        Some(Announcement::Halfway { seconds_left: 15 })
    );
    for _ in 0..10 {
        assert_eq!(t.tick(15_000), None);
    }
    assert_eq!(t.tick(30_000), Some(Announcement::Done));
    assert_eq!(t.tick(30_000), None, "done is said once");
    assert_eq!(t.tick(99_000), None);
}

#[test]
fn after_sleeping_through_several_milestones_only_the_latest_is_said() {
    let mut t = Timer::new(30);
    t.start(0);
    // The phone slept from 1 s to 26 s: say "5 seconds left", not halfway and 10 as well.
    assert_eq!(t.tick(1_000), None);
    assert_eq!(t.tick(26_000), Some(Announcement::SecondsLeft(5)));
    assert_eq!(t.tick(28_000), None);
    // And waking after the end just says done.
    let mut t = Timer::new(30);
    t.start(0);
    assert_eq!(t.tick(120_000), Some(Announcement::Done));
    assert_eq!(t.phase(), Phase::Finished);
}

#[test]
fn pause_freezes_the_countdown_and_resume_carries_on() {
    let mut t = Timer::new(30);
    t.start(0);
    assert_eq!(
        t.pause(12_400),
        None,
        "pausing says nothing: the button label changes"
    );
    assert_eq!(
        t.phase(),
        Phase::Paused {
            remaining_ms: 17_600
        }
    );
    assert_eq!(t.remaining_seconds(12_400), 18);
    assert_eq!(
        t.remaining_seconds(500_000),
        18,
        "time does not pass while paused"
    );
    assert_eq!(
        t.tick(500_000),
        None,
        "a paused timer never finishes or announces"
    );
    assert_eq!(t.resume(500_000), None);
    assert!(t.is_running());
    assert_eq!(t.remaining_seconds(500_000), 18);
    // Halfway (15 s left) comes 2.6 s after resuming, and the end 17.6 s after.
    assert_eq!(t.tick(502_599), None);
    assert_eq!(
        t.tick(502_600),
        Some(Announcement::Halfway { seconds_left: 15 })
    );
    // Ticking rarely: 10 and 5 seconds left were both passed; only the latest is said.
    assert_eq!(t.tick(517_599), Some(Announcement::SecondsLeft(5)));
    assert_eq!(t.remaining_ms(517_599), 1);
    assert_eq!(t.tick(517_600), Some(Announcement::Done));
}

#[test]
fn milestones_passed_before_a_pause_are_not_repeated_after_it() {
    let mut t = Timer::new(30);
    t.start(0);
    assert_eq!(t.tick(20_000), Some(Announcement::SecondsLeft(10)));
    t.pause(21_000);
    t.resume(40_000);
    let said = run(&mut t, 40_000, 50_000, 250);
    assert_eq!(said, vec![Announcement::SecondsLeft(5), Announcement::Done]);
}

#[test]
fn pausing_at_zero_finishes_the_hold() {
    let mut t = Timer::new(30);
    t.start(0);
    assert_eq!(t.pause(30_000), Some(Announcement::Done));
    assert_eq!(t.phase(), Phase::Finished);
    // Pausing late (the tick never came) is the same.
    let mut t = Timer::new(30);
    t.start(0);
    assert_eq!(t.pause(45_000), Some(Announcement::Done));
    assert_eq!(t.phase(), Phase::Finished);
}

#[test]
fn controls_that_do_not_apply_do_nothing() {
    let mut t = Timer::new(30);
    assert_eq!(t.pause(1_000), None);
    assert_eq!(t.resume(1_000), None);
    assert_eq!(t.finish(), None, "nothing to finish before it starts");
    assert_eq!(t.tick(1_000), None);
    assert_eq!(t.phase(), Phase::Idle);

    t.start(0);
    assert_eq!(
        t.start(5_000),
        None,
        "start again while running does not restart it"
    );
    assert_eq!(t.remaining_seconds(5_000), 25);
    assert_eq!(
        t.resume(5_000),
        None,
        "resume while running changes nothing"
    );
    assert_eq!(t.remaining_seconds(5_000), 25);

    t.pause(5_000);
    assert_eq!(
        t.start(9_000),
        None,
        "start while paused does not restart it"
    );
    assert_eq!(t.pause(9_000), None);
    assert_eq!(
        t.phase(),
        Phase::Paused {
            remaining_ms: 25_000
        }
    );
}

#[test]
fn finish_ends_a_running_or_paused_hold_once() {
    let mut t = Timer::new(30);
    t.start(0);
    assert_eq!(t.finish(), Some(Announcement::Done));
    assert_eq!(t.finish(), None);
    assert_eq!(t.tick(40_000), None);

    let mut t = Timer::new(30);
    t.start(0);
    t.pause(3_000);
    assert_eq!(t.finish(), Some(Announcement::Done));
    assert_eq!(t.phase(), Phase::Finished);
    assert_eq!(t.remaining_seconds(3_000), 0);
}

#[test]
fn reset_goes_back_to_the_start_from_any_phase() {
    let mut t = Timer::new(30);
    t.reset();
    assert_eq!(t.phase(), Phase::Idle);

    t.start(0);
    t.tick(16_000);
    t.reset();
    assert_eq!(t.phase(), Phase::Idle);
    assert_eq!(t.remaining_seconds(16_000), 30);

    // Resetting while paused: the pause is forgotten.
    t.start(0);
    t.pause(7_000);
    t.reset();
    assert_eq!(t.phase(), Phase::Idle);
    assert_eq!(t.resume(8_000), None, "nothing to resume after a reset");
    assert_eq!(t.phase(), Phase::Idle);

    t.start(0);
    t.tick(30_000);
    assert_eq!(t.phase(), Phase::Finished);
    t.reset();
    assert_eq!(t.phase(), Phase::Idle);
}

#[test]
fn after_a_reset_or_a_finish_the_next_hold_announces_everything_again() {
    let mut t = Timer::new(30);
    t.start(0);
    run(&mut t, 0, 27_000, 100);
    t.reset();
    let mut said: Vec<Announcement> = t.start(100_000).into_iter().collect();
    said.extend(run(&mut t, 100_000, 131_000, 100));
    assert_eq!(said.len(), 5, "{said:?}");

    // Start again straight from Finished (the "Hold again" button).
    let mut said: Vec<Announcement> = t.start(200_000).into_iter().collect();
    said.extend(run(&mut t, 200_000, 231_000, 100));
    assert_eq!(said.len(), 5, "{said:?}");
}

#[test]
fn short_holds_skip_counts_that_would_repeat_the_start_or_collide() {
    // 10 s: "10 seconds left" would repeat the start; halfway and "5 seconds left" coincide, so
    // only the count is said.
    let mut t = Timer::new(10);
    let mut said: Vec<Announcement> = t.start(0).into_iter().collect();
    said.extend(run(&mut t, 0, 11_000, 100));
    assert_eq!(
        said,
        vec![
            Announcement::Started { seconds: 10 },
            Announcement::SecondsLeft(5),
            Announcement::Done
        ]
    );

    // 20 s: halfway is 10 s left, said once as the count.
    let mut t = Timer::new(20);
    let mut said: Vec<Announcement> = t.start(0).into_iter().collect();
    said.extend(run(&mut t, 0, 21_000, 100));
    assert_eq!(
        said,
        vec![
            Announcement::Started { seconds: 20 },
            Announcement::SecondsLeft(10),
            Announcement::SecondsLeft(5),
            Announcement::Done
        ]
    );

    // 2 s (the length the browser test could use): start, halfway, done.
    let mut t = Timer::new(2);
    let mut said: Vec<Announcement> = t.start(0).into_iter().collect();
    said.extend(run(&mut t, 0, 2_000, 50));
    assert_eq!(
        said,
        vec![
            Announcement::Started { seconds: 2 },
            Announcement::Halfway { seconds_left: 1 },
            Announcement::Done
        ]
    );
}

#[test]
fn an_odd_hold_rounds_halfway_the_way_the_countdown_shows_it() {
    let mut t = Timer::new(25);
    t.start(0);
    assert_eq!(t.tick(12_499), None);
    assert_eq!(
        t.tick(12_500),
        Some(Announcement::Halfway { seconds_left: 13 })
    );
    assert_eq!(t.remaining_seconds(12_500), 13);
}

#[test]
fn a_zero_second_hold_is_treated_as_one_second() {
    let mut t = Timer::new(0);
    assert_eq!(t.duration_seconds(), 1);
    assert_eq!(t.start(0), Some(Announcement::Started { seconds: 1 }));
    assert_eq!(t.tick(1_000), Some(Announcement::Done));
}

#[test]
fn a_clock_that_jumps_backwards_never_adds_time() {
    let mut t = Timer::new(30);
    t.start(10_000);
    assert_eq!(t.remaining_seconds(0), 30, "never more than the hold");
    assert_eq!(t.tick(0), None);
    assert!(t.is_running());
}

#[test]
fn huge_clock_values_do_not_overflow() {
    let mut t = Timer::new(30);
    t.start(u64::MAX - 5);
    assert!(t.is_running());
    assert_eq!(
        t.remaining_ms(u64::MAX - 5),
        5,
        "the end saturates at the largest time"
    );
    assert_eq!(t.tick(u64::MAX), Some(Announcement::Done));
    assert_eq!(t.remaining_seconds(u64::MAX), 0);
}
