//! End to end: `justify-schema dev-db start|url|status|stop` in a fresh project directory with
//! no DATABASE_URL, and the commands that fall back to the development database.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_justify-schema"))
        .args(args)
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .env_remove("JUSTIFY_DEV_DB")
        .env_remove("JUSTIFY_DEV_DB_DIR")
        .env("NO_COLOR", "1")
        .output()
        .expect("run justify-schema")
}

fn text(out: &Output) -> String {
    format!(
        "status {}\n--- stdout\n{}--- stderr\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Stops the development database even when an assertion fails.
struct StopOnDrop<'a>(&'a Path);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        let _ = run(self.0, &["dev-db", "stop"]);
    }
}

#[test]
fn dev_db_start_url_status_stop() {
    if let Err(e) = justify_pgcluster::PgBin::find() {
        eprintln!("skipped: {e}");
        return;
    }
    let tmp = tempfile::Builder::new()
        .prefix("justify-dev-db-")
        .tempdir()
        .unwrap();
    // As root, the server runs as `postgres`, which must reach the directory.
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let dir = tmp.path();
    let _stop = StopOnDrop(dir);

    let out = run(dir, &["dev-db", "status"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("not created"));

    let out = run(dir, &["dev-db", "start"]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(dir.join(".justify/pg/data/PG_VERSION").is_file());
    assert_eq!(
        std::fs::read_to_string(dir.join(".justify/.gitignore")).unwrap(),
        "*\n"
    );

    let out = run(dir, &["dev-db", "url"]);
    assert!(out.status.success(), "{}", text(&out));
    let url = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert!(url.starts_with("postgres://postgres@127.0.0.1:"), "{url}");
    assert!(url.ends_with("/justify_dev"), "{url}");

    let out = run(dir, &["dev-db", "status", "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    let status: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["state"], "running");
    assert_eq!(status["url"], url.as_str());
    assert!(status["port"].as_u64().is_some_and(|p| p > 0));

    // With no URL configured, a database command uses the development database (and says so).
    std::fs::create_dir_all(dir.join("schema")).unwrap();
    std::fs::write(
        dir.join("schema/schema.prisma"),
        "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\nmodel User {\n  id Int @id\n}\n",
    )
    .unwrap();
    let out = run(dir, &["migrate", "status"]);
    assert!(out.status.success(), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("using the development database") && stderr.contains(&url),
        "{}",
        text(&out)
    );

    let out = run(dir, &["dev-db", "stop"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = run(dir, &["dev-db", "status"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("stopped"));
}
