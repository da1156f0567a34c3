use crate::config;
use crate::output::Output;
use anyhow::{Context, Result};
use justify_psl::SourceSet;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Schema file or folder of .prisma files [default: justify.toml's `schema`, else schema/schema.prisma]
    #[arg(long)]
    schema: Option<PathBuf>,
    /// Change nothing; exit 1 and print a diff when a file is not formatted.
    #[arg(long)]
    check: bool,
}

pub fn run(args: Args, out: &Output) -> Result<ExitCode> {
    let sources = config::load_schema(args.schema)?;
    let mut stale = 0;
    let mut broken = false;
    for file in &sources.files {
        match justify_psl::format::format_schema(&file.text) {
            Ok(formatted) if formatted == file.text => {}
            Ok(formatted) => {
                stale += 1;
                if args.check {
                    let diff = similar::TextDiff::from_lines(&file.text, &formatted);
                    print!(
                        "{}",
                        diff.unified_diff()
                            .header(&file.name, &format!("{} (formatted)", file.name))
                    );
                } else {
                    std::fs::write(&file.name, formatted)
                        .with_context(|| format!("writing {}", file.name))?;
                }
            }
            Err(diags) => {
                broken = true;
                out.diagnostics(
                    &diags,
                    &SourceSet::single(file.name.clone(), file.text.clone()),
                );
            }
        }
    }
    if broken {
        out.error("the schema has syntax errors; nothing was formatted in those files");
        return Ok(ExitCode::from(1));
    }
    if args.check && stale > 0 {
        out.error(&format!(
            "{stale} file(s) not formatted; run `justify-schema format`"
        ));
        return Ok(ExitCode::from(1));
    }
    if !args.check {
        out.success(&format!(
            "Formatted {} file(s), {stale} changed",
            sources.files.len()
        ));
    } else {
        out.success("The schema is formatted");
    }
    Ok(ExitCode::SUCCESS)
}
