//! `migrate reset`: empty the target schema and apply every migration again (development only).
//!
//! The URL's `?schema=` (default `public`) — and the model's other schemas, when it uses several
//! — are dropped with everything in them (`DROP SCHEMA … CASCADE`) and created again, then the
//! whole migrations folder is deployed. Asking for confirmation and running the seed are the
//! caller's business (the CLI does both).

use serde::Serialize;

use crate::connection::{error_text, quote_ident, Connection, ConnectionSummary};
use crate::deploy::{deploy, DeployError, DeployOptions, DeployReport};
use justify_sql::lower::DEFAULT_NAMESPACE;

#[derive(Debug, thiserror::Error)]
pub enum ResetError {
    #[error("cannot reset schema \"{schema}\": {message}")]
    Drop { schema: String, message: String },
    #[error(transparent)]
    Deploy(#[from] DeployError),
}

/// What `reset` did.
#[derive(Debug, Clone, Serialize)]
pub struct ResetReport {
    pub connection: ConnectionSummary,
    /// The schemas dropped and created again.
    pub schemas: Vec<String>,
    /// The migrations applied afterwards.
    pub deploy: DeployReport,
}

/// The schemas a reset empties: the connection's, plus the model's other `namespaces`.
pub fn schemas_to_reset(conn: &Connection, namespaces: &[String]) -> Vec<String> {
    let mut out = vec![conn.schema().to_string()];
    for n in namespaces {
        if n != DEFAULT_NAMESPACE && !out.contains(n) {
            out.push(n.clone());
        }
    }
    out
}

/// Drops and recreates `schemas` (everything in them is lost, `_prisma_migrations` included).
pub async fn drop_schemas(conn: &Connection, schemas: &[String]) -> Result<(), ResetError> {
    for s in schemas {
        let q = quote_ident(s);
        conn.client()
            .batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {q} CASCADE;\nCREATE SCHEMA {q};"
            ))
            .await
            .map_err(|e| ResetError::Drop {
                schema: s.clone(),
                message: error_text(&e),
            })?;
    }
    Ok(())
}

/// Empties the target schema(s) and applies every migration of `folder`.
pub async fn reset(
    conn: &Connection,
    folder: &crate::folder::MigrationsFolder,
    namespaces: &[String],
    options: &DeployOptions,
) -> Result<ResetReport, ResetError> {
    // Check the folder before destroying anything.
    folder
        .validate_lock()
        .and_then(|()| folder.list())
        .map_err(DeployError::from)?;
    let schemas = schemas_to_reset(conn, namespaces);
    drop_schemas(conn, &schemas).await?;
    let report = deploy(conn, folder, options).await?;
    Ok(ResetReport {
        connection: conn.summary(),
        schemas,
        deploy: report,
    })
}
