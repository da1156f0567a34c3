//! `migrate resolve`: repair the history by hand, as Prisma's command of that name does.
//!
//! * `--applied NAME` records a migration as applied without running it: baselining a database
//!   that already has the schema, or a failed migration that was finished by hand (its failed
//!   rows are marked rolled back first, as Prisma does). The row carries the file's checksum and
//!   `applied_steps_count = 0`.
//! * `--rolled-back NAME` marks a failed migration rolled back, so the next `deploy` runs it
//!   again (after the file was fixed and the partial changes, if any, undone).
//!
//! Both run under the deploy lock so they never race a deploy.

use serde::Serialize;

use crate::connection::{Connection, ConnectionSummary};
use crate::deploy::{acquire_lock, release_lock, DeployError, DeployOptions};
use crate::folder::{FolderError, MigrationsFolder};
use crate::history::{self, HistoryError};

#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    #[error(transparent)]
    Folder(#[from] FolderError),
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error(transparent)]
    Lock(#[from] DeployError),
    #[error("migration `{name}` could not be found in the migrations folder")]
    NotInFolder { name: String },
    #[error("migration `{name}` is already recorded as applied in the database")]
    AlreadyApplied { name: String },
    #[error(
        "migration `{name}` cannot be rolled back because it was never applied to the database"
    )]
    NeverApplied { name: String },
    #[error("migration `{name}` cannot be rolled back because it is not in a failed state")]
    NotFailed { name: String },
}

/// What `resolve` recorded.
#[derive(Debug, Clone, Serialize)]
pub struct ResolveReport {
    pub connection: ConnectionSummary,
    pub migration_name: String,
    /// `applied` or `rolled_back`.
    pub action: &'static str,
    /// Failed rows of that migration marked rolled back on the way.
    pub rolled_back_rows: usize,
}

/// `migrate resolve --applied NAME`.
pub async fn resolve_applied(
    conn: &Connection,
    folder: &MigrationsFolder,
    name: &str,
) -> Result<ResolveReport, ResolveError> {
    folder.validate_lock()?;
    let migration = folder
        .list()?
        .into_iter()
        .find(|m| m.name == name)
        .ok_or_else(|| ResolveError::NotInFolder { name: name.into() })?;
    let client = conn.client();
    acquire_lock(client, DeployOptions::default().lock_timeout).await?;
    let result = async {
        history::ensure_table(client, conn.schema()).await?;
        let records = history::read(client).await?;
        let mine: Vec<_> = records
            .iter()
            .filter(|r| r.migration_name == name)
            .collect();
        if mine.iter().any(|r| r.is_applied()) {
            return Err(ResolveError::AlreadyApplied { name: name.into() });
        }
        let failed: Vec<_> = mine.iter().filter(|r| r.is_failed()).collect();
        for r in &failed {
            history::mark_rolled_back(client, &r.id).await?;
        }
        history::insert_applied(client, name, &migration.checksum).await?;
        Ok(failed.len())
    }
    .await;
    let released = release_lock(client).await;
    let rolled_back_rows = result?;
    released?;
    Ok(ResolveReport {
        connection: conn.summary(),
        migration_name: name.into(),
        action: "applied",
        rolled_back_rows,
    })
}

/// `migrate resolve --rolled-back NAME`.
pub async fn resolve_rolled_back(
    conn: &Connection,
    name: &str,
) -> Result<ResolveReport, ResolveError> {
    let client = conn.client();
    acquire_lock(client, DeployOptions::default().lock_timeout).await?;
    let result = async {
        let records = history::read(client).await?;
        let mine: Vec<_> = records
            .iter()
            .filter(|r| r.migration_name == name)
            .collect();
        if mine.is_empty() {
            return Err(ResolveError::NeverApplied { name: name.into() });
        }
        let failed: Vec<_> = mine.iter().filter(|r| r.is_failed()).collect();
        if failed.is_empty() {
            return Err(ResolveError::NotFailed { name: name.into() });
        }
        for r in &failed {
            history::mark_rolled_back(client, &r.id).await?;
        }
        Ok(failed.len())
    }
    .await;
    let released = release_lock(client).await;
    let rolled_back_rows = result?;
    released?;
    Ok(ResolveReport {
        connection: conn.summary(),
        migration_name: name.into(),
        action: "rolled_back",
        rolled_back_rows,
    })
}
