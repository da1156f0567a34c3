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
        let (from, to) = match (load(&case.join("from.prisma")), load(&case.join("to.prisma"))) {
            (Ok(f), Ok(t)) => (f, t),
            (Err(e), _) | (_, Err(e)) => {
                failures.push(format!("## {name}: {e}"));
                continue;
            }
        };
        let expected = fs::read_to_string(case.join("expected.sql")).unwrap_or_default();
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
