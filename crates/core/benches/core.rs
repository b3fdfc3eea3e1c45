//! Compute figures of the pure core: evaluating an assessment, diary stats, export and import of
//! ten years of nights (3,650 entries). A plain repeated-run harness (no criterion): each case
//! is calibrated so one sample takes at least a few milliseconds, then sampled repeatedly; the
//! median time per call is the figure, min–max the spread.
//!
//! `cargo bench -p night-cramps-core --bench core [-- --json PATH]` (run by `cargo xtask bench`,
//! which merges the JSON into `target/bench.json`). Built with the `bench` profile, which inherits
//! `release` (opt-level "z", LTO): the same settings as the shipped wasm, but native code on this
//! machine.
//! A phone running the wasm is several times slower: read these as relative figures.

use std::collections::BTreeSet;
use std::hint::black_box;
use std::time::{Duration, Instant};

use night_cramps_core::assessment::{evaluate, Answer, Choice as C, Flow, Kind, QuestionId as Q};
use night_cramps_core::diary::night_store::{self, MemoryStorage};
use night_cramps_core::diary::saved;
use night_cramps_core::diary::{
    export_json, import, stats, ConflictChoice, Date, Diary, DiaryEntry, EntryId, Loaded, Longest,
    Muscle, Relief, Side, SleepLost,
};

/// Ten years of nightly entries.
const ENTRIES: usize = 3_650;
/// The diary page's chart shows this many weeks.
const CHART_WEEKS: u32 = 12;
const SAMPLES: usize = 21;
const MIN_SAMPLE: Duration = Duration::from_millis(5);

struct Figure {
    name: &'static str,
    detail: String,
    median_ns: f64,
    min_ns: f64,
    max_ns: f64,
    iters: u64,
}

/// Times `f`: calibrates the calls per sample, then takes `SAMPLES` samples.
fn measure<T>(name: &'static str, detail: String, mut f: impl FnMut() -> T) -> Figure {
    for _ in 0..3 {
        black_box(f());
    }
    let mut iters = 1u64;
    loop {
        let start = Instant::now();
        for _ in 0..iters {
            black_box(f());
        }
        if start.elapsed() >= MIN_SAMPLE || iters >= 1 << 24 {
            break;
        }
        iters *= 2;
    }
    let mut per_call: Vec<f64> = (0..SAMPLES)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..iters {
                black_box(f());
            }
            start.elapsed().as_nanos() as f64 / iters as f64
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    Figure {
        name,
        detail,
        median_ns: per_call[SAMPLES / 2],
        min_ns: per_call[0],
        max_ns: per_call[SAMPLES - 1],
        iters,
    }
}

/// xorshift64*: the same diary on every run and machine.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

const NOTES: &[&str] = &[
    "",
    "",
    "",
    "Woke at 3am, calf again",
    "After a long walk",
    "Stretched before bed; better",
    "café, \"quoted\", comma",
];

/// One entry a night for `ENTRIES` nights up to `today`; four nights in five with cramps.
fn ten_years(today: Date) -> Diary {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let entries = (0..ENTRIES)
        .map(|back| {
            let cramps = if rng.below(5) == 0 {
                0
            } else {
                1 + rng.below(4) as u16
            };
            let had = cramps > 0;
            DiaryEntry {
                id: EntryId(back as u64 + 1),
                night_of: today.add_days(-(back as i64)),
                cramps,
                muscles: if had {
                    BTreeSet::from([rng.pick(&[Muscle::Calf, Muscle::Foot, Muscle::BackOfThigh])])
                } else {
                    BTreeSet::new()
                },
                side: had.then(|| rng.pick(&[Side::Left, Side::Right, Side::Both])),
                longest: had
                    .then(|| rng.pick(&[Longest::UnderOneMinute, Longest::OneToFiveMinutes])),
                worst_pain: had.then(|| 1 + rng.below(10) as u8),
                sleep_lost: had
                    .then(|| rng.pick(&[SleepLost::UnderFifteenMinutes, SleepLost::UpToAnHour])),
                helped: if had {
                    BTreeSet::from([rng.pick(&[
                        Relief::Stretching,
                        Relief::Walking,
                        Relief::Massage,
                    ])])
                } else {
                    BTreeSet::new()
                },
                warning_signs: BTreeSet::new(),
                stretched: back % 2 == 0,
                note: rng.pick(NOTES).to_string(),
            }
        })
        .collect();
    match Diary::from_entries(entries) {
        Ok(diary) => diary,
        Err(e) => panic!("the generated diary is invalid: {}", e.message()),
    }
}

/// A finished check with factors and a plan: a 70-year-old on a thiazide with nightly cramps,
/// everything else answered with the harmless default.
fn finished_check() -> Flow {
    let given = [
        (Q::Frequency, Answer::one(C::Nightly)),
        (Q::Muscles, Answer::many([C::Calf])),
        (Q::SleepNights, Answer::number(2)),
        (Q::AgeBand, Answer::one(C::Age60To79)),
        (Q::Medicines, Answer::many([C::WaterTablet])),
        (Q::DiureticType, Answer::many([C::Thiazide])),
    ];
    let mut flow = Flow::new();
    while let Some(q) = flow.current() {
        let answer = given
            .iter()
            .find(|(id, _)| *id == q.id)
            .map(|(_, a)| a.clone())
            .unwrap_or_else(|| match q.kind {
                Kind::YesNo => Answer::no(),
                Kind::Single(options) => Answer::one(options[0].choice),
                Kind::Multi(options) => Answer::many([options
                    .iter()
                    .find(|o| o.exclusive)
                    .unwrap_or(&options[0])
                    .choice]),
                Kind::Number { min, .. } => Answer::number(min),
            });
        let id = q.id;
        if flow.answer(id, answer).is_err() || flow.next().is_err() {
            panic!("the flow refused an answer to {id:?}");
        }
    }
    flow
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let json_path = args
        .iter()
        .position(|a| a == "--json")
        .and_then(|i| args.get(i + 1))
        .cloned();
    // `cargo xtask bench` prints these figures in its own report.
    let quiet = args.iter().any(|a| a == "--quiet");
    let today = Date::from_ymd(2025, 3, 14).unwrap_or(Date::MIN);

    let flow = finished_check();
    let answers = flow.answers().clone();
    let outcome = evaluate(&answers);
    let diary = ten_years(today);
    let file = export_json(&diary, today);
    // An import that fails would time nothing useful: say so rather than print a fast figure.
    if let Err(e) = import::preview(&Diary::new(), &file, today) {
        panic!("the exported file does not import: {}", e.message());
    }
    let stored = saved::save(&diary);
    let mut per_night = MemoryStorage::default();
    per_night
        .values
        .insert(night_store::SINGLE_VALUE_KEY.into(), stored.clone());
    night_store::migrate(&mut per_night, 1);
    if saved::load(Some(&stored)) != Loaded::Ok(diary.clone()) {
        panic!("the stored diary does not read back");
    }

    let figures = vec![
        measure(
            "assessment: evaluate",
            format!(
                "{} answers → {} factors",
                answers.len(),
                outcome.factors.len()
            ),
            || evaluate(&answers),
        ),
        measure(
            "assessment: walk flow + evaluate",
            "Flow::new → answer/next × n → outcome".into(),
            || finished_check().outcome(),
        ),
        measure(
            "diary: stats::overview",
            format!("{ENTRIES} entries, {CHART_WEEKS}-week chart"),
            || stats::overview(&diary, today, CHART_WEEKS),
        ),
        measure(
            "diary: export_json",
            format!("{ENTRIES} entries → {} KB", file.len() / 1000),
            || export_json(&diary, today),
        ),
        measure(
            "diary: import preview + apply (empty diary)",
            format!("{ENTRIES} entries"),
            || {
                let mut empty = Diary::new();
                match import::preview(&empty, &file, today) {
                    Ok(preview) => {
                        Some(import::apply(&mut empty, preview, ConflictChoice::KeepMine))
                    }
                    Err(_) => None,
                }
            },
        ),
        measure(
            "diary: import preview (all identical)",
            format!("{ENTRIES} entries against themselves"),
            || import::preview(&diary, &file, today).is_ok(),
        ),
        measure(
            "diary: read an old single-value diary",
            format!("{ENTRIES} entries, {} KB", stored.len() / 1000),
            || saved::load(Some(&stored)),
        ),
        // The per-night store: what opening /diary/ reads, and what one save writes.
        measure(
            "diary: move the single value to per-night records",
            format!("{ENTRIES} entries, written, read back, compared"),
            || {
                let mut storage = MemoryStorage::default();
                storage
                    .values
                    .insert(night_store::SINGLE_VALUE_KEY.into(), stored.clone());
                night_store::migrate(&mut storage, 1)
            },
        ),
        measure(
            "diary: read every night (load_all)",
            format!("{ENTRIES} records"),
            || night_store::load_all(&per_night),
        ),
        measure(
            "diary: save one night",
            "1 record (only its own key is read and written)".to_string(),
            || {
                let mut storage = MemoryStorage::default();
                night_store::save_night(&mut storage, &diary.entries()[0], None, 2)
            },
        ),
    ];

    if !quiet {
        println!(
            "{:<46} {:>12} {:>25}  detail",
            "core (native, release profile)", "median", "min–max"
        );
        for f in &figures {
            println!(
                "{:<46} {:>12} {:>25}  {}",
                f.name,
                human(f.median_ns),
                format!("{}–{}", human(f.min_ns), human(f.max_ns)),
                f.detail
            );
        }
    }
    if let Some(path) = json_path {
        let items: Vec<String> = figures
            .iter()
            .map(|f| {
                format!(
                    "{{\"name\":{},\"detail\":{},\"median_ns\":{:.1},\"min_ns\":{:.1},\"max_ns\":{:.1},\"iters_per_sample\":{},\"samples\":{SAMPLES}}}",
                    json_str(f.name),
                    json_str(&f.detail),
                    f.median_ns,
                    f.min_ns,
                    f.max_ns,
                    f.iters
                )
            })
            .collect();
        let json = format!(
            "{{\"entries\":{ENTRIES},\"profile\":\"bench (inherits release)\",\"figures\":[{}]}}\n",
            items.join(",")
        );
        if let Err(e) = std::fs::write(&path, json) {
            eprintln!("core bench: cannot write {path}: {e}");
            std::process::exit(1);
        }
    }
}

fn human(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn json_str(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}
