//! `migrate deploy`, `migrate status`, `migrate resolve`: thin wrappers over justify-migrate.

use crate::config;
use crate::output::Output;
use anyhow::{Context, Result};
use justify_migrate::connection::Connection;
use std::process::ExitCode;

pub use super::target::Target;
use super::target::{print_json, shadow_url};

async fn connect(url: &str) -> Result<Connection> {
    Connection::connect(url)
        .await
        .with_context(|| format!("connecting to {}", justify_migrate::connection::redact(url)))
}

#[derive(clap::Args)]
pub struct DeployArgs {
    #[command(flatten)]
    target: Target,
}

pub fn deploy(args: DeployArgs, out: &Output) -> Result<ExitCode> {
    let r = args.target.resolve()?;
    config::runtime()?.block_on(async {
        let conn = connect(&r.url).await?;
        let result = justify_migrate::deploy::deploy(&conn, &r.folder, &Default::default()).await;
        match result {
            Ok(report) => {
                if args.target.json {
                    print_json(&serde_json::json!({ "ok": true, "report": report }))?;
                } else {
                    for m in &report.applied {
                        out.success(&format!("Applied {} ({:.0} ms)", m.name, m.duration_ms));
                    }
                    if report.applied.is_empty() {
                        out.success(&format!(
                            "No pending migrations to apply ({} already applied) on {}",
                            report.already_applied,
                            conn.redacted_url()
                        ));
                    } else {
                        out.success(&format!(
                            "{} migration(s) applied on {}",
                            report.applied.len(),
                            conn.redacted_url()
                        ));
                    }
                }
                Ok(ExitCode::SUCCESS)
            }
            Err(err) => {
                if args.target.json {
                    print_json(&serde_json::json!({ "ok": false, "error": err.to_string() }))?;
                } else {
                    out.error(&err.to_string());
                }
                Ok(ExitCode::from(1))
            }
        }
    })
}

#[derive(clap::Args)]
pub struct StatusArgs {
    /// Also check the schema for drift: replay the applied migrations into a shadow database
    /// (a temporary one, needs CREATEDB; or SHADOW_DATABASE_URL / the datasource's
    /// shadowDatabaseUrl) and compare it with the database.
    #[arg(long)]
    check_drift: bool,
    #[command(flatten)]
    target: Target,
}

pub fn status(args: StatusArgs, out: &Output) -> Result<ExitCode> {
    let r = args.target.resolve()?;
    let options = justify_migrate::status::StatusOptions {
        check_drift: args.check_drift,
        url: Some(r.url.clone()),
        shadow_database_url: shadow_url(r.model.as_ref()),
        namespaces: r
            .model
            .as_ref()
            .map(|m| justify_sql::lower::lower(m).namespaces)
            .unwrap_or_default(),
    };
    config::runtime()?.block_on(async {
        let conn = connect(&r.url).await?;
        let report = justify_migrate::status::status_with(&conn, &r.folder, &options).await?;
        let ok = report.is_up_to_date();
        if args.target.json {
            print_json(&serde_json::json!({ "upToDate": ok, "report": report }))?;
        } else {
            println!(
                "{} migration(s) in {}, {} applied on {}",
                report.local_migrations,
                r.folder.root().display(),
                report.applied.len(),
                conn.redacted_url()
            );
            let list = |label: &str, items: &[String]| {
                if !items.is_empty() {
                    println!("{label}:");
                    for i in items {
                        println!("  {i}");
                    }
                }
            };
            list("Pending", &report.pending);
            list("Modified since applied", &report.modified);
            list("Applied but missing from the folder", &report.missing);
            for f in &report.failed {
                out.error(&format!("migration `{}` failed", f.migration_name));
            }
            if !report.drift.is_empty() {
                out.error(
                    "Drift: the database schema differs from what its applied migrations produce:",
                );
                for d in &report.drift {
                    println!("  {d}");
                }
            } else if report.drift_checked {
                out.success("No drift: the database schema is what its applied migrations produce");
            }
            if ok {
                out.success("Database schema is up to date");
            } else {
                out.error("the database is not up to date with the migrations folder");
            }
        }
        Ok(if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    })
}

#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("how").required(true).args(["applied", "rolled_back"])))]
pub struct ResolveArgs {
    /// Record this migration as applied without running it (baselining).
    #[arg(long, value_name = "NAME")]
    applied: Option<String>,
    /// Record this failed migration as rolled back, so it can be fixed and deployed again.
    #[arg(long, value_name = "NAME")]
    rolled_back: Option<String>,
    #[command(flatten)]
    target: Target,
}

pub fn resolve(args: ResolveArgs, out: &Output) -> Result<ExitCode> {
    let r = args.target.resolve()?;
    config::runtime()?.block_on(async {
        let conn = connect(&r.url).await?;
        let result = match (&args.applied, &args.rolled_back) {
            (Some(name), _) => {
                justify_migrate::resolve::resolve_applied(&conn, &r.folder, name).await
            }
            (None, Some(name)) => justify_migrate::resolve::resolve_rolled_back(&conn, name).await,
            (None, None) => unreachable!("clap requires one of --applied / --rolled-back"),
        };
        match result {
            Ok(report) => {
                if args.target.json {
                    print_json(&serde_json::json!({ "ok": true, "report": report }))?;
                } else {
                    let what = if report.action == "applied" {
                        "applied"
                    } else {
                        "rolled back"
                    };
                    out.success(&format!(
                        "Migration {} marked as {what}",
                        report.migration_name
                    ));
                }
                Ok(ExitCode::SUCCESS)
            }
            Err(err) => {
                if args.target.json {
                    print_json(&serde_json::json!({ "ok": false, "error": err.to_string() }))?;
                } else {
                    out.error(&err.to_string());
                }
                Ok(ExitCode::from(1))
            }
        }
    })
}
