//! What the database commands share: where the schema, the migrations and the database are.

use crate::config;
use crate::output::Output;
use anyhow::{bail, Context, Result};
use justify_migrate::folder::MigrationsFolder;
use justify_psl::model::{ConfigValue, Schema};
use serde::Serialize;
use std::path::PathBuf;

/// Where the schema, the migrations and the database are.
#[derive(clap::Args)]
pub struct Target {
    /// Schema file or folder [default: justify.toml's `schema`, else schema/schema.prisma]
    #[arg(long)]
    schema: Option<PathBuf>,
    /// Migrations folder [default: `migrations/` beside the schema]
    #[arg(long)]
    migrations: Option<PathBuf>,
    /// Database URL [default: DATABASE_URL from the environment or .env, else the datasource's url, else the dev database]
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    database_url: Option<String>,
    /// Print the report as JSON on stdout (never asks: questions are refused).
    #[arg(long)]
    pub json: bool,
}

/// A target whose schema may be invalid or missing (deploy, status, resolve).
pub struct Resolved {
    pub folder: MigrationsFolder,
    pub url: String,
    /// The schema, when it is valid.
    pub model: Option<Schema>,
}

/// A target with a valid schema (dev, reset, push).
pub struct Valid {
    pub schema_path: PathBuf,
    pub model: Schema,
    pub folder: MigrationsFolder,
    pub url: String,
}

impl Target {
    /// The schema is read only for its datasource; an invalid one must not stop a deploy of
    /// migrations that are already written.
    pub fn resolve(&self) -> Result<Resolved> {
        let schema_path = config::schema_path(self.schema.clone())?;
        let model = justify_psl::SourceSet::load(&schema_path)
            .ok()
            .and_then(|s| justify_psl::check(s).model);
        let url = config::database_url(self.database_url.clone(), model.as_ref())?;
        let folder = MigrationsFolder::new(config::migrations_dir(
            self.migrations.clone(),
            &schema_path,
        ));
        Ok(Resolved { folder, url, model })
    }

    /// Like [`Target::resolve`], but the schema must be valid (its diagnostics are printed).
    pub fn resolve_valid(&self, out: &Output) -> Result<Valid> {
        let schema_path = config::schema_path(self.schema.clone())?;
        let sources = justify_psl::SourceSet::load(&schema_path)
            .with_context(|| format!("reading schema {}", schema_path.display()))?;
        let checked = justify_psl::check(sources);
        let Some(model) = checked.model else {
            out.diagnostics(&checked.diagnostics, &checked.sources);
            bail!("the schema is invalid: run `justify-schema validate`");
        };
        let url = config::database_url(self.database_url.clone(), Some(&model))?;
        let folder = MigrationsFolder::new(config::migrations_dir(
            self.migrations.clone(),
            &schema_path,
        ));
        Ok(Valid {
            schema_path,
            model,
            folder,
            url,
        })
    }
}

pub fn print_json<T: Serialize>(value: &T) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

/// `SHADOW_DATABASE_URL`, else the datasource's `shadowDatabaseUrl` (a literal or `env("X")`).
pub fn shadow_url(model: Option<&Schema>) -> Option<String> {
    if let Ok(u) = std::env::var("SHADOW_DATABASE_URL") {
        if !u.trim().is_empty() {
            return Some(u);
        }
    }
    match model?
        .datasource
        .as_ref()
        .and_then(|d| d.shadow_database_url.as_ref())?
    {
        ConfigValue::String(u) => Some(u.clone()),
        ConfigValue::Env(var) => std::env::var(var).ok().filter(|u| !u.trim().is_empty()),
        _ => None,
    }
}
