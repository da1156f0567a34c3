//! The fast parser against its oracle, the pest parser (`docs/decisions/0003-fast-parser.md`).
//!
//! The one property: whenever `fastparse::parse` returns `Some(ast)`, the pest parser reads the
//! same text without a single diagnostic and builds an identical AST (spans included). And the
//! fast path must really be the path real schemas take: every valid corpus file, every generated
//! benchmark schema and their CRLF / trailing-blank variants must parse on it.
//!
//! Inputs: every corpus file (`tests/psl/valid/**`, `tests/psl/invalid/*`, `tests/psl/format/*`,
//! `schema/schema.prisma`), hand-written edge cases (line breaks, blanks pest skips, comment and
//! span corners), and two proptest runs over the corpus: mutations in the style of
//! `fuzz_mutations.rs`, and insertions of blanks, line breaks and comments (which keep many inputs
//! well-formed, so the fast path's span rules are exercised). `JUSTIFY_ORACLE_CASES` (default 3000
//! per run) and `JUSTIFY_ORACLE_SEED` change them.

use justify_psl::ast::SchemaFile;
use justify_psl::parser::{fastparse, parse_file_pest};
use justify_psl::Diagnostics;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};
use std::path::{Path, PathBuf};

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

#[path = "support/mutate.rs"]
mod mutate;
use mutate::{collect_prisma, Mutation, Tokens};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `(name, text)` of every file under the given corpus folders, sorted by path.
fn corpus(dirs: &[&str]) -> Vec<(String, String)> {
    let root = root();
    let mut paths = Vec::new();
    for d in dirs {
        let p = root.join(d);
        if p.is_file() {
            paths.push(p);
        } else {
            collect_prisma(&p, &mut paths);
        }
    }
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let name = p.strip_prefix(&root).unwrap_or(&p).display().to_string();
            (name, text)
        })
        .collect()
}

/// The pest parse of `text`, and its diagnostics rendered for a failure message.
fn pest(text: &str) -> (SchemaFile, Diagnostics) {
    let mut diags = Diagnostics::new();
    let ast = parse_file_pest(text, 0, &mut diags);
    (ast, diags)
}

/// Checks the oracle property on one text; `Ok(true)` when the fast path took it.
fn agree(name: &str, text: &str) -> Result<bool, String> {
    let Some(fast) = fastparse::parse(text, 0) else {
        return Ok(false);
    };
    let (slow, diags) = pest(text);
    if !diags.is_empty() {
        let msgs: Vec<String> = diags.iter().map(|d| format!("{d:?}")).collect();
        return Err(format!(
            "{name}: the fast parser accepted a text pest reports:\n{}\n--- text ---\n{text:?}",
            msgs.join("\n")
        ));
    }
    if fast != slow {
        return Err(format!(
            "{name}: the ASTs differ\n--- fast ---\n{fast:#?}\n--- pest ---\n{slow:#?}\n--- text ---\n{text:?}"
        ));
    }
    Ok(true)
}

fn must_agree(name: &str, text: &str) -> bool {
    agree(name, text).unwrap_or_else(|e| panic!("{e}"))
}

fn must_take_fast_path(name: &str, text: &str) {
    assert!(
        must_agree(name, text),
        "{name}: the fast parser gave up on a well-formed schema (pest diagnostics: {:?})",
        pest(text).1.iter().collect::<Vec<_>>()
    );
}

#[test]
fn every_valid_schema_takes_the_fast_path() {
    let files = corpus(&["tests/psl/valid", "schema/schema.prisma"]);
    assert!(files.len() > 50, "valid corpus not found");
    for (name, text) in &files {
        must_take_fast_path(name, text);
        // The same schema with Windows line breaks, and with blanks at the ends of lines.
        must_take_fast_path(&format!("{name} (CRLF)"), &text.replace('\n', "\r\n"));
        must_take_fast_path(
            &format!("{name} (trailing blanks)"),
            &text.replace('\n', " \t\n"),
        );
    }
}

#[test]
fn generated_benchmark_schemas_take_the_fast_path() {
    for n in [1, 10, 100, 250] {
        must_take_fast_path(&format!("generated_{n}"), &synthetic::generate_schema(n));
    }
}

#[test]
fn every_corpus_file_agrees_with_pest() {
    let files = corpus(&[
        "tests/psl/valid",
        "tests/psl/invalid",
        "tests/psl/format",
        "schema/schema.prisma",
    ]);
    let mut fast = 0;
    for (name, text) in &files {
        fast += must_agree(name, text) as usize;
    }
    eprintln!("{fast} of {} corpus files took the fast path", files.len());
}

/// Corners of the grammar: pest's implicit blanks (including U+00A0 and U+FEFF), spans that end
/// in blanks, every line break, comments everywhere, string escapes. Each is checked against pest;
/// the well-formed ones must also take the fast path.
#[test]
fn edge_cases_agree_with_pest() {
    let well_formed: &[&str] = &[
        "",
        "\n\n",
        "   ",
        "// only a comment",
        "/// only a doc comment\n",
        "\u{feff}model A {\n  id Int @id\n}\n",
        "model A {\n  id Int @id\n}",
        "model A {\r  id Int @id\r}\r",
        "model A {\r\n  id Int @id\r\n}\r\n",
        "model A {\n  id\u{a0}Int\u{a0}@id\u{feff}\n}\n",
        "model A { // open comment \n  id Int @id @default( autoincrement( ) ) // c\n}\n",
        "model A {   \n  id Int @ id @unique  // trailing\n  x String ? @db.VarChar (1)\n}\n",
        "model A {\n  id Int @id\n  x String?    @default(\"a\\\"b\\n\\u00e9\\u{1}\")\n}\n",
        "model A {\n  id Int @id\n  x Unsupported (\"circle\")? @map(\"x\")\n  y UnsupportedX\n}\n",
        "model A {\n  id Int @id\n\n\n  // free\n  /// doc\n\n  /// doc of b\n  b Int[]\n  @@index([b ], map: \"i\" ) // idx\n  @@map( \"a\" , )\n}\n",
        "model A {\n  id Int @id\n  @@index([id(sort: Desc, ops: raw(\"x\")), id], where: { active: true, n: -1.5, },)\n}\n",
        "model A {\n  id Int @id @default(dbgenerated(\"gen_random_uuid()\"))\n  n Decimal @default(-0.25)\n  l Int[] @default([])\n}\n",
        "//// four slashes\n/// doc\nmodel A {\n  id Int @id\n}  \t\n",
        "model A {\n  id Int @id\n} model B {\n  id Int @id\n}\n",
        "enum E {\n  A @map(\"a\") // c\n  B\n  @@map(\"e\")\n  @@schema(\"s\") // s\n}\n",
        "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\") // u\n  schemas = [\"a\", \"b\",]\n}\n\ngenerator c {\n  provider = \"prisma-client-js\"\n  previewFeatures = [multiSchema]\n}\n",
        "view V {\n  id Int @unique\n}\ntype T {\n  x Int\n}\n",
        "model A {\n  1d Int @id\n  x-y Int @default(1)\n  z Json @default(\"{\\\"a\\\": [1, 2]}\")\n}\n",
        "model A {\n  id Int @id\n  // last comment\n}\n// tail\n   \n",
        "model A {\n  id Int @id @default(,)\n  b Int @default(f(,))\n}\n",
    ];
    for (i, text) in well_formed.iter().enumerate() {
        must_take_fast_path(&format!("well-formed edge case {i}"), text);
    }
    let maybe: &[&str] = &[
        "model A {\n  id Int @id\n",
        "model A {\n  x String @db . VarChar(1)\n}\n",
        "model A {\n  id Int @id @\n}\n",
        "model A {\n  id: Int\n}\n",
        "model A {\n  id Int!\n}\n",
        "model A {\n  id [Int]\n}\n",
        "model A {\n  id\n}\n",
        "model A {\n  id Int @default(1abc)\n}\n",
        "model A {\n  id Int @default(-)\n}\n",
        "model A {\n  id Int @db.\n}\n",
        "model A {\n  id Int @default(\"a\tb\")\n}\n",
        "model A {\n  id Int @default(\"abc\n}\n",
        "model A {\n  id Int @default(\"\\\n}\n",
        "model A {\n  id Int @relation(fields: )\n}\n",
        "model A { id Int }\n",
        "model A\n{\n  id Int\n}\n",
        "modelA {\n}\n",
        "model-A {\n}\n",
        "foo bar {\n}\n",
        "model A {\n  @id\n}\n",
        "datasource db {\n  @@map(\"x\")\n}\n",
        "datasource db {\n  url\n}\n",
        "enum E {\n  A B\n}\n",
        "model A {\n  x Unsupported(x)\n}\n",
        "model A {\n  x Int @default(1.)\n}\n",
        "model A {\n  x Int @default(a.b.c)\n}\n",
        "model A {\n  x Int @default([1,,2])\n}\n",
        "model A {\n  x Int @default({\"a\": 1})\n}\n",
        "model A {\n  x Int[\n}\n",
        "/ x\n",
        "model A {\n  id Int @id\n}\n} \n",
        "model A {\n  x Int\n}\n\u{a0}// x\n\u{feff}// y\n",
        "model A {\n  // a\n\u{a0}// b\n\u{feff}/// c\n  x Int\n}\n",
    ];
    for (i, text) in maybe.iter().enumerate() {
        must_agree(&format!("edge case {i}"), text);
    }
    // Nesting: moderate depth takes the fast path; deep nesting is left to pest.
    let nested = |n: usize| {
        format!(
            "model A {{\n  x Int @default({}1{})\n}}\n",
            "[".repeat(n),
            "]".repeat(n)
        )
    };
    must_take_fast_path("nested 30", &nested(30));
    assert!(fastparse::parse(&nested(100), 0).is_none());
    must_agree("nested 100", &nested(100));
}

// ---------------------------------------------------------------------- mutations

const TOKENS: &[&str] = &[
    "@",
    "@@",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "\\",
    "//",
    "///",
    "?",
    ":",
    ",",
    "=",
    ".",
    "!",
    "-",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\0",
    " ",
    "é",
    "\u{a0}",
    "\u{feff}",
    "\u{2028}",
    "model ",
    "enum ",
    "view ",
    "type ",
    "datasource ",
    "generator ",
    "@id",
    "@unique",
    "@relation(",
    "@default(",
    "@@index([",
    "@map(\"",
    "@db.",
    "env(",
    "String",
    "Int[]",
    "[]?",
    "Unsupported(\"",
    "Unsupported",
    "0",
    "-1",
    "1.5",
    "\\u",
    "\\u00e9",
    "\\n",
    "true",
    "fields: [",
    "onDelete: ",
    "sort: Desc",
    "()",
    "[]",
    "{}",
    ", ",
    " // c",
    "/// d\n",
];

/// Insertions that often keep a schema well-formed (blanks pest skips, line breaks, comments), so
/// that many mutated inputs take the fast path and its span and blank-line rules are exercised.
const BENIGN: &[&str] = &[
    " ",
    "\t",
    "\u{a0}",
    "\u{feff}",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " // c",
    " /// d",
    "//",
    "\n// x\n",
    "\n/// y\n",
    "  \t ",
    "\u{2028}",
    "\u{3000}",
    "\u{85}",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<u32>(), 1u8..12).prop_map(|(at, len)| Mutation::Delete { at, len }),
        8 => (any::<u32>(), any::<u16>()).prop_map(|(at, token)| Mutation::Insert { at, token }),
        1 => (any::<u32>(), any::<char>()).prop_map(|(at, ch)| Mutation::InsertChar { at, ch }),
        2 => any::<u32>().prop_map(|line| Mutation::DuplicateLine { line }),
        2 => any::<u32>().prop_map(|line| Mutation::DeleteLine { line }),
        2 => (any::<u16>(), any::<u32>(), any::<u32>())
            .prop_map(|(file, line, at)| Mutation::Splice { file, line, at }),
        1 => any::<u32>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

fn benign() -> impl Strategy<Value = Mutation> {
    (any::<u32>(), any::<u16>()).prop_map(|(at, token)| Mutation::Benign { at, token })
}

#[test]
fn mutated_corpus_agrees_with_pest() {
    run_mutations(prop::collection::vec(mutation(), 1..4).boxed(), 0x0AC1E);
}

#[test]
fn blank_and_comment_insertions_agree_with_pest() {
    run_mutations(prop::collection::vec(benign(), 1..4).boxed(), 0xB1A4C);
}

fn run_mutations(mutations: BoxedStrategy<Vec<Mutation>>, default_seed: u64) {
    let files = corpus(&[
        "tests/psl/valid",
        "tests/psl/invalid",
        "tests/psl/format",
        "schema/schema.prisma",
    ]);
    let cases = env_u64("JUSTIFY_ORACLE_CASES").unwrap_or(3000) as u32;
    let seed = env_u64("JUSTIFY_ORACLE_SEED").unwrap_or(default_seed);
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 4_000,
        ..Config::default()
    };
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let fast = std::cell::Cell::new(0u32);
    let strategy = (0..files.len(), mutations);
    let result = runner.run(&strategy, |(file, muts)| {
        let text = mutate::apply(
            &files,
            file,
            &muts,
            &Tokens {
                tokens: TOKENS,
                benign: BENIGN,
            },
        );
        match agree(&files[file].0, &text) {
            Ok(took) => {
                fast.set(fast.get() + took as u32);
                Ok(())
            }
            Err(e) => Err(TestCaseError::fail(e)),
        }
    });
    eprintln!(
        "{} of {cases} mutated inputs took the fast path",
        fast.get()
    );
    if let Err(e) = result {
        panic!("{e}");
    }
}
