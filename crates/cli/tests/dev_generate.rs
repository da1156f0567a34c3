//! `migrate dev` regenerates the client when the schema configures `justify-schema-client`, as
//! `prisma migrate dev` runs its generators; `--skip-generate` leaves it alone.

use std::process::Command;

const SCHEMA: &str = r#"datasource db {
  provider = "postgresql"
}

generator client {
  provider  = "justify-schema-client"
  output    = "./client"
  crateName = "dev-generate-client"
}

model Note {
  id   Int    @id @default(autoincrement())
  text String
}
"#;

fn dev(dir: &std::path::Path, url: &str, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_justify-schema"))
        .current_dir(dir)
        .env("JUSTIFY_DEV_DB", "off")
        .env_remove("SHADOW_DATABASE_URL")
        .args([
            "--color", "never", "migrate", "dev", "--name", "init", "--schema",
        ])
        .arg(dir.join("schema.prisma"))
        .args(["--database-url", url])
        .args(extra)
        .output()
        .expect("run justify-schema")
}

#[tokio::test]
async fn dev_regenerates_the_configured_client() {
    let db = justify_testkit::TestDb::create("dev_generate").await;
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("schema.prisma"), SCHEMA).unwrap();

    let skipped = dev(tmp.path(), &db.url(), &["--skip-generate"]);
    assert!(
        skipped.status.success(),
        "{}",
        String::from_utf8_lossy(&skipped.stderr)
    );
    assert!(
        !tmp.path().join("client").exists(),
        "--skip-generate must not write the client"
    );

    let out = dev(tmp.path(), &db.url(), &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let cargo = std::fs::read_to_string(tmp.path().join("client/Cargo.toml")).unwrap();
    assert!(cargo.contains("dev-generate-client"), "{cargo}");
    assert!(tmp.path().join("client/src/lib.rs").is_file());
    assert!(stderr.contains("Regenerated the client"), "{stderr}");

    // Nothing changed: the fingerprint recorded in .justify/ spares the formatted render.
    let again = dev(tmp.path(), &db.url(), &[]);
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(again.status.success(), "{stderr}");
    assert!(stderr.contains("is up to date"), "{stderr}");
    assert!(tmp
        .path()
        .join(".justify/generated-client.sha256")
        .is_file());
}
