//! From-empty SQL and schema diffs at scale.
//!
//! * `from_empty/N` — lower a validated N-model schema, diff it against the empty database and
//!   render Prisma's SQL (what `migrate diff --from-empty --script` does after validation).
//! * `diff_5pct/N` — diff two N-model schemas where 5% of the models differ (a column added to
//!   every 20th model, an index added to every 40th), and render the SQL.
//! * `ecommerce/from_empty` — the same on `tests/psl/valid/large_ecommerce.prisma`, to compare with
//!   the Prisma engine's in-process time for the same schema (see BENCHMARKS.md).
//!
//! Run: `cargo bench -p justify-sql --bench lower_diff`. Target: under 50 ms each at 1000 models.

#[path = "../../psl/benches/support/synthetic.rs"]
mod synthetic;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use justify_sql::{diff::diff, lower::lower, render::render_script, SqlSchema};
use std::hint::black_box;
use std::time::Duration;

fn model_of(text: &str) -> justify_psl::model::Schema {
    let checked = justify_psl::check_str("bench.prisma", text);
    match checked.model {
        Some(m) => m,
        None => panic!(
            "benchmark schema is invalid:\n{}",
            checked.diagnostics.render_plain(&checked.sources)
        ),
    }
}

/// Adds a column to every 20th model and an index to every 40th: 5% of the models change.
fn changed(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4096);
    let mut model_no = 0usize;
    let mut in_model = false;
    for line in text.lines() {
        if line.starts_with("model ") {
            in_model = true;
            model_no += 1;
        }
        if in_model && line == "}" {
            in_model = false;
            if model_no % 20 == 0 {
                out.push_str("  benchExtra String?\n");
            }
            if model_no % 40 == 0 {
                out.push_str("  @@index([benchExtra])\n");
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn benches(c: &mut Criterion) {
    let empty = SqlSchema::default();
    let mut g = c.benchmark_group("from_empty");
    for n in [100usize, 1000] {
        let model = model_of(&synthetic::generate_schema(n));
        g.bench_with_input(BenchmarkId::from_parameter(n), &model, |b, m| {
            b.iter(|| {
                let lowered = lower(black_box(m));
                render_script(&diff(&empty, &lowered).steps)
            })
        });
    }
    g.finish();

    // The three stages of `from_empty/1000` apart, to see where the time goes.
    let model = model_of(&synthetic::generate_schema(1000));
    let lowered = lower(&model);
    let migration = diff(&empty, &lowered);
    let mut g = c.benchmark_group("from_empty_stage");
    g.bench_function("lower/1000", |b| b.iter(|| lower(black_box(&model))));
    g.bench_function("diff/1000", |b| {
        b.iter(|| diff(&empty, black_box(&lowered)))
    });
    g.bench_function("render/1000", |b| {
        b.iter(|| render_script(black_box(&migration.steps)))
    });
    g.finish();

    let mut g = c.benchmark_group("diff_5pct");
    for n in [100usize, 1000] {
        let text = synthetic::generate_schema(n);
        let from = model_of(&text);
        let to = model_of(&changed(&text));
        let sql = render_script(&diff(&lower(&from), &lower(&to)).steps);
        assert!(sql.contains("benchExtra"), "the changed schema must differ");
        g.bench_with_input(BenchmarkId::from_parameter(n), &(from, to), |b, (f, t)| {
            b.iter(|| render_script(&diff(&lower(black_box(f)), &lower(black_box(t))).steps))
        });
    }
    g.finish();

    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join("tests/psl/valid/large_ecommerce.prisma"))
        .expect("large_ecommerce.prisma");
    let model = model_of(&text);
    c.bench_function("ecommerce/from_empty", |b| {
        b.iter(|| render_script(&diff(&empty, &lower(black_box(&model))).steps))
    });
    c.bench_function("ecommerce/check_and_from_empty", |b| {
        b.iter(|| {
            let m = model_of(black_box(&text));
            render_script(&diff(&empty, &lower(&m)).steps)
        })
    });
}

criterion_group! {
    name = group;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(4));
    targets = benches
}
criterion_main!(group);
