//! From-empty migrations, compared with Prisma's.
//!
//! For every schema of the corpus (`schema/schema.prisma`, every case in `tests/psl/valid/`),
//! `tests/sql/from_empty/<case>.sql` holds the SQL the real Prisma schema engine writes for a
//! first migration (regenerate with `tests/sql/from_empty/generate.sh`). We check, lower and
//! render the same schema and require the same text, byte for byte: a migration file is what
//! users review and what `_prisma_migrations` checksums, so "equivalent" is not enough.
//! Every mismatching case is reported at once, each with a line diff.

use justify_psl::SourceSet;
use justify_sql::lower::lower;
use justify_sql::render::render_script;
use justify_sql::SqlSchema;
use std::path::{Path, PathBuf};

/// What Prisma writes when there is nothing to do.
const EMPTY_MIGRATION: &str = "-- This is an empty migration.\n";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The schema (file or folder) a case's expected SQL was generated from.
fn source_of(case: &str) -> PathBuf {
    let root = root();
    if case == "justify" {
        return root.join("schema/schema.prisma");
    }
    let extra = root.join(format!("tests/sql/from_empty/cases/{case}.prisma"));
    if extra.is_file() {
        return extra;
    }
    let valid = root.join("tests/psl/valid");
    let dir = valid.join(case);
    if dir.is_dir() {
        dir
    } else {
        valid.join(format!("{case}.prisma"))
    }
}

fn our_sql(case: &str) -> Result<String, String> {
    let path = source_of(case);
    let sources =
        SourceSet::load(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let checked = justify_psl::check(sources);
    let model = checked
        .model
        .ok_or_else(|| format!("{} does not validate", path.display()))?;
    let steps = justify_sql::diff::diff(&SqlSchema::default(), &lower(&model)).steps;
    Ok(if steps.is_empty() {
        EMPTY_MIGRATION.to_string()
    } else {
        render_script(&steps)
    })
}

fn line_diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(2)
        .header("prisma", "justify")
        .to_string()
}

#[test]
fn from_empty_sql_matches_prisma() {
    let dir = root().join("tests/sql/from_empty");
    let mut cases: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/sql/from_empty exists")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".sql").map(str::to_string)
        })
        .collect();
    cases.sort();
    assert!(
        cases.len() > 60,
        "expected the whole corpus, found {}",
        cases.len()
    );

    let mut failures = Vec::new();
    for case in &cases {
        let expected = std::fs::read_to_string(dir.join(format!("{case}.sql"))).unwrap();
        match our_sql(case) {
            Ok(actual) if actual == expected => {}
            Ok(actual) => failures.push(format!("── {case}\n{}", line_diff(&expected, &actual))),
            Err(e) => failures.push(format!("── {case}: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ from Prisma:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Cases applied to real databases: the Justify schema and a spread of the corpus (relations of
/// every kind, multi-schema, every index method, list/literal/function defaults, native types,
/// partial indexes, long names, a large application schema). Left out: `extensions` (needs PostGIS
/// on the server) and `native_types_strings` (uses CITEXT without declaring the extension, so
/// neither script applies to a fresh database).
const CATALOG_CASES: &[&str] = &[
    "justify",
    "scalar_types",
    "relation_many_to_many_implicit",
    "relation_self_many_to_many",
    "relation_composite_fk",
    "referential_actions",
    "multi_schema",
    "index_types",
    "index_partial_where",
    "index_sort",
    "default_lists",
    "defaults_literals",
    "defaults_functions",
    "default_string_escapes",
    "native_types_datetime",
    "native_types_numeric",
    "enum_default",
    "compound_unique_named",
    "long_names_truncation",
    "large_ecommerce",
];

/// Textual equality is the goal, but the database is what must be equal: Prisma's SQL and ours
/// are applied to two fresh databases and their catalogs compared. This keeps guarding the
/// outcome where the texts may legitimately drift (e.g. once the differ produces the steps).
#[tokio::test]
async fn from_empty_databases_match_prisma() {
    // One task per case: database creation and catalog queries overlap on the one runtime.
    let tasks: Vec<_> = CATALOG_CASES
        .iter()
        .map(|case| tokio::spawn(compare_databases(case)))
        .collect();
    let mut failures = Vec::new();
    for task in tasks {
        if let Some(failure) = task.await.expect("comparison task panicked") {
            failures.push(failure);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} databases differ from Prisma's:\n\n{}",
        failures.len(),
        CATALOG_CASES.len(),
        failures.join("\n")
    );
}

/// Applies Prisma's and our SQL of one case to two fresh databases; `Some(report)` if they differ.
async fn compare_databases(case: &'static str) -> Option<String> {
    let dir = root().join("tests/sql/from_empty");
    let prisma_sql = std::fs::read_to_string(dir.join(format!("{case}.sql"))).unwrap();
    let ours = match our_sql(case) {
        Ok(sql) => sql,
        Err(e) => return Some(format!("── {case}: {e}")),
    };
    let prisma_db = justify_testkit::TestDb::create(&format!("fe_prisma_{case}")).await;
    let our_db = justify_testkit::TestDb::create(&format!("fe_ours_{case}")).await;
    if let Err(e) = prisma_db.apply_sql(&prisma_sql).await {
        return Some(format!(
            "── {case}: Prisma's SQL does not apply: {}",
            db_error(&e)
        ));
    }
    if let Err(e) = our_db.apply_sql(&ours).await {
        return Some(format!(
            "── {case}: our SQL does not apply: {}",
            db_error(&e)
        ));
    }
    let (expected, actual) = (prisma_db.snapshot().await, our_db.snapshot().await);
    (expected != actual).then(|| format!("── {case}\n{}", line_diff(&expected, &actual)))
}

fn db_error(e: &justify_testkit::tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(d) => format!("{}: {}", d.code().code(), d.message()),
        None => e.to_string(),
    }
}
