//! Taking over a database migrated by Prisma: the history in `tests/migrate/prisma_made/` was
//! written by the real Prisma engine (see its README). The test rebuilds that database state
//! without Node — the migration SQL applied, the `_prisma_migrations` rows Prisma wrote inserted
//! as they were — and checks that justify-schema agrees it is up to date, applies nothing, and
//! then applies only a newly added migration.

mod runner_support;

use justify_migrate::deploy::{deploy, DeployOptions};
use justify_migrate::folder::{checksum, MigrationsFolder};
use justify_migrate::history::{self, CREATE_TABLE_SQL};
use justify_migrate::status::status;
use justify_testkit::TestDb;
use runner_support::*;

/// Recreates what `prisma migrate deploy` left in the database.
async fn recreate_prisma_state(db: &TestDb) {
    let root = fixture("prisma_made");
    for m in MigrationsFolder::new(root.join("migrations"))
        .list()
        .unwrap()
    {
        db.apply_sql(&m.script_text()).await.unwrap();
    }
    db.apply_sql(CREATE_TABLE_SQL).await.unwrap();
    let rows: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(root.join("_prisma_migrations.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(rows.len(), 3);
    for r in rows {
        let text = |k: &str| r[k].as_str().map(str::to_string);
        db.client()
            .execute(
                "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, \
                 rolled_back_at, started_at, applied_steps_count) \
                 VALUES ($1, $2, $3::text::timestamptz, $4, $5, $6::text::timestamptz, \
                 $7::text::timestamptz, $8)",
                &[
                    &text("id"),
                    &text("checksum"),
                    &text("finished_at"),
                    &text("migration_name"),
                    &text("logs"),
                    &text("rolled_back_at"),
                    &text("started_at"),
                    &(r["applied_steps_count"].as_i64().unwrap() as i32),
                ],
            )
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn prismas_checksums_are_ours() {
    let root = fixture("prisma_made");
    let rows: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(root.join("_prisma_migrations.json")).unwrap(),
    )
    .unwrap();
    let local = MigrationsFolder::new(root.join("migrations"))
        .list()
        .unwrap();
    assert_eq!(local.len(), rows.len());
    for (m, r) in local.iter().zip(&rows) {
        assert_eq!(r["migration_name"], m.name.as_str());
        assert_eq!(r["checksum"], checksum(&m.script).as_str());
        assert_eq!(r["applied_steps_count"], 1);
        assert!(r["logs"].is_null());
    }
}

#[tokio::test]
async fn a_prisma_migrated_database_is_up_to_date_then_takes_a_new_migration() {
    let db = TestDb::create("prisma_takeover").await;
    recreate_prisma_state(&db).await;
    let conn = connect(&db).await;
    let dir = copy_fixture("prisma_made/migrations");
    let folder = MigrationsFolder::new(&dir);

    let st = status(&conn, &folder).await.unwrap();
    assert!(st.is_up_to_date(), "{st:?}");
    assert_eq!(st.applied.len(), 3);
    // The rows read back as Prisma wrote them.
    let records = history::read(conn.client()).await.unwrap();
    assert_eq!(records[0].migration_name, "20240101120000_init");
    assert_eq!(records[0].started_at, "2026-11-26T01:15:22.306000Z");
    assert!(records.iter().all(|r| r.is_applied()));

    let report = deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap();
    assert!(report.applied.is_empty());
    assert!(!report.history_table_created);
    assert_eq!(history_rows(&db).await.len(), 3);

    let new = folder
        .create_migration(
            "Add post slug",
            "-- AlterTable\nALTER TABLE \"Post\" ADD COLUMN     \"slug\" TEXT;\n",
        )
        .unwrap();
    assert!(new.name.ends_with("_add_post_slug"), "{}", new.name);
    assert_eq!(
        status(&conn, &folder).await.unwrap().pending,
        vec![new.name.clone()]
    );
    let report = deploy(&conn, &folder, &DeployOptions::default())
        .await
        .unwrap();
    assert_eq!(report.applied_names(), vec![new.name.as_str()]);
    let rows = history_rows(&db).await;
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[3].0, new.name);
    assert_eq!(rows[3].1, new.checksum);
    assert!(status(&conn, &folder).await.unwrap().is_up_to_date());
}
