//! `migrate dev` round trip against real PostgreSQL: from an empty database and an empty
//! migrations folder, `dev` writes and applies one migration; then `status` is up to date, a
//! second `dev` writes nothing, and the database reads back as the schema. Also keeps
//! `schema/migrations` (the Justify schema's own history) from going stale.

mod dev_support;

use dev_support::*;
use justify_migrate::connection::Connection;
use justify_migrate::dev::DevOptions;
use justify_migrate::folder::MigrationsFolder;
use justify_migrate::shadow::{read_schema, Shadow};
use justify_migrate::status::{status, status_with, StatusOptions};
use justify_testkit::TestDb;

/// Cases skipped, with the reason. Everything else in `tests/psl/valid/` runs. (Cases whose
/// datasource names an extension the server lacks, e.g. postgis, are skipped at run time.)
const SKIPPED: &[(&str, &str)] = &[(
    "tests/psl/valid/native_types_strings.prisma",
    "uses @db.Citext without declaring the citext extension: the migration needs citext \
     installed beforehand, in the shadow database too (Prisma fails the same way)",
)];

/// Known bugs: the case must still fail with this text (the test says when it is fixed, so that
/// the entry is removed and the case guarded for good).
const KNOWN_FAILURES: &[(&str, &str)] = &[];

/// The Justify schema, every file of `tests/psl/valid/` and its multi-file folder(s).
fn cases() -> Vec<String> {
    let mut out = vec!["schema/schema.prisma".to_string()];
    let dir = root().join("tests/psl/valid");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() || name.ends_with(".prisma") {
            out.push(format!("tests/psl/valid/{name}"));
        }
    }
    out
}

/// Extensions the schema's datasource asks for that the server cannot install.
async fn missing_extensions(
    client: &tokio_postgres::Client,
    target: &justify_sql::SqlSchema,
) -> Vec<String> {
    let mut missing = Vec::new();
    for ext in &target.extensions {
        let n = client
            .query_one(
                "SELECT count(*) FROM pg_available_extensions WHERE name = $1",
                &[&ext.name],
            )
            .await
            .unwrap()
            .get::<_, i64>(0);
        if n == 0 {
            missing.push(ext.name.clone());
        }
    }
    missing
}

/// `Ok(Some(reason))`: skipped.
async fn round_trip(case: &str, shadow: &TestDb) -> Result<Option<String>, String> {
    if let Some((_, why)) = SKIPPED.iter().find(|(c, _)| *c == case) {
        return Ok(Some(why.to_string()));
    }
    let path = root().join(case);
    let target = lower_path(&path);
    let hint = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let db = TestDb::create(&format!("dev_{hint}")).await;
    let missing = missing_extensions(db.client(), &target).await;
    if !missing.is_empty() {
        return Ok(Some(format!(
            "extension(s) {} not available on the test server",
            missing.join(", ")
        )));
    }
    let result = round_trip_on(case, &db, &target, shadow).await;
    match KNOWN_FAILURES.iter().find(|(c, _)| *c == case) {
        None => result.map(|()| None),
        Some((_, text)) => match result {
            Err(e) if e.contains(text) => Ok(Some(format!("known bug: {text}"))),
            Err(e) => Err(format!("{case}: known to fail with {text:?}, but: {e}")),
            Ok(()) => Err(format!(
                "{case} passes now: remove it from KNOWN_FAILURES in {}",
                file!()
            )),
        },
    }
}

async fn round_trip_on(
    case: &str,
    db: &TestDb,
    target: &justify_sql::SqlSchema,
    shadow: &TestDb,
) -> Result<(), String> {
    // A given shadow database (wiped by `dev`) rather than a temporary one per run: creating
    // databases is most of a case's time. Temporary shadows are covered by `dev_flows` and
    // `checked_in_migrations_match_the_schema`.
    let options = |name: &str| DevOptions {
        shadow_database_url: Some(shadow.url()),
        ..accepting(name)
    };
    let hint = case
        .rsplit('/')
        .next()
        .unwrap_or(case)
        .trim_end_matches(".prisma");
    let dir = scratch_dir(hint);
    let folder = MigrationsFolder::new(dir.join("migrations"));

    let first = run_dev(&db.url(), &folder, target, &options("init"))
        .await
        .map_err(|e| format!("{case}: first dev failed: {e}"))?;
    let empty = justify_sql::diff::diff(&justify_sql::SqlSchema::default(), target).is_empty();
    let expected_migrations = match &first.created {
        // A schema without models (a datasource only): already in sync, nothing written.
        None if empty && first.in_sync => 0,
        None => return Err(format!("{case}: first dev created nothing")),
        Some(created) => {
            if !created.applied || !created.name.ends_with("_init") {
                return Err(format!("{case}: unexpected {created:?}"));
            }
            if !folder.lock_file_path().is_file() {
                return Err(format!("{case}: no migration_lock.toml"));
            }
            1
        }
    };
    let conn = Connection::connect(&db.url()).await.unwrap();
    // The second `dev` checks drift (as `status --check-drift` does), so plain status here.
    let st = status(&conn, &folder)
        .await
        .map_err(|e| format!("{case}: status failed: {e}"))?;
    if !st.is_up_to_date() || st.applied.len() != expected_migrations {
        return Err(format!("{case}: status not up to date: {st:?}"));
    }
    let second = run_dev(&db.url(), &folder, target, &options("again"))
        .await
        .map_err(|e| format!("{case}: second dev failed: {e}"))?;
    if !second.in_sync
        || second.created.is_some()
        || folder.list().unwrap().len() != expected_migrations
    {
        return Err(format!("{case}: second dev was not a no-op: {second:?}"));
    }
    let rest = live_diff(&db.url(), target).await;
    if !rest.is_empty() {
        return Err(format!("{case}: database differs from the schema:\n{rest}"));
    }
    if !shadow_databases(db.client(), db.name()).await.is_empty() {
        return Err(format!("{case}: a shadow database was left behind"));
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// Cases run at once (each is a few databases and a few dozen round trips).
const PARALLEL: usize = 4;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dev_round_trips_the_corpus() {
    let cases = cases();
    assert!(cases.len() > 60, "the corpus shrank: {cases:?}");
    // One shadow database per concurrent case.
    let (tx, rx) = tokio::sync::mpsc::channel(PARALLEL);
    for i in 0..PARALLEL {
        tx.send(TestDb::create(&format!("dev_shadow_{i}")).await)
            .await
            .unwrap();
    }
    let shadows = std::sync::Arc::new(tokio::sync::Mutex::new(rx));
    let mut set = tokio::task::JoinSet::new();
    for case in cases {
        let (shadows, tx) = (shadows.clone(), tx.clone());
        set.spawn(async move {
            let shadow = shadows.lock().await.recv().await.unwrap();
            let r = round_trip(&case, &shadow).await;
            let _ = tx.send(shadow).await;
            (case, r)
        });
    }
    let mut failures = Vec::new();
    let (mut passed, mut skipped) = (0, Vec::new());
    while let Some(r) = set.join_next().await {
        match r.expect("case panicked") {
            (_, Ok(None)) => passed += 1,
            (case, Ok(Some(why))) => skipped.push(format!("{case}: {why}")),
            (_, Err(e)) => failures.push(e),
        }
    }
    for s in &skipped {
        eprintln!("skipped {s}");
    }
    eprintln!("{passed} case(s) round-tripped, {} skipped", skipped.len());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// `status --check-drift`: clean after `dev`, then a manual change is reported as drift.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_reports_drift() {
    let target = lower_str(
        r#"
datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
}
"#,
    );
    let db = TestDb::create("status_drift").await;
    let dir = scratch_dir("status_drift");
    let folder = MigrationsFolder::new(dir.join("migrations"));
    run_dev(&db.url(), &folder, &target, &accepting("init"))
        .await
        .unwrap();
    let conn = Connection::connect(&db.url()).await.unwrap();
    let options = StatusOptions {
        check_drift: true,
        url: Some(db.url()),
        namespaces: target.namespaces.clone(),
        ..StatusOptions::default()
    };
    let clean = status_with(&conn, &folder, &options).await.unwrap();
    assert!(clean.drift_checked && clean.drift.is_empty(), "{clean:?}");
    assert!(clean.is_up_to_date());
    // Without the check, nothing is compared.
    let plain = status(&conn, &folder).await.unwrap();
    assert!(!plain.drift_checked && plain.drift.is_empty());

    db.apply_sql(r#"ALTER TABLE "User" ADD COLUMN nickname text; CREATE TABLE stray (x int)"#)
        .await
        .unwrap();
    let drifted = status_with(&conn, &folder, &options).await.unwrap();
    assert!(!drifted.is_up_to_date(), "{drifted:?}");
    assert!(drifted.pending.is_empty() && drifted.modified.is_empty());
    let text = drifted.drift.join("\n");
    assert!(text.contains("nickname"), "{text}");
    assert!(text.contains("stray"), "{text}");
    assert!(
        drifted.drift_script.contains("nickname"),
        "{}",
        drifted.drift_script
    );
    assert!(shadow_databases(db.client(), db.name()).await.is_empty());
    // Status without the check still says "up to date": the history is.
    assert!(status(&conn, &folder).await.unwrap().is_up_to_date());
    let _ = std::fs::remove_dir_all(&dir);
}

/// `schema/migrations` replayed from empty is exactly `schema/schema.prisma`: a schema change
/// without its migration (`justify-schema migrate dev`) fails here.
#[tokio::test]
async fn checked_in_migrations_match_the_schema() {
    let target = lower_path(&root().join("schema/schema.prisma"));
    let folder = MigrationsFolder::new(root().join("schema/migrations"));
    let migrations = folder.list().unwrap();
    assert!(!migrations.is_empty(), "schema/migrations is empty");
    folder.validate_lock().unwrap();
    let db = TestDb::create("schema_history").await;
    let conn = Connection::connect(&db.url()).await.unwrap();
    let shadow = Shadow::open(&conn, &db.url(), None, &target.namespaces)
        .await
        .unwrap();
    let refs: Vec<_> = migrations.iter().collect();
    let replayed = shadow.replay(&refs).await;
    let live = match replayed {
        Ok(()) => read_schema(shadow.connection(), &target.namespaces).await,
        Err(e) => {
            shadow.close(&conn).await.unwrap();
            panic!("{e}");
        }
    };
    shadow.close(&conn).await.unwrap();
    let m = justify_sql::diff::diff(&live.unwrap(), &target);
    assert!(
        m.is_empty(),
        "schema/migrations is stale; run `justify-schema migrate dev --name <change>`. Missing:\n{}",
        justify_sql::render::render_script(&m.steps)
    );
}
