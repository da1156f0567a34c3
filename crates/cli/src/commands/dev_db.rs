//! `dev-db start|stop|status|url`: the local development database, a PostgreSQL cluster that
//! justify-schema runs itself from the machine's server binaries (justify-pgcluster), with its
//! data under `.justify/pg` in the project. It is also what [`crate::config::database_url`] falls
//! back to when no database URL is configured.

use crate::output::Output;
use anyhow::{Context, Result};
use justify_pgcluster::{Cluster, Status};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The database the development URL names (created on first use).
pub const DATABASE: &str = "justify_dev";

#[derive(clap::Args)]
pub struct StartArgs {}

#[derive(clap::Args)]
pub struct StopArgs {}

#[derive(clap::Args)]
pub struct StatusArgs {
    /// Print the status as JSON on stdout.
    #[arg(long)]
    json: bool,
}

#[derive(clap::Args)]
pub struct UrlArgs {}

/// The project directory: the nearest directory holding `justify.toml`, from the current one
/// upwards, else the current directory.
fn project_dir() -> Result<PathBuf> {
    let cwd = std::env::current_dir().context("reading the current directory")?;
    Ok(cwd
        .ancestors()
        .find(|d| d.join("justify.toml").is_file())
        .unwrap_or(&cwd)
        .to_path_buf())
}

/// Where the cluster lives: `JUSTIFY_DEV_DB_DIR`, else `<project>/.justify/pg`.
fn cluster_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("JUSTIFY_DEV_DB_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    Ok(project_dir()?.join(".justify").join("pg"))
}

fn cluster() -> Result<Cluster> {
    Ok(Cluster::new(cluster_dir()?).settings("justify-schema dev-db", ""))
}

/// `path` relative to the current directory when it is below it, for shorter messages.
fn shown(path: &Path) -> String {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
        .display()
        .to_string()
}

/// Creates `.justify/` with a `.gitignore` that ignores everything in it, when missing.
fn prepare(dir: &Path) -> Result<()> {
    let Some(parent) = dir.parent() else {
        return Ok(());
    };
    if parent.file_name().is_some_and(|n| n == ".justify") && !parent.exists() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
        std::fs::write(parent.join(".gitignore"), "*\n")
            .with_context(|| format!("writing {}/.gitignore", parent.display()))?;
    }
    Ok(())
}

/// Starts (or reuses) the development cluster and makes sure its database exists; returns the
/// URL of that database and the cluster's directory.
pub fn ensure_running() -> Result<(String, PathBuf)> {
    let cluster = cluster()?;
    prepare(cluster.root())?;
    let port = cluster.ensure_running().with_context(|| {
        format!(
            "starting the development database in {}",
            shown(cluster.root())
        )
    })?;
    cluster
        .create_database(port, DATABASE)
        .with_context(|| format!("creating the development database {DATABASE}"))?;
    Ok((
        justify_pgcluster::url(port, DATABASE),
        cluster.root().to_path_buf(),
    ))
}

/// The fallback of [`crate::config::database_url`]: the development database's URL, after
/// saying on stderr that it is used. `why` says which configuration was missing.
pub fn fallback_url(why: &str) -> Result<String> {
    if std::env::var("JUSTIFY_DEV_DB").is_ok_and(|v| v == "off" || v == "0") {
        anyhow::bail!(
            "{why}: set DATABASE_URL (in the environment or .env) or pass --database-url \
             (JUSTIFY_DEV_DB=off: no development database)"
        );
    }
    let (url, dir) = ensure_running().with_context(|| {
        format!("{why}, and the development database could not be started (set DATABASE_URL or pass --database-url instead)")
    })?;
    eprintln!(
        "note: {why}; using the development database {url} (data in {}; `justify-schema dev-db stop` stops it)",
        shown(&dir)
    );
    Ok(url)
}

pub fn start(_args: StartArgs, out: &Output) -> Result<ExitCode> {
    let (url, dir) = ensure_running()?;
    out.success(&format!(
        "development database running: {url} (data in {})",
        shown(&dir)
    ));
    Ok(ExitCode::SUCCESS)
}

pub fn stop(_args: StopArgs, out: &Output) -> Result<ExitCode> {
    let cluster = cluster()?;
    if cluster
        .stop()
        .with_context(|| format!("stopping the cluster in {}", shown(cluster.root())))?
    {
        out.success("development database stopped");
    } else {
        out.success("development database was not running");
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct StatusReport {
    state: &'static str,
    port: Option<u16>,
    pid: Option<u32>,
    url: Option<String>,
    dir: String,
}

pub fn status(args: StatusArgs, _out: &Output) -> Result<ExitCode> {
    let cluster = cluster()?;
    let status = cluster.status();
    let dir = shown(cluster.root());
    let report = match status {
        Status::Running { port, pid } => StatusReport {
            state: "running",
            port: Some(port),
            pid: Some(pid),
            url: Some(justify_pgcluster::url(port, DATABASE)),
            dir,
        },
        Status::Stopped => StatusReport {
            state: "stopped",
            port: None,
            pid: None,
            url: None,
            dir,
        },
        Status::Uninitialised => StatusReport {
            state: "not created",
            port: None,
            pid: None,
            url: None,
            dir,
        },
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else if let (Some(port), Some(pid), Some(url)) = (report.port, report.pid, &report.url) {
        println!(
            "running on port {port} (pid {pid}), data in {}\n{url}",
            report.dir
        );
    } else {
        println!("{} (data in {})", report.state, report.dir);
    }
    Ok(if status.port().is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

pub fn url(_args: UrlArgs, _out: &Output) -> Result<ExitCode> {
    let (url, _) = ensure_running()?;
    println!("{url}");
    Ok(ExitCode::SUCCESS)
}
