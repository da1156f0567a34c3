use crate::config;
use crate::output::Output;
use anyhow::Result;
use justify_sql::render;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("from").required(true).args(["from_empty", "from_schema"])))]
#[command(group(clap::ArgGroup::new("to").required(true).args(["to_empty", "to_schema"])))]
pub struct Args {
    /// Start from an empty database.
    #[arg(long)]
    from_empty: bool,
    /// Start from the database this schema (file or folder) describes.
    #[arg(long, alias = "from-schema-datamodel", value_name = "PATH")]
    from_schema: Option<PathBuf>,
    /// End at an empty database.
    #[arg(long)]
    to_empty: bool,
    /// End at the database this schema (file or folder) describes.
    #[arg(long, alias = "to-schema-datamodel", value_name = "PATH")]
    to_schema: Option<PathBuf>,
    /// Print the SQL migration instead of a summary.
    #[arg(long)]
    script: bool,
    /// Exit with 2 when there are changes, 0 when there are none (as `prisma migrate diff`).
    #[arg(long)]
    exit_code: bool,
    /// Print steps, warnings and SQL as JSON on stdout.
    #[arg(long)]
    json: bool,
}

/// Reads and lowers a schema; `None` when it is invalid (diagnostics already printed).
fn sql_schema(path: PathBuf, out: &Output) -> Result<Option<justify_sql::SqlSchema>> {
    let sources = config::load_schema(Some(path))?;
    let checked = justify_psl::check(sources);
    match checked.model {
        Some(model) => Ok(Some(justify_sql::lower::lower(&model))),
        None => {
            out.diagnostics(&checked.diagnostics, &checked.sources);
            Ok(None)
        }
    }
}

pub fn run(args: Args, out: &Output) -> Result<ExitCode> {
    let from = match args.from_schema {
        Some(p) => sql_schema(p, out)?,
        None => Some(Default::default()),
    };
    let to = match args.to_schema {
        Some(p) => sql_schema(p, out)?,
        None => Some(Default::default()),
    };
    let (Some(from), Some(to)) = (from, to) else {
        out.error("the schema is invalid; nothing was compared");
        return Ok(ExitCode::from(1));
    };
    let migration = justify_sql::diff::diff(&from, &to);
    if args.json {
        let steps: Vec<_> = migration
            .steps
            .iter()
            .map(|s| {
                serde_json::json!({
                    "kind": render::header(s),
                    "summary": render::summary::summary(s),
                    "sql": render::step_sql(s),
                })
            })
            .collect();
        let doc = serde_json::json!({
            "empty": migration.is_empty(),
            "steps": steps,
            "warnings": migration.warnings,
            "script": render::render_script(&migration.steps),
        });
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else if args.script {
        print!("{}", render::render_script(&migration.steps));
        for w in &migration.warnings {
            out.warn(&w.message);
        }
    } else if migration.is_empty() {
        out.success("No difference detected.");
    } else {
        for step in &migration.steps {
            println!("{}", render::summary::summary(step));
        }
        for w in &migration.warnings {
            out.warn(&w.message);
        }
    }
    Ok(if args.exit_code && !migration.is_empty() {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
