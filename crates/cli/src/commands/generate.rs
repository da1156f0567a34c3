use crate::config;
use crate::output::Output;
use anyhow::{Context, Result};
use justify_psl::model::Schema;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Schema file or folder of .prisma files [default: justify.toml's `schema`, else schema/schema.prisma]
    #[arg(long)]
    schema: Option<PathBuf>,
    /// Output folder of the client crate [default: the generator's `output`, relative to the schema, else generated/]
    #[arg(long)]
    out: Option<PathBuf>,
    /// Write nothing; exit 1 and print a diff when the files on disk are stale.
    #[arg(long)]
    check: bool,
}

pub fn run(args: Args, out: &Output) -> Result<ExitCode> {
    let schema_path = config::schema_path(args.schema)?;
    let sources = justify_psl::SourceSet::load(&schema_path)
        .with_context(|| format!("reading schema {}", schema_path.display()))?;
    let checked = justify_psl::check(sources);
    out.diagnostics(&checked.diagnostics, &checked.sources);
    let Some(model) = checked.model else {
        out.error("the schema is invalid; nothing generated");
        return Ok(ExitCode::from(1));
    };
    let dir = output_dir(args.out, &schema_path, &model);
    let options = options_for(&schema_path);
    let files = justify_codegen::generate(&model, &options)?;
    if args.check {
        let stale = justify_codegen::check(&files, &dir);
        if stale.is_empty() {
            out.success(&format!("The client in {} is up to date", dir.display()));
            return Ok(ExitCode::SUCCESS);
        }
        for s in &stale {
            print!("{}", s.diff);
        }
        out.error(&format!(
            "{} file{} in {} stale: run `justify-schema generate`",
            stale.len(),
            if stale.len() == 1 { " is" } else { "s are" },
            dir.display()
        ));
        return Ok(ExitCode::from(1));
    }
    let changed = justify_codegen::write(&files, &dir)?;
    out.success(&format!(
        "Generated crate `{}` in {} ({} file{} changed)",
        justify_codegen::crate_name(&model),
        dir.display(),
        changed.len(),
        if changed.len() == 1 { "" } else { "s" }
    ));
    Ok(ExitCode::SUCCESS)
}

/// `--out`, else the generator's `output` relative to the schema, else `generated/`.
fn output_dir(arg: Option<PathBuf>, schema_path: &Path, model: &Schema) -> PathBuf {
    match arg {
        Some(dir) => dir,
        None => match justify_codegen::configured_output(model) {
            Some(o) => {
                let base = if schema_path.is_dir() {
                    schema_path.to_path_buf()
                } else {
                    schema_path.parent().map(PathBuf::from).unwrap_or_default()
                };
                base.join(o)
            }
            None => PathBuf::from("generated"),
        },
    }
}

fn options_for(schema_path: &Path) -> justify_codegen::Options {
    justify_codegen::Options {
        // Only the file name, so the output does not depend on how the path was written.
        schema_name: schema_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        ..Default::default()
    }
}

/// After `migrate dev`, as Prisma regenerates its client: only when the schema configures our
/// generator (`provider = "justify-schema-client"`); other generators are kept, not run.
pub fn after_migrate(schema_path: &Path, model: &Schema, out: &Output) -> Result<()> {
    let ours = model.generators.iter().any(|g| {
        matches!(&g.provider, justify_psl::model::ConfigValue::String(p) if p == justify_codegen::PROVIDER)
    });
    if !ours {
        return Ok(());
    }
    let dir = output_dir(None, schema_path, model);
    let files = justify_codegen::generate(model, &options_for(schema_path))?;
    let changed = justify_codegen::write(&files, &dir)?;
    out.success(&format!(
        "Regenerated the client in {} ({} file{} changed)",
        dir.display(),
        changed.len(),
        if changed.len() == 1 { "" } else { "s" }
    ));
    Ok(())
}
