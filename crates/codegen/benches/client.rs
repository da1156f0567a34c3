//! The generated client against hand-written tokio-postgres doing the same work, on a real
//! PostgreSQL database (testkit) with the schema applied; and generation of the client itself.
//!
//! `cargo bench -p justify-codegen --bench client` (figures in BENCHMARKS.md, "Client
//! generation"). `JUSTIFY_BENCH_ROWS` overrides the 100,000 rows of the bulk insert.

use criterion::{criterion_group, criterion_main, Criterion};
use justify_client as jc;
use justify_client::{stripe_event, StripeEvent, StripeEventCreate, StripeEventUnique};
use justify_testkit::TestDb;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};

fn root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema() -> justify_psl::model::Schema {
    let sources = justify_psl::SourceSet::load(&root().join("schema/schema.prisma")).unwrap();
    justify_psl::check(sources).model.expect("schema is valid")
}

fn schema_sql(model: &justify_psl::model::Schema) -> String {
    let sql = justify_sql::lower::lower(model);
    let steps = justify_sql::diff::diff(&Default::default(), &sql).steps;
    justify_sql::render::render_script(&steps)
}

const COLS: &str =
    "t.\"id\", t.\"type\", t.\"livemode\", t.\"apiVersion\", t.\"payload\", t.\"processedAt\"";

fn event_of(row: &tokio_postgres::Row) -> StripeEvent {
    StripeEvent {
        id: row.get(0),
        r#type: row.get(1),
        livemode: row.get(2),
        api_version: row.get(3),
        payload: row.get(4),
        processed_at: row.get(5),
    }
}

static NEXT: AtomicU64 = AtomicU64::new(0);

fn next_id(prefix: &str) -> String {
    format!("{prefix}_{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

fn payload() -> jc::serde_json::Value {
    jc::serde_json::json!({"object": "event", "amount": 4200})
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let model = schema();
    let db = rt.block_on(async {
        let db = TestDb::create("codegen_bench").await;
        db.apply_sql(&schema_sql(&model)).await.unwrap();
        db
    });
    // Both sides on connections opened the same way, on this runtime: the hand-written side on
    // a plain client, the generated one on its connection wrapper (statement cache).
    let hand = rt.block_on(db.connect()).unwrap();
    let client = &hand;
    let cached = jc::Db::new(rt.block_on(db.connect()).unwrap());
    let jdb = &cached;

    // find_unique / create: one row by primary key; the same statement, prepared once, by hand.
    rt.block_on(async {
        let mut e = StripeEventCreate::new("evt_target".into(), "charge.succeeded".into());
        e.payload = Some(payload());
        stripe_event::create(client, e).await.unwrap();
    });
    let select = rt
        .block_on(client.prepare(&format!(
            "SELECT {COLS} FROM \"stripe_events\" AS t WHERE t.\"id\" = $1"
        )))
        .unwrap();
    let insert = rt
        .block_on(client.prepare(&format!(
            "INSERT INTO \"stripe_events\" AS t (\"id\", \"type\", \"livemode\", \"payload\", \"processedAt\") \
             VALUES ($1, $2, $3, $4, $5) RETURNING {COLS}"
        )))
        .unwrap();
    interleaved(&rt, jdb, client, &select, &insert);
    let mut g = c.benchmark_group("client");
    g.sample_size(50).measurement_time(Duration::from_secs(5));
    g.bench_function("find_unique/generated", |b| {
        b.iter(|| {
            rt.block_on(stripe_event::find_unique(
                jdb,
                StripeEventUnique::Id("evt_target".into()),
            ))
            .unwrap()
            .unwrap()
        })
    });
    g.bench_function("find_unique/generated_plain_client", |b| {
        b.iter(|| {
            rt.block_on(stripe_event::find_unique(
                client,
                StripeEventUnique::Id("evt_target".into()),
            ))
            .unwrap()
            .unwrap()
        })
    });
    g.bench_function("find_unique/hand_written", |b| {
        b.iter(|| {
            let id = "evt_target".to_owned();
            let row = rt.block_on(client.query_opt(&select, &[&id])).unwrap();
            row.as_ref().map(event_of).unwrap()
        })
    });
    g.bench_function("create/generated", |b| {
        b.iter(|| {
            let mut e = StripeEventCreate::new(next_id("gen"), "charge.succeeded".into());
            e.livemode = Some(false);
            e.payload = Some(payload());
            rt.block_on(stripe_event::create(jdb, e)).unwrap()
        })
    });
    g.bench_function("create/hand_written", |b| {
        b.iter(|| {
            let (id, ty, live, body, at) = (
                next_id("raw"),
                "charge.succeeded".to_owned(),
                false,
                payload(),
                jc::chrono::Utc::now(),
            );
            let params: [&(dyn ToSql + Sync); 5] = [&id, &ty, &live, &body, &at];
            let row = rt.block_on(client.query_one(&insert, &params)).unwrap();
            event_of(&row)
        })
    });
    g.finish();

    // create_many of N rows vs binary COPY of the same rows (the table is emptied, untimed).
    let rows: usize = std::env::var("JUSTIFY_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let truncate = || {
        rt.block_on(client.batch_execute("TRUNCATE stripe_events"))
            .unwrap()
    };
    // One timed insert of `rows` rows each (the table emptied first, untimed).
    let create_many_once = || {
        truncate();
        let start = Instant::now();
        let data: Vec<StripeEventCreate> = (0..rows)
            .map(|n| {
                let mut e = StripeEventCreate::new(format!("evt_{n}"), "invoice.paid".into());
                e.livemode = Some(n % 2 == 0);
                e.payload = Some(payload());
                e
            })
            .collect();
        let n = rt
            .block_on(stripe_event::create_many(jdb, data, false))
            .unwrap();
        let elapsed = start.elapsed();
        assert_eq!(n, rows as u64);
        elapsed
    };
    let copy_once = || {
        truncate();
        let start = Instant::now();
        rt.block_on(async {
            let sink = client
                .copy_in(
                    "COPY stripe_events (\"id\", \"type\", \"livemode\", \"payload\", \"processedAt\") FROM STDIN BINARY",
                )
                .await
                .unwrap();
            let types = [
                Type::VARCHAR,
                Type::VARCHAR,
                Type::BOOL,
                Type::JSONB,
                Type::TIMESTAMPTZ,
            ];
            let mut writer = std::pin::pin!(BinaryCopyInWriter::new(sink, &types));
            for n in 0..rows {
                let (id, ty, live, body, at) = (
                    format!("evt_{n}"),
                    "invoice.paid".to_owned(),
                    n % 2 == 0,
                    payload(),
                    jc::chrono::Utc::now(),
                );
                writer
                    .as_mut()
                    .write(&[&id, &ty, &live, &body, &at])
                    .await
                    .unwrap();
            }
            assert_eq!(writer.finish().await.unwrap(), rows as u64);
        });
        start.elapsed()
    };
    // Alternating rounds first (see `interleaved`): throughput of create_many over COPY's.
    let bulk_rounds: usize = std::env::var("JUSTIFY_BENCH_BULK_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    let (mut generated, mut raw) = (Vec::new(), Vec::new());
    for _ in 0..bulk_rounds {
        generated.push(create_many_once().as_secs_f64());
        raw.push(copy_once().as_secs_f64());
    }
    if bulk_rounds > 0 {
        let shares: Vec<f64> = generated.iter().zip(&raw).map(|(g, r)| r / g).collect();
        eprintln!(
            "interleaved bulk/{rows}: create_many {:.2} s, binary COPY {:.2} s, create_many throughput / COPY's (median of {} rounds) {:.0} %",
            median(generated),
            median(raw),
            shares.len(),
            100.0 * median(shares)
        );
    }
    let mut g = c.benchmark_group("bulk");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .throughput(criterion::Throughput::Elements(rows as u64));
    g.bench_function(format!("create_many/{rows}"), |b| {
        b.iter_custom(|iters| (0..iters).map(|_| create_many_once()).sum())
    });
    g.bench_function(format!("binary_copy/{rows}"), |b| {
        b.iter_custom(|iters| (0..iters).map(|_| copy_once()).sum())
    });
    g.finish();

    // Generation of the Justify client: with rustfmt (as `generate` writes it) and without.
    let mut g = c.benchmark_group("generate");
    g.sample_size(10);
    g.bench_function("justify_client/rustfmt", |b| {
        let options = justify_codegen::Options {
            schema_name: "schema.prisma".into(),
            ..Default::default()
        };
        b.iter(|| justify_codegen::generate(&model, &options).unwrap())
    });
    g.bench_function("justify_client/no_rustfmt", |b| {
        let options = justify_codegen::Options {
            schema_name: "schema.prisma".into(),
            skip_rustfmt: true,
            ..Default::default()
        };
        b.iter(|| justify_codegen::generate(&model, &options).unwrap())
    });
    g.finish();
}

/// The median of `values`.
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

/// On a shared, noisy machine the two sides of a comparison measured one after the other (as
/// criterion does) can see different loads. This runs them in alternating rounds and prints the
/// median per-call time of each side and the median of the per-round ratios
/// (`JUSTIFY_BENCH_ROUNDS`, default 30).
fn interleaved(
    rt: &tokio::runtime::Runtime,
    jdb: &jc::Db,
    client: &tokio_postgres::Client,
    select: &tokio_postgres::Statement,
    insert: &tokio_postgres::Statement,
) {
    let rounds: usize = std::env::var("JUSTIFY_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let time = |calls: usize, f: &mut dyn FnMut()| {
        let start = Instant::now();
        for _ in 0..calls {
            f();
        }
        start.elapsed().as_secs_f64() * 1e6 / calls as f64
    };
    let report = |name: &str, generated: Vec<f64>, hand: Vec<f64>| {
        let ratios: Vec<f64> = generated.iter().zip(&hand).map(|(g, h)| g / h).collect();
        eprintln!(
            "interleaved {name}: generated {:.1} µs, hand-written {:.1} µs, ratio (median of {} rounds) {:.3}",
            median(generated),
            median(hand),
            ratios.len(),
            median(ratios)
        );
    };
    let (mut generated, mut hand) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        generated.push(time(300, &mut || {
            rt.block_on(stripe_event::find_unique(
                jdb,
                StripeEventUnique::Id("evt_target".into()),
            ))
            .unwrap()
            .unwrap();
        }));
        hand.push(time(300, &mut || {
            let id = "evt_target".to_owned();
            let row = rt.block_on(client.query_opt(select, &[&id])).unwrap();
            row.as_ref().map(event_of).unwrap();
        }));
    }
    report("find_unique", generated, hand);
    let (mut generated, mut hand) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        generated.push(time(20, &mut || {
            let mut e = StripeEventCreate::new(next_id("igen"), "charge.succeeded".into());
            e.livemode = Some(false);
            e.payload = Some(payload());
            rt.block_on(stripe_event::create(jdb, e)).unwrap();
        }));
        hand.push(time(20, &mut || {
            let (id, ty, live, body, at) = (
                next_id("iraw"),
                "charge.succeeded".to_owned(),
                false,
                payload(),
                jc::chrono::Utc::now(),
            );
            let params: [&(dyn ToSql + Sync); 5] = [&id, &ty, &live, &body, &at];
            let row = rt.block_on(client.query_one(insert, &params)).unwrap();
            event_of(&row);
        }));
    }
    report("create", generated, hand);
}

criterion_group!(benches, bench);
criterion_main!(benches);
