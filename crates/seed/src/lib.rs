//! # justify-seed — fixtures into a database
//!
//! ```text
//! fixture files (YAML/JSON) ──load_sources──▶ SourceSet ──check(schema)──▶ Plan ──seed──▶ PostgreSQL
//!                                                 │                          (one transaction)
//!                                                 └──▶ Diagnostics (file:line:col, all at once)
//! ```
//!
//! - [`check`]: every row against the validated model (models, fields, types, enums, labels,
//!   required fields, unique keys inside the fixtures); nothing is written unless it is clean.
//! - [`load::seed`]: client-side defaults already applied by `check` (deterministic ids, so a
//!   second run meets the same rows), tables in foreign-key order, cycles closed by a later
//!   `UPDATE`, idempotent upserts, sequences moved past explicit ids, all in ONE transaction.
//!
//! Values are always bound parameters (one `jsonb` per batch); identifiers go through
//! `justify_sql::sql_text`.

pub mod check;
pub mod load;
pub mod plan;
pub mod values;
pub mod yaml;

pub use check::{check, check_at};
pub use load::{seed, seed_blocking, Options, Report, SeedError};
pub use plan::Plan;

use justify_psl::SourceSet;
use std::path::{Path, PathBuf};

/// File extensions read as fixtures.
pub const EXTENSIONS: [&str; 3] = ["yaml", "yml", "json"];

/// Reads fixtures: one file, or every `.yaml`/`.yml`/`.json` file under a folder (sorted by path).
/// Several paths may be given; their files are read in the order given.
pub fn load_sources(paths: &[PathBuf]) -> std::io::Result<SourceSet> {
    let mut set = SourceSet::default();
    for path in paths {
        let mut files = Vec::new();
        if path.is_dir() {
            collect(path, &mut files)?;
            files.sort();
            if files.is_empty() {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    format!("no .yaml, .yml or .json fixtures in {}", path.display()),
                ));
            }
        } else {
            files.push(path.clone());
        }
        for f in files {
            let text = std::fs::read_to_string(&f).map_err(|e| {
                std::io::Error::new(e.kind(), format!("reading {}: {e}", f.display()))
            })?;
            set.add(f.display().to_string(), text);
        }
    }
    Ok(set)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.is_dir() {
            collect(&p, out)?;
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e))
        {
            out.push(p);
        }
    }
    Ok(())
}
