//! `migrate status`: how the migrations folder and `_prisma_migrations` compare, read-only (no
//! lock, no table created), so it is safe to run against production at any time.

use serde::Serialize;

use crate::connection::{Connection, ConnectionSummary};
use crate::deploy::{diagnose, FailedRecord};
use crate::folder::{FolderError, MigrationsFolder};
use crate::history::{self, HistoryError};

#[derive(Debug, thiserror::Error)]
pub enum StatusError {
    #[error(transparent)]
    Folder(#[from] FolderError),
    #[error(transparent)]
    History(#[from] HistoryError),
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
}

impl StatusReport {
    /// Nothing pending, failed, modified or missing.
    pub fn is_up_to_date(&self) -> bool {
        self.pending.is_empty()
            && self.failed.is_empty()
            && self.modified.is_empty()
            && self.missing.is_empty()
    }
}

/// Compares `folder` with the connection's `_prisma_migrations`.
pub async fn status(
    conn: &Connection,
    folder: &MigrationsFolder,
) -> Result<StatusReport, StatusError> {
    folder.validate_lock()?;
    let migrations = folder.list()?;
    let client = conn.client();
    let history_table_exists = history::table_exists(client).await?;
    let records = history::read(client).await?;
    let d = diagnose(&records, &migrations);
    Ok(StatusReport {
        connection: conn.summary(),
        history_table_exists,
        local_migrations: migrations.len(),
        applied: d.applied,
        pending: d.pending.iter().map(|m| m.name.clone()).collect(),
        failed: d.failed.iter().map(|r| FailedRecord::from(*r)).collect(),
        modified: d.modified,
        missing: d.missing,
    })
}
