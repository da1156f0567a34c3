//! The differ against Prisma: for every case in `tests/sql/diff/<case>/`, both schemas are
//! checked and lowered, diffed and rendered, and the script must be byte-identical to
//! `expected.sql` (Prisma's own output, see `generate.sh`). Every mismatch is reported at once.
//! Diffing a schema with itself must give no step.

use std::fs;
use std::path::{Path, PathBuf};

use justify_sql::diff::diff;
use justify_sql::lower::lower;
use justify_sql::render::render_script;
use justify_sql::SqlSchema;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/sql/diff")
}

fn load(path: &Path) -> Result<SqlSchema, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let checked = justify_psl::check_str(&path.display().to_string(), &text);
    match checked.model {
        Some(model) => Ok(lower(&model)),
        None => Err(format!("{}: does not validate", path.display())),
    }
}

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = fs::read_dir(corpus_dir())
        .expect("corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("expected.sql").is_file())
        .collect();
    cases.sort();
    cases
}

fn unified(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .header("expected (Prisma)", "actual")
        .to_string()
}

#[test]
fn matches_prisma() {
    let cases = cases();
    assert!(cases.len() >= 62, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap_or_default().to_string_lossy();
        let (from, to) = match (
            load(&case.join("from.prisma")),
            load(&case.join("to.prisma")),
        ) {
            (Ok(f), Ok(t)) => (f, t),
            (Err(e), _) | (_, Err(e)) => {
                failures.push(format!("## {name}: {e}"));
                continue;
            }
        };
        // Where we deliberately do better than Prisma, `justify.sql` holds our output and
        // `DIFFERS.md` says why; `expected.sql` stays Prisma's for the record.
        let ours = case.join("justify.sql");
        let expected_file = if ours.is_file() {
            assert!(
                case.join("DIFFERS.md").is_file(),
                "{name}: justify.sql without DIFFERS.md"
            );
            ours
        } else {
            case.join("expected.sql")
        };
        let expected = fs::read_to_string(expected_file).unwrap_or_default();
        let actual = render_script(&diff(&from, &to).steps);
        if actual != expected {
            failures.push(format!("## {name}\n{}", unified(&expected, &actual)));
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

#[test]
fn self_diff_is_empty() {
    let mut failures = Vec::new();
    for case in cases() {
        for file in ["from.prisma", "to.prisma"] {
            let path = case.join(file);
            let Ok(schema) = load(&path) else { continue };
            let migration = diff(&schema, &schema);
            if !migration.steps.is_empty() || !migration.warnings.is_empty() {
                failures.push(format!(
                    "## {}\n{}",
                    path.display(),
                    render_script(&migration.steps)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Cases where Prisma's own migration does not reach its target, and we reproduce it textually:
/// - `serial_removed`: Prisma writes `DROP SEQUENCE ""` (a schema lowered from a Prisma model does
///   not know the sequence's name), which fails;
/// - `serial_added`: Prisma's imitation of `SERIAL` makes a lower-case `bigint` sequence, not the
///   `"T_a_seq"` integer one `SERIAL` makes;
/// - `namespace_added`: `from` declares a schema it does not use, so it was never created, and
///   Prisma (and we) assume it exists;
/// - `extension_removed`: Prisma never drops an extension.
const NOT_APPLICABLE: &[&str] = &[
    "serial_removed",
    "serial_added",
    "namespace_added",
    "extension_removed",
];

/// The migration must also do what it says: `from` (created from empty), then the diff, gives
/// the same catalog as `to` created from empty, on real PostgreSQL.
#[tokio::test]
async fn applied_diff_reaches_target() {
    let mut failures = Vec::new();
    for case in cases() {
        let name = case
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if NOT_APPLICABLE.contains(&name.as_str()) {
            continue;
        }
        let (Ok(from), Ok(to)) = (
            load(&case.join("from.prisma")),
            load(&case.join("to.prisma")),
        ) else {
            continue;
        };
        let empty = SqlSchema::default();
        let migrated = justify_testkit::TestDb::create(&format!("diff_m_{name}")).await;
        let direct = justify_testkit::TestDb::create(&format!("diff_d_{name}")).await;
        let scripts = [
            (
                "from-empty of from",
                render_script(&diff(&empty, &from).steps),
            ),
            ("the diff", render_script(&diff(&from, &to).steps)),
        ];
        let mut ok = true;
        for (what, sql) in &scripts {
            if let Err(e) = migrated.apply_sql(sql).await {
                failures.push(format!("## {name}: {what} does not apply: {e}\n{sql}"));
                ok = false;
                break;
            }
        }
        if !ok {
            continue;
        }
        if let Err(e) = direct
            .apply_sql(&render_script(&diff(&empty, &to).steps))
            .await
        {
            failures.push(format!("## {name}: from-empty of to does not apply: {e}"));
            continue;
        }
        let (expected, actual) = (direct.snapshot().await, migrated.snapshot().await);
        if expected != actual {
            failures.push(format!("## {name}\n{}", unified(&expected, &actual)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} cases do not reach their target:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}
