//! `justify.toml`'s `[seed] command` replaces the fixtures for a plain `seed`, like Prisma's
//! `prisma.seed`: it runs through `sh -c` with `DATABASE_URL` set, and its exit code is ours.
//! No database is needed.

use std::path::Path;
use std::process::Command;

const SCHEMA: &str = r#"datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model Note {
  id   Int    @id @default(autoincrement())
  text String
}
"#;

const URL: &str = "postgres://x@127.0.0.1:1/db";

fn project(command: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("schema.prisma"), SCHEMA).unwrap();
    std::fs::write(
        tmp.path().join("justify.toml"),
        format!("[seed]\ncommand = {}\n", toml_string(command)),
    )
    .unwrap();
    tmp
}

/// A TOML basic string (the commands here have no backslashes or quotes to escape but `"`).
fn toml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn seed(dir: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_justify-schema"))
        .current_dir(dir)
        .env("JUSTIFY_DEV_DB", "off")
        .env_remove("DATABASE_URL")
        .args([
            "--color",
            "never",
            "seed",
            "--schema",
            "schema.prisma",
            "--database-url",
            URL,
        ])
        .output()
        .expect("run justify-schema")
}

#[test]
fn seed_runs_the_configured_command_with_database_url() {
    let tmp = project("echo seeded-by-command $DATABASE_URL > out.txt");
    let output = seed(tmp.path());
    assert!(
        output.status.success(),
        "seed failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let written = std::fs::read_to_string(tmp.path().join("out.txt")).unwrap();
    assert!(
        written.contains(&format!("seeded-by-command {URL}")),
        "out.txt: {written:?}"
    );
}

#[test]
fn seed_exits_with_the_command_exit_code() {
    let tmp = project("exit 3");
    let output = seed(tmp.path());
    assert_eq!(
        output.status.code(),
        Some(3),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
