//! `migrate resolve` and `migrate status` against real PostgreSQL.

mod runner_support;

use justify_migrate::deploy::{deploy, DeployOptions};
use justify_migrate::folder::{checksum, MigrationsFolder};
use justify_migrate::resolve::{resolve_applied, resolve_rolled_back, ResolveError};
use justify_migrate::status::status;
use justify_testkit::TestDb;
use runner_support::*;

#[tokio::test]
async fn baselining_records_without_running() {
    let db = TestDb::create("resolve_baseline").await;
    let conn = connect(&db).await;
    let folder = MigrationsFolder::new(fixture("small"));

    let st = status(&conn, &folder).await.unwrap();
    assert!(!st.history_table_exists);
    assert_eq!(st.pending.len(), 3);
    assert!(!st.is_up_to_date());

    // The database already has the first migration's schema (made by hand).
    let first = &folder.list().unwrap()[0];
    db.apply_sql(&first.script_text()).await.unwrap();
    let report = resolve_applied(&conn, &folder, &first.name).await.unwrap();
    assert_eq!(report.action, "applied");
    let rows = history_rows(&db).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].1, checksum(&first.script));
    assert!(rows[0].2, "finished");
    assert_eq!(rows[0].4, 0, "no step ran");

    let err = resolve_applied(&conn, &folder, &first.name)
        .await
        .unwrap_err();
    assert!(matches!(err, ResolveError::AlreadyApplied { .. }), "{err}");
    let err = resolve_applied(&conn, &folder, "20990101000000_nope")
        .await
        .unwrap_err();
    assert!(matches!(err, ResolveError::NotInFolder { .. }), "{err}");
    let err = resolve_rolled_back(&conn, &first.name).await.unwrap_err();
    assert!(matches!(err, ResolveError::NotFailed { .. }), "{err}");
    let err = resolve_rolled_back(&conn, "20990101000000_nope")
        .await
        .unwrap_err();
    assert!(matches!(err, ResolveError::NeverApplied { .. }), "{err}");

    let report = deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap();
    assert_eq!(report.already_applied, 1);
    assert_eq!(report.applied.len(), 2);
    assert!(status(&conn, &folder).await.unwrap().is_up_to_date());
}

#[tokio::test]
async fn a_failed_migration_finished_by_hand_is_resolved_applied() {
    let db = TestDb::create("resolve_applied_failed").await;
    let conn = connect(&db).await;
    let dir = scratch_dir("resolve_applied_failed");
    write_migration(
        &dir,
        "20240101000000_bad",
        "CREATE TABLE x (id int);\nSELECT * FROM nowhere;\n",
    );
    let folder = MigrationsFolder::new(&dir);
    deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap_err();
    // Someone completes the intended change by hand, then records it.
    db.apply_sql("CREATE TABLE x (id int)").await.unwrap();
    let report = resolve_applied(&conn, &folder, "20240101000000_bad")
        .await
        .unwrap();
    assert_eq!(report.rolled_back_rows, 1);
    let st = status(&conn, &folder).await.unwrap();
    assert!(st.is_up_to_date(), "{st:?}");
    let rows = history_rows(&db).await;
    assert_eq!(rows.len(), 2);
    assert!(rows[0].3, "the failed row is rolled back");
    assert!(rows[1].2 && !rows[1].3, "the new row is applied");
}
