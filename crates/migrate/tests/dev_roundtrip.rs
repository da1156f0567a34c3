//! `migrate dev` round trip against real PostgreSQL: from an empty database and an empty
//! migrations folder, `dev` writes and applies one migration; then `status` is up to date, a
//! second `dev` writes nothing, and the database reads back as the schema. Also keeps
//! `schema/migrations` (the Justify schema's own history) from going stale.

mod dev_support;

use dev_support::*;
use justify_migrate::connection::Connection;
use justify_migrate::folder::MigrationsFolder;
use justify_migrate::shadow::{read_schema, Shadow};
use justify_migrate::status::status;
use justify_testkit::TestDb;

/// The Justify schema and corpus cases that need no extension.
const CASES: &[&str] = &[
    "schema/schema.prisma",
    "tests/psl/valid/enum_default.prisma",
    "tests/psl/valid/relation_many_to_many_implicit.prisma",
    "tests/psl/valid/compound_id.prisma",
    "tests/psl/valid/map_names.prisma",
    "tests/psl/valid/referential_actions.prisma",
    "tests/psl/valid/scalar_lists.prisma",
    "tests/psl/valid/large_ecommerce.prisma",
];

async fn round_trip(case: &str) -> Result<(), String> {
    let path = root().join(case);
    let target = lower_path(&path);
    let hint = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let db = TestDb::create(&format!("dev_{hint}")).await;
    let dir = scratch_dir(&hint);
    let folder = MigrationsFolder::new(dir.join("migrations"));

    let first = run_dev(&db.url(), &folder, &target, &accepting("init"))
        .await
        .map_err(|e| format!("{case}: first dev failed: {e}"))?;
    let created = first
        .created
        .as_ref()
        .ok_or_else(|| format!("{case}: first dev created nothing"))?;
    if !created.applied || !created.name.ends_with("_init") {
        return Err(format!("{case}: unexpected {created:?}"));
    }
    if !folder.lock_file_path().is_file() {
        return Err(format!("{case}: no migration_lock.toml"));
    }
    let conn = Connection::connect(&db.url()).await.unwrap();
    let st = status(&conn, &folder).await.map_err(|e| e.to_string())?;
    if !st.is_up_to_date() || st.applied.len() != 1 {
        return Err(format!("{case}: status not up to date: {st:?}"));
    }
    let second = run_dev(&db.url(), &folder, &target, &accepting("again"))
        .await
        .map_err(|e| format!("{case}: second dev failed: {e}"))?;
    if !second.in_sync || second.created.is_some() || folder.list().unwrap().len() != 1 {
        return Err(format!("{case}: second dev was not a no-op: {second:?}"));
    }
    let rest = live_diff(&db.url(), &target).await;
    if !rest.is_empty() {
        return Err(format!("{case}: database differs from the schema:\n{rest}"));
    }
    if !shadow_databases(db.client(), db.name()).await.is_empty() {
        return Err(format!("{case}: a shadow database was left behind"));
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dev_round_trips_the_corpus() {
    let mut set = tokio::task::JoinSet::new();
    for case in CASES {
        set.spawn(round_trip(case));
    }
    let mut failures = Vec::new();
    while let Some(r) = set.join_next().await {
        if let Err(e) = r.expect("case panicked") {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
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
