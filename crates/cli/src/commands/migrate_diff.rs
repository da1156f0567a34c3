use crate::config;
use crate::output::Output;
use anyhow::{Context, Result};
use justify_sql::render;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
#[command(group(clap::ArgGroup::new("from").required(true).args(["from_empty", "from_schema", "from_url", "from_migrations"])))]
#[command(group(clap::ArgGroup::new("to").required(true).args(["to_empty", "to_schema", "to_url", "to_migrations"])))]
pub struct Args {
    /// Start from an empty database.
    #[arg(long)]
    from_empty: bool,
    /// Start from the database this schema (file or folder) describes.
    #[arg(long, alias = "from-schema-datamodel", value_name = "PATH")]
    from_schema: Option<PathBuf>,
    /// Start from a live database (its `?schema=`, default public).
    #[arg(long, value_name = "URL")]
    from_url: Option<String>,
    /// Start from what a migrations folder produces (replayed into --shadow-database-url).
    #[arg(long, value_name = "DIR")]
    from_migrations: Option<PathBuf>,
    /// End at an empty database.
    #[arg(long)]
    to_empty: bool,
    /// End at the database this schema (file or folder) describes.
    #[arg(long, alias = "to-schema-datamodel", value_name = "PATH")]
    to_schema: Option<PathBuf>,
    /// End at a live database.
    #[arg(long, value_name = "URL")]
    to_url: Option<String>,
    /// End at what a migrations folder produces (replayed into --shadow-database-url).
    #[arg(long, value_name = "DIR")]
    to_migrations: Option<PathBuf>,
    /// A database that may be wiped, to replay `--from-migrations`/`--to-migrations` into.
    #[arg(
        long,
        value_name = "URL",
        env = "SHADOW_DATABASE_URL",
        hide_env_values = true
    )]
    shadow_database_url: Option<String>,
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

/// One side of the comparison.
enum Source {
    Empty,
    Schema(PathBuf),
    Url(String),
    Migrations(PathBuf),
}

impl Source {
    fn pick(
        empty: bool,
        schema: Option<PathBuf>,
        url: Option<String>,
        dir: Option<PathBuf>,
    ) -> Source {
        match (empty, schema, url, dir) {
            (_, Some(p), _, _) => Source::Schema(p),
            (_, _, Some(u), _) => Source::Url(u),
            (_, _, _, Some(d)) => Source::Migrations(d),
            _ => Source::Empty,
        }
    }

    /// The side as a SQL schema; `None` when a schema file is invalid (diagnostics printed).
    fn load(self, shadow: Option<&str>, out: &Output) -> Result<Option<justify_sql::SqlSchema>> {
        match self {
            Source::Empty => Ok(Some(Default::default())),
            Source::Schema(p) => sql_schema(p, out),
            Source::Url(url) => config::runtime()?.block_on(async {
                let conn = justify_migrate::connection::Connection::connect(&url)
                    .await
                    .with_context(|| {
                        format!(
                            "connecting to {}",
                            justify_migrate::connection::redact(&url)
                        )
                    })?;
                let schema = justify_migrate::shadow::read_schema(&conn, &[]).await?;
                Ok(Some(schema))
            }),
            Source::Migrations(dir) => {
                let Some(shadow) = shadow else {
                    anyhow::bail!("--from-migrations/--to-migrations need --shadow-database-url (or SHADOW_DATABASE_URL): a database that may be wiped");
                };
                config::runtime()?.block_on(async {
                    let folder = justify_migrate::folder::MigrationsFolder::new(dir);
                    let list = folder.list()?;
                    let shadow = justify_migrate::shadow::Shadow::open_given(shadow, &[]).await?;
                    shadow.replay(&list.iter().collect::<Vec<_>>()).await?;
                    let schema =
                        justify_migrate::shadow::read_schema(shadow.connection(), &[]).await?;
                    Ok(Some(schema))
                })
            }
        }
    }
}

pub fn run(args: Args, out: &Output) -> Result<ExitCode> {
    let shadow = args.shadow_database_url.as_deref();
    let from = Source::pick(
        args.from_empty,
        args.from_schema,
        args.from_url,
        args.from_migrations,
    )
    .load(shadow, out)?;
    let to = Source::pick(
        args.to_empty,
        args.to_schema,
        args.to_url,
        args.to_migrations,
    )
    .load(shadow, out)?;
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
