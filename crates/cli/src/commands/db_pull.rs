//! `db pull`: a thin wrapper over `justify_migrate::pull`.

use crate::config;
use crate::output::Output;
use anyhow::{Context, Result};
use justify_migrate::connection::Connection;
use justify_migrate::pull::{pull, PullError, PullOptions};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct PullArgs {
    /// Schema file to write [default: justify.toml's `schema`, else schema/schema.prisma]
    #[arg(long)]
    schema: Option<PathBuf>,
    /// Print the pulled schema on stdout instead of writing the file.
    #[arg(long)]
    print: bool,
    /// Ignore the names the current schema gives tables and columns (and a current schema with
    /// syntax errors): name everything by Prisma's rules.
    #[arg(long)]
    force: bool,
    /// Database URL [default: DATABASE_URL from the environment or .env, else the datasource's url]
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    database_url: Option<String>,
}

/// The file to write: `--schema`, justify.toml's `schema`, an existing default location, else
/// `schema/schema.prisma`.
fn target_path(arg: Option<PathBuf>) -> Result<PathBuf> {
    match config::schema_path(arg.clone()) {
        Ok(p) => Ok(p),
        Err(_) if arg.is_none() => Ok(PathBuf::from("schema/schema.prisma")),
        Err(e) => Err(e),
    }
}

pub fn run(args: PullArgs, out: &Output) -> Result<ExitCode> {
    let path = target_path(args.schema.clone())?;
    if path.is_dir() {
        anyhow::bail!(
            "{} is a folder: db pull writes one schema file, pass --schema FILE",
            path.display()
        );
    }
    let existing = if path.exists() {
        Some(
            std::fs::read_to_string(&path)
                .with_context(|| format!("reading schema {}", path.display()))?,
        )
    } else {
        None
    };
    let model = existing
        .as_deref()
        .and_then(|t| justify_psl::check_str(&path.display().to_string(), t).model);
    let url = config::database_url(args.database_url.clone(), model.as_ref())?;
    let opts = PullOptions {
        existing: existing.as_deref(),
        ignore_existing_names: args.force,
    };

    let pulled = config::runtime()?.block_on(async {
        let conn = Connection::connect(&url)
            .await
            .with_context(|| format!("connecting to {}", justify_migrate::connection::redact(&url)))?;
        match pull(&conn, &opts).await {
            // A current file that does not parse is kept unless --force: its blocks would be lost.
            Err(PullError::ExistingSyntax(msg)) if args.force => {
                out.warn(&format!(
                    "the current schema does not parse ({msg}); writing default datasource and generator blocks"
                ));
                pull(&conn, &PullOptions::default()).await.map_err(anyhow::Error::from)
            }
            other => other.map_err(anyhow::Error::from),
        }
    })?;

    if pulled.models == 0 && pulled.enums == 0 {
        out.error(&format!(
            "the introspected database is empty: no tables or enums in {}",
            justify_migrate::connection::redact(&url)
        ));
        return Ok(ExitCode::from(1));
    }
    for w in &pulled.warnings {
        out.warn(w);
    }
    if args.print {
        print!("{}", pulled.text);
        return Ok(ExitCode::SUCCESS);
    }
    write_schema(&path, &pulled.text)?;
    out.success(&format!(
        "Introspected {} model(s) and {} enum(s) into {}",
        pulled.models,
        pulled.enums,
        path.display()
    ));
    Ok(ExitCode::SUCCESS)
}

fn write_schema(path: &Path, text: &str) -> Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}
