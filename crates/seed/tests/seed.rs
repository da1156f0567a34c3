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
