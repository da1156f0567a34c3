//! The formatter against Prisma's own: every corpus schema is already laid out by `prisma
//! format`, so formatting it must change nothing; messy inputs are compared with snapshots of
//! Prisma's output for the same files (`tests/psl/format/`).

use justify_psl::format::format_schema;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn prisma_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "prisma"))
        .collect();
    files.sort();
    files
}

/// Every schema Prisma has already formatted: the valid corpus and the project's own schema.
fn formatted_corpus() -> Vec<PathBuf> {
    let root = repo_root();
    let mut files = prisma_files(&root.join("tests/psl/valid"));
    files.extend(prisma_files(&root.join("tests/psl/valid/multi_file")));
    files.push(root.join("schema/schema.prisma"));
    files
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

fn format_ok(path: &Path, text: &str) -> String {
    match format_schema(text) {
        Ok(out) => out,
        Err(diags) => panic!(
            "{} has syntax errors: {:?}",
            path.display(),
            diags.errors().map(|d| &d.message).collect::<Vec<_>>()
        ),
    }
}

/// A readable first difference, rather than two whole files.
fn first_difference(expected: &str, actual: &str) -> String {
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            return format!("line {}:\n  expected: {e:?}\n  actual:   {a:?}", i + 1);
        }
    }
    format!(
        "line counts differ: expected {}, actual {} (or the final newline differs)",
        expected.lines().count(),
        actual.lines().count()
    )
}

#[test]
fn prisma_formatted_corpus_is_unchanged() {
    let files = formatted_corpus();
    assert!(files.len() > 10, "corpus not found");
    let mut failures = Vec::new();
    for path in &files {
        let text = read(path);
        let out = format_ok(path, &text);
        if out != text {
            failures.push(format!(
                "{}: {}",
                path.display(),
                first_difference(&text, &out)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Every comment of a file, from its slashes to the end of its line (outer blanks ignored),
/// sorted: formatting may move comments (with block attributes) but never lose or change one.
fn comments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        // A `//` inside a string literal is not a comment.
        let mut in_string = false;
        let mut escaped = false;
        let bytes = line.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if in_string {
                match b {
                    _ if escaped => escaped = false,
                    b'\\' => escaped = true,
                    b'"' => in_string = false,
                    _ => {}
                }
            } else if b == b'"' {
                in_string = true;
            } else if b == b'/' && bytes.get(i + 1) == Some(&b'/') {
                out.push(line[i..].trim().to_string());
                break;
            }
        }
    }
    out.sort();
    out
}

#[test]
fn formatting_is_idempotent_and_keeps_every_comment() {
    let mut files = formatted_corpus();
    files.extend(prisma_files(&repo_root().join("tests/psl/format")));
    for path in &files {
        let text = read(path);
        let once = format_ok(path, &text);
        let twice = format_ok(path, &once);
        assert!(
            once == twice,
            "{}: not idempotent: {}",
            path.display(),
            first_difference(&once, &twice)
        );
        let before = comments(&text);
        assert!(
            !before.is_empty() || !text.contains("//"),
            "{}",
            path.display()
        );
        assert_eq!(
            before,
            comments(&once),
            "{}: comments changed",
            path.display()
        );
    }
}

/// Messy inputs against snapshots that hold the real `prisma format` output for each of them.
#[test]
fn messy_inputs_match_prisma() {
    let files = prisma_files(&repo_root().join("tests/psl/format"));
    assert!(!files.is_empty(), "no messy inputs found");
    for path in &files {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("file name")
            .to_string();
        let output = format_ok(path, &read(path));
        insta::with_settings!({
            snapshot_path => "../../../tests/psl/format/snapshots",
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!(name, output);
        });
    }
}

#[test]
fn output_ends_with_one_newline_and_empty_input_is_a_newline() {
    assert_eq!(format_schema("").ok().as_deref(), Some("\n"));
    assert_eq!(format_schema("\n\n  \n").ok().as_deref(), Some("\n"));
    assert_eq!(format_schema("// only").ok().as_deref(), Some("// only\n"));
    let out = format_schema("model A {\n  id Int @id\n}\n\n\n\n").expect("valid");
    assert_eq!(out, "model A {\n  id Int @id\n}\n");
}

#[test]
fn crlf_input_gives_lf_output() {
    let out =
        format_schema("model A {\r\n  id Int @id\r\n\r\n  x\tString\r\n}\r\n").expect("valid");
    assert_eq!(out, "model A {\n  id Int @id\n\n  x String\n}\n");
}

#[test]
fn trailing_spaces_in_comments_are_kept() {
    // As Prisma: a comment's text is copied exactly as written.
    let out = format_schema("// a   \nmodel A {\n  id Int @id // b  \n}\n").expect("valid");
    assert_eq!(out, "// a   \nmodel A {\n  id Int @id // b  \n}\n");
}

#[test]
fn comment_after_an_opening_brace_is_kept() {
    // Prisma drops it; we keep it where it was written.
    let out = format_schema("model A { // note\n  id Int @id\n}\n").expect("valid");
    assert_eq!(out, "model A { // note\n  id Int @id\n}\n");
}

#[test]
fn text_after_a_closing_brace_settles_in_one_run() {
    // Prisma gives "}\n// note\nmodel B" on the first run and adds the blank line on the
    // second; we give the second run's result at once.
    let input = "model A {\n  id Int @id\n}  // note\nmodel B {\n  id Int @id\n}model C {\n  id Int @id\n}\n";
    let expected = "model A {\n  id Int @id\n}\n\n// note\nmodel B {\n  id Int @id\n}\n\nmodel C {\n  id Int @id\n}\n";
    assert_eq!(format_schema(input).ok().as_deref(), Some(expected));
}

#[test]
fn block_attributes_only() {
    // As Prisma: the blank line before block attributes is there even with no field.
    let out = format_schema("model C {\n  @@map(\"c\")\n}\n").expect("valid");
    assert_eq!(out, "model C {\n\n  @@map(\"c\")\n}\n");
}

#[test]
fn syntax_errors_are_not_formatted() {
    assert!(format_schema("model A {\n  id Int @id\n  ???\n}\n").is_err());
    assert!(format_schema("model A {\n  id: Int @id\n}\n").is_err());
    assert!(format_schema("what is this\n").is_err());
}

#[test]
fn never_panics_on_odd_input() {
    let inputs = [
        "model",
        "model A {",
        "}",
        "model A {\n  id Int @default(\"unterminated)\n}\n",
        "enum E {\n  A @map(\"a\") @x @y\n}\n",
        "model A {\n  f Unsupported(\"caf\u{e9}\")\n  g Int\n}\n",
        "\u{feff}model A {\n  id Int @id\n}\n",
        "datasource db {\n  provider = \"postgresql\" /// doc-style trailing\n}\n",
        "model A {\n  id Int @id @default(dbgenerated(\"x\"), map: \"d\")\n}\n",
        "model A {\n  id Int @id\n  @@index([id],)\n  // end\n}\n",
    ];
    for input in inputs {
        if let Ok(out) = format_schema(input) {
            assert_eq!(
                format_schema(&out).ok().as_deref(),
                Some(out.as_str()),
                "{input:?}"
            );
        }
    }
}
