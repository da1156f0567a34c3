//! Formatting of the generated files: several files per rustfmt process, in parallel, and the
//! format cache give exactly what rustfmt gives each file on its own.

use justify_codegen::{generate, GeneratedFile, Options};
use std::path::{Path, PathBuf};

fn justify_schema() -> justify_psl::model::Schema {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/schema.prisma");
    let sources = justify_psl::SourceSet::load(&path).unwrap();
    justify_psl::check(sources).model.expect("valid schema")
}

fn options(skip_rustfmt: bool, format_cache: Option<PathBuf>) -> Options {
    Options {
        schema_name: "schema.prisma".into(),
        skip_rustfmt,
        format_cache,
        ..Default::default()
    }
}

fn rust_files(files: &[GeneratedFile]) -> usize {
    files
        .iter()
        .filter(|f| f.path.extension().is_some_and(|e| e == "rs"))
        .count()
}

#[test]
fn formatting_together_equals_formatting_each_file_alone() {
    let model = justify_schema();
    let raw = generate(&model, &options(true, None)).unwrap();
    let formatted = generate(&model, &options(false, None)).unwrap();
    assert_eq!(raw.len(), formatted.len());
    for (r, f) in raw.iter().zip(&formatted) {
        assert_eq!(r.path, f.path);
        let alone = if r.path.extension().is_some_and(|e| e == "rs") {
            justify_codegen::rustfmt(&r.path.display().to_string(), &r.contents).unwrap()
        } else {
            r.contents.clone()
        };
        assert!(alone == f.contents, "{} differs", f.path.display());
    }
}

#[test]
fn cached_generation_equals_uncached() {
    let model = justify_schema();
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join(".justify/rustfmt-cache");
    let uncached = generate(&model, &options(false, None)).unwrap();
    let first = generate(&model, &options(false, Some(cache.clone()))).unwrap();
    assert_eq!(first, uncached);
    let entries = || {
        std::fs::read_dir(&cache)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect::<Vec<_>>()
    };
    assert_eq!(entries().len(), rust_files(&uncached));
    // A new `.justify/` ignores itself.
    assert_eq!(
        std::fs::read_to_string(dir.path().join(".justify/.gitignore")).unwrap(),
        "*\n"
    );
    let second = generate(&model, &options(false, Some(cache.clone()))).unwrap();
    assert_eq!(second, uncached);

    // An entry whose unformatted text does not match (a hash collision, a damaged file) is a
    // miss: the file is formatted again and the entry rewritten.
    for path in entries() {
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen("pub ", "pub  ", 1)).unwrap();
    }
    let third = generate(&model, &options(false, Some(cache.clone()))).unwrap();
    assert_eq!(third, uncached);
    assert_eq!(entries().len(), rust_files(&uncached));

    // Editing one model changes one file: the others come from the cache.
    let mut edited = model.clone();
    let user = edited.models.iter().position(|m| m.name == "User").unwrap();
    edited.models[user].docs = Some("Edited.".into());
    let fourth = generate(&edited, &options(false, Some(cache.clone()))).unwrap();
    let changed: Vec<&Path> = fourth
        .iter()
        .zip(&uncached)
        .filter(|(a, b)| a != b)
        .map(|(a, _)| a.path.as_path())
        .collect();
    assert_eq!(changed, [Path::new("src/user.rs")]);
    assert_eq!(
        fourth,
        generate(&edited, &options(false, None)).unwrap(),
        "cached and uncached differ after an edit"
    );
    assert_eq!(entries().len(), rust_files(&uncached) + 1);
}
