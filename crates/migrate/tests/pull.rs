//! `db pull` round trip: migrate a fresh database from a schema, pull it, and require that
//! - the pulled schema validates;
//! - lowering it gives back what was introspected (the differ finds nothing), so the first
//!   migration after a pull is empty;
//! - migrating a second fresh database from the pulled schema gives the same catalog.
//!
//! Run for the Justify schema (fresh pull, and re-introspection over the current file) and for
//! corpus schemas. The pulled Justify schema is kept as an insta snapshot.

use std::path::{Path, PathBuf};

use justify_migrate::introspect::introspect;
use justify_migrate::pull::{render, PullOptions, Pulled};
use justify_psl::SourceSet;
use justify_sql::diff::diff;
use justify_sql::lower::lower;
use justify_sql::render::render_script;
use justify_sql::SqlSchema;
use justify_testkit::{error_text, TestDb};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Corpus cases that must round-trip (single-schema, no views).
const CORPUS: &[&str] = &[
    "relation_one_to_many",
    "relation_one_to_one",
    "relation_one_to_one_self",
    "relation_many_to_many_implicit",
    "relation_self_many_to_many",
    "relation_named_twice",
    "relation_self_one_to_many",
    "relation_composite_fk",
    "relation_references_unique",
    "relation_map_fk_name",
    "referential_actions",
    "compound_id",
    "compound_unique_named",
    "index_types",
    "index_sort",
    "enum_map",
    "enum_list",
    "map_names",
    "defaults_literals",
    "default_lists",
    "scalar_types",
    "scalar_lists",
    "native_types_datetime",
    "native_types_numeric",
    "native_types_strings",
    "unsupported_type",
    "long_names_truncation",
];

/// Prepares a fresh database for `lowered`: the extensions it needs (or why the case cannot run
/// on this server). `Ok(None)` when it is ready.
async fn prepare(db: &TestDb, lowered: &SqlSchema) -> Result<Option<String>, String> {
    if !lowered.extensions.is_empty() {
        let rows = db
            .client()
            .query("SELECT name::text FROM pg_available_extensions", &[])
            .await
            .map_err(|e| error_text(&e))?;
        let available: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
        let missing: Vec<&str> = lowered
            .extensions
            .iter()
            .map(|e| e.name.as_str())
            .filter(|n| !available.iter().any(|a| a == n))
            .collect();
        if !missing.is_empty() {
            return Ok(Some(format!("extension(s) {missing:?} not available")));
        }
    }
    let uses_citext = lowered.tables.iter().any(|t| {
        t.columns
            .iter()
            .any(|c| c.ty.base == justify_sql::SqlType::Citext)
    });
    if uses_citext && !lowered.extensions.iter().any(|e| e.name == "citext") {
        db.apply_sql("CREATE EXTENSION IF NOT EXISTS citext")
            .await
            .map_err(|e| format!("citext is not available: {}", error_text(&e)))?;
    }
    Ok(None)
}

async fn migrate_from_empty(db: &TestDb, lowered: &SqlSchema) -> Result<(), String> {
    let sql = render_script(&diff(&SqlSchema::default(), lowered).steps);
    db.apply_sql(&sql).await.map_err(|e| {
        format!(
            "applying the from-empty SQL failed: {}\n{sql}",
            error_text(&e)
        )
    })
}

enum Outcome {
    Pass(Pulled),
    Skip(String),
}

/// The whole round trip for the schema at `path`; `existing`: pull over the schema's own text.
async fn round_trip(name: &str, path: &Path, existing: bool) -> Result<Outcome, String> {
    let sources =
        SourceSet::load(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let text = sources
        .files
        .first()
        .map(|f| f.text.clone())
        .unwrap_or_default();
    let model = justify_psl::check(sources)
        .model
        .ok_or_else(|| format!("{} does not validate", path.display()))?;
    let lowered = lower(&model);
    let db = TestDb::create(&format!("pull_{name}")).await;
    if let Some(why) = prepare(&db, &lowered).await? {
        return Ok(Outcome::Skip(why));
    }
    migrate_from_empty(&db, &lowered).await?;

    let introspected = introspect(db.client(), &["public".to_string()])
        .await
        .map_err(|e| format!("introspection failed: {e}"))?;
    let opts = PullOptions {
        existing: existing.then_some(text.as_str()),
        ignore_existing_names: false,
    };
    let pulled = render(&introspected, &opts).map_err(|e| e.to_string())?;

    let checked = justify_psl::check_str("pulled.prisma", &pulled.text);
    let Some(pulled_model) = checked.model else {
        let errors: Vec<String> = checked
            .diagnostics
            .errors()
            .map(|d| d.message.clone())
            .collect();
        return Err(format!(
            "the pulled schema does not validate:\n  {}\n\n{}",
            errors.join("\n  "),
            pulled.text
        ));
    };
    if justify_psl::format::format_schema(&pulled.text)
        .ok()
        .as_deref()
        != Some(pulled.text.as_str())
    {
        return Err(format!(
            "the pulled schema is not formatted:\n{}",
            pulled.text
        ));
    }
    let relowered = lower(&pulled_model);
    let steps = diff(&introspected, &relowered);
    if !steps.is_empty() {
        return Err(format!(
            "lowering the pulled schema differs from the database:\n{}\n{}",
            render_script(&steps.steps),
            pulled.text
        ));
    }

    let db2 = TestDb::create(&format!("pull_{name}_2")).await;
    prepare(&db2, &relowered).await?;
    migrate_from_empty(&db2, &relowered).await?;
    let (a, b) = (db.snapshot().await, db2.snapshot().await);
    if a != b {
        let (la, lb): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
        let d: Vec<String> = la
            .iter()
            .filter(|l| !lb.contains(l))
            .map(|l| format!("- {l}"))
            .chain(
                lb.iter()
                    .filter(|l| !la.contains(l))
                    .map(|l| format!("+ {l}")),
            )
            .collect();
        let d = d.join("\n");
        return Err(format!("the catalogs differ:\n{d}\n{}", pulled.text));
    }
    Ok(Outcome::Pass(pulled))
}

fn snapshot_settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(root().join("tests/migrate/snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn justify_schema_pulls_and_round_trips() {
    let path = root().join("schema/schema.prisma");
    for (existing, label) in [(false, "fresh"), (true, "reintrospect")] {
        match round_trip(&format!("justify_{label}"), &path, existing).await {
            Ok(Outcome::Pass(pulled)) => {
                snapshot_settings().bind(|| {
                    insta::assert_snapshot!(format!("pull_justify_{label}"), pulled.text);
                });
            }
            Ok(Outcome::Skip(why)) => eprintln!("skipped justify ({label}): {why}"),
            Err(e) => panic!("justify ({label}): {e}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn corpus_schemas_pull_and_round_trip() {
    let mut set = tokio::task::JoinSet::new();
    for name in CORPUS {
        let path = root().join(format!("tests/psl/valid/{name}.prisma"));
        set.spawn(async move { (name, round_trip(name, &path, false).await) });
    }
    let mut failures = Vec::new();
    let (mut passed, mut skipped) = (0, 0);
    while let Some(r) = set.join_next().await {
        let (name, outcome) = r.expect("case task panicked");
        match outcome {
            Ok(Outcome::Pass(_)) => passed += 1,
            Ok(Outcome::Skip(why)) => {
                skipped += 1;
                eprintln!("skipped {name}: {why}");
            }
            Err(e) => failures.push(format!("=== {name}\n{e}")),
        }
    }
    eprintln!(
        "pull round trip: {passed} passed, {skipped} skipped, {} failed",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} case(s) fail:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(passed >= 8, "only {passed} corpus cases ran");
}

#[test]
fn empty_tables_pull_with_default_blocks() {
    let pulled = render(&SqlSchema::default(), &PullOptions::default()).unwrap();
    assert_eq!(
        pulled.text,
        "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n\
         generator client {\n  provider = \"justify-schema-client\"\n}\n"
    );
}
