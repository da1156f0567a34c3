//! `migrate dev`: the development loop — check the database against the migrations, apply what is
//! pending, and write (then apply) the migration that takes the migrations to the schema file.
//!
//! 1. The migrations folder is replayed into a **shadow database** ([`crate::shadow`]).
//! 2. **Drift**: the development database's `_prisma_migrations` must hold no failed, modified or
//!    unknown migration, and its schema must be exactly what its applied migrations produce (the
//!    shadow after replaying those). Otherwise the database has to be reset: the
//!    [`Prompter`] is asked on a terminal; without one, `dev` refuses ([`DevError::Drift`]).
//! 3. Pending migrations are applied ([`crate::deploy`]).
//! 4. The shadow (every migration replayed) is diffed against the lowered schema. Nothing →
//!    "already in sync", nothing written (unless `create_only`, which writes an empty migration
//!    for hand-written SQL, as Prisma does).
//! 5. **Renames** ([`crate::rename`]): each dropped/added pair of the same shape is asked about
//!    (or answered by `renames`); a confirmed one is an in-place `RENAME`, not drop + add.
//! 6. **Warnings** (data loss, steps that may fail) must be confirmed, or `accept_data_loss`.
//! 7. The script is tried on the shadow, then written as `<UTC ts>_<name>/migration.sql`
//!    (with `migration_lock.toml`) and, unless `create_only`, applied.
//!
//! The temporary shadow database is dropped at the end, on error too.

use serde::Serialize;

use crate::connection::{Connection, ConnectionError, ConnectionSummary};
use crate::deploy::{deploy, diagnose, DeployError, DeployOptions, FailedRecord};
use crate::folder::{FolderError, MigrationsFolder};
use crate::history::{self, HistoryError};
use crate::introspect::IntrospectError;
use crate::rename::{self, Rename, RenameAnswer};
use crate::reset::{drop_schemas, schemas_to_reset, ResetError};
use crate::shadow::{read_schema, Shadow, ShadowError, ShadowSummary};
use justify_sql::render::{render_migration, render_script, summary::summary};
use justify_sql::steps::Warning;
use justify_sql::SqlSchema;

/// The questions `dev` may ask. The CLI answers them on a terminal; tests and scripts use
/// [`NonInteractive`].
pub trait Prompter {
    /// Whether questions can be asked at all.
    fn is_interactive(&self) -> bool;
    /// A yes/no question (default no).
    fn confirm(&mut self, question: &str) -> bool;
    /// The new migration's name (`None`: use the default).
    fn migration_name(&mut self) -> Option<String>;
}

/// Asks nothing: every question is answered by the options, or refused.
#[derive(Debug, Clone, Copy, Default)]
pub struct NonInteractive;

impl Prompter for NonInteractive {
    fn is_interactive(&self) -> bool {
        false
    }
    fn confirm(&mut self, _question: &str) -> bool {
        false
    }
    fn migration_name(&mut self) -> Option<String> {
        None
    }
}

/// The name used when none is given and none can be asked.
pub const DEFAULT_MIGRATION_NAME: &str = "migration";

#[derive(Debug, Clone, Default)]
pub struct DevOptions {
    /// The new migration's name (`--name`).
    pub name: Option<String>,
    /// Write the migration, do not apply it (`--create-only`).
    pub create_only: bool,
    /// Accept steps with warnings without asking (`--accept-data-loss`).
    pub accept_data_loss: bool,
    /// Renames answered up front (`--rename`), in database names.
    pub renames: Vec<RenameAnswer>,
    /// A given shadow database (`SHADOW_DATABASE_URL`, `shadowDatabaseUrl`); else a temporary one.
    pub shadow_database_url: Option<String>,
    pub deploy: DeployOptions,
}

#[derive(Debug, thiserror::Error)]
pub enum DevError {
    #[error(transparent)]
    Connection(#[from] ConnectionError),
    #[error(transparent)]
    Folder(#[from] FolderError),
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error(transparent)]
    Introspect(#[from] IntrospectError),
    #[error(transparent)]
    Shadow(#[from] ShadowError),
    #[error(transparent)]
    Deploy(#[from] DeployError),
    #[error(transparent)]
    Reset(#[from] ResetError),
    #[error("{0}\nThe database must be reset (all its data is lost): run `migrate reset`, then `migrate dev` again")]
    Drift(Box<DriftReport>),
    #[error(
        "the migration has warnings and was not created:\n{}\nRun from a terminal to confirm, or \
         pass --accept-data-loss",
        .warnings.iter().map(|w| format!("  - {}", w.message)).collect::<Vec<_>>().join("\n")
    )]
    DataLoss { warnings: Vec<Warning> },
    #[error(
        "--rename {} matches no dropped and added pair of the same shape; the candidates are: {}",
        .answers.join(", "),
        if .candidates.is_empty() { "none".to_string() } else { .candidates.join(", ") }
    )]
    UnusedRename {
        answers: Vec<String>,
        candidates: Vec<String>,
    },
    #[error("aborted: {0}; nothing was written")]
    Aborted(String),
    #[error("the new migration does not apply to the shadow database, so it was not written: {0}")]
    Unapplicable(ShadowError),
}

/// Why the development database needs a reset.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DriftReport {
    /// Recorded as failed.
    pub failed: Vec<FailedRecord>,
    /// Applied, but their `migration.sql` changed since.
    pub modified: Vec<String>,
    /// Applied, but not in the migrations folder.
    pub missing: Vec<String>,
    /// What differs between the applied migrations and the database, one line per step (from
    /// what the migrations produce to what the database is).
    pub schema_changes: Vec<String>,
    /// The same as SQL.
    pub schema_script: String,
}

impl DriftReport {
    pub fn is_empty(&self) -> bool {
        self.failed.is_empty()
            && self.modified.is_empty()
            && self.missing.is_empty()
            && self.schema_changes.is_empty()
    }
}

impl std::fmt::Display for DriftReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "Drift detected: the database is not what its migration history says it is."
        )?;
        for r in &self.failed {
            writeln!(f, "- migration `{}` failed", r.migration_name)?;
        }
        for m in &self.modified {
            writeln!(f, "- migration `{m}` was modified after it was applied")?;
        }
        for m in &self.missing {
            writeln!(
                f,
                "- migration `{m}` is applied but missing from the migrations folder"
            )?;
        }
        if !self.schema_changes.is_empty() {
            writeln!(f, "- the database schema differs from the migrations:")?;
            for c in &self.schema_changes {
                writeln!(f, "    {c}")?;
            }
        }
        Ok(())
    }
}

/// The migration `dev` wrote.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedMigration {
    pub name: String,
    pub path: std::path::PathBuf,
    pub steps: Vec<String>,
    pub warnings: Vec<Warning>,
    /// The confirmed renames, done in place.
    pub renames: Vec<Rename>,
    pub script: String,
    /// Whether it was applied (not with `create_only`).
    pub applied: bool,
}

/// What `dev` did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DevReport {
    pub connection: ConnectionSummary,
    pub shadow: ShadowSummary,
    /// Drift found (the database was then reset, with consent).
    pub drift: Option<DriftReport>,
    /// Whether the database was reset.
    pub reset: bool,
    /// Migrations of the folder applied before creating (pending ones; all of them after a reset).
    pub applied: Vec<String>,
    /// The new migration, if one was written.
    pub created: Option<CreatedMigration>,
    /// The migrations already produce the schema: nothing was written.
    pub in_sync: bool,
}

/// Runs `migrate dev` on the database at `url` for the lowered schema `target`.
pub async fn dev(
    url: &str,
    folder: &MigrationsFolder,
    target: &SqlSchema,
    options: &DevOptions,
    prompter: &mut (dyn Prompter + Send),
) -> Result<DevReport, DevError> {
    folder.validate_lock()?;
    folder.list()?;
    let conn = Connection::connect(url).await?;
    let shadow = Shadow::open(
        &conn,
        url,
        options.shadow_database_url.as_deref(),
        &target.namespaces,
    )
    .await?;
    let result = dev_with_shadow(&conn, &shadow, folder, target, options, prompter).await;
    let closed = shadow.close(&conn).await;
    let report = result?;
    closed?;
    Ok(report)
}

async fn dev_with_shadow(
    conn: &Connection,
    shadow: &Shadow,
    folder: &MigrationsFolder,
    target: &SqlSchema,
    options: &DevOptions,
    prompter: &mut (dyn Prompter + Send),
) -> Result<DevReport, DevError> {
    let migrations = folder.list()?;
    let records = history::read(conn.client()).await?;
    let d = diagnose(&records, &migrations);

    // The migrations the database says it has, replayed in folder order.
    let (applied, pending): (Vec<_>, Vec<_>) =
        migrations.iter().partition(|m| d.applied.contains(&m.name));
    shadow.replay(&applied).await?;
    let shadow_applied = read_schema(shadow.connection(), &target.namespaces).await?;
    let live = read_schema(conn, &target.namespaces).await?;
    let drift_diff = justify_sql::diff::diff(&shadow_applied, &live);
    let drift = DriftReport {
        failed: d.failed.iter().map(|r| FailedRecord::from(*r)).collect(),
        modified: d.modified.clone(),
        missing: d.missing.clone(),
        schema_changes: drift_diff.steps.iter().map(summary).collect(),
        schema_script: if drift_diff.is_empty() {
            String::new()
        } else {
            render_script(&drift_diff.steps)
        },
    };
    let mut reset = false;
    if !drift.is_empty() {
        let question = format!(
            "{drift}\nWe need to reset the schema(s) {} of {}: all data will be lost. Continue?",
            schemas_to_reset(conn, &target.namespaces).join(", "),
            conn.redacted_url()
        );
        if !(prompter.is_interactive() && prompter.confirm(&question)) {
            return Err(DevError::Drift(Box::new(drift)));
        }
        drop_schemas(conn, &schemas_to_reset(conn, &target.namespaces)).await?;
        reset = true;
    }
    shadow.replay(&pending).await?;

    let deployed = deploy(conn, folder, &options.deploy).await?;
    let applied_names = deployed.applied.iter().map(|m| m.name.clone()).collect();

    let from = read_schema(shadow.connection(), &target.namespaces).await?;
    let mut report = DevReport {
        connection: conn.summary(),
        shadow: shadow.summary(),
        drift: (!drift.is_empty()).then_some(drift),
        reset,
        applied: applied_names,
        created: None,
        in_sync: false,
    };
    let plain = justify_sql::diff::diff(&from, target);
    if plain.is_empty() && !options.create_only {
        report.in_sync = true;
        return Ok(report);
    }

    // Renames: answered up front, else asked.
    let candidates = rename::candidates(&from, target);
    let mut used = vec![false; options.renames.len()];
    let renames = rename::select(&candidates, |c| {
        if let Some(i) = options.renames.iter().position(|a| c.matches(a)) {
            used[i] = true;
            return true;
        }
        prompter.is_interactive() && prompter.confirm(&c.question())
    });
    let unused: Vec<String> = options
        .renames
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(a, _)| a.to_string())
        .collect();
    if !unused.is_empty() {
        return Err(DevError::UnusedRename {
            answers: unused,
            candidates: candidates.iter().map(Rename::answer_text).collect(),
        });
    }
    let migration = rename::diff_with_renames(&from, target, &renames);

    if !migration.warnings.is_empty() && !options.accept_data_loss {
        let question = format!(
            "The migration has warnings:\n{}\nAre you sure you want to create and apply it?",
            migration
                .warnings
                .iter()
                .map(|w| format!("  - {}", w.message))
                .collect::<Vec<_>>()
                .join("\n")
        );
        if !prompter.is_interactive() {
            return Err(DevError::DataLoss {
                warnings: migration.warnings,
            });
        }
        if !prompter.confirm(&question) {
            return Err(DevError::Aborted("the warnings were not accepted".into()));
        }
    }

    let name = match options.name.as_deref().map(str::trim) {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => prompter
            .is_interactive()
            .then(|| prompter.migration_name())
            .flatten()
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| DEFAULT_MIGRATION_NAME.to_string()),
    };
    let script = render_migration(&migration);
    shadow
        .run(&name, &script)
        .await
        .map_err(DevError::Unapplicable)?;
    let dir = folder.create_migration(&name, &script)?;
    let mut created = CreatedMigration {
        name: dir.name.clone(),
        path: dir.path.clone(),
        steps: migration.steps.iter().map(summary).collect(),
        warnings: migration.warnings.clone(),
        renames,
        script,
        applied: false,
    };
    if !options.create_only {
        let applied = deploy(conn, folder, &options.deploy).await?;
        created.applied = applied.applied.iter().any(|m| m.name == dir.name);
    }
    report.created = Some(created);
    Ok(report)
}
