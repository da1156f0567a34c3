//! `migrate deploy`: apply the pending migrations of a folder, as Prisma Migrate does, so that
//! justify-schema and Prisma can take turns on the same database.
//!
//! * **Mutual exclusion** — everything happens under the session advisory lock `72707369`, the
//!   key Prisma's schema engine uses, so two deploys (ours or Prisma's) never interleave. The lock
//!   is taken by polling `pg_try_advisory_lock` until [`DeployOptions::lock_timeout`] (Prisma waits
//!   10 s), so a timed-out wait cannot leave a lock granted behind our back; it is released at the
//!   end, on error too (and by the server if the connection dies).
//! * **Refusals** (nothing applied): a failed migration is recorded (resolve it first); an
//!   applied migration's `migration.sql` changed (checksum, line-ending tolerant) or its directory
//!   is gone. Prisma's own `deploy` only refuses the first; the other two are drift it leaves to
//!   `migrate dev`, but a production deploy over an edited history is exactly what should stop.
//!   [`DeployOptions`] can relax them to Prisma's behaviour.
//! * **Execution** — each pending migration's whole file is sent as *one* simple-query batch,
//!   exactly as Prisma's engine does, so PostgreSQL parses it: `DO $$ … $$` blocks, functions,
//!   `CREATE EXTENSION` and data updates just work, a multi-statement file runs in one implicit
//!   transaction (atomic), and a file holding a lone `CREATE INDEX CONCURRENTLY` runs outside
//!   any transaction, as that statement requires. The `_prisma_migrations` row is written
//!   outside that transaction: inserted before, marked finished or failed after.
//! * **Failure** — the row keeps the error in `logs` with the failing statement's text and line:
//!   the statement is the one after the last `CommandComplete` the server sent (or the one at the
//!   error's position), located with [`crate::script`]. Deploy stops there.

use std::pin::pin;
use std::time::{Duration, Instant};

use futures_core::Stream;
use serde::Serialize;
use tokio_postgres::{Client, SimpleQueryMessage};

use crate::connection::{error_text, Connection, ConnectionSummary};
use crate::folder::{FolderError, MigrationDir, MigrationsFolder};
use crate::history::{self, HistoryError, MigrationRecord};
use crate::script;

/// Prisma's advisory lock key (`pg_advisory_lock(72707369)` in its schema engine).
pub const ADVISORY_LOCK_KEY: i64 = 72_707_369;

/// How `deploy` behaves.
#[derive(Debug, Clone)]
pub struct DeployOptions {
    /// How long to wait for the advisory lock. Prisma: 10 s.
    pub lock_timeout: Duration,
    /// Refuse when an applied migration's file changed. Prisma's deploy does not check.
    pub refuse_modified: bool,
    /// Refuse when an applied migration's directory is missing. Prisma's deploy does not check.
    pub refuse_missing: bool,
}

impl Default for DeployOptions {
    fn default() -> Self {
        DeployOptions {
            lock_timeout: Duration::from_secs(10),
            refuse_modified: true,
            refuse_missing: true,
        }
    }
}

/// A migration recorded as failed, as reported in a refusal.
#[derive(Debug, Clone, Serialize)]
pub struct FailedRecord {
    pub migration_name: String,
    pub started_at: String,
    pub logs: Option<String>,
}

impl From<&MigrationRecord> for FailedRecord {
    fn from(r: &MigrationRecord) -> Self {
        FailedRecord {
            migration_name: r.migration_name.clone(),
            started_at: r.started_at.clone(),
            logs: r.logs.clone(),
        }
    }
}

/// Where and why a migration failed.
#[derive(Debug, Clone, Serialize)]
pub struct MigrationFailure {
    pub migration_name: String,
    /// 1-based index of the failing statement in the file, when known.
    pub statement_index: Option<usize>,
    /// The failing statement's text, when known.
    pub statement: Option<String>,
    /// 1-based line in `migration.sql`: the error position's, else the statement's first line.
    pub line: Option<usize>,
    /// The server's message (severity, text, SQLSTATE, detail, hint).
    pub error: String,
    /// SQLSTATE, when the server sent one.
    pub code: Option<String>,
}

impl std::fmt::Display for MigrationFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "migration `{}` failed", self.migration_name)?;
        match (self.statement_index, self.line) {
            (Some(n), Some(l)) => write!(f, " at statement {n} (line {l} of migration.sql)")?,
            (None, Some(l)) => write!(f, " at line {l} of migration.sql")?,
            (Some(n), None) => write!(f, " at statement {n}")?,
            (None, None) => {}
        }
        write!(f, ": {}", self.error)?;
        if let Some(stmt) = &self.statement {
            write!(f, "\n\nFailing statement:\n{stmt}")?;
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DeployError {
    #[error(transparent)]
    Connection(#[from] crate::connection::ConnectionError),
    #[error(transparent)]
    Folder(#[from] FolderError),
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error(
        "timed out after {waited_ms} ms waiting for the migration lock \
         (pg_advisory_lock(72707369)): another deploy, by justify-schema or Prisma, is running"
    )]
    LockTimeout { waited_ms: u128 },
    #[error("cannot take or release the migration lock: {message}")]
    Lock { message: String },
    #[error(
        "found failed migrations in the database, new migrations will not be applied: {}. \
         Fix the migration, then mark it with `migrate resolve --rolled-back <name>` (if its \
         changes were undone) or `--applied <name>` (if they were completed by hand)",
        .migrations.iter().map(|m| format!("`{}` (started at {})", m.migration_name, m.started_at)).collect::<Vec<_>>().join(", ")
    )]
    FailedMigrations { migrations: Vec<FailedRecord> },
    #[error(
        "the migration file of applied migrations was changed since it was applied: {}; \
         restore the original file (changes belong in a new migration)",
        .names.join(", ")
    )]
    ModifiedMigrations { names: Vec<String> },
    #[error(
        "applied migrations are missing from the migrations folder: {}; restore their directories",
        .names.join(", ")
    )]
    MissingMigrations { names: Vec<String> },
    #[error("{path}: migration.sql is not valid UTF-8")]
    NotUtf8 { path: std::path::PathBuf },
    #[error("{0}")]
    MigrationFailed(Box<MigrationFailure>),
}

/// One applied migration.
#[derive(Debug, Clone, Serialize)]
pub struct AppliedMigration {
    pub name: String,
    pub checksum: String,
    pub duration_ms: f64,
}

/// What `deploy` did.
#[derive(Debug, Clone, Serialize)]
pub struct DeployReport {
    pub connection: ConnectionSummary,
    /// Whether `_prisma_migrations` was created by this run.
    pub history_table_created: bool,
    /// How many migrations of the folder were already applied.
    pub already_applied: usize,
    /// The migrations applied by this run, in order.
    pub applied: Vec<AppliedMigration>,
    pub lock_wait_ms: f64,
    pub duration_ms: f64,
}

impl DeployReport {
    pub fn applied_names(&self) -> Vec<&str> {
        self.applied.iter().map(|m| m.name.as_str()).collect()
    }
}

/// Takes Prisma's advisory lock on this session, waiting at most `timeout`.
pub async fn acquire_lock(client: &Client, timeout: Duration) -> Result<Duration, DeployError> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(10);
    loop {
        let got: bool = client
            .query_one("SELECT pg_try_advisory_lock($1)", &[&ADVISORY_LOCK_KEY])
            .await
            .map_err(|e| DeployError::Lock {
                message: error_text(&e),
            })?
            .get(0);
        if got {
            return Ok(start.elapsed());
        }
        if start.elapsed() >= timeout {
            return Err(DeployError::LockTimeout {
                waited_ms: start.elapsed().as_millis(),
            });
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(Duration::from_millis(200));
    }
}

/// Releases the advisory lock taken by [`acquire_lock`].
pub async fn release_lock(client: &Client) -> Result<(), DeployError> {
    client
        .query_one("SELECT pg_advisory_unlock($1)", &[&ADVISORY_LOCK_KEY])
        .await
        .map_err(|e| DeployError::Lock {
            message: error_text(&e),
        })?;
    Ok(())
}

/// Applies the pending migrations of `folder` to the connection's schema.
pub async fn deploy(
    conn: &Connection,
    folder: &MigrationsFolder,
    options: &DeployOptions,
) -> Result<DeployReport, DeployError> {
    let started = Instant::now();
    folder.validate_lock()?;
    let migrations = folder.list()?;
    for m in &migrations {
        if std::str::from_utf8(&m.script).is_err() {
            return Err(DeployError::NotUtf8 {
                path: m.path.join(crate::folder::MIGRATION_FILE_NAME),
            });
        }
    }
    let client = conn.client();
    let lock_wait = acquire_lock(client, options.lock_timeout).await?;
    let result = deploy_locked(conn, &migrations, options).await;
    let released = release_lock(client).await;
    let (history_table_created, already_applied, applied) = result?;
    released?;
    Ok(DeployReport {
        connection: conn.summary(),
        history_table_created,
        already_applied,
        applied,
        lock_wait_ms: ms(lock_wait),
        duration_ms: ms(started.elapsed()),
    })
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// What the history says about the folder.
pub(crate) struct Diagnosis<'a> {
    pub failed: Vec<&'a MigrationRecord>,
    pub modified: Vec<String>,
    pub missing: Vec<String>,
    pub applied: Vec<String>,
    pub pending: Vec<&'a MigrationDir>,
}

/// Compares the history with the folder (the shared core of `deploy` and `status`).
pub(crate) fn diagnose<'a>(
    records: &'a [MigrationRecord],
    migrations: &'a [MigrationDir],
) -> Diagnosis<'a> {
    let failed: Vec<&MigrationRecord> = records.iter().filter(|r| r.is_failed()).collect();
    let mut modified = Vec::new();
    let mut missing = Vec::new();
    let mut applied = Vec::new();
    for r in records.iter().filter(|r| r.is_applied()) {
        if applied.contains(&r.migration_name) {
            continue;
        }
        applied.push(r.migration_name.clone());
        match migrations.iter().find(|m| m.name == r.migration_name) {
            None => missing.push(r.migration_name.clone()),
            Some(m) if !m.matches_checksum(&r.checksum) => modified.push(r.migration_name.clone()),
            Some(_) => {}
        }
    }
    let pending = migrations
        .iter()
        .filter(|m| !applied.contains(&m.name))
        .collect();
    Diagnosis {
        failed,
        modified,
        missing,
        applied,
        pending,
    }
}

async fn deploy_locked(
    conn: &Connection,
    migrations: &[MigrationDir],
    options: &DeployOptions,
) -> Result<(bool, usize, Vec<AppliedMigration>), DeployError> {
    let client = conn.client();
    let created = history::ensure_table(client, conn.schema()).await?;
    let records = history::read(client).await?;
    let d = diagnose(&records, migrations);
    if !d.failed.is_empty() {
        return Err(DeployError::FailedMigrations {
            migrations: d.failed.iter().map(|r| FailedRecord::from(*r)).collect(),
        });
    }
    if options.refuse_modified && !d.modified.is_empty() {
        return Err(DeployError::ModifiedMigrations { names: d.modified });
    }
    if options.refuse_missing && !d.missing.is_empty() {
        return Err(DeployError::MissingMigrations { names: d.missing });
    }
    let already_applied = migrations.len() - d.pending.len();
    let mut applied = Vec::with_capacity(d.pending.len());
    let last = d.pending.len().saturating_sub(1);
    for (i, m) in d.pending.into_iter().enumerate() {
        let t = Instant::now();
        apply_one(client, m, i == last).await?;
        applied.push(AppliedMigration {
            name: m.name.clone(),
            checksum: m.checksum.clone(),
            duration_ms: ms(t.elapsed()),
        });
    }
    Ok((created, already_applied, applied))
}

/// Runs one migration and records it in `_prisma_migrations`.
/// `last`: the final migration of a run, whose `finished` mark must reach the disk before deploy
/// returns (earlier ones are flushed by the next migration's commit).
pub(crate) async fn apply_one(
    client: &Client,
    m: &MigrationDir,
    last: bool,
) -> Result<(), DeployError> {
    let sql = std::str::from_utf8(&m.script).map_err(|_| DeployError::NotUtf8 {
        path: m.path.join(crate::folder::MIGRATION_FILE_NAME),
    })?;
    let id = history::insert_started(client, &m.name, &m.checksum).await?;
    match run_script(client, sql).await {
        Ok(()) => {
            history::mark_finished(client, &id, last).await?;
            Ok(())
        }
        Err((completed, e)) => {
            let failure = describe_failure(&m.name, sql, completed, &e);
            history::mark_failed(client, &id, &failure.to_string()).await?;
            Err(DeployError::MigrationFailed(Box::new(failure)))
        }
    }
}

/// Sends `sql` as one simple query (like `batch_execute`), counting completed statements so a
/// failure can be located.
async fn run_script(client: &Client, sql: &str) -> Result<(), (usize, tokio_postgres::Error)> {
    let stream = client.simple_query_raw(sql).await.map_err(|e| (0, e))?;
    let mut stream = pin!(stream);
    let mut completed = 0usize;
    loop {
        let next = std::future::poll_fn(|cx| stream.as_mut().poll_next(cx)).await;
        match next {
            None => return Ok(()),
            Some(Ok(SimpleQueryMessage::CommandComplete(_))) => completed += 1,
            Some(Ok(_)) => {}
            Some(Err(e)) => return Err((completed, e)),
        }
    }
}

fn describe_failure(
    name: &str,
    sql: &str,
    completed: usize,
    e: &tokio_postgres::Error,
) -> MigrationFailure {
    let statements = script::split_statements(sql);
    let position = e.as_db_error().and_then(|db| match db.position() {
        Some(tokio_postgres::error::ErrorPosition::Original(p)) => {
            script::byte_of_char_position(sql, *p)
        }
        _ => None,
    });
    let index = match position {
        Some(byte) => script::statement_at(&statements, byte),
        None => (completed < statements.len()).then_some(completed),
    };
    let line = match (position, index) {
        (Some(byte), _) => Some(script::line_of(sql, byte)),
        (None, Some(i)) => statements.get(i).map(|s| s.line),
        (None, None) => None,
    };
    MigrationFailure {
        migration_name: name.to_string(),
        statement_index: index.map(|i| i + 1),
        statement: index
            .and_then(|i| statements.get(i))
            .map(|s| s.text(sql).to_string()),
        line,
        error: error_text(e),
        code: e.code().map(|c| c.code().to_string()),
    }
}
