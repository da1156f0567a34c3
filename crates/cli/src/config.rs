//! Where the schema is: `--schema`, else the `schema` key of `justify.toml`, else
//! `schema/schema.prisma` (then `prisma/schema.prisma`, as a Prisma project has it).

use anyhow::{Context, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Deserialize)]
pub struct ProjectConfig {
    pub schema: Option<PathBuf>,
    /// The `[seed]` table.
    #[serde(default)]
    pub seed: SeedConfig,
}

/// `justify.toml`'s `[seed]` table: what `seed` and `migrate reset` load by default.
#[derive(Debug, Default, Deserialize)]
pub struct SeedConfig {
    /// The default fixtures folder (instead of `examples/fixtures`).
    pub fixtures: Option<PathBuf>,
    /// A custom seed command, run through `sh -c` with `DATABASE_URL` set, instead of the fixtures.
    pub command: Option<String>,
}

impl SeedConfig {
    /// The configured fixtures folder, else `examples/fixtures`.
    pub fn fixtures_path(&self) -> PathBuf {
        self.fixtures
            .clone()
            .unwrap_or_else(|| PathBuf::from(crate::commands::seed::DEFAULT_FIXTURES))
    }

    /// The configured seed command, if any (blank counts as unset).
    pub fn command(&self) -> Option<&str> {
        self.command.as_deref().filter(|c| !c.trim().is_empty())
    }
}

pub fn project_config() -> Result<ProjectConfig> {
    let path = Path::new("justify.toml");
    if !path.exists() {
        return Ok(ProjectConfig::default());
    }
    let text = std::fs::read_to_string(path).context("reading justify.toml")?;
    toml::from_str(&text).context("parsing justify.toml")
}

pub fn schema_path(arg: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(p) = arg {
        return Ok(p);
    }
    if let Some(p) = project_config()?.schema {
        return Ok(p);
    }
    for candidate in [
        "schema/schema.prisma",
        "prisma/schema.prisma",
        "schema.prisma",
    ] {
        if Path::new(candidate).exists() {
            return Ok(PathBuf::from(candidate));
        }
    }
    anyhow::bail!("no schema found: pass --schema PATH, set `schema` in justify.toml, or create schema/schema.prisma")
}

pub fn load_schema(arg: Option<PathBuf>) -> Result<justify_psl::SourceSet> {
    let path = schema_path(arg)?;
    justify_psl::SourceSet::load(&path)
        .with_context(|| format!("reading schema {}", path.display()))
}

/// The migrations folder: `--migrations`, else `migrations/` beside the schema file (or inside
/// the schema folder), as Prisma places it.
pub fn migrations_dir(arg: Option<PathBuf>, schema: &Path) -> PathBuf {
    if let Some(p) = arg {
        return p;
    }
    if schema.is_dir() {
        schema.join("migrations")
    } else {
        schema.parent().unwrap_or(Path::new(".")).join("migrations")
    }
}

/// The database to work on: `--database-url`/`DATABASE_URL` (`.env` is loaded at start-up),
/// else the datasource's `url` (a literal, or `env("X")` when X is set), else the local
/// development database (`justify-schema dev-db`), started on demand under `.justify/pg`, with a
/// note on stderr. `JUSTIFY_DEV_DB=off` turns that fallback into an error.
pub fn database_url(
    flag: Option<String>,
    schema: Option<&justify_psl::model::Schema>,
) -> Result<String> {
    if let Some(u) = flag.filter(|u| !u.trim().is_empty()) {
        return Ok(u);
    }
    use justify_psl::model::ConfigValue;
    let why = match schema
        .and_then(|s| s.datasource.as_ref())
        .and_then(|d| d.url.as_ref())
    {
        Some(ConfigValue::String(u)) => return Ok(u.clone()),
        Some(ConfigValue::Env(var)) => {
            if let Ok(u) = std::env::var(var) {
                if !u.trim().is_empty() {
                    return Ok(u);
                }
            }
            if var == "DATABASE_URL" {
                "DATABASE_URL is not set".to_string()
            } else {
                format!("neither DATABASE_URL nor the datasource's `{var}` is set")
            }
        }
        _ => "DATABASE_URL is not set".to_string(),
    };
    crate::commands::dev_db::fallback_url(&why)
}

/// A single-threaded runtime for the commands that talk to PostgreSQL.
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}
