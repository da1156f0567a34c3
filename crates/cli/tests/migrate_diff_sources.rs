//! `migrate diff` between every kind of source: a schema file, a live database (`--from-url`,
//! `--to-url`) and a migrations folder replayed into a shadow database (`--from-migrations`).
//! The Justify database made from `schema/migrations` must equal `schema/schema.prisma`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn diff(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_justify-schema"))
        .current_dir(root())
        .env_remove("DATABASE_URL")
        .env_remove("SHADOW_DATABASE_URL")
        .env("JUSTIFY_DEV_DB", "off")
        .args(["--color", "never", "migrate", "diff"])
        .args(args)
        .output()
        .expect("run justify-schema");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

async fn migrated_justify_db() -> justify_testkit::TestDb {
    let db = justify_testkit::TestDb::create("diff_sources").await;
    let mut dirs: Vec<_> = std::fs::read_dir(root().join("schema/migrations"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("migration.sql").is_file())
        .collect();
    dirs.sort();
    assert!(
        !dirs.is_empty(),
        "schema/migrations holds the Justify history"
    );
    for d in dirs {
        let sql = std::fs::read_to_string(d.join("migration.sql")).unwrap();
        db.apply_sql(&sql).await.unwrap();
    }
    db
}

#[tokio::test]
async fn live_database_equals_the_schema_it_was_migrated_to() {
    let db = migrated_justify_db().await;
    let url = db.url();
    let (code, out, err) = diff(&[
        "--from-url",
        &url,
        "--to-schema",
        "schema/schema.prisma",
        "--exit-code",
    ]);
    assert_eq!(code, 0, "no difference expected:\n{out}\n{err}");
    assert!(!err.contains("password"), "{err}");

    // The other way round, against the empty database: every table is created.
    let (code, out, err) = diff(&["--from-empty", "--to-url", &url, "--script", "--exit-code"]);
    assert_eq!(code, 2, "{err}");
    assert!(out.contains("CREATE TABLE \"users\""), "{out}");
}

#[tokio::test]
async fn migrations_folder_replayed_in_a_shadow_equals_the_schema() {
    let shadow = justify_testkit::TestDb::create("diff_shadow").await;
    let shadow_url = shadow.url();
    let (code, out, err) = diff(&[
        "--from-migrations",
        "schema/migrations",
        "--to-schema",
        "schema/schema.prisma",
        "--shadow-database-url",
        &shadow_url,
        "--exit-code",
    ]);
    assert_eq!(code, 0, "no difference expected:\n{out}\n{err}");

    // Without a shadow database the folder cannot be read: a clear error, exit 1.
    let (code, _, err) = diff(&["--from-migrations", "schema/migrations", "--to-empty"]);
    assert_eq!(code, 1);
    assert!(err.contains("--shadow-database-url"), "{err}");
}

#[tokio::test]
async fn a_schema_change_against_the_live_database_is_reported() {
    let db = migrated_justify_db().await;
    let url = db.url();
    let changed = tempfile::Builder::new()
        .suffix(".prisma")
        .tempfile()
        .unwrap();
    let text = std::fs::read_to_string(root().join("schema/schema.prisma"))
        .unwrap()
        .replacen(
            "model StripeEvent {",
            "model StripeEvent {\n  note String?",
            1,
        );
    std::fs::write(changed.path(), text).unwrap();
    let path = changed.path().to_str().unwrap().to_string();
    let (code, out, err) = diff(&[
        "--from-url",
        &url,
        "--to-schema",
        &path,
        "--script",
        "--exit-code",
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        out.contains("ADD COLUMN") && out.contains("\"note\" TEXT"),
        "{out}"
    );
}
