//! Acceptance tests: the Justify fixtures into a real PostgreSQL database (one fresh database per
//! test), idempotence, the negative corpus (`tests/seed/invalid/`, snapshots in
//! `tests/seed/snapshots/`), and all-or-nothing loading.

use justify_psl::model::Schema;
use justify_psl::SourceSet;
use justify_seed::{check, load_sources, Options};
use justify_sql::sql_text::quote_qualified;
use justify_testkit::{tokio_postgres::Client, TestDb};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema() -> Schema {
    let sources = SourceSet::load(&root().join("schema/schema.prisma")).unwrap();
    let checked = justify_psl::check(sources);
    checked.model.expect("schema/schema.prisma is valid")
}

fn schema_sql(model: &Schema) -> String {
    justify_sql::render::render_script(
        &justify_sql::diff::diff(&Default::default(), &justify_sql::lower::lower(model)).steps,
    )
}

fn tables(model: &Schema) -> Vec<justify_sql::QualifiedName> {
    justify_sql::lower::lower(model)
        .tables
        .into_iter()
        .map(|t| t.name)
        .collect()
}

fn fixtures() -> SourceSet {
    load_sources(&[root().join("examples/fixtures")]).unwrap()
}

async fn fresh(name: &str, model: &Schema) -> TestDb {
    let db = TestDb::create(name).await;
    db.apply_sql(&schema_sql(model)).await.unwrap();
    db
}

/// Every table's rows, as sorted JSON text: compares contents, not just counts.
async fn contents(client: &Client, model: &Schema) -> Vec<(String, i64, String)> {
    let mut out = Vec::new();
    for t in tables(model) {
        let q = quote_qualified(&t);
        let sql = format!(
            "SELECT count(*), coalesce(jsonb_agg(to_jsonb(x) ORDER BY to_jsonb(x)::text), '[]')::text FROM {q} x"
        );
        let row = client.query_one(&sql, &[]).await.unwrap();
        out.push((t.name.clone(), row.get(0), row.get(1)));
    }
    out
}

fn total_rows(c: &[(String, i64, String)]) -> i64 {
    c.iter().map(|(_, n, _)| n).sum()
}

#[test]
fn justify_fixtures_are_clean() {
    let model = schema();
    let sources = fixtures();
    if let Err(d) = check(&model, &sources) {
        panic!("{}", d.render_plain(&sources));
    }
}

#[test]
fn justify_fixtures_cover_every_model() {
    let model = schema();
    let plan = check(&model, &fixtures()).unwrap();
    for m in model.models.iter().filter(|m| !m.is_view && !m.ignored) {
        assert!(
            plan.tables
                .iter()
                .any(|t| t.model == m.name && !t.rows.is_empty()),
            "no fixture rows for {}",
            m.name
        );
    }
    assert!(!plan.joins.is_empty(), "many-to-many links are seeded");
    assert!(
        !plan.deferred.is_empty(),
        "the self-relation is set afterwards"
    );
}

#[tokio::test]
async fn seeds_justify_fixtures_then_changes_nothing() {
    let model = schema();
    let db = fresh("seed_twice", &model).await;
    let plan = check(&model, &fixtures()).unwrap();
    let mut client = db.connect().await.unwrap();

    let first = justify_seed::seed(&mut client, &plan, &Options::default())
        .await
        .unwrap();
    assert!(first.changes() as usize >= plan.row_count());
    let after_first = contents(db.client(), &model).await;
    assert_eq!(total_rows(&after_first) as usize, plan.row_count());

    // Same fixtures again (re-checked: generated ids and labels are deterministic).
    let plan2 = check(&model, &fixtures()).unwrap();
    let second = justify_seed::seed(&mut client, &plan2, &Options::default())
        .await
        .unwrap();
    assert_eq!(second.changes(), 0, "{second:?}");
    assert_eq!(contents(db.client(), &model).await, after_first);

    // Relations landed where the labels said.
    let row = db
        .client()
        .query_one(
            "SELECT r.email::text FROM users u JOIN users r ON r.id = u.\"referredById\" WHERE u.email = 'carla@brightside.agency'",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "bob@northwind-media.com");
    let links: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM \"_CampaignWizardToMarketplaceInfluencer\"",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(links, 4);
    // The sequence moved past the explicit audit log ids.
    let next: i64 = db
        .client()
        .query_one(
            "INSERT INTO audit_logs (action, entity) VALUES ('x', 'y') RETURNING id",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(next, 4);
}

#[tokio::test]
async fn changed_fixture_updates_only_that_row() {
    let model = schema();
    let db = fresh("seed_update", &model).await;
    let mut client = db.connect().await.unwrap();
    let plan = check(&model, &fixtures()).unwrap();
    justify_seed::seed(&mut client, &plan, &Options::default())
        .await
        .unwrap();
    let mut sources = fixtures();
    let f = sources
        .files
        .iter()
        .position(|f| f.name.ends_with("01-users.yaml"))
        .unwrap();
    let text = sources.files[f]
        .text
        .replace("name: Dev Patel", "name: Devika Patel");
    sources.files[f] = justify_psl::SourceFile::new(sources.files[f].name.clone(), text);
    let plan = check(&model, &sources).unwrap();
    let report = justify_seed::seed(&mut client, &plan, &Options::default())
        .await
        .unwrap();
    assert_eq!(report.changes(), 1, "{report:?}");
    let name: String = db
        .client()
        .query_one(
            "SELECT name FROM users WHERE email = 'dev@justify.test'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(name, "Devika Patel");
}

#[tokio::test]
async fn reset_truncates_seeded_tables_first() {
    let model = schema();
    let db = fresh("seed_reset", &model).await;
    let mut client = db.connect().await.unwrap();
    let plan = check(&model, &fixtures()).unwrap();
    justify_seed::seed(&mut client, &plan, &Options::default())
        .await
        .unwrap();
    db.apply_sql("INSERT INTO stripe_events (id, type) VALUES ('evt_extra', 'x')")
        .await
        .unwrap();
    let report = justify_seed::seed(&mut client, &plan, &Options { reset: true })
        .await
        .unwrap();
    assert!(report.truncated.contains(&"stripe_events".to_string()));
    let after = contents(db.client(), &model).await;
    assert_eq!(total_rows(&after) as usize, plan.row_count());
}

#[tokio::test]
async fn fault_half_way_leaves_the_database_as_it_was() {
    let model = schema();
    let db = fresh("seed_fault", &model).await;
    // Row 2 of the survey responses violates this; users, campaigns … come before it.
    db.apply_sql(
        "ALTER TABLE \"SurveyResponse\" ADD CONSTRAINT no_control CHECK (NOT \"isControlGroup\")",
    )
    .await
    .unwrap();
    let before = contents(db.client(), &model).await;
    let plan = check(&model, &fixtures()).unwrap();
    let mut client = db.connect().await.unwrap();
    let err = justify_seed::seed(&mut client, &plan, &Options::default())
        .await
        .unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("no_control") && msg.contains("SurveyResponse"),
        "{msg}"
    );
    assert_eq!(contents(db.client(), &model).await, before);
    assert_eq!(total_rows(&before), 0);
}

fn invalid_files() -> Vec<PathBuf> {
    let dir = root().join("tests/seed/invalid");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
        })
        .collect();
    files.sort();
    files
}

fn invalid_sources(path: &Path) -> SourceSet {
    let name = path.strip_prefix(root()).unwrap().display().to_string();
    SourceSet::single(name, std::fs::read_to_string(path).unwrap())
}

#[test]
fn invalid_corpus_snapshots() {
    let model = schema();
    let files = invalid_files();
    assert!(
        files.len() >= 25,
        "the negative corpus has {} files",
        files.len()
    );
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("tests/seed/snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for path in files {
            let sources = invalid_sources(&path);
            let diags = match check(&model, &sources) {
                Ok(_) => panic!("{} was accepted", path.display()),
                Err(d) => d,
            };
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            insta::assert_snapshot!(stem, diags.render_plain(&sources));
        }
    });
}

#[tokio::test]
async fn invalid_corpus_inserts_nothing() {
    let model = schema();
    let db = fresh("seed_invalid", &model).await;
    // The valid fixtures followed by each broken file: checked as one set, written never.
    for path in invalid_files() {
        let mut sources = fixtures();
        let broken = invalid_sources(&path);
        sources.add(broken.files[0].name.clone(), broken.files[0].text.clone());
        assert!(
            check(&model, &sources).is_err(),
            "{} was accepted next to the Justify fixtures",
            path.display()
        );
    }
    assert_eq!(total_rows(&contents(db.client(), &model).await), 0);
}

#[tokio::test]
async fn bulk_load_rate() {
    let model = schema();
    let db = fresh("seed_bulk", &model).await;
    const N: usize = 20_000;
    let mut text = String::from("StripeEvent:\n");
    for i in 0..N {
        text.push_str(&format!(
            "  - {{ id: evt_bulk_{i:06}, type: invoice.paid, payload: {{ n: {i} }}, processedAt: 2025-01-01T00:00:00Z }}\n"
        ));
    }
    let sources = SourceSet::single("bulk.yaml", text);
    let t0 = std::time::Instant::now();
    let plan = check(&model, &sources).unwrap();
    let checked = t0.elapsed();
    let mut client = db.connect().await.unwrap();
    let t1 = std::time::Instant::now();
    let report = justify_seed::seed(&mut client, &plan, &Options::default())
        .await
        .unwrap();
    let loaded = t1.elapsed();
    assert_eq!(report.changes() as usize, N);
    eprintln!(
        "bulk: {N} rows checked in {checked:?}, loaded in {loaded:?} ({:.0} rows/s)",
        N as f64 / loaded.as_secs_f64()
    );
}

/// Generated rows (`_count` templates) across related Justify models: users, campaigns, brand
/// lift studies and survey responses. Covers citext, enums and enum arrays, uuid, date, time,
/// timestamptz, json/jsonb, smallint, bigint, real, inet and an autoincrement key.
fn generated_fixture(users: u64, campaigns: u64, studies: u64, responses: u64) -> String {
    format!(
        r#"User:
  - _count: {users}
    _label: "user{{{{n}}}}"
    clerkId: "user_bulk_{{{{n}}}}"
    email: "user{{{{n}}}}@example.com"
    name: "{{{{name}}}}"
    role: "{{{{one_of USER USER USER ADMIN}}}}"
    notificationPrefs: {{ email: true, inApp: "{{{{one_of true false}}}}", n: "{{{{n}}}}" }}
    digestTime: 1970-01-01T08:30:00Z
    stripeCurrentPeriodEnd: 2025-07-01T00:00:00Z
    onboardingComplete: "{{{{one_of true false}}}}"
CampaignWizard:
  - _count: {campaigns}
    _label: "camp{{{{n}}}}"
    name: "Campaign {{{{n}}}}"
    startDate: 2025-06-01
    endDate: 2025-08-31
    budget: {{ total: "{{{{n * 10}}}}", socialMedia: 3000 }}
    secondaryKPIs: [AD_RECALL, PURCHASE_INTENT]
    platforms: [TIKTOK, "{{{{one_of INSTAGRAM YOUTUBE TWITTER}}}}"]
    status: "{{{{one_of DRAFT ACTIVE COMPLETED}}}}"
    step: "{{{{n % 5 + 1}}}}"
    user: "user{{{{n % {users}}}}}"
BrandLiftStudy:
  - _count: {studies}
    _label: "study{{{{n}}}}"
    name: "Study {{{{n}}}}"
    campaign: "camp{{{{n % {campaigns}}}}}"
    funnelStage: awareness
    primaryKpi: BRAND_AWARENESS
    secondaryKpis: [AD_RECALL]
    cintProjectId: "{{{{n + 1000000000000}}}}"
    launchedAt: 2025-06-02T10:00:00.123Z
SurveyResponse:
  - _count: {responses}
    study: "study{{{{n % {studies}}}}}"
    respondentId: "{{{{n}}}}"
    isControlGroup: "{{{{one_of true false}}}}"
    answers: {{ q1: ["o{{{{n % 4}}}}"], q2: "{{{{n % 7}}}}" }}
    demographics: {{ age: "{{{{18 + n % 50}}}}" }}
    ipAddress: "10.{{{{n / 65536 % 256}}}}.{{{{n / 256 % 256}}}}.{{{{n % 256}}}}"
    qualityScore: 0.75
"#
    )
}

#[test]
fn count_templates_expand_to_rows() {
    let model = schema();
    let sources = SourceSet::single("gen.yaml", generated_fixture(10, 20, 5, 40));
    let plan = match check(&model, &sources) {
        Ok(p) => p,
        Err(d) => panic!("{}", d.render_plain(&sources)),
    };
    assert_eq!(plan.row_count(), 75);
    let users = plan.tables.iter().find(|t| t.model == "User").unwrap();
    let email = |i: usize| {
        users.rows[i]
            .values
            .iter()
            .find(|(c, _)| &**c == "email")
            .unwrap()
            .1
            .clone()
    };
    assert_eq!(email(3), serde_json::json!("user3@example.com"));
    let campaigns = plan
        .tables
        .iter()
        .find(|t| t.model == "CampaignWizard")
        .unwrap();
    let value = |row: &justify_seed::plan::PlannedRow, col: &str| {
        row.values
            .iter()
            .find(|(c, _)| &**c == col)
            .unwrap()
            .1
            .clone()
    };
    // `step: "{{n % 5 + 1}}"` is typed (an Int), `user: "user{{n % 10}}"` a reference.
    assert_eq!(value(&campaigns.rows[12], "step"), serde_json::json!(3));
    assert_eq!(
        value(&campaigns.rows[12], "userId"),
        value(&users.rows[2], "id")
    );
    // Templated JSON is typed too; a templated number into a text column is its text.
    assert_eq!(
        value(&campaigns.rows[4], "budget"),
        serde_json::json!({"total": 40, "socialMedia": 3000})
    );
    let responses = plan
        .tables
        .iter()
        .find(|t| t.model == "SurveyResponse")
        .unwrap();
    assert_eq!(
        value(&responses.rows[7], "respondentId"),
        serde_json::json!("7")
    );

    // Errors point at the template, once.
    let bad = "User:\n  - _count: 3\n    clerkId: \"c{{n}}\"\n    email: \"{{n %}}\"\nCampaignWizard:\n  - _count: 2\n    name: x\n    startDate: 2025-01-01\n    endDate: 2025-01-02\n    budget: {}\n    user: \"nobody{{n}}\"\n";
    let sources = SourceSet::single("bad.yaml", bad.to_string());
    let text = check(&model, &sources).unwrap_err().render_plain(&sources);
    assert!(text.contains("in `{{n %}}`"), "{text}");
    assert_eq!(text.matches("unknown label").count(), 2, "{text}");
}

#[tokio::test]
async fn binary_copy_matches_jsonb_path_and_stays_idempotent() {
    let model = schema();
    let plan = check(
        &model,
        &SourceSet::single("gen.yaml", generated_fixture(600, 700, 600, 1500)),
    )
    .unwrap();
    let slow = fresh("seed_copy_jsonb", &model).await;
    let fast = fresh("seed_copy_binary", &model).await;
    let no_copy = justify_seed::Tuning {
        copy_min_rows: None,
        ..Default::default()
    };
    let mut c = slow.connect().await.unwrap();
    let r = justify_seed::seed_tuned(&mut c, &plan, &Options::default(), &no_copy)
        .await
        .unwrap();
    assert_eq!(r.copied, 0);
    let mut c = fast.connect().await.unwrap();
    let first = justify_seed::seed(&mut c, &plan, &Options::default())
        .await
        .unwrap();
    assert_eq!(first.copied as usize, plan.row_count(), "{first:?}");
    assert_eq!(first.changes() as usize, plan.row_count());
    let expected = contents(slow.client(), &model).await;
    assert_eq!(total_rows(&expected) as usize, plan.row_count());
    assert_eq!(contents(fast.client(), &model).await, expected);

    // Again: the staging-table path, which changes nothing …
    let second = justify_seed::seed(&mut c, &plan, &Options::default())
        .await
        .unwrap();
    assert_eq!(second.changes(), 0, "{second:?}");
    assert_eq!(second.copied as usize, plan.row_count());
    assert_eq!(contents(fast.client(), &model).await, expected);

    // … and updates exactly the rows that changed.
    // Odd-numbered studies get another name: 300 of 600.
    let changed = generated_fixture(600, 700, 600, 1500)
        .replace("name: \"Study {{n}}\"", "name: \"Study {{n / 2 * 2}}\"");
    let plan2 = check(&model, &SourceSet::single("gen.yaml", changed)).unwrap();
    let third = justify_seed::seed(&mut c, &plan2, &Options::default())
        .await
        .unwrap();
    assert_eq!(third.changes(), 300, "{third:?}");
}

/// Not part of the suite: `scripts/bench-seed.sh` runs it (release build) and BENCHMARKS.md
/// "Seed" records its figures. 100,000 generated rows: 10k users, 20k campaigns, 10k studies,
/// 60k survey responses; then the same rows as CSV through `psql \copy`.
#[tokio::test]
#[ignore]
async fn bench_seed_100k() {
    use std::time::Instant;
    let model = schema();
    let text = generated_fixture(10_000, 20_000, 10_000, 60_000);
    let t = Instant::now();
    let sources = SourceSet::single("bench.yaml", text);
    let plan = check(&model, &sources).unwrap();
    let checked = t.elapsed();
    let rows = plan.row_count();
    assert_eq!(rows, 100_000);
    let mut lines = vec![format!(
        "rows: {rows}; check (expand templates, validate, plan): {:.3} s",
        checked.as_secs_f64()
    )];

    use justify_seed::Tuning;
    for (name, tuning) in [
        ("binary COPY", Tuning::default()),
        (
            "binary COPY, indexes and foreign keys kept",
            Tuning {
                rebuild_indexes: false,
                ..Default::default()
            },
        ),
        (
            "jsonb batches (no COPY)",
            Tuning {
                copy_min_rows: None,
                ..Default::default()
            },
        ),
    ] {
        let options = Options::default();
        let db = fresh("seed_bench", &model).await;
        let mut c = db.connect().await.unwrap();
        // Per table: when it started and finished (the progress callback's first and last call).
        let times = std::sync::Mutex::new(Vec::<(String, Instant, Instant)>::new());
        let t = Instant::now();
        let r = justify_seed::seed_with(&mut c, &plan, &options, &tuning, &|p| {
            let mut times = times.lock().unwrap();
            if p.done == 0 && times.last().is_none_or(|(m, _, _)| m != p.model) {
                times.push((p.model.to_string(), Instant::now(), Instant::now()));
            } else if let Some(last) = times.last_mut() {
                last.2 = Instant::now();
            }
        })
        .await
        .unwrap();
        let load = t.elapsed().as_secs_f64();
        assert_eq!(r.changes() as usize, rows);
        let per_table: Vec<String> = times
            .into_inner()
            .unwrap()
            .iter()
            .map(|(m, a, b)| format!("{m} {:.3} s", (*b - *a).as_secs_f64()))
            .collect();
        lines.push(format!(
            "{name}: load {load:.3} s = {:.0} rows/s; check + load {:.3} s = {:.0} rows/s ({}; {} rebuilt)",
            rows as f64 / load,
            load + checked.as_secs_f64(),
            rows as f64 / (load + checked.as_secs_f64()),
            per_table.join(", "),
            r.rebuilt
        ));
        if tuning.copy_min_rows.is_none() || !tuning.rebuild_indexes {
            continue;
        }
        // Re-run on the loaded database: the staged, idempotent path.
        let t = Instant::now();
        let r = justify_seed::seed(&mut c, &plan, &options).await.unwrap();
        let again = t.elapsed().as_secs_f64();
        assert_eq!(r.changes(), 0);
        lines.push(format!(
            "binary COPY, second run (staging + ON CONFLICT, 0 changes): {again:.3} s = {:.0} rows/s",
            rows as f64 / again
        ));
    }

    // The same rows as CSV, one file per table, through psql's \copy.
    let dir = root().join("target/bench-seed");
    std::fs::create_dir_all(&dir).unwrap();
    // psql shortens `a/b/../c` by text, which is wrong through a symbolic link.
    let dir = std::fs::canonicalize(dir).unwrap();
    // The fixture itself, for timing `justify-schema seed` end to end (scripts/bench-seed.sh).
    std::fs::write(dir.join("bench.yaml"), sources.files[0].text.as_str()).unwrap();
    let db = fresh("seed_bench_psql", &model).await;
    let mut psql_total = 0.0;
    for table in &plan.tables {
        let cols: Vec<&str> = table.rows[0].values.iter().map(|(c, _)| &**c).collect();
        let mut csv = String::new();
        for row in &table.rows {
            let cells: Vec<String> = row.values.iter().map(|(_, v)| csv_cell(v)).collect();
            csv.push_str(&cells.join(","));
            csv.push('\n');
        }
        let file = dir.join(format!("{}.csv", table.table.name));
        std::fs::write(&file, csv).unwrap();
        let copy = format!(
            "\\copy {} ({}) FROM '{}' CSV",
            quote_qualified(&table.table),
            cols.iter()
                .map(|c| justify_sql::sql_text::quote_ident(c))
                .collect::<Vec<_>>()
                .join(", "),
            file.display()
        );
        let t = Instant::now();
        let out = std::process::Command::new("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", &db.url(), "-c", &copy])
            .output()
            .expect("psql on PATH");
        let took = t.elapsed().as_secs_f64();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        psql_total += took;
        lines.push(format!(
            "psql \\copy {}: {} rows in {took:.3} s",
            table.table.name,
            table.rows.len()
        ));
    }
    lines.push(format!(
        "psql \\copy total: {psql_total:.3} s = {:.0} rows/s (4 psql processes)",
        rows as f64 / psql_total
    ));
    let summary = lines.join("\n");
    eprintln!("{summary}");
    std::fs::write(dir.join("summary.txt"), summary + "\n").unwrap();
}

fn csv_cell(v: &serde_json::Value) -> String {
    use serde_json::Value;
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    match v {
        Value::Null => String::new(),
        Value::String(s) => quote(s),
        Value::Bool(_) | Value::Number(_) => v.to_string(),
        Value::Array(items) => {
            let inner: Vec<String> = items
                .iter()
                .map(|i| match i {
                    Value::String(s) => {
                        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
                    }
                    Value::Null => "NULL".into(),
                    other => other.to_string(),
                })
                .collect();
            quote(&format!("{{{}}}", inner.join(",")))
        }
        Value::Object(_) => quote(&v.to_string()),
    }
}

#[test]
fn env_sets_add_to_the_shared_fixtures() {
    let model = schema();
    let dir = root().join("examples/fixtures");
    let shared = check(&model, &fixtures()).unwrap().row_count();
    let load = |env: &str| {
        let sources =
            justify_seed::load_env_sources(std::slice::from_ref(&dir), Some(env)).unwrap();
        match check(&model, &sources) {
            Ok(plan) => plan.row_count(),
            Err(d) => panic!("{}", d.render_plain(&sources)),
        }
    };
    // The shared set never reads the environment folders.
    assert!(fixtures()
        .files
        .iter()
        .all(|f| !f.name.contains("/test/") && !f.name.contains("/dev/")));
    assert_eq!(load("test"), shared + 2);
    assert_eq!(load("dev"), shared + 800);
    let err = justify_seed::load_env_sources(&[dir], Some("staging")).unwrap_err();
    assert!(
        err.to_string().contains("no fixture set `staging`"),
        "{err}"
    );
}

#[tokio::test]
async fn bulk_load_rebuilds_indexes_and_keeps_the_catalog() {
    let model = schema();
    let db = fresh("seed_rebuild", &model).await;
    let before = db.snapshot().await;
    let plan = check(
        &model,
        &SourceSet::single("gen.yaml", generated_fixture(600, 700, 600, 1500)),
    )
    .unwrap();
    let mut c = db.connect().await.unwrap();
    let r = justify_seed::seed(&mut c, &plan, &Options::default())
        .await
        .unwrap();
    assert_eq!(r.changes() as usize, plan.row_count());
    // users: no secondary index, no FK; campaigns: 1 FK + 1 index; studies: 1 FK + 1 index;
    // responses: 1 FK + GIN, SP-GiST and other indexes.
    assert!(r.rebuilt >= 6, "{r:?}");
    assert_eq!(db.snapshot().await, before, "the catalog changed");
    // The re-created foreign keys are enforced.
    let err = db
        .apply_sql("INSERT INTO \"SurveyResponse\" (\"studyId\", \"respondentId\", \"isControlGroup\", answers) VALUES ('nope', 'x', false, '{}')")
        .await
        .unwrap_err();
    assert!(
        justify_testkit::error_text(&err).contains("SurveyResponse_studyId_fkey"),
        "{err}"
    );
}

#[tokio::test]
async fn bulk_foreign_key_violation_rolls_back() {
    let model = schema();
    let db = fresh("seed_bulk_fk", &model).await;
    let before = db.snapshot().await;
    // Foreign keys given as plain columns are not checked against labels: the database does it.
    let text = generated_fixture(600, 700, 10, 10).replace(
        "    user: \"user{{n % 600}}\"\n",
        "    userId: \"{{one_of nobody}}{{n}}\"\n",
    );
    let plan = match check(&model, &SourceSet::single("gen.yaml", text)) {
        Ok(p) => p,
        Err(d) => panic!("{d:?}"),
    };
    let mut c = db.connect().await.unwrap();
    let err = justify_seed::seed(&mut c, &plan, &Options::default())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("CampaignWizard")
            && err.contains("violates foreign key constraint")
            && err.contains("nothing was written"),
        "{err}"
    );
    assert_eq!(total_rows(&contents(db.client(), &model).await), 0);
    assert_eq!(db.snapshot().await, before);
}

const KEYED: &str = r#"
CampaignWizard:
  by-email:
    name: By email
    startDate: 2025-01-01
    endDate: 2025-02-01
    budget: {}
    user: { email: alice@example.com }      # a fixture row, by unique key
  by-clerk:
    name: By clerk id
    startDate: 2025-01-01
    endDate: 2025-02-01
    budget: {}
    user: { clerkId: user_existing }         # not in the fixtures: read from the database
User:
  alice: { clerkId: user_alice, email: alice@example.com }
"#;

#[tokio::test]
async fn relations_by_unique_key_find_fixture_and_database_rows() {
    let model = schema();
    let db = fresh("seed_keyed", &model).await;
    db.apply_sql(
        "INSERT INTO users (id, \"clerkId\", email, \"updatedAt\") VALUES ('u-existing', 'user_existing', 'e@example.com', now())",
    )
    .await
    .unwrap();
    let sources = SourceSet::single("keyed.yaml", KEYED.to_string());
    let plan = match check(&model, &sources) {
        Ok(p) => p,
        Err(d) => panic!("{}", d.render_plain(&sources)),
    };
    assert_eq!(plan.lookups.len(), 1);
    let mut c = db.connect().await.unwrap();
    let r = justify_seed::seed(&mut c, &plan, &Options::default())
        .await
        .unwrap();
    assert_eq!(r.looked_up, 1);
    let owners: Vec<(String, String)> = db
        .client()
        .query(
            "SELECT c.name, u.\"clerkId\" FROM \"CampaignWizard\" c JOIN users u ON u.id = c.\"userId\" ORDER BY 1",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(
        owners,
        [
            ("By clerk id".to_string(), "user_existing".to_string()),
            ("By email".to_string(), "user_alice".to_string())
        ]
    );
    // Idempotent like everything else.
    let again = justify_seed::seed(&mut c, &plan, &Options::default())
        .await
        .unwrap();
    assert_eq!(again.changes(), 0, "{again:?}");

    // A criterion that matches nothing: the error names its position; nothing is written.
    let missing = KEYED.replace("user_existing", "user_gone");
    let plan = check(&model, &SourceSet::single("keyed.yaml", missing)).unwrap();
    let other = fresh("seed_keyed_missing", &model).await;
    let mut c = other.connect().await.unwrap();
    let err = justify_seed::seed(&mut c, &plan, &Options::default())
        .await
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("keyed.yaml:14:11: no `User` row has clerkId = \"user_gone\""),
        "{err}"
    );
    assert_eq!(total_rows(&contents(other.client(), &model).await), 0);
}

const NESTED: &str = r##"
User:
  alice:
    clerkId: user_alice
    email: alice@example.com
    brandingSettings: { primaryColor: "#112233" }   # one-to-one back relation: one row
    campaigns:                                      # one-to-many: a list of rows
      - _label: launch
        name: Launch
        startDate: 2025-01-01
        endDate: 2025-02-01
        budget: {}
        brandLiftStudies:                           # nesting goes on
          - name: Launch study
            funnelStage: awareness
            primaryKpi: BRAND_AWARENESS
      - name: Follow-up
        startDate: 2025-03-01
        endDate: 2025-04-01
        budget: {}
      - existing-campaign                           # labels and rows mix
CampaignWizard:
  existing-campaign:
    name: Labelled
    startDate: 2025-01-01
    endDate: 2025-02-01
    budget: {}
Audience:
  a: { campaign: launch, ageMin: 18, ageMax: 30, locations: [GB], interests: [x] }   # a nested label works anywhere
"##;

#[tokio::test]
async fn nested_rows_get_their_parent() {
    let model = schema();
    let sources = SourceSet::single("nested.yaml", NESTED.to_string());
    let plan = match check(&model, &sources) {
        Ok(p) => p,
        Err(d) => panic!("{}", d.render_plain(&sources)),
    };
    assert_eq!(plan.row_count(), 7);
    let db = fresh("seed_nested", &model).await;
    let mut c = db.connect().await.unwrap();
    justify_seed::seed(&mut c, &plan, &Options::default())
        .await
        .unwrap();
    let q = |sql: &'static str| {
        let client = db.client();
        async move {
            client
                .query(sql, &[])
                .await
                .unwrap()
                .iter()
                .map(|r| r.get::<_, String>(0))
                .collect::<Vec<String>>()
        }
    };
    assert_eq!(
        q("SELECT c.name || '/' || u.\"clerkId\" FROM \"CampaignWizard\" c JOIN users u ON u.id = c.\"userId\" ORDER BY 1").await,
        ["Follow-up/user_alice", "Labelled/user_alice", "Launch/user_alice"]
    );
    assert_eq!(
        q("SELECT s.name || '/' || c.name FROM \"BrandLiftStudy\" s JOIN \"CampaignWizard\" c ON c.id = s.\"campaignId\"").await,
        ["Launch study/Launch"]
    );
    assert_eq!(
        q("SELECT b.\"primaryColor\" || '/' || u.\"clerkId\" FROM branding_settings b JOIN users u ON u.id = b.\"userId\"").await,
        ["#112233/user_alice"]
    );
    assert_eq!(
        q("SELECT c.name FROM audiences a JOIN \"CampaignWizard\" c ON c.id = a.\"campaignId\"")
            .await,
        ["Launch"]
    );
    let again = justify_seed::seed(
        &mut c,
        &check(&model, &sources).unwrap(),
        &Options::default(),
    )
    .await
    .unwrap();
    assert_eq!(again.changes(), 0, "{again:?}");
}

/// Not part of the suite: the client-side check of the 100k benchmark alone, for profiling
/// (`cargo test --release -p justify-seed --test seed -- --ignored --exact check_100k`).
#[test]
#[ignore]
fn check_100k() {
    let model = schema();
    let text = generated_fixture(10_000, 20_000, 10_000, 60_000);
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let plan = check(&model, &SourceSet::single("bench.yaml", text.clone())).unwrap();
        eprintln!("check: {} rows in {:?}", plan.row_count(), t.elapsed());
    }
}

#[test]
fn nested_rows_can_be_generated() {
    let model = schema();
    // 4 users, each with 3 generated campaigns: the inner `{{n}}` is the campaign's own number.
    let text = r#"
User:
  - _count: 4
    _label: "u{{n}}"
    clerkId: "user_{{n}}"
    email: "u{{n}}@example.com"
    campaigns:
      - _count: 3
        name: "Campaign {{n}}"
        step: "{{n + 1}}"
        startDate: 2025-01-01
        endDate: 2025-02-01
        budget: {}
"#;
    let sources = SourceSet::single("nested-gen.yaml", text.to_string());
    let plan = match check(&model, &sources) {
        Ok(p) => p,
        Err(d) => panic!("{}", d.render_plain(&sources)),
    };
    let users = plan.tables.iter().find(|t| t.model == "User").unwrap();
    let campaigns = plan
        .tables
        .iter()
        .find(|t| t.model == "CampaignWizard")
        .unwrap();
    assert_eq!(users.rows.len(), 4);
    assert_eq!(campaigns.rows.len(), 12);
    let value = |row: &justify_seed::plan::PlannedRow, col: &str| {
        row.values
            .iter()
            .find(|(c, _)| &**c == col)
            .unwrap()
            .1
            .clone()
    };
    // Campaigns 3..6 belong to the second user and are numbered 0, 1, 2 again.
    assert_eq!(
        value(&campaigns.rows[4], "name"),
        serde_json::json!("Campaign 1")
    );
    assert_eq!(value(&campaigns.rows[4], "step"), serde_json::json!(2));
    assert_eq!(
        value(&campaigns.rows[4], "userId"),
        value(&users.rows[1], "id")
    );
}

#[tokio::test]
async fn progress_reports_each_table() {
    let model = schema();
    let plan = check(
        &model,
        &SourceSet::single("gen.yaml", generated_fixture(600, 700, 20, 30)),
    )
    .unwrap();
    let db = fresh("seed_progress", &model).await;
    let mut c = db.connect().await.unwrap();
    let seen = std::sync::Mutex::new(Vec::<(String, u64, u64, usize, usize)>::new());
    justify_seed::seed_with(
        &mut c,
        &plan,
        &Options::default(),
        &justify_seed::Tuning::default(),
        &|p| {
            seen.lock()
                .unwrap()
                .push((p.model.to_string(), p.done, p.total, p.table, p.tables))
        },
    )
    .await
    .unwrap();
    let seen = seen.into_inner().unwrap();
    // Every table starts at 0 and ends at its total, in plan order; counts never go back.
    for (i, t) in plan.tables.iter().enumerate() {
        let mine: Vec<_> = seen.iter().filter(|s| s.0 == t.model).collect();
        assert_eq!(mine.first().unwrap().1, 0);
        assert_eq!(mine.last().unwrap().1, t.rows.len() as u64);
        assert!(mine.windows(2).all(|w| w[0].1 <= w[1].1));
        assert!(mine
            .iter()
            .all(|s| s.2 == t.rows.len() as u64 && s.3 == i + 1 && s.4 == plan.tables.len()));
    }
}

#[tokio::test]
async fn relation_by_compound_unique_key() {
    let model = schema();
    let db = fresh("seed_compound_key", &model).await;
    let first = r#"
User:
  u: { clerkId: user_u, email: u@example.com }
CampaignWizard:
  c: { name: C, startDate: 2025-01-01, endDate: 2025-02-01, budget: {}, user: u }
BrandLiftStudy:
  s:
    id: study-1
    name: S
    campaign: c
    funnelStage: awareness
    primaryKpi: BRAND_AWARENESS
    questions:
      - { text: Q1, questionType: SINGLE_CHOICE, order: 1 }
      - { text: Q2, questionType: SINGLE_CHOICE, order: 2 }
SurveyOption:
  # `studyId` of Q2 is set by the nesting; the criterion still finds it among the fixtures.
  in-fixtures: { question: { studyId: study-1, order: 2 }, text: A, value: a, order: 1 }
"#;
    let sources = SourceSet::single("first.yaml", first.to_string());
    let plan = match check(&model, &sources) {
        Ok(p) => p,
        Err(d) => panic!("{}", d.render_plain(&sources)),
    };
    assert!(plan.lookups.is_empty());
    let mut c = db.connect().await.unwrap();
    justify_seed::seed(&mut c, &plan, &Options::default())
        .await
        .unwrap();
    // Another fixture set: Q1 is only in the database now.
    let second =
        "SurveyOption:\n  in-db: { question: { order: 1, studyId: study-1 }, text: B, value: b, order: 1 }\n";
    let plan = check(&model, &SourceSet::single("second.yaml", second)).unwrap();
    assert_eq!(plan.lookups.len(), 1);
    let r = justify_seed::seed(&mut c, &plan, &Options::default())
        .await
        .unwrap();
    assert_eq!((r.looked_up, r.changes()), (1, 1));
    let rows: Vec<String> = db
        .client()
        .query(
            "SELECT o.text || '/' || q.text FROM \"SurveyOption\" o JOIN \"SurveyQuestion\" q ON q.id = o.\"questionId\" ORDER BY 1",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(rows, ["A/Q2", "B/Q1"]);
}

const AUTOINCREMENT_SCHEMA: &str = r#"
datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  posts  Post[]
  tags   Tag[]
  visits Visit[]
}

model Post {
  id       BigInt    @id @default(autoincrement())
  title    String    @unique
  authorId Int
  author   User      @relation(fields: [authorId], references: [id])
  comments Comment[]
}

model Comment {
  id     Int    @id @default(autoincrement())
  body   String
  postId BigInt
  post   Post   @relation(fields: [postId], references: [id])

  @@unique([postId, body])
}

model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  users User[]
}

model Note {
  id     Int     @id @default(autoincrement())
  text   String
  likes  Like[]
}

model Visit {
  id     Int    @id @default(autoincrement())
  page   String
  userId Int
  user   User   @relation(fields: [userId], references: [id])
}

model Like {
  id     Int  @id @default(autoincrement())
  noteId Int
  note   Note @relation(fields: [noteId], references: [id])
}
"#;

const AUTOINCREMENT_FIXTURES: &str = r#"
User:
  - _label: alice
    email: alice@example.com
    posts:
      - title: Nested
        comments:
          - body: first
          - body: second
  - _label: bob
    email: bob@example.com
    tags: [rust, pg]
Post:
  - title: By label
    author: bob
  - title: By key
    author: { email: alice@example.com }
Tag:
  rust: { name: rust }
  pg: { name: pg }
# No key at all: matched by their values on the next run.
Note:
  - text: hello
Visit:
  - { page: /home, user: alice }
  - { page: /home, user: bob }
"#;

fn autoincrement_schema() -> Schema {
    let checked = justify_psl::check(SourceSet::single("schema.prisma", AUTOINCREMENT_SCHEMA));
    checked.model.expect("the autoincrement schema is valid")
}

/// Who points at whom, by the rows' unique fields (not their ids).
async fn autoincrement_links(client: &Client) -> Vec<String> {
    let sql = r#"
        SELECT 'post ' || p.title || ' by ' || u.email FROM "Post" p JOIN "User" u ON u.id = p."authorId"
        UNION ALL
        SELECT 'comment ' || c.body || ' on ' || p.title FROM "Comment" c JOIN "Post" p ON p.id = c."postId"
        UNION ALL
        SELECT 'tag ' || t.name || ' of ' || u.email FROM "_TagToUser" j
          JOIN "Tag" t ON t.id = j."A" JOIN "User" u ON u.id = j."B"
        UNION ALL
        SELECT 'visit ' || v.page || ' by ' || u.email FROM "Visit" v JOIN "User" u ON u.id = v."userId"
        UNION ALL
        SELECT 'note ' || n.text FROM "Note" n
        ORDER BY 1"#;
    client
        .query(sql, &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

#[tokio::test]
async fn references_to_autoincrement_rows() {
    let model = autoincrement_schema();
    let plan = match check(&model, &SourceSet::single("f.yaml", AUTOINCREMENT_FIXTURES)) {
        Ok(p) => p,
        Err(d) => panic!(
            "{}",
            d.render_plain(&SourceSet::single("f.yaml", AUTOINCREMENT_FIXTURES))
        ),
    };
    // Both users, the post with comments and both tags are referenced; the rest is not.
    let generated: usize = plan.generated.iter().map(|g| g.rows.len()).sum();
    assert_eq!(generated, 2 + 1 + 2, "{:?}", plan.generated);
    let tables = tables(&model);
    let with_copy = justify_seed::Tuning {
        copy_min_rows: Some(1),
        ..Default::default()
    };
    let no_copy = justify_seed::Tuning {
        copy_min_rows: None,
        ..Default::default()
    };
    for (name, tuning) in [
        ("seed_autoinc_copy", with_copy),
        ("seed_autoinc_jsonb", no_copy),
    ] {
        let db = TestDb::create(name).await;
        db.apply_sql(&schema_sql(&model)).await.unwrap();
        // Ids already taken by someone else: the seed's ids come after them.
        db.client()
            .batch_execute(
                r#"INSERT INTO "User" (email) VALUES ('early@example.com');
                   INSERT INTO "Post" (title, "authorId") VALUES ('Early', 1);"#,
            )
            .await
            .unwrap();
        let mut c = db.connect().await.unwrap();
        let first = justify_seed::seed_tuned(&mut c, &plan, &Options::default(), &tuning)
            .await
            .unwrap();
        assert_eq!(first.generated, 5, "{first:?}");
        assert_eq!(first.changes(), 2 + 3 + 2 + 2 + 1 + 2 + 2, "{first:?}");
        let links = autoincrement_links(db.client()).await;
        assert_eq!(
            links,
            [
                "comment first on Nested",
                "comment second on Nested",
                "note hello",
                "post By key by alice@example.com",
                "post By label by bob@example.com",
                "post Early by early@example.com",
                "post Nested by alice@example.com",
                "tag pg of bob@example.com",
                "tag rust of bob@example.com",
                "visit /home by alice@example.com",
                "visit /home by bob@example.com",
            ],
            "{name}"
        );
        let before = {
            let mut out = Vec::new();
            for t in &tables {
                let sql = format!(
                    "SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY to_jsonb(x)::text), '[]')::text FROM {} x",
                    quote_qualified(t)
                );
                out.push(
                    db.client()
                        .query_one(&sql, &[])
                        .await
                        .unwrap()
                        .get::<_, String>(0),
                );
            }
            out
        };

        // A second run finds the rows again by their unique fields and changes nothing.
        let second = justify_seed::seed_tuned(&mut c, &plan, &Options::default(), &tuning)
            .await
            .unwrap();
        assert_eq!(second.changes(), 0, "{name}: {second:?}");
        let mut after = Vec::new();
        for t in &tables {
            let sql = format!(
                "SELECT coalesce(jsonb_agg(to_jsonb(x) ORDER BY to_jsonb(x)::text), '[]')::text FROM {} x",
                quote_qualified(t)
            );
            after.push(
                db.client()
                    .query_one(&sql, &[])
                    .await
                    .unwrap()
                    .get::<_, String>(0),
            );
        }
        assert_eq!(after, before, "{name}");

        // The sequences are past every id: plain inserts work.
        let row = db
            .client()
            .query_one(
                r#"INSERT INTO "User" (email) VALUES ('later@example.com')
                   RETURNING id > (SELECT max(id) FROM "User" WHERE email <> 'later@example.com')"#,
                &[],
            )
            .await
            .unwrap();
        assert!(row.get::<_, bool>(0), "{name}");
        db.client()
            .batch_execute(
                r#"INSERT INTO "Post" (title, "authorId") VALUES ('Later', 1);
                   INSERT INTO "Tag" (name) VALUES ('later');"#,
            )
            .await
            .unwrap();

        // And a third run, after those inserts, still changes nothing.
        let third = justify_seed::seed_tuned(&mut c, &plan, &Options::default(), &tuning)
            .await
            .unwrap();
        assert_eq!(third.changes(), 0, "{name}: {third:?}");

        // With `reset`, the tables start over and the links hold again.
        let reset = justify_seed::seed_tuned(&mut c, &plan, &Options { reset: true }, &tuning)
            .await
            .unwrap();
        assert_eq!(reset.generated, 5);
        let mut expected = links.clone();
        expected.retain(|l| !l.contains("Early"));
        assert_eq!(autoincrement_links(db.client()).await, expected, "{name}");
    }
}

#[test]
fn referenced_autoincrement_row_without_unique_field_is_an_error() {
    let model = autoincrement_schema();
    let fixtures = "Note:\n  n: { text: hello }\nLike:\n  - note: n\n";
    let sources = SourceSet::single("f.yaml", fixtures);
    let diags = check(&model, &sources).unwrap_err();
    let text = diags.render_plain(&sources);
    assert!(
        text.contains("f.yaml:4:11")
            && text.contains("gets its `id` from the database")
            && text.contains("explicit `id` or a value for a unique field"),
        "{text}"
    );
    // An explicit id is enough.
    let fixtures = "Note:\n  n: { id: 7, text: hello }\nLike:\n  - note: n\n";
    let plan = check(&model, &SourceSet::single("f.yaml", fixtures)).unwrap();
    assert!(plan.generated.is_empty());
}
