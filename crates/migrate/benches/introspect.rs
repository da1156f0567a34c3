//! Introspection of a live database at scale.
//!
//! * `introspect/1000_tables` — a fresh database holding the from-empty SQL of the synthetic
//!   1000-model schema (`generate_schema(1000)`: 1000 tables plus the implicit m-n join tables,
//!   enums, indexes, foreign keys), applied once outside the timed loop; the timed part is one
//!   `introspect_with` (its 8 pipelined catalog queries and building the `SqlSchema`).
//! * `introspect/100_tables` — the same at 100 models, to see how it scales.
//!
//! The query count is asserted to be [`QUERY_COUNT`] (8) whatever the size.
//!
//! Needs a PostgreSQL server (see `justify-testkit`). Run:
//! `cargo bench -p justify-migrate --bench introspect`. Target: under 300 ms at 1000 tables.

#[path = "../../psl/benches/support/synthetic.rs"]
mod synthetic;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use justify_migrate::introspect::{introspect_with, IntrospectOptions, QUERY_COUNT};
use justify_sql::{diff::diff, lower::lower, render::render_script, SqlSchema};
use justify_testkit::TestDb;
use std::time::Duration;

/// The from-empty SQL of the synthetic `n`-model schema, in scripts of at most 200 steps (one
/// transaction for everything would exceed the server's lock table), and its lowered form.
fn from_empty(n: usize) -> (Vec<String>, SqlSchema) {
    let checked = justify_psl::check_str("bench.prisma", &synthetic::generate_schema(n));
    let model = match checked.model {
        Some(m) => m,
        None => panic!(
            "benchmark schema is invalid:\n{}",
            checked.diagnostics.render_plain(&checked.sources)
        ),
    };
    let lowered = lower(&model);
    let steps = diff(&SqlSchema::default(), &lowered).steps;
    let scripts = steps.chunks(200).map(render_script).collect();
    (scripts, lowered)
}

fn benches(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let opts = IntrospectOptions::default();
    let mut g = c.benchmark_group("introspect");
    for n in [100usize, 1000] {
        let (scripts, lowered) = from_empty(n);
        let db = rt.block_on(async {
            let db = TestDb::create(&format!("bench_introspect_{n}")).await;
            for sql in &scripts {
                db.apply_sql(sql)
                    .await
                    .unwrap_or_else(|e| panic!("applying the {n}-model schema: {e:?}"));
            }
            // Fresh statistics, as on a database that has been running for a while.
            db.apply_sql("ANALYZE").await.expect("ANALYZE");
            db
        });
        let client = db.client();

        // Sanity, outside the timed loop: constant query count, and the whole schema is read.
        let first = rt
            .block_on(introspect_with(client, &opts))
            .expect("introspection");
        assert_eq!(first.queries, QUERY_COUNT);
        assert_eq!(QUERY_COUNT, 8);
        assert_eq!(
            first.schema.tables.len(),
            lowered.tables.len(),
            "every table is introspected"
        );
        let drift = diff(&lowered, &first.schema);
        if !drift.is_empty() {
            eprintln!(
                "note: introspected {n}-model schema differs from the lowered one in {} steps",
                drift.steps.len()
            );
        }

        g.bench_with_input(
            BenchmarkId::from_parameter(format!("{n}_tables")),
            &n,
            |b, _| {
                b.iter(|| {
                    let got = rt
                        .block_on(introspect_with(client, &opts))
                        .expect("introspection");
                    assert_eq!(got.queries, QUERY_COUNT);
                    got
                })
            },
        );
        drop(db);
    }
    g.finish();
}

criterion_group! {
    name = group;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(6));
    targets = benches
}
criterion_main!(group);
