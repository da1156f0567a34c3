//! Every valid corpus schema (`tests/psl/valid/`, files and multi-file folders) and the Justify
//! schema get a generated client that `cargo check` accepts.
//!
//! All clients go into ONE cargo workspace outside this one, `target/codegen-corpus/ws` (one
//! member crate per schema, a copy of this workspace's `Cargo.lock` so the pinned versions
//! resolve offline), checked with one `cargo check --workspace --offline` into
//! `target/codegen-corpus`. Both are kept between runs: the dependencies build once, and files
//! are only rewritten when their contents change, so unchanged clients are not checked again.
//!
//! Run it alone with `cargo test -p justify-codegen --test corpus_compiles`;
//! `JUSTIFY_CORPUS_ONLY=<part of a path>` checks only the matching cases,
//! `JUSTIFY_SKIP_CORPUS_CHECK=1` skips it.

use justify_codegen::{generate, Options};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// Each case of the valid corpus: a `.prisma` file, or a folder (a multi-file schema).
fn valid_corpus() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join("tests/psl/valid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "prisma"))
        .collect();
    paths.sort();
    paths.push(root().join("schema/schema.prisma"));
    paths
}

/// A member folder and crate name of a case: `corpus-<file stem>`, made unique.
fn member_name(path: &Path, taken: &BTreeMap<String, PathBuf>) -> String {
    let stem = path.file_stem().unwrap().to_string_lossy();
    let stem = if path.ends_with("schema/schema.prisma") {
        "justify".into()
    } else {
        stem
    };
    let clean: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let base = format!("corpus-{clean}");
    let mut name = base.clone();
    let mut n = 2;
    while taken.contains_key(&name) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

#[test]
fn every_valid_corpus_client_compiles() {
    if std::env::var_os("JUSTIFY_SKIP_CORPUS_CHECK").is_some() {
        eprintln!("skipped (JUSTIFY_SKIP_CORPUS_CHECK is set)");
        return;
    }
    let started = std::time::Instant::now();
    let target = root().join("target/codegen-corpus");
    let ws = target.join("ws");
    std::fs::create_dir_all(&ws).unwrap();
    let only = std::env::var("JUSTIFY_CORPUS_ONLY").ok();
    let mut members: BTreeMap<String, PathBuf> = BTreeMap::new();
    let cases = valid_corpus().into_iter().map(|path| {
        let sources = justify_psl::SourceSet::load(&path).unwrap();
        (path, sources)
    });
    let synthetic = [relation_chain(CHAIN_MODELS)]
        .into_iter()
        .map(|(name, text)| {
            let mut sources = justify_psl::SourceSet::default();
            sources.add(name.clone(), text);
            (PathBuf::from(name), sources)
        });
    for (path, sources) in cases.chain(synthetic) {
        if only
            .as_deref()
            .is_some_and(|o| !path.to_string_lossy().contains(o))
        {
            continue;
        }
        let model = justify_psl::check(sources)
            .model
            .unwrap_or_else(|| panic!("{} is invalid", path.display()));
        let name = member_name(&path, &members);
        let options = Options {
            crate_name: Some(name.clone()),
            schema_name: path.file_name().unwrap().to_string_lossy().into_owned(),
            // Formatting does not change what compiles; the other tests check it.
            skip_rustfmt: true,
            ..Default::default()
        };
        let files = generate(&model, &options)
            .unwrap_or_else(|e| panic!("{}: generation failed: {e}", path.display()));
        justify_codegen::write(&files, &ws.join(&name)).unwrap();
        members.insert(name, path);
    }
    if only.is_none() {
        assert!(members.len() > 60, "corpus found: {}", members.len());
    }
    // Members of cases that are gone.
    for entry in std::fs::read_dir(&ws).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() && name != "target" && !members.contains_key(&name) {
            std::fs::remove_dir_all(entry.path()).unwrap();
        }
    }
    let list: Vec<String> = members.keys().map(|m| format!("    \"{m}\",")).collect();
    write_if_changed(
        &ws.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [\n{}\n]\n",
            list.join("\n")
        ),
    );
    std::fs::copy(root().join("Cargo.lock"), ws.join("Cargo.lock")).unwrap();
    let generated = started.elapsed();

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "check",
            "--workspace",
            "--offline",
            "--message-format",
            "short",
        ])
        .current_dir(&ws)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!(
        "{} clients generated in {:.1?}, checked in {:.1?}",
        members.len(),
        generated,
        started.elapsed() - generated
    );

    // Messages are `<member>/src/<file>.rs:line:col: error…`: group them by schema.
    let mut by_schema: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for line in stderr.lines() {
        let member = line.split('/').next().unwrap_or_default();
        if members.contains_key(member) && (line.contains(": error") || line.contains(": warning"))
        {
            by_schema.entry(member).or_default().push(line);
        }
    }
    let report: Vec<String> = by_schema
        .iter()
        .map(|(member, lines)| {
            format!(
                "{} ({member}):\n  {}",
                members[*member]
                    .strip_prefix(root())
                    .unwrap_or(&members[*member])
                    .display(),
                lines.join("\n  ")
            )
        })
        .collect();
    assert!(
        out.status.success(),
        "generated clients do not compile:\n{}\n\ncargo's output:\n{stderr}",
        report.join("\n")
    );
    assert!(
        report.is_empty(),
        "generated clients compile with warnings:\n{}",
        report.join("\n")
    );
}

fn write_if_changed(path: &Path, contents: String) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(contents.as_str()) {
        std::fs::write(path, contents).unwrap();
    }
}

/// Models in the synthetic relation chain: more than the largest corpus schema (106), so deep
/// relation graphs (the compiler's `Send` checks of the relation-loading futures walk them) are
/// covered beyond what the corpus holds.
const CHAIN_MODELS: usize = 120;

/// A schema of `n` models in a chain: each has a foreign key to the next and lists the previous
/// ones' rows (the longest relation path the compiler has to walk).
fn relation_chain(n: usize) -> (String, String) {
    let mut text = String::from("datasource db {\n  provider = \"postgresql\"\n}\n");
    for i in 0..n {
        text.push_str(&format!("\nmodel M{i} {{\n  id Int @id\n"));
        if i + 1 < n {
            let j = i + 1;
            text.push_str(&format!(
                "  nextId Int?\n  next M{j}? @relation(fields: [nextId], references: [id])\n"
            ));
        }
        if i > 0 {
            text.push_str(&format!("  previous M{}[]\n", i - 1));
        }
        text.push_str("}\n");
    }
    (format!("relation_chain_{n}.prisma"), text)
}
