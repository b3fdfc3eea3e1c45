mod assessment_support;
use assessment_support::{all_values, walk};
use night_cramps::assessment::{evaluate, Flow};
use std::time::Instant;

#[test]
fn bench() {
    // Walk: red flags all no, everything else first value except the medicine subsets.
    let t = Instant::now();
    let mut n = 0u64;
    let mut leaves = Vec::new();
    let vals = |q: &night_cramps::assessment::Question| {
        let mut v = all_values(q);
        if q.id == night_cramps::assessment::QuestionId::Medicines { v.truncate(2000); } else if q.section != night_cramps::assessment::Section::RedFlags { v.truncate(1); } else { v.truncate(2); v.reverse(); v.truncate(1); }
        v
    };
    walk(&Flow::new(), &vals, &mut |leaf| { n += 1; leaves.push(leaf.clone()); });
    let walk_t = t.elapsed();
    let t = Instant::now();
    for l in &leaves { let _ = evaluate(l.answers()); }
    let eval_t = t.elapsed();
    let t = Instant::now();
    for l in &leaves { let mut a = l.answers().clone(); a.prune(); }
    let prune_t = t.elapsed();
    eprintln!("leaves {n}: walk {walk_t:?} ({:?}/leaf), evaluate {eval_t:?} ({:?}/leaf), prune {:?}/leaf", walk_t / n as u32, eval_t / n as u32, prune_t / n as u32);
}
