//! On-CPU time per iteration of the schema-language front end, for a machine shared with other
//! work, where criterion's wall-clock figures stretch with the load average.
//!
//! Reads this thread's on-CPU nanoseconds from `/proc/thread-self/schedstat` (Linux) around
//! batches of iterations, and prints the best batch's mean per iteration (min over batches, as
//! noise only ever adds time). Inputs: the generated benchmark schemas (100…1000 models) and
//! `tests/psl/valid/large_ecommerce.prisma`.
//!
//! Run: `cargo run --release -p justify-psl --example psl_cpu_time`

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

use justify_psl::{parser, Diagnostics, SourceSet};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// This thread's on-CPU time so far, in nanoseconds (`None` off Linux).
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Best-batch mean on-CPU (and wall) milliseconds per call of `f`.
fn measure(mut f: impl FnMut()) -> (f64, f64) {
    f();
    let once = Instant::now();
    f();
    let per = once.elapsed().max(Duration::from_micros(50));
    // Batches of ~50 ms, for ~1.5 s in all.
    let iters = (Duration::from_millis(50).as_nanos() / per.as_nanos()).max(1) as u32;
    let (mut best_cpu, mut best_wall) = (f64::MAX, f64::MAX);
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1500) {
        let c0 = cpu_ns().unwrap_or(0);
        let w0 = Instant::now();
        for _ in 0..iters {
            f();
        }
        let wall = w0.elapsed().as_secs_f64() * 1e3 / iters as f64;
        let cpu = (cpu_ns().unwrap_or(0) - c0) as f64 / 1e6 / iters as f64;
        best_cpu = best_cpu.min(cpu);
        best_wall = best_wall.min(wall);
    }
    (best_cpu, best_wall)
}

fn main() {
    let eco_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/psl/valid/large_ecommerce.prisma"
    );
    let mut inputs: Vec<(String, String)> = [100, 250, 500, 1000]
        .iter()
        .map(|&n| (format!("generated/{n}"), synthetic::generate_schema(n)))
        .collect();
    inputs.push((
        "large_ecommerce".into(),
        std::fs::read_to_string(eco_path).expect("read large_ecommerce.prisma"),
    ));
    println!("on-CPU ms per iteration (best batch; wall ms of the best batch in brackets)");
    println!(
        "{:<18} {:>7} {:>16} {:>16} {:>16} {:>16}",
        "input", "lines", "parse", "parse (pest)", "validate only", "parse+validate"
    );
    for (name, text) in &inputs {
        let parse = measure(|| {
            black_box(justify_psl::parse(SourceSet::single(
                "s.prisma",
                black_box(text),
            )));
        });
        let pest = measure(|| {
            let mut d = Diagnostics::new();
            black_box(parser::parse_file_pest(black_box(text), 0, &mut d));
        });
        let parsed = justify_psl::parse(SourceSet::single("s.prisma", text.as_str()));
        let validate = measure(|| {
            black_box(justify_psl::validate_asts(
                black_box(&parsed.asts),
                &parsed.sources,
            ));
        });
        let check = measure(|| {
            black_box(justify_psl::check_str("s.prisma", black_box(text)));
        });
        let cell = |(c, w): (f64, f64)| format!("{c:.2} [{w:.2}]");
        println!(
            "{:<18} {:>7} {:>16} {:>16} {:>16} {:>16}",
            name,
            text.lines().count(),
            cell(parse),
            cell(pest),
            cell(validate),
            cell(check)
        );
    }
}
