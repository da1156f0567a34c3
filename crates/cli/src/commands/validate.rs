use crate::config;
use crate::output::Output;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Schema file or folder of .prisma files [default: justify.toml's `schema`, else schema/schema.prisma]
    #[arg(long)]
    schema: Option<PathBuf>,
    /// Print diagnostics as JSON on stdout.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, out: &Output) -> Result<ExitCode> {
    let sources = config::load_schema(args.schema)?;
    let checked = justify_psl::check(sources);
    let valid = checked.model.is_some();
    if args.json {
        let doc = serde_json::json!({
            "valid": valid,
            "diagnostics": checked.diagnostics.to_json(&checked.sources),
        });
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        out.diagnostics(&checked.diagnostics, &checked.sources);
        let errors = checked.diagnostics.errors().count();
        let files: Vec<&str> = checked
            .sources
            .files
            .iter()
            .map(|f| f.name.as_str())
            .collect();
        if valid {
            out.success(&format!("The schema at {} is valid", files.join(", ")));
        } else {
            out.error(&format!(
                "validation failed with {errors} error{}",
                if errors == 1 { "" } else { "s" }
            ));
        }
    }
    Ok(if valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
