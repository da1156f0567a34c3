//! The `_prisma_migrations` history table, byte for byte Prisma's, so that a database migrated by
//! Prisma can be taken over by justify-schema and the other way round.
//!
//! The DDL is the one Prisma's schema engine creates (checked against the reference peer with
//! `\d _prisma_migrations`). A row's life, as Prisma writes it:
//! started (`insert_started`) → finished (`mark_finished`: `finished_at`, `applied_steps_count
//! = 1`) or failed (`mark_failed`: `logs`, `finished_at` stays NULL) → possibly rolled back
//! (`mark_rolled_back`, by `migrate resolve --rolled-back`). A row counts as *failed* while
//! `finished_at` and `rolled_back_at` are both NULL.
//!
//! The table is addressed unqualified: the connection's `search_path` is the target schema.
//! Timestamps are read as RFC 3339 text (UTC, microseconds) so no date-time crate is needed.

use serde::Serialize;
use tokio_postgres::Client;

use crate::connection::error_text;

/// The table's name.
pub const TABLE: &str = "_prisma_migrations";

/// Prisma's DDL for the history table.
pub const CREATE_TABLE_SQL: &str = r#"CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)"#;

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("{action} on _prisma_migrations failed: {message}")]
    Db {
        action: &'static str,
        message: String,
    },
}

fn db(action: &'static str) -> impl FnOnce(tokio_postgres::Error) -> HistoryError {
    move |e| HistoryError::Db {
        action,
        message: error_text(&e),
    }
}

/// One row of `_prisma_migrations`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MigrationRecord {
    pub id: String,
    pub checksum: String,
    /// RFC 3339, UTC.
    pub finished_at: Option<String>,
    pub migration_name: String,
    pub logs: Option<String>,
    /// RFC 3339, UTC.
    pub rolled_back_at: Option<String>,
    /// RFC 3339, UTC.
    pub started_at: String,
    pub applied_steps_count: i32,
}

impl MigrationRecord {
    /// Applied and not rolled back.
    pub fn is_applied(&self) -> bool {
        self.finished_at.is_some() && self.rolled_back_at.is_none()
    }

    /// Started, never finished, not rolled back: blocks `deploy` until resolved.
    pub fn is_failed(&self) -> bool {
        self.finished_at.is_none() && self.rolled_back_at.is_none()
    }

    pub fn is_rolled_back(&self) -> bool {
        self.rolled_back_at.is_some()
    }
}

/// Whether the table exists in the current schema.
pub async fn table_exists(client: &Client) -> Result<bool, HistoryError> {
    let row = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c \
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
             WHERE c.relname = '_prisma_migrations' AND c.relkind IN ('r', 'p') \
             AND n.nspname = current_schema())",
            &[],
        )
        .await
        .map_err(db("checking for the table"))?;
    Ok(row.get(0))
}

/// Creates the target schema if it is missing, then the table if it is missing. Returns whether
/// the table was created.
pub async fn ensure_table(client: &Client, schema: &str) -> Result<bool, HistoryError> {
    if table_exists(client).await? {
        return Ok(false);
    }
    let schema_exists: bool = client
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1)",
            &[&schema],
        )
        .await
        .map_err(db("checking for the schema"))?
        .get(0);
    if !schema_exists {
        client
            .batch_execute(&format!(
                "CREATE SCHEMA IF NOT EXISTS {}",
                crate::connection::quote_ident(schema)
            ))
            .await
            .map_err(db("creating the schema"))?;
    }
    client
        .batch_execute(CREATE_TABLE_SQL)
        .await
        .map_err(db("creating the table"))?;
    Ok(true)
}

const TS: &str = r#"'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'"#;

/// All rows, oldest first (by `started_at`, as Prisma reads them). No table → no rows.
pub async fn read(client: &Client) -> Result<Vec<MigrationRecord>, HistoryError> {
    if !table_exists(client).await? {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT id::text, checksum::text, to_char(finished_at AT TIME ZONE 'UTC', {TS}), \
         migration_name::text, logs, to_char(rolled_back_at AT TIME ZONE 'UTC', {TS}), \
         to_char(started_at AT TIME ZONE 'UTC', {TS}), applied_steps_count \
         FROM _prisma_migrations ORDER BY started_at ASC, migration_name ASC"
    );
    let rows = client
        .query(&sql, &[])
        .await
        .map_err(db("reading the history"))?;
    Ok(rows
        .into_iter()
        .map(|r| MigrationRecord {
            id: r.get(0),
            checksum: r.get(1),
            finished_at: r.get(2),
            migration_name: r.get(3),
            logs: r.get(4),
            rolled_back_at: r.get(5),
            started_at: r.get(6),
            applied_steps_count: r.get(7),
        })
        .collect())
}

/// A random (version 4) UUID, as Prisma uses for `id`.
pub fn new_id() -> String {
    let mut b = [0u8; 16];
    if getrandom::fill(&mut b).is_err() {
        // No OS randomness: fall back to time and a counter, still unique per process.
        use std::sync::atomic::{AtomicU64, Ordering};
        static N: AtomicU64 = AtomicU64::new(0);
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        b[..8].copy_from_slice(&(t as u64).to_le_bytes());
        b[8..].copy_from_slice(
            &(N.fetch_add(1, Ordering::Relaxed) ^ u64::from(std::process::id())).to_le_bytes(),
        );
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Records that a migration started (Prisma inserts this row before running the script, outside
/// its transaction, so a failure leaves the row behind). Returns the row's id.
pub async fn insert_started(
    client: &Client,
    migration_name: &str,
    checksum: &str,
) -> Result<String, HistoryError> {
    let id = new_id();
    // Not waited for: the migration's own commit, which follows on this connection, flushes the
    // write-ahead log past this row.
    execute_without_flush(
        client,
        "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) \
         VALUES ($1, $2, now(), $3)",
        &[&id, &checksum, &migration_name],
    )
    .await
    .map_err(db("recording a started migration"))?;
    Ok(id)
}

/// Runs one statement in a transaction whose commit does not wait for the disk
/// (`synchronous_commit = off` for that transaction only). Safe for history rows that a later
/// synchronous commit on the same server flushes anyway; it saves two of the three disk flushes
/// a migration would otherwise cost.
async fn execute_without_flush(
    client: &Client,
    sql: &str,
    params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
) -> Result<u64, tokio_postgres::Error> {
    client
        .batch_execute("BEGIN; SET LOCAL synchronous_commit TO OFF")
        .await?;
    match client.execute(sql, params).await {
        Ok(n) => {
            client.batch_execute("COMMIT").await?;
            Ok(n)
        }
        Err(e) => {
            let _ = client.batch_execute("ROLLBACK").await;
            Err(e)
        }
    }
}

/// Records that the migration's script ran to the end. `durable: false` does not wait for the
/// disk: for every migration but the last of a run, whose successor's commit flushes it.
pub async fn mark_finished(client: &Client, id: &str, durable: bool) -> Result<(), HistoryError> {
    const SQL: &str = "UPDATE _prisma_migrations SET finished_at = now(), \
                       applied_steps_count = applied_steps_count + 1 WHERE id = $1";
    let result = if durable {
        client.execute(SQL, &[&id]).await
    } else {
        execute_without_flush(client, SQL, &[&id]).await
    };
    result.map_err(db("recording a finished migration"))?;
    Ok(())
}

/// Records the error of a failed migration in `logs` (`finished_at` stays NULL).
pub async fn mark_failed(client: &Client, id: &str, logs: &str) -> Result<(), HistoryError> {
    client
        .execute(
            "UPDATE _prisma_migrations SET logs = $2 WHERE id = $1",
            &[&id, &logs],
        )
        .await
        .map_err(db("recording a failed migration"))?;
    Ok(())
}

/// Marks a (failed) row rolled back: `migrate resolve --rolled-back`.
pub async fn mark_rolled_back(client: &Client, id: &str) -> Result<(), HistoryError> {
    client
        .execute(
            "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = $1",
            &[&id],
        )
        .await
        .map_err(db("recording a rolled-back migration"))?;
    Ok(())
}

/// Inserts a finished row without running anything: `migrate resolve --applied` (baselining).
/// As in Prisma, `applied_steps_count` is 0 since no step ran.
pub async fn insert_applied(
    client: &Client,
    migration_name: &str,
    checksum: &str,
) -> Result<String, HistoryError> {
    let id = new_id();
    client
        .execute(
            "INSERT INTO _prisma_migrations \
             (id, checksum, started_at, finished_at, migration_name, applied_steps_count) \
             VALUES ($1, $2, now(), now(), $3, 0)",
            &[&id, &checksum, &migration_name],
        )
        .await
        .map_err(db("recording an applied migration"))?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_v4_uuids() {
        let a = new_id();
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "4");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"));
        assert_ne!(a, new_id());
    }
}
