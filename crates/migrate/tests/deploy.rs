//! `migrate deploy` against real PostgreSQL: one fresh database per test.

mod runner_support;

use std::time::Duration;

use justify_migrate::connection::Connection;
use justify_migrate::deploy::{deploy, DeployError, DeployOptions, ADVISORY_LOCK_KEY};
use justify_migrate::folder::{checksum, MigrationsFolder};
use justify_migrate::resolve::resolve_rolled_back;
use justify_migrate::status::status;
use justify_testkit::TestDb;
use runner_support::*;

#[tokio::test]
async fn deploys_a_folder_then_nothing() {
    let db = TestDb::create("deploy_small").await;
    let conn = connect(&db).await;
    let folder = MigrationsFolder::new(fixture("small"));

    let report = deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap();
    assert!(report.history_table_created);
    assert_eq!(
        report.applied_names(),
        vec![
            "20240101000000_init",
            "20240102000000_add_posts",
            "20240103000000_add_index"
        ]
    );
    let rows = history_rows(&db).await;
    assert_eq!(rows.len(), 3);
    for (row, m) in rows.iter().zip(folder.list().unwrap()) {
        let bytes = std::fs::read(m.path.join("migration.sql")).unwrap();
        assert_eq!(row.0, m.name);
        assert_eq!(row.1, checksum(&bytes));
        assert_eq!(row.1.len(), 64);
        assert!(row.2, "finished_at set");
        assert!(!row.3, "not rolled back");
        assert_eq!(row.4, 1, "applied_steps_count");
        assert_eq!(row.5, None, "no logs");
    }
    assert!(table_exists(&db, "public", "Post").await);

    let again = deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap();
    assert!(again.applied.is_empty());
    assert!(!again.history_table_created);
    assert_eq!(again.already_applied, 3);
    assert_eq!(history_rows(&db).await.len(), 3);
    assert!(status(&conn, &folder).await.unwrap().is_up_to_date());
    // The report is what the CLI prints as JSON.
    let json = serde_json::to_value(&again).unwrap();
    assert_eq!(json["already_applied"], 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_deploys_apply_each_migration_once() {
    let db = TestDb::create("deploy_concurrent").await;
    let dir = scratch_dir("concurrent");
    std::fs::write(
        dir.join("migration_lock.toml"),
        justify_migrate::folder::LOCK_FILE_CONTENT,
    )
    .unwrap();
    write_migration(
        &dir,
        "20240101000000_runs",
        "CREATE TABLE runs (migration int NOT NULL, backend int NOT NULL DEFAULT pg_backend_pid());\n",
    );
    for i in 1..20 {
        write_migration(
            &dir,
            &format!("20240101{i:06}_step_{i}"),
            &format!(
                "CREATE TABLE t{i} (id int PRIMARY KEY);\nINSERT INTO runs (migration) VALUES ({i});\nSELECT pg_sleep(0.01);\n"
            ),
        );
    }
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let url = db.url();
        let dir = dir.clone();
        tasks.push(tokio::spawn(async move {
            let conn = Connection::connect(&url).await.unwrap();
            let options = DeployOptions {
                lock_timeout: Duration::from_secs(60),
                ..DeployOptions::default()
            };
            deploy(&conn, &MigrationsFolder::new(dir), &options)
                .await
                .unwrap()
        }));
    }
    let mut applied_total = 0;
    for t in tasks {
        applied_total += t.await.unwrap().applied.len();
    }
    assert_eq!(
        applied_total, 20,
        "every migration applied by exactly one deploy"
    );
    let per_name: Vec<(String, i64)> = db
        .client()
        .query(
            "SELECT migration_name::text, count(*) FROM _prisma_migrations GROUP BY 1 ORDER BY 1",
            &[],
        )
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(per_name.len(), 20);
    assert!(per_name.iter().all(|(_, n)| *n == 1), "{per_name:?}");
    let runs: i64 = db
        .client()
        .query_one("SELECT count(*) FROM runs", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(runs, 19, "each data step ran once");
}

#[tokio::test]
async fn a_failing_migration_is_atomic_recorded_and_blocks_until_resolved() {
    let db = TestDb::create("deploy_failing").await;
    let conn = connect(&db).await;
    let dir = copy_fixture("small");
    let bad = "20240104000000_half_done";
    write_migration(
        &dir,
        bad,
        "-- The first statement succeeds, the second fails.\nCREATE TABLE half_done (id int);\n\nINSERT INTO missing_table (id)\n  VALUES (1);\nCREATE TABLE never_reached (id int);\n",
    );
    write_migration(
        &dir,
        "20240105000000_after",
        "CREATE TABLE after_bad (id int);\n",
    );
    let folder = MigrationsFolder::new(&dir);

    let err = deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap_err();
    let DeployError::MigrationFailed(failure) = &err else {
        panic!("unexpected error {err}");
    };
    assert_eq!(failure.migration_name, bad);
    assert_eq!(failure.statement_index, Some(2));
    assert_eq!(failure.line, Some(4));
    assert_eq!(failure.code.as_deref(), Some("42P01"));
    assert_eq!(
        failure.statement.as_deref(),
        Some("INSERT INTO missing_table (id)\n  VALUES (1)")
    );
    let message = err.to_string();
    assert!(message.contains(bad), "{message}");
    assert!(message.contains("line 4"), "{message}");
    assert!(message.contains("INSERT INTO missing_table"), "{message}");
    assert!(
        message.contains("missing_table\" does not exist"),
        "{message}"
    );

    // Atomic: the first statement's table is not there; nothing after it ran.
    assert!(!table_exists(&db, "public", "half_done").await);
    assert!(!table_exists(&db, "public", "never_reached").await);
    assert!(!table_exists(&db, "public", "after_bad").await);

    let rows = history_rows(&db).await;
    assert_eq!(rows.len(), 4);
    let failed = &rows[3];
    assert_eq!(failed.0, bad);
    assert!(
        !failed.2 && !failed.3,
        "failed: not finished, not rolled back"
    );
    assert_eq!(failed.4, 0);
    let logs = failed.5.clone().unwrap();
    assert!(logs.contains(bad) && logs.contains("line 4") && logs.contains("missing_table"));

    // Refused while the failure is recorded; nothing is applied.
    let err = deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, DeployError::FailedMigrations { migrations } if migrations[0].migration_name == bad),
        "{err}"
    );
    assert_eq!(history_rows(&db).await.len(), 4);
    let st = status(&conn, &folder).await.unwrap();
    assert_eq!(st.failed.len(), 1);
    assert!(!st.is_up_to_date());

    // Fix the file, mark the failure rolled back, deploy again.
    write_migration(
        &dir,
        bad,
        "CREATE TABLE half_done (id int);\nCREATE TABLE missing_table (id int);\nINSERT INTO missing_table (id) VALUES (1);\n",
    );
    let resolved = resolve_rolled_back(&conn, bad).await.unwrap();
    assert_eq!(resolved.rolled_back_rows, 1);
    let report = deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap();
    assert_eq!(report.applied_names(), vec![bad, "20240105000000_after"]);
    assert!(table_exists(&db, "public", "half_done").await);
    let rows = history_rows(&db).await;
    assert_eq!(rows.len(), 6, "the rolled-back row stays");
    assert!(rows[3].3, "first attempt rolled back");
    assert!(status(&conn, &folder).await.unwrap().is_up_to_date());
}

#[tokio::test]
async fn a_runtime_error_names_the_statement_without_an_error_position() {
    let db = TestDb::create("deploy_runtime_error").await;
    let conn = connect(&db).await;
    let dir = scratch_dir("runtime_error");
    write_migration(
        &dir,
        "20240101000000_divide",
        "CREATE TABLE a1 (id int);\nDO $$ BEGIN PERFORM 1; END $$;\nSELECT 1/0;\nCREATE TABLE a2 (id int);\n",
    );
    let err = deploy(
        &conn,
        &MigrationsFolder::new(&dir),
        &DeployOptions::default(),
    )
    .await
    .unwrap_err();
    let DeployError::MigrationFailed(failure) = err else {
        panic!("unexpected error {err}");
    };
    assert_eq!(failure.statement_index, Some(3));
    assert_eq!(failure.line, Some(3));
    assert_eq!(failure.statement.as_deref(), Some("SELECT 1/0"));
    assert!(failure.error.contains("division by zero"));
    assert!(!table_exists(&db, "public", "a1").await);
}

#[tokio::test]
async fn changed_or_missing_applied_migrations_are_refused() {
    let db = TestDb::create("deploy_changed").await;
    let conn = connect(&db).await;
    let dir = copy_fixture("small");
    let folder = MigrationsFolder::new(&dir);
    deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap();
    write_migration(&dir, "20240104000000_new", "CREATE TABLE newer (id int);\n");

    // Converting line endings (a Windows checkout) is not a change.
    let init = dir.join("20240101000000_init/migration.sql");
    let original = std::fs::read_to_string(&init).unwrap();
    std::fs::write(&init, original.replace('\n', "\r\n")).unwrap();
    let st = status(&conn, &folder).await.unwrap();
    assert!(st.modified.is_empty());
    assert_eq!(st.pending, vec!["20240104000000_new"]);

    // An edit is.
    std::fs::write(&init, format!("{original}-- edited\n")).unwrap();
    let err = deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, DeployError::ModifiedMigrations { names } if names == &["20240101000000_init"]),
        "{err}"
    );
    assert!(!table_exists(&db, "public", "newer").await);
    assert_eq!(
        status(&conn, &folder).await.unwrap().modified,
        vec!["20240101000000_init"]
    );

    // So is a missing directory.
    std::fs::write(&init, &original).unwrap();
    std::fs::remove_dir_all(dir.join("20240102000000_add_posts")).unwrap();
    let err = deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(&err, DeployError::MissingMigrations { names } if names == &["20240102000000_add_posts"]),
        "{err}"
    );
    assert!(!table_exists(&db, "public", "newer").await);

    // Prisma's own deploy checks neither; the options say so.
    let lenient = DeployOptions {
        refuse_missing: false,
        refuse_modified: false,
        ..DeployOptions::default()
    };
    let report = deploy(&conn, &folder, &lenient).await.unwrap();
    assert_eq!(report.applied_names(), vec!["20240104000000_new"]);
}

#[tokio::test]
async fn a_real_world_folder_deploys() {
    let db = TestDb::create("deploy_realworld").await;
    let conn = connect(&db).await;
    let root = fixture("realworld");
    let crlf = std::fs::read(root.join("20240203000000_conditional_enum/migration.sql")).unwrap();
    assert!(
        crlf.windows(2).any(|w| w == b"\r\n"),
        "the fixture keeps its CRLF line endings (see tests/migrate/.gitattributes)"
    );
    let folder = MigrationsFolder::new(&root);
    let report = deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap();
    assert_eq!(report.applied.len(), 5);
    assert!(status(&conn, &folder).await.unwrap().is_up_to_date());

    let c = db.client();
    let ext: i64 = c
        .query_one(
            "SELECT count(*) FROM pg_extension WHERE extname = 'pgcrypto'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(ext, 1);
    let slugs: Vec<(String, String)> = c
        .query(
            r#"SELECT "slug", "plan"::text FROM "Account" ORDER BY "slug""#,
            &[],
        )
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(
        slugs,
        vec![
            ("ada-lovelace".to_string(), "FREE".to_string()),
            ("edsger-dijkstra".to_string(), "FREE".to_string()),
            ("grace-hopper".to_string(), "PRO".to_string()),
        ]
    );
    // The triggers work: the backfill's UPDATEs were audited.
    let audited: i64 = c
        .query_one(r#"SELECT count(*) FROM "AuditLog""#, &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(
        audited,
        3 + 1,
        "3 slug updates + 1 plan update (the inserts predate the trigger)"
    );
    let valid: bool = c
        .query_one(
            "SELECT indisvalid FROM pg_index WHERE indexrelid = '\"AuditLog_accountId_idx\"'::regclass",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert!(valid, "the concurrently built index is valid");
}

#[tokio::test]
async fn deploys_into_the_schema_of_the_url() {
    let db = TestDb::create("deploy_schema").await;
    let url = format!(
        "{}?schema=tenant_a&connection_limit=3&pool_timeout=5",
        db.url()
    );
    let conn = Connection::connect(&url).await.unwrap();
    assert_eq!(conn.schema(), "tenant_a");
    deploy(
        &conn,
        &MigrationsFolder::new(fixture("small")),
        &DeployOptions::default(),
    )
    .await
    .unwrap();
    assert!(table_exists(&db, "tenant_a", "_prisma_migrations").await);
    assert!(table_exists(&db, "tenant_a", "User").await);
    assert!(!table_exists(&db, "public", "_prisma_migrations").await);
    assert!(!table_exists(&db, "public", "User").await);
}

#[tokio::test]
async fn waits_for_prismas_lock_and_times_out() {
    let db = TestDb::create("deploy_lock").await;
    let conn = connect(&db).await;
    let holder = db.connect().await.unwrap();
    holder
        .execute("SELECT pg_advisory_lock($1)", &[&ADVISORY_LOCK_KEY])
        .await
        .unwrap();
    let options = DeployOptions {
        lock_timeout: Duration::from_millis(300),
        ..DeployOptions::default()
    };
    let folder = MigrationsFolder::new(fixture("small"));
    let err = deploy(&conn, &folder, &options).await.unwrap_err();
    assert!(matches!(err, DeployError::LockTimeout { .. }), "{err}");
    assert!(!table_exists(&db, "public", "_prisma_migrations").await);

    holder
        .execute("SELECT pg_advisory_unlock($1)", &[&ADVISORY_LOCK_KEY])
        .await
        .unwrap();
    deploy(&conn, &folder, &options).await.unwrap();
    // Released at the end: another session can take it at once.
    let free: bool = holder
        .query_one("SELECT pg_try_advisory_lock($1)", &[&ADVISORY_LOCK_KEY])
        .await
        .unwrap()
        .get(0);
    assert!(free);
}

#[tokio::test]
async fn a_lock_file_for_another_provider_is_refused() {
    let db = TestDb::create("deploy_provider").await;
    let conn = connect(&db).await;
    let dir = copy_fixture("small");
    std::fs::write(dir.join("migration_lock.toml"), "provider = \"mysql\"\n").unwrap();
    let err = deploy(
        &conn,
        &MigrationsFolder::new(&dir),
        &DeployOptions::default(),
    )
    .await
    .unwrap_err();
    assert!(err.to_string().contains("mysql"), "{err}");
    assert!(!table_exists(&db, "public", "_prisma_migrations").await);
}
