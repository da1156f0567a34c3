//! Shared helpers of the `migrate dev` / `reset` / `db push` tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use justify_migrate::connection::Connection;
use justify_migrate::dev::{dev, DevError, DevOptions, DevReport, NonInteractive};
use justify_migrate::folder::MigrationsFolder;
use justify_migrate::shadow::read_schema;
use justify_sql::SqlSchema;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A fresh, empty directory under Cargo's per-target temp dir.
pub fn scratch_dir(hint: &str) -> PathBuf {
    static N: AtomicU64 = AtomicU64::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "dev_{}_{}_{hint}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Lowers a schema file or folder.
pub fn lower_path(path: &Path) -> SqlSchema {
    let sources = justify_psl::SourceSet::load(path).unwrap();
    let model = justify_psl::check(sources)
        .model
        .unwrap_or_else(|| panic!("{} does not validate", path.display()));
    justify_sql::lower::lower(&model)
}

/// Lowers schema text.
pub fn lower_str(text: &str) -> SqlSchema {
    let model = justify_psl::check_str("schema.prisma", text)
        .model
        .expect("schema validates");
    justify_sql::lower::lower(&model)
}

/// Non-interactive options that accept data loss.
pub fn accepting(name: &str) -> DevOptions {
    DevOptions {
        name: Some(name.to_string()),
        accept_data_loss: true,
        ..DevOptions::default()
    }
}

pub async fn run_dev(
    url: &str,
    folder: &MigrationsFolder,
    target: &SqlSchema,
    options: &DevOptions,
) -> Result<DevReport, DevError> {
    dev(url, folder, target, options, &mut NonInteractive).await
}

/// The steps between the live database and `target` (empty when in sync).
pub async fn live_diff(url: &str, target: &SqlSchema) -> String {
    let conn = Connection::connect(url).await.unwrap();
    let live = read_schema(&conn, &target.namespaces).await.unwrap();
    let m = justify_sql::diff::diff(&live, target);
    if m.is_empty() {
        String::new()
    } else {
        justify_sql::render::render_script(&m.steps)
    }
}

/// Databases whose name contains `_shadow_` (none must be left behind).
pub async fn shadow_databases(client: &tokio_postgres::Client, dev_db: &str) -> Vec<String> {
    client
        .query(
            "SELECT datname::text FROM pg_database WHERE starts_with(datname, $1)",
            &[&format!("{}_shadow_", &dev_db[..dev_db.len().min(40)])],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}
