//! `justify.toml`'s `[seed] fixtures = "<dir>"` is what a plain `justify-schema seed` loads (and
//! `--fixtures` still overrides it), into a real database.

use justify_testkit::TestDb;
use std::path::Path;
use std::process::Command;

const SCHEMA: &str = r#"datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model Author {
  id    Int    @id @default(autoincrement())
  email String @unique
  notes Note[]
}

model Note {
  id       Int    @id @default(autoincrement())
  text     String
  authorId Int
  author   Author @relation(fields: [authorId], references: [id])
}
"#;

fn cli(dir: &Path, url: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_justify-schema"))
        .current_dir(dir)
        .env("JUSTIFY_DEV_DB", "off")
        .env_remove("DATABASE_URL")
        .args(["--color", "never"])
        .args(args)
        .args(["--schema", "schema.prisma", "--database-url", url])
        .output()
        .expect("run justify-schema")
}

fn ok(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn plain_seed_loads_the_configured_fixtures_folder() {
    let db = TestDb::create("seed_cfg_fixtures").await;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    std::fs::write(dir.join("schema.prisma"), SCHEMA).unwrap();
    std::fs::write(
        dir.join("justify.toml"),
        "[seed]\nfixtures = \"data/seed\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("data/seed")).unwrap();
    std::fs::write(
        dir.join("data/seed/authors.yaml"),
        "Author:\n  ada:\n    id: 1\n    email: ada@example.com\n    notes:\n      - text: from the configured folder\n",
    )
    .unwrap();
    // A decoy in the default place: it must not be read.
    std::fs::create_dir_all(dir.join("examples/fixtures")).unwrap();
    std::fs::write(
        dir.join("examples/fixtures/decoy.yaml"),
        "Author:\n  decoy: { email: decoy@example.com }\n",
    )
    .unwrap();
    let url = db.url();
    ok(&cli(dir, &url, &["db", "push"]));

    let out = cli(dir, &url, &["seed"]);
    ok(&out);
    let rows: Vec<(String, String)> = db
        .client()
        .query(
            "SELECT a.email, n.text FROM \"Note\" n JOIN \"Author\" a ON a.id = n.\"authorId\"",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    assert_eq!(
        rows,
        [(
            "ada@example.com".to_string(),
            "from the configured folder".to_string()
        )]
    );
    let authors: i64 = db
        .client()
        .query_one("SELECT count(*) FROM \"Author\"", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(authors, 1, "only the configured folder was loaded");

    // --fixtures overrides the configuration.
    ok(&cli(
        dir,
        &url,
        &["seed", "--fixtures", "examples/fixtures"],
    ));
    let decoy: i64 = db
        .client()
        .query_one(
            "SELECT count(*) FROM \"Author\" WHERE email = 'decoy@example.com'",
            &[],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(decoy, 1);
}
