//! Shared helpers of the migration runner tests: fixture paths and scratch folders.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use justify_migrate::connection::Connection;
use justify_testkit::TestDb;

/// `tests/migrate/<name>` at the workspace root.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/migrate")
        .join(name)
}

/// A fresh, empty directory under Cargo's per-target temp dir.
pub fn scratch_dir(hint: &str) -> PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "runner_{}_{}_{hint}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Copies a fixture folder to a scratch directory that the test may change.
pub fn copy_fixture(name: &str) -> PathBuf {
    let dst = scratch_dir(name.replace('/', "_").as_str());
    copy_dir(&fixture(name), &dst);
    dst
}

pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let to = dst.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
}

/// Writes `<dir>/<name>/migration.sql`.
pub fn write_migration(dir: &Path, name: &str, sql: &str) {
    std::fs::create_dir_all(dir.join(name)).unwrap();
    std::fs::write(dir.join(name).join("migration.sql"), sql).unwrap();
}

pub async fn connect(db: &TestDb) -> Connection {
    Connection::connect(&db.url()).await.unwrap()
}

/// `(migration_name, checksum, finished, rolled_back, applied_steps_count, logs)` in order.
pub async fn history_rows(db: &TestDb) -> Vec<(String, String, bool, bool, i32, Option<String>)> {
    db.client()
        .query(
            "SELECT migration_name::text, checksum::text, finished_at IS NOT NULL, \
             rolled_back_at IS NOT NULL, applied_steps_count, logs \
             FROM public._prisma_migrations ORDER BY started_at, migration_name",
            &[],
        )
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5)))
        .collect()
}

pub async fn table_exists(db: &TestDb, schema: &str, table: &str) -> bool {
    db.client()
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2)",
            &[&schema, &table],
        )
        .await
        .unwrap()
        .get(0)
}
