//! `db push`: make the database match the schema file directly, without a migration file
//! (prototyping). The live schema is introspected, diffed against the lowered model, and the
//! script is run as one batch — one implicit transaction, so a failure rolls it back (except the
//! part before an enum-recreating step's own `COMMIT`, as with a migration file).
//! Steps with warnings (data loss, or steps that may fail on existing rows) need
//! `accept_data_loss`; `force_reset` empties the schema(s) first.

use std::time::Instant;

use serde::Serialize;

use crate::connection::{error_text, Connection, ConnectionSummary};
use crate::introspect::IntrospectError;
use crate::reset::{drop_schemas, schemas_to_reset, ResetError};
use crate::shadow::read_schema;
use justify_sql::render::{render_script, summary::summary};
use justify_sql::steps::Warning;
use justify_sql::SqlSchema;

#[derive(Debug, Clone, Default)]
pub struct PushOptions {
    /// Apply even when steps have warnings.
    pub accept_data_loss: bool,
    /// Drop and recreate the target schema(s) first.
    pub force_reset: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error(transparent)]
    Introspect(#[from] IntrospectError),
    #[error(transparent)]
    Reset(#[from] ResetError),
    #[error(
        "the changes have warnings, nothing was applied:\n{}\nPass --accept-data-loss to apply \
         them anyway, or --force-reset to start from an empty schema",
        .warnings.iter().map(|w| format!("  - {}", w.message)).collect::<Vec<_>>().join("\n")
    )]
    DataLoss { warnings: Vec<Warning> },
    #[error("applying the changes failed (nothing was applied): {message}")]
    Apply { message: String },
}

/// What `push` did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PushReport {
    pub connection: ConnectionSummary,
    /// Whether the schema(s) were emptied first.
    pub reset: bool,
    /// One line per step applied.
    pub steps: Vec<String>,
    pub warnings: Vec<Warning>,
    /// The SQL run (empty when in sync).
    pub script: String,
    pub duration_ms: f64,
}

impl PushReport {
    pub fn in_sync(&self) -> bool {
        self.steps.is_empty()
    }
}

/// Pushes `target` (the lowered model) to the database behind `conn`.
pub async fn push(
    conn: &Connection,
    target: &SqlSchema,
    options: &PushOptions,
) -> Result<PushReport, PushError> {
    let started = Instant::now();
    if options.force_reset {
        let schemas = schemas_to_reset(conn, &target.namespaces);
        drop_schemas(conn, &schemas).await?;
    }
    let live = read_schema(conn, &target.namespaces).await?;
    let m = justify_sql::diff::diff(&live, target);
    if !m.warnings.is_empty() && !options.accept_data_loss {
        return Err(PushError::DataLoss {
            warnings: m.warnings,
        });
    }
    let script = if m.is_empty() {
        String::new()
    } else {
        render_script(&m.steps)
    };
    if !script.is_empty() {
        if let Err(e) = conn.client().batch_execute(&script).await {
            // A script holding its own `BEGIN` (an enum recreated) leaves that transaction open
            // and aborted: end it so the connection stays usable.
            let _ = conn.client().batch_execute("ROLLBACK").await;
            return Err(PushError::Apply {
                message: error_text(&e),
            });
        }
    }
    Ok(PushReport {
        connection: conn.summary(),
        reset: options.force_reset,
        steps: m.steps.iter().map(summary).collect(),
        warnings: m.warnings,
        script,
        duration_ms: started.elapsed().as_secs_f64() * 1000.0,
    })
}
