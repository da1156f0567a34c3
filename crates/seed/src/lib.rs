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
//!   Relations by label, by unique criterion (`{ email: … }`: a fixture row, else a database row
//!   looked up at load time, [`plan::LookupPlan`]), or by nesting child rows under the parent's
//!   back-relation field. A referenced row whose autoincrement id the database generates gets it
//!   at load time ([`plan::GeneratedPlan`]): from the column's sequence, or, on a later run, from
//!   the database row with the same unique key.
//! - [`load::seed`]: client-side defaults already applied by `check` (deterministic ids, so a
//!   second run meets the same rows), tables in foreign-key order, cycles closed by a later
//!   `UPDATE`, idempotent upserts, sequences moved past explicit ids, all in ONE transaction;
//!   [`load::seed_with`] reports [`Progress`] per table.
//!
//! - [`template`]: `_count: N` rows with `{{n}}` templates, for load tests.
//! - [`copy`]: large groups (≥ 500 rows) go by binary `COPY` (via a staging table when rows may
//!   already exist); other groups as one bound `jsonb` parameter per batch. Before a bulk `COPY`
//!   into an empty table, its secondary indexes and outgoing foreign keys are dropped and
//!   re-created after it, in the same transaction (as `pg_restore` does).
//!
//! Values are always bound parameters (`jsonb` batches or binary `COPY` data); identifiers go
//! through `justify_sql::sql_text`.

pub mod check;
pub mod copy;
pub mod load;
pub mod plan;
pub mod template;
pub mod values;
pub mod yaml;

pub use check::{check, check_at};
pub use load::{
    seed, seed_blocking, seed_blocking_with, seed_tuned, seed_with, OnProgress, Options, Progress,
    Report, SeedError, Tuning,
};
pub use plan::Plan;

use justify_psl::SourceSet;
use std::path::{Path, PathBuf};

/// File extensions read as fixtures.
pub const EXTENSIONS: [&str; 3] = ["yaml", "yml", "json"];

/// Reads fixtures: one file, or every `.yaml`/`.yml`/`.json` file under a folder (sorted by path).
/// Several paths may be given; their files are read in the order given.
///
/// A folder's immediate subfolders are environment sets (`examples/fixtures/dev/`, `…/test/`):
/// they are skipped here, and read by [`load_env_sources`] when selected.
pub fn load_sources(paths: &[PathBuf]) -> std::io::Result<SourceSet> {
    load_env_sources(paths, None)
}

/// [`load_sources`], plus, for each folder, its subfolder `env` (after the shared files) when
/// `env` is given. A folder without that subfolder is an error, so a typo does not go unseen.
pub fn load_env_sources(paths: &[PathBuf], env: Option<&str>) -> std::io::Result<SourceSet> {
    let mut set = SourceSet::default();
    for path in paths {
        let mut files = Vec::new();
        if path.is_dir() {
            for entry in std::fs::read_dir(path)? {
                let p = entry?.path();
                if !p.is_dir() && has_extension(&p) {
                    files.push(p);
                }
            }
            files.sort();
            if let Some(env) = env {
                let dir = path.join(env);
                if !dir.is_dir() {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        format!("no fixture set `{env}`: {} is not a folder", dir.display()),
                    ));
                }
                let mut env_files = Vec::new();
                collect(&dir, &mut env_files)?;
                env_files.sort();
                files.extend(env_files);
            }
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
        } else if has_extension(&p) {
            out.push(p);
        }
    }
    Ok(())
}

fn has_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e))
}
