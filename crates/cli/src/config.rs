//! Where the schema is: `--schema`, else the `schema` key of `justify.toml`, else
//! `schema/schema.prisma` (then `prisma/schema.prisma`, as a Prisma project has it).

use anyhow::{Context, Result};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Deserialize)]
pub struct ProjectConfig {
    pub schema: Option<PathBuf>,
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
