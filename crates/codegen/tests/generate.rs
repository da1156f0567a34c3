//! Generation: the checked-in client is fresh, output is deterministic and rustfmt-clean,
//! snapshots of small corpus schemas, and every valid corpus schema renders.

use justify_codegen::{generate, GeneratedFile, Options};
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn model_of(path: &Path) -> justify_psl::model::Schema {
    let sources = justify_psl::SourceSet::load(path).unwrap();
    let checked = justify_psl::check(sources);
    checked
        .model
        .unwrap_or_else(|| panic!("{} is invalid", path.display()))
}

fn generate_for(path: &Path, schema_name: &str) -> Vec<GeneratedFile> {
    let options = Options {
        schema_name: schema_name.to_owned(),
        ..Default::default()
    };
    generate(&model_of(path), &options).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The Justify client as `justify-schema generate` writes it.
fn justify_client_files() -> Vec<GeneratedFile> {
    generate_for(&root().join("schema/schema.prisma"), "schema.prisma")
}

#[test]
fn generated_client_is_up_to_date() {
    let files = justify_client_files();
    let stale = justify_codegen::check(&files, &root().join("generated"));
    let diffs: Vec<String> = stale.iter().map(|s| s.diff.clone()).collect();
    assert!(
        stale.is_empty(),
        "generated/ is stale: run `cargo run -p justify-schema -- generate`\n{}",
        diffs.join("\n")
    );
}

#[test]
fn generation_is_deterministic_and_rustfmt_clean() {
    let a = justify_client_files();
    let b = justify_client_files();
    assert_eq!(a, b);
    let dir = tempfile::tempdir().unwrap();
    justify_codegen::write(&a, dir.path()).unwrap();
    let rs: Vec<PathBuf> = a
        .iter()
        .filter(|f| f.path.extension().is_some_and(|e| e == "rs"))
        .map(|f| dir.path().join(&f.path))
        .collect();
    let status = Command::new("rustfmt")
        .args(["--check", "--edition", "2021"])
        .args(&rs)
        .status()
        .expect("rustfmt runs");
    assert!(status.success(), "generated code is not rustfmt-clean");
}

#[test]
fn crate_name_comes_from_the_generator_block() {
    let model = model_of(&root().join("schema/schema.prisma"));
    assert_eq!(justify_codegen::crate_name(&model), "justify-client");
    assert_eq!(
        justify_codegen::configured_output(&model).as_deref(),
        Some("../generated")
    );
    let files = justify_client_files();
    assert!(files[0].contents.contains("name = \"justify-client\""));
}

fn snapshot_text(files: &[GeneratedFile]) -> String {
    files
        .iter()
        .filter(|f| f.path != Path::new("src/runtime.rs"))
        .map(|f| format!("==> {} <==\n{}", f.path.display(), f.contents))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn snapshots_of_small_schemas() {
    for name in ["enum_map", "relation_one_to_many", "model_and_field_names"] {
        let files = generate_for(
            &root().join(format!("tests/psl/valid/{name}.prisma")),
            &format!("{name}.prisma"),
        );
        insta::assert_snapshot!(name, snapshot_text(&files));
    }
}

fn valid_corpus() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("tests/psl/valid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "prisma"))
        .collect();
    paths.sort();
    paths
}

/// Every valid corpus schema renders, and its Rust parses (rustfmt runs on every file).
#[test]
fn every_valid_corpus_schema_renders() {
    let corpus = valid_corpus();
    assert!(corpus.len() > 50, "corpus found: {}", corpus.len());
    for path in corpus {
        let files = generate_for(&path, "corpus.prisma");
        assert!(files.iter().any(|f| f.path == Path::new("src/lib.rs")));
    }
}

/// Clippy-checks the clients of three tricky corpus schemas (names needing escapes and collision
/// handling, a relation named twice, a self many-to-many) and of [`AWKWARD`] in one temporary
/// workspace outside this one (so it also shows the generated crates stand alone).
/// Ignored by default (a minute or more on two cores):
/// `cargo test -p justify-codegen --test generate -- --ignored tricky`.
#[test]
#[ignore]
fn tricky_clients_cargo_check() {
    let dir = tempfile::tempdir().unwrap();
    let names = [
        "model_and_field_names",
        "relation_named_twice",
        "relation_self_many_to_many",
    ];
    let mut members: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    members.push("\"awkward\"".into());
    std::fs::write(
        dir.path().join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .unwrap();
    std::fs::copy(root().join("Cargo.lock"), dir.path().join("Cargo.lock")).unwrap();
    for name in names {
        let path = root().join(format!("tests/psl/valid/{name}.prisma"));
        let options = Options {
            crate_name: Some(format!("client-{}", name.replace('_', "-"))),
            schema_name: format!("{name}.prisma"),
            ..Default::default()
        };
        let files = generate(&model_of(&path), &options).unwrap();
        justify_codegen::write(&files, &dir.path().join(name)).unwrap();
    }
    let awkward = justify_psl::check_str("awkward.prisma", AWKWARD)
        .model
        .unwrap();
    let options = Options {
        crate_name: Some("client-awkward".into()),
        ..Default::default()
    };
    let files = generate(&awkward, &options).unwrap();
    justify_codegen::write(&files, &dir.path().join("awkward")).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["clippy", "--quiet", "--offline", "--", "-D", "warnings"])
        .current_dir(dir.path())
        .env("CARGO_TARGET_DIR", root().join("target/codegen-check"))
        .status()
        .unwrap();
    assert!(
        status.success(),
        "the generated clients do not check cleanly"
    );
}

const AWKWARD: &str = r#"
datasource db {
  provider = "postgresql"
}

/// Names that collide after case conversion or are Rust keywords.
model Type {
  id      Int    @id
  type    String
  self    Int
  fooBar  Int
  foo_bar Int
  and     Boolean
  kind    Kind   @map("match")

  @@map("where")
}

model TypeWhere {
  id Int @id
}

enum Kind {
  a_b
  aB
  Self
}
"#;

#[test]
fn names_are_escaped_and_deduplicated() {
    let model = justify_psl::check_str("awkward.prisma", AWKWARD)
        .model
        .expect("valid");
    let files = generate(&model, &Options::default()).unwrap();
    let get = |p: &str| {
        files
            .iter()
            .find(|f| f.path == Path::new(p))
            .unwrap_or_else(|| panic!("{p} generated"))
            .contents
            .clone()
    };
    let ty = get("src/type_.rs");
    for needle in [
        "pub struct Type {",
        "pub enum TypeWhereType {",
        "pub r#type: String,",
        "pub self_: i32,",
        "pub foo_bar: i32,",
        "pub foo_bar_: i32,",
        "AndField(runtime::EqFilter<bool>),",
        "FooBarField(runtime::ScalarFilter<i32>),",
        "pub kind: crate::enums::Kind,",
        "const TABLE: &str = \"\\\"where\\\"\";",
    ] {
        assert!(ty.contains(needle), "{needle} missing in:\n{ty}");
    }
    let other = get("src/type_where.rs");
    assert!(other.contains("pub struct TypeWhere {"), "{other}");
    let enums = get("src/enums.rs");
    for needle in [
        "    AB,",
        "    ABValue,",
        "    SelfValue,",
        "#[serde(rename = \"a_b\")]",
    ] {
        assert!(enums.contains(needle), "{needle} missing in:\n{enums}");
    }
}
