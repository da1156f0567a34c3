//! `migrate status`: how the migrations folder and `_prisma_migrations` compare, read-only (no
//! lock, no table created), so it is safe to run against production at any time.
//!
//! With [`StatusOptions::check_drift`] it also checks the schema itself: the applied migrations
//! are replayed into a shadow database ([`crate::shadow`], as `migrate dev` does) and what they
//! produce is compared with the database; every difference is listed in
//! [`StatusReport::drift`]. That is opt-in: it creates (and drops) a temporary database on the
//! server, which needs `CREATEDB`, or wipes the given shadow database.

use serde::Serialize;

use crate::connection::{Connection, ConnectionSummary};
use crate::deploy::{diagnose, FailedRecord};
use crate::folder::{FolderError, MigrationsFolder};
use crate::history::{self, HistoryError};
use crate::introspect::IntrospectError;
use crate::shadow::{read_schema, Shadow, ShadowError, ShadowSummary};
use justify_sql::render::{render_script, summary::summary};

#[derive(Debug, thiserror::Error)]
pub enum StatusError {
    #[error(transparent)]
    Folder(#[from] FolderError),
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error("drift check: {0}")]
    Shadow(#[from] ShadowError),
    #[error("drift check: {0}")]
    Introspect(#[from] IntrospectError),
    #[error("the drift check needs the database URL (StatusOptions::url)")]
    NoUrl,
}

/// What `status` checks besides the history.
#[derive(Debug, Clone, Default)]
pub struct StatusOptions {
    /// Replay the applied migrations into a shadow database and compare it with the database.
    pub check_drift: bool,
    /// The database's URL (the shadow database is created beside it); needed for the drift check.
    pub url: Option<String>,
    /// A given shadow database (`SHADOW_DATABASE_URL`, `shadowDatabaseUrl`); else a temporary one.
    pub shadow_database_url: Option<String>,
    /// The schemas the model uses (`SqlSchema::namespaces`); empty: the URL's schema only.
    pub namespaces: Vec<String>,
}

/// The state of the migration history.
#[derive(Debug, Clone, Serialize)]
pub struct StatusReport {
    pub connection: ConnectionSummary,
    /// Whether `_prisma_migrations` exists at all.
    pub history_table_exists: bool,
    /// Migrations of the folder, in order.
    pub local_migrations: usize,
    /// Applied (finished, not rolled back), in history order.
    pub applied: Vec<String>,
    /// In the folder, not applied, in folder order.
    pub pending: Vec<String>,
    /// Recorded as failed (blocks `deploy`).
    pub failed: Vec<FailedRecord>,
    /// Applied, but `migration.sql` no longer has the recorded checksum.
    pub modified: Vec<String>,
    /// Applied, but missing from the folder.
    pub missing: Vec<String>,
    /// Whether the schema was checked for drift ([`StatusOptions::check_drift`]).
    pub drift_checked: bool,
    /// How the database differs from what its applied migrations produce, one line per step
    /// (from the migrations' schema to the database's). Empty when not checked.
    pub drift: Vec<String>,
    /// The same as SQL (what would turn the migrations' schema into the database's).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub drift_script: String,
    /// The shadow database used for the drift check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shadow: Option<ShadowSummary>,
}

impl StatusReport {
    /// Nothing pending, failed, modified or missing, and no drift (when checked).
    pub fn is_up_to_date(&self) -> bool {
        self.pending.is_empty()
            && self.failed.is_empty()
            && self.modified.is_empty()
            && self.missing.is_empty()
            && self.drift.is_empty()
    }
}

/// Compares `folder` with the connection's `_prisma_migrations` (no drift check).
pub async fn status(
    conn: &Connection,
    folder: &MigrationsFolder,
) -> Result<StatusReport, StatusError> {
    status_with(conn, folder, &StatusOptions::default()).await
}

/// Compares `folder` with the connection's `_prisma_migrations` and, with
/// [`StatusOptions::check_drift`], the database's schema with what its applied migrations
/// produce.
pub async fn status_with(
    conn: &Connection,
    folder: &MigrationsFolder,
    options: &StatusOptions,
) -> Result<StatusReport, StatusError> {
    folder.validate_lock()?;
    let migrations = folder.list()?;
    let client = conn.client();
    let history_table_exists = history::table_exists(client).await?;
    let records = history::read(client).await?;
    let d = diagnose(&records, &migrations);
    let mut report = StatusReport {
        connection: conn.summary(),
        history_table_exists,
        local_migrations: migrations.len(),
        applied: d.applied,
        pending: d.pending.iter().map(|m| m.name.clone()).collect(),
        failed: d.failed.iter().map(|r| FailedRecord::from(*r)).collect(),
        modified: d.modified,
        missing: d.missing,
        drift_checked: false,
        drift: Vec::new(),
        drift_script: String::new(),
        shadow: None,
    };
    if !options.check_drift {
        return Ok(report);
    }
    let url = options.url.as_deref().ok_or(StatusError::NoUrl)?;
    let shadow = Shadow::open(
        conn,
        url,
        options.shadow_database_url.as_deref(),
        &options.namespaces,
    )
    .await?;
    // The migrations the database says it has, in folder order (as `migrate dev` replays them).
    let applied: Vec<_> = migrations
        .iter()
        .filter(|m| report.applied.contains(&m.name))
        .collect();
    let compared = async {
        shadow.replay(&applied).await?;
        let expected = read_schema(shadow.connection(), &options.namespaces).await?;
        let live = read_schema(conn, &options.namespaces).await?;
        Ok::<_, StatusError>(justify_sql::diff::diff(&expected, &live))
    }
    .await;
    report.shadow = Some(shadow.summary());
    let closed = shadow.close(conn).await;
    let diff = compared?;
    closed?;
    report.drift_checked = true;
    report.drift = diff.steps.iter().map(summary).collect();
    if !diff.is_empty() {
        report.drift_script = render_script(&diff.steps);
    }
    Ok(report)
}
