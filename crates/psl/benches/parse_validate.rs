//! Parse + validate throughput of the schema language front end.
//!
//! * `generated/{parse_validate,parse_only}/N` — deterministic, realistic synthetic schemas of
//!   N ∈ {100, 250, 500, 1000} models (~20 lines per model: ids, every scalar type, native
//!   types, `@default`, `@unique`, `@@index`, enums, 1-n relations to earlier models with
//!   back-relation fields, self relations, implicit m-n, doc comments). Throughput is in lines,
//!   so criterion's elements/s column makes linearity visible at a glance.
//! * `generated/validate_only/N` — validation alone (`validate_asts` on trees parsed once).
//! * `generated/parse_only_pest/N` — the pest parser alone, without the fast path it backs up
//!   (`docs/decisions/0003-fast-parser.md`), for comparison with `parse_only`.
//! * `ecommerce/{check,parse_only,parse_only_pest,validate_only,format}` — `tests/psl/valid/large_ecommerce.prisma`
//!   (3,397 lines, 106 models), our stand-in for a real application schema.
//!
//! Run: `cargo bench -p justify-psl --bench parse_validate` (or `scripts/bench-psl.sh`).
//! Target: 1000 models under 30 ms, linear growth.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
#[path = "support/synthetic.rs"]
mod synthetic;

use std::hint::black_box;
use std::time::Duration;
use synthetic::generate_schema;

/// The sizes (in models) the generated schemas are benchmarked at.
const SIZES: [usize; 4] = [100, 250, 500, 1000];

fn assert_valid(name: &str, text: &str) {
    let checked = justify_psl::check_str(name, text);
    if checked.model.is_none() {
        let msgs: Vec<String> = checked
            .diagnostics
            .iter()
            .take(5)
            .map(|d| format!("{d:?}"))
            .collect();
        panic!(
            "benchmark schema {name} does not validate:\n{}",
            msgs.join("\n")
        );
    }
}

fn generated(c: &mut Criterion) {
    let schemas: Vec<(usize, String)> = SIZES.iter().map(|&n| (n, generate_schema(n))).collect();
    for (n, text) in &schemas {
        assert_valid(&format!("generated_{n}.prisma"), text);
    }
    if let Ok(dir) = std::env::var("JUSTIFY_BENCH_DUMP") {
        for (n, text) in &schemas {
            std::fs::write(format!("{dir}/generated_{n}.prisma"), text).unwrap();
        }
    }

    let mut group = c.benchmark_group("generated/parse_validate");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    for (n, text) in &schemas {
        group.throughput(Throughput::Elements(text.lines().count() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), text, |b, text| {
            b.iter(|| justify_psl::check_str("schema.prisma", black_box(text)))
        });
    }
    group.finish();

    // Validation alone: parsed once outside the timed loop; the model and diagnostics are
    // dropped inside it (as `check` drops nothing, that part is charged to its caller there).
    let mut group = c.benchmark_group("generated/validate_only");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for (n, text) in &schemas {
        let parsed = justify_psl::parse(justify_psl::SourceSet::single("schema.prisma", text));
        group.throughput(Throughput::Elements(text.lines().count() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &parsed, |b, parsed| {
            b.iter(|| justify_psl::validate_asts(black_box(&parsed.asts), &parsed.sources))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("generated/parse_only");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for (n, text) in &schemas {
        group.throughput(Throughput::Elements(text.lines().count() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), text, |b, text| {
            b.iter(|| {
                justify_psl::parse(justify_psl::SourceSet::single(
                    "schema.prisma",
                    black_box(text),
                ))
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("generated/parse_only_pest");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for (n, text) in &schemas {
        group.throughput(Throughput::Elements(text.lines().count() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), text, |b, text| {
            b.iter(|| parse_pest(black_box(text)))
        });
    }
    group.finish();
}

/// The pest parser alone (no fast path).
fn parse_pest(text: &str) -> justify_psl::ast::SchemaFile {
    let mut diags = justify_psl::Diagnostics::new();
    justify_psl::parser::parse_file_pest(text, 0, &mut diags)
}

fn ecommerce(c: &mut Criterion) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/psl/valid/large_ecommerce.prisma"
    );
    let text = std::fs::read_to_string(path).expect("read large_ecommerce.prisma");
    assert_valid("large_ecommerce.prisma", &text);
    justify_psl::format::format_schema(&text).expect("large_ecommerce.prisma formats");

    let mut group = c.benchmark_group("ecommerce");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    group.throughput(Throughput::Elements(text.lines().count() as u64));
    group.bench_function("check", |b| {
        b.iter(|| justify_psl::check_str("large_ecommerce.prisma", black_box(&text)))
    });
    group.bench_function("parse_only", |b| {
        b.iter(|| {
            justify_psl::parse(justify_psl::SourceSet::single(
                "large_ecommerce.prisma",
                black_box(&text),
            ))
        })
    });
    let parsed = justify_psl::parse(justify_psl::SourceSet::single(
        "large_ecommerce.prisma",
        &text,
    ));
    group.bench_function("validate_only", |b| {
        b.iter(|| justify_psl::validate_asts(black_box(&parsed.asts), &parsed.sources))
    });
    group.bench_function("parse_only_pest", |b| {
        b.iter(|| parse_pest(black_box(&text)))
    });
    group.bench_function("format", |b| {
        b.iter(|| justify_psl::format::format_schema(black_box(&text)))
    });
    group.finish();
}

criterion_group!(benches, generated, ecommerce);
criterion_main!(benches);
