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
    let start = std::time::Instant::now();
    for _ in 0..runs {
        let (model, diags) = justify_psl::validate_asts(black_box(&parsed.asts), &parsed.sources);
        assert!(!diags.has_errors(), "schema does not validate");
        black_box((model, diags));
    }
    eprintln!(
        "{} lines: validate {:.3} ms per run ({runs} runs)",
        text.lines().count(),
        start.elapsed().as_secs_f64() * 1e3 / runs as f64
    );
}
