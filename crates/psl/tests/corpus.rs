//! The schema corpora under `tests/psl/`: one file per case, expected output as an insta snapshot
//! beside the corpus (`tests/psl/snapshots/`). Adding a case is adding a file.
//!
//! - `valid/`: parses and validates; the resolved model is snapshotted.
//! - `invalid/`: one mistake each; the rendered diagnostics (span, caret, text) are snapshotted.
//! - `peer-verdicts.tsv`: the real Prisma engine's verdict on every case, recorded once by
//!   `tests/psl/peer-verdicts.sh`; we must agree with it on every case.

use justify_psl::{check, SourceSet};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// Loads a case with paths relative to the repository root, so snapshots are machine-independent.
fn load(path: &Path) -> SourceSet {
    let rel = path.strip_prefix(root()).unwrap_or(path);
    let mut set = SourceSet::default();
    if path.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(path)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "prisma"))
            .collect();
        files.sort();
        for f in files {
            let name = rel.join(f.file_name().unwrap());
            set.add(
                name.display().to_string(),
                std::fs::read_to_string(&f).unwrap(),
            );
        }
    } else {
        set.add(
            rel.display().to_string(),
            std::fs::read_to_string(path).unwrap(),
        );
    }
    set
}

fn snapshot_settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path(root().join("tests/psl/snapshots"));
    s.set_prepend_module_to_snapshot(false);
    s
}

fn valid_output(path: &Path) -> String {
    let checked = check(load(path));
    let warnings = checked.diagnostics.render_plain(&checked.sources);
    match checked.model {
        Some(model) => {
            let mut out = justify_psl::describe::describe(&model);
            if !warnings.is_empty() {
                out.push_str("\n--- warnings ---\n");
                out.push_str(&warnings);
            }
            out
        }
        None => panic!(
            "{} should be valid (Prisma accepts it) but:\n{}",
            path.display(),
            warnings
        ),
    }
}

#[test]
fn valid_corpus() {
    snapshot_settings().bind(|| {
        insta::glob!("../../../tests/psl/valid", "*.prisma", |path| {
            insta::assert_snapshot!(valid_output(path));
        });
    });
}

#[test]
fn valid_multi_file_schema() {
    snapshot_settings().bind(|| {
        let out = valid_output(&root().join("tests/psl/valid/multi_file"));
        insta::assert_snapshot!("valid_multi_file", out);
    });
}

#[test]
fn justify_schema() {
    snapshot_settings().bind(|| {
        let out = valid_output(&root().join("schema/schema.prisma"));
        insta::assert_snapshot!("justify_schema", out);
    });
}

#[test]
fn invalid_corpus() {
    snapshot_settings().bind(|| {
        insta::glob!("../../../tests/psl/invalid", "*.prisma", |path| {
            let checked = check(load(path));
            assert!(
                checked.model.is_none() && checked.diagnostics.has_errors(),
                "{} must be rejected (Prisma rejects it)",
                path.display()
            );
            insta::assert_snapshot!(checked.diagnostics.render_plain(&checked.sources));
        });
    });
}

/// Every case has Prisma's verdict recorded, and ours is the same.
#[test]
fn agrees_with_prisma_verdicts() {
    let tsv = std::fs::read_to_string(root().join("tests/psl/peer-verdicts.tsv")).unwrap();
    let verdicts: BTreeMap<String, bool> = tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            let path = cols.next().unwrap().to_string();
            let valid = cols.next() == Some("valid");
            (path, valid)
        })
        .collect();
    let mut cases = vec!["schema/schema.prisma".to_string()];
    for dir in ["tests/psl/valid", "tests/psl/invalid"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() || p.extension().is_some_and(|e| e == "prisma") {
                cases.push(format!(
                    "{dir}/{}",
                    p.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    cases.sort();
    let mut disagreements = Vec::new();
    for case in &cases {
        let Some(&prisma_valid) = verdicts.get(case) else {
            disagreements.push(format!(
                "{case}: no Prisma verdict recorded (run tests/psl/peer-verdicts.sh)"
            ));
            continue;
        };
        let ours = check(load(&root().join(case))).model.is_some();
        if ours != prisma_valid {
            disagreements.push(format!(
                "{case}: Prisma says valid={prisma_valid}, we say valid={ours}"
            ));
        }
    }
    assert!(cases.len() >= 120, "corpus too small: {}", cases.len());
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
