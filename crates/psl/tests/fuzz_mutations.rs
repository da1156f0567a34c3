//! "No input panics": random mutations of every corpus schema go through `check_str` and
//! `format_schema` (and `check_str` again on the formatted output), and nothing may panic.
//!
//! Corpus: `tests/psl/valid/**/*.prisma`, `tests/psl/invalid/*.prisma`,
//! `tests/psl/format/*.prisma` and `schema/schema.prisma`. Mutations: byte-range deletions,
//! insertions of PSL-significant tokens (`@`, `@@`, brackets, quotes, backslashes, comments,
//! `?`, `:`, `,`, `=`, newlines, `\r`, `\t`, NUL, multi-byte and case-changing unicode, keywords),
//! arbitrary `char` insertions, line duplication / deletion / swap, lines spliced in from other
//! corpus files, and truncation.
//!
//! * Default (CI): a fixed, deterministic number of cases (`JUSTIFY_FUZZ_CASES`, default 2000;
//!   a few seconds in a debug build). `JUSTIFY_FUZZ_SEED=N` changes the seed.
//! * `JUSTIFY_FUZZ_SECONDS=N`: a time-bounded loop of proptest batches with fresh seeds, e.g.
//!   `JUSTIFY_FUZZ_SECONDS=600 cargo test --release -p justify-psl --test fuzz_mutations -- --nocapture`.
//!
//! On a panic, proptest shrinks the mutation list, the text is then minimised further (lines,
//! then characters), and both the shrunk and the minimal inputs are written to
//! `target/fuzz-failures/` before the test fails with the minimal input in the message.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

#[path = "support/mutate.rs"]
mod mutate;
use mutate::{collect_prisma, Mutation, Tokens};

/// Tokens worth inserting: PSL punctuation, comment and string delimiters, control characters,
/// multi-byte characters (and ones whose case mapping changes byte length), keywords.
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
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\0",
    " ",
    "é",
    "🦀",
    "İ",
    "ß",
    "ſ",
    "\u{feff}",
    "\u{2028}",
    "\u{301}",
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
    "@@id([",
    "@map(\"",
    "@db.",
    "env(",
    "String",
    "Int[]",
    "Unsupported(\"",
    "0",
    "-1",
    "1e308",
    "99999999999999999999999",
    "\\u",
    "\\u{",
    "\\x",
    "true",
    "fields: [",
    "references: [",
    "onDelete: ",
    "sort: Desc",
    "length: ",
    "()",
    "[]",
    "{}",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<u32>(), 1u8..24).prop_map(|(at, len)| Mutation::Delete { at, len }),
        6 => (any::<u32>(), any::<u16>()).prop_map(|(at, token)| Mutation::Insert { at, token }),
        1 => (any::<u32>(), any::<char>()).prop_map(|(at, ch)| Mutation::InsertChar { at, ch }),
        1 => (any::<u32>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Replace { at, byte }),
        2 => any::<u32>().prop_map(|line| Mutation::DuplicateLine { line }),
        2 => any::<u32>().prop_map(|line| Mutation::DeleteLine { line }),
        2 => (any::<u32>(), any::<u32>()).prop_map(|(a, b)| Mutation::SwapLines { a, b }),
        2 => (any::<u16>(), any::<u32>(), any::<u32>())
            .prop_map(|(file, line, at)| Mutation::Splice { file, line, at }),
        1 => any::<u32>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

struct Corpus {
    files: Vec<(String, String)>,
}

impl Corpus {
    fn load() -> Corpus {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut paths = Vec::new();
        for dir in ["tests/psl/valid", "tests/psl/invalid", "tests/psl/format"] {
            collect_prisma(&root.join(dir), &mut paths);
        }
        paths.push(root.join("schema/schema.prisma"));
        paths.sort();
        let files: Vec<(String, String)> = paths
            .into_iter()
            .filter_map(|p| {
                let text = std::fs::read_to_string(&p).ok()?;
                let name = p
                    .strip_prefix(&root)
                    .unwrap_or(&p)
                    .to_string_lossy()
                    .into_owned();
                Some((name, text))
            })
            .collect();
        assert!(
            files.len() > 100,
            "corpus not found under {}",
            root.display()
        );
        Corpus { files }
    }
}

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// What one input did (for the coverage summary), or the panic it caused.
#[derive(Default, Clone, Copy)]
struct Outcome {
    valid: bool,
    formatted: bool,
}

/// Runs every entry point on `text`; `Err` carries the panic message and location.
fn exercise(text: &str) -> Result<Outcome, String> {
    let run = |stage: &'static str, f: &mut dyn FnMut()| -> Result<(), String> {
        LAST_PANIC.with(|p| p.borrow_mut().take());
        panic::catch_unwind(AssertUnwindSafe(f)).map_err(|_| {
            let msg = LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_else(|| "<unknown panic>".into());
            format!("{stage}: {msg}")
        })
    };
    let mut out = Outcome::default();
    run("check_str", &mut || {
        let checked = justify_psl::check_str("fuzz.prisma", text);
        out.valid = checked.model.is_some();
        // Rendering diagnostics walks spans into the source: exercise it too.
        let _ = checked.diagnostics.render_plain(&checked.sources);
    })?;
    let mut formatted = None;
    run("format_schema", &mut || {
        formatted = justify_psl::format::format_schema(text).ok();
    })?;
    if let Some(f) = formatted {
        out.formatted = true;
        run("check_str(formatted)", &mut || {
            let checked = justify_psl::check_str("fuzz.formatted.prisma", &f);
            let _ = checked.diagnostics.render_plain(&checked.sources);
        })?;
    }
    Ok(out)
}

/// Greedy minimisation: drop line chunks, then char chunks, while the input still panics.
fn minimise(text: &str, deadline: Instant) -> String {
    let panics = |s: &str| exercise(s).is_err();
    let mut cur = text.to_string();
    // Lines.
    let mut chunk = cur.lines().count().max(1);
    while chunk >= 1 && Instant::now() < deadline {
        let lines: Vec<&str> = cur.split_inclusive('\n').collect();
        let mut i = 0;
        let mut changed = false;
        let mut kept: Vec<&str> = lines.clone();
        while i < kept.len() && Instant::now() < deadline {
            let end = (i + chunk).min(kept.len());
            let candidate: String = kept[..i].concat() + &kept[end..].concat();
            if panics(&candidate) {
                kept.drain(i..end);
                changed = true;
            } else {
                i += chunk;
            }
        }
        cur = kept.concat();
        if !changed {
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
    }
    // Characters.
    let mut chunk = cur.chars().count().max(1);
    while chunk >= 1 && Instant::now() < deadline {
        let mut chars: Vec<char> = cur.chars().collect();
        let mut i = 0;
        let mut changed = false;
        while i < chars.len() && Instant::now() < deadline {
            let end = (i + chunk).min(chars.len());
            let candidate: String = chars[..i].iter().chain(&chars[end..]).collect();
            if panics(&candidate) {
                chars.drain(i..end);
                changed = true;
            } else {
                i += chunk;
            }
        }
        cur = chars.into_iter().collect();
        if !changed {
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
    }
    cur
}

fn failures_dir() -> PathBuf {
    // <target>/<profile>/deps/fuzz_mutations-<hash>
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::current_exe()
                .ok()
                .and_then(|p| p.ancestors().nth(3).map(Path::to_path_buf))
        })
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("fuzz-failures")
}

fn seed_bytes(seed: u64) -> [u8; 32] {
    let mut out = [0u8; 32];
    for (i, chunk) in out.chunks_mut(8).enumerate() {
        let v = seed
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .wrapping_add(i as u64)
            .rotate_left(17 * i as u32);
        chunk.copy_from_slice(&v.to_le_bytes());
    }
    out
}

fn env_u64(name: &str) -> Option<u64> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

#[test]
fn mutated_corpus_never_panics() {
    let corpus = Corpus::load();
    let n_files = corpus.files.len();
    let budget = env_u64("JUSTIFY_FUZZ_SECONDS").map(Duration::from_secs);
    let base_seed = env_u64("JUSTIFY_FUZZ_SEED").unwrap_or(0x5EED);
    let default_cases = env_u64("JUSTIFY_FUZZ_CASES").unwrap_or(2000) as u32;

    // Panics inside catch_unwind are expected to be reported by us, not printed by the hook.
    let previous_hook = panic::take_hook();
    panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "<non-string payload>".into());
        let loc = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg} at {loc}")));
    }));

    let tried = AtomicU64::new(0);
    let valid = AtomicU64::new(0);
    let formatted = AtomicU64::new(0);
    let bytes = AtomicU64::new(0);
    let strategy = (0..n_files, prop::collection::vec(mutation(), 1..6));
    let started = Instant::now();
    let mut batch = 0u64;
    let mut failure: Option<(String, String, usize, Vec<Mutation>)> = None;

    loop {
        let cases = if budget.is_some() { 500 } else { default_cases };
        let config = Config {
            cases,
            failure_persistence: None,
            max_shrink_iters: 2_000,
            max_shrink_time: 60_000,
            ..Config::default()
        };
        let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes(base_seed + batch));
        let mut runner = TestRunner::new_with_rng(config, rng);
        let result = runner.run(&strategy, |(file, muts)| {
            let text = mutate::apply(
                &corpus.files,
                file,
                &muts,
                &Tokens {
                    tokens: TOKENS,
                    benign: &[],
                },
            );
            tried.fetch_add(1, Ordering::Relaxed);
            bytes.fetch_add(text.len() as u64, Ordering::Relaxed);
            match exercise(&text) {
                Ok(o) => {
                    valid.fetch_add(o.valid as u64, Ordering::Relaxed);
                    formatted.fetch_add(o.formatted as u64, Ordering::Relaxed);
                    Ok(())
                }
                Err(msg) => Err(TestCaseError::fail(msg)),
            }
        });
        batch += 1;
        match result {
            Ok(()) => {}
            Err(TestError::Fail(reason, (file, muts))) => {
                let text = mutate::apply(
                    &corpus.files,
                    file,
                    &muts,
                    &Tokens {
                        tokens: TOKENS,
                        benign: &[],
                    },
                );
                failure = Some((reason.to_string(), text, file, muts));
                break;
            }
            Err(TestError::Abort(reason)) => panic!("proptest aborted: {reason}"),
        }
        match budget {
            Some(b) if started.elapsed() < b => continue,
            _ => break,
        }
    }

    let elapsed = started.elapsed();
    let tried = tried.load(Ordering::Relaxed);
    println!(
        "fuzz_mutations: {tried} inputs in {:.1}s ({:.0}/s, {} batches, seed {base_seed:#x}, \
         {n_files} corpus files, {:.1} MB of text); {} validated clean, {} formatted; {}",
        elapsed.as_secs_f64(),
        tried as f64 / elapsed.as_secs_f64().max(1e-9),
        batch,
        bytes.load(Ordering::Relaxed) as f64 / 1e6,
        valid.load(Ordering::Relaxed),
        formatted.load(Ordering::Relaxed),
        if failure.is_some() {
            "PANIC FOUND"
        } else {
            "0 panics"
        }
    );

    if let Some((reason, text, file, muts)) = failure {
        let minimal = minimise(&text, Instant::now() + Duration::from_secs(60));
        let minimal_reason = exercise(&minimal).err().unwrap_or_default();
        panic::set_hook(previous_hook);
        let dir = failures_dir();
        let _ = std::fs::create_dir_all(&dir);
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or(0);
        let shrunk_path = dir.join(format!("{stamp}-shrunk.prisma"));
        let minimal_path = dir.join(format!("{stamp}-minimal.prisma"));
        let _ = std::fs::write(&shrunk_path, &text);
        let _ = std::fs::write(&minimal_path, &minimal);
        panic!(
            "input panicked: {reason}\n  base file: {}\n  mutations: {muts:?}\n  saved: {}\n\
             minimal input ({} bytes, saved: {}): {minimal:?}\n  minimal panic: {minimal_reason}",
            corpus.files[file].0,
            shrunk_path.display(),
            minimal.len(),
            minimal_path.display(),
        );
    }
    panic::set_hook(previous_hook);
}
