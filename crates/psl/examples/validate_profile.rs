//! A driver for profiling validation alone (callgrind, perf): parses a schema once, then
//! validates it N times.
//!
//! `cargo run --release -p justify-psl --example validate_profile -- <models|file.prisma> [N]`
//! (a number generates the benchmark's synthetic schema of that many models).

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

use std::hint::black_box;

fn main() {
    let mut args = std::env::args().skip(1);
    let what = args.next().unwrap_or_else(|| "1000".into());
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1);
    let text = match what.parse::<usize>() {
        Ok(n) => synthetic::generate_schema(n),
        Err(_) => std::fs::read_to_string(&what).expect("read schema"),
    };
    let parsed = justify_psl::parse(justify_psl::SourceSet::single("schema.prisma", &text));
    assert!(!parsed.diagnostics.has_errors(), "schema does not parse");
    let mut times = Vec::with_capacity(runs);
    let mut drops = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = std::time::Instant::now();
        let (model, diags) = justify_psl::validate_asts(black_box(&parsed.asts), &parsed.sources);
        assert!(!diags.has_errors(), "schema does not validate");
        let validated = start.elapsed();
        drop(black_box((model, diags)));
        times.push(start.elapsed().as_secs_f64() * 1e3);
        drops.push((start.elapsed() - validated).as_secs_f64() * 1e3);
    }
    times.sort_by(f64::total_cmp);
    drops.sort_by(f64::total_cmp);
    if let (Some(min), Some(median)) = (times.first(), times.get(runs / 2)) {
        eprintln!(
            "{} lines: validate (with drop) min {min:.3} ms, median {median:.3} ms; drop alone min {:.3} ms ({runs} runs)",
            text.lines().count(),
            drops[0],
        );
    }
}
