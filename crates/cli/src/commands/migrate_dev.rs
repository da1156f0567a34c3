//! `migrate dev`, `migrate reset`, `db push`: thin wrappers over justify-migrate's `dev`, `reset`
//! and `push`. Questions are asked here (on a terminal); the seed after a reset runs here too.

use crate::config;
use crate::output::Output;
use anyhow::{bail, Context, Result};
use justify_migrate::connection::Connection;
use justify_migrate::dev::{DevError, DevOptions, Prompter};
use justify_migrate::rename::RenameAnswer;
use justify_psl::model::Schema;
use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

pub use super::target::Target;
use super::target::{print_json, shadow_url};

fn interactive(json: bool) -> bool {
    !json && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn ask(question: &str) -> String {
    eprint!("{question}");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    let _ = std::io::stdin().lock().read_line(&mut answer);
    answer.trim().to_string()
}

fn yes(question: &str) -> bool {
    matches!(
        ask(&format!("{question} [y/N] ")).as_str(),
        "y" | "Y" | "yes" | "Yes"
    )
}

/// Asks on the terminal, when there is one.
struct Terminal {
    interactive: bool,
}

impl Prompter for Terminal {
    fn is_interactive(&self) -> bool {
        self.interactive
    }
    fn confirm(&mut self, question: &str) -> bool {
        self.interactive && yes(question)
    }
    fn migration_name(&mut self) -> Option<String> {
        self.interactive
            .then(|| ask("Enter a name for the new migration: "))
            .filter(|n| !n.is_empty())
    }
}

/// One line per step, at most [`MAX_STEP_LINES`] of them.
fn print_steps(steps: &[String]) {
    for s in steps.iter().take(MAX_STEP_LINES) {
        eprintln!("  {s}");
    }
    if steps.len() > MAX_STEP_LINES {
        eprintln!("  … and {} more step(s)", steps.len() - MAX_STEP_LINES);
    }
}

const MAX_STEP_LINES: usize = 25;

/// `--rename` answers use the schema's names (model, field, enum value); the library matches
/// database names, so mapped names (`@map`, `@@map`) are translated where the schema knows them.
fn rename_answer(text: &str, model: &Schema) -> Result<RenameAnswer> {
    let mut a: RenameAnswer = text.parse().map_err(anyhow::Error::msg)?;
    match a.scope.clone() {
        None => {
            if let Some(m) = model.models.iter().find(|m| m.name == a.to) {
                a.to = m.db_name.clone();
            }
        }
        Some(scope) => {
            if let Some(m) = model.models.iter().find(|m| m.name == scope) {
                a.scope = Some(m.db_name.clone());
                if let Some(f) = m.fields.iter().find(|f| f.name == a.to) {
                    a.to = f.db_name.clone();
                }
            } else if let Some(e) = model.enums.iter().find(|e| e.name == scope) {
                a.scope = Some(e.db_name.clone());
                if let Some(v) = e.values.iter().find(|v| v.name == a.to) {
                    a.to = v.db_name.clone();
                }
            }
        }
    }
    Ok(a)
}

#[derive(clap::Args)]
pub struct DevArgs {
    /// Name of the new migration [default: asked on a terminal, else `migration`]
    #[arg(long, short)]
    name: Option<String>,
    /// Write the migration without applying it (edit it first, then run `migrate dev` again).
    #[arg(long)]
    create_only: bool,
    /// Create and apply a migration with warnings (data loss) without asking.
    #[arg(long)]
    accept_data_loss: bool,
    /// A rename, so data is kept: `Model=NewModel`, `Model.oldField=newField`,
    /// `Enum.OLD=NEW` (repeatable). Other candidates are asked about on a terminal.
    #[arg(long, value_name = "RENAME")]
    rename: Vec<String>,
    /// Do not seed after a reset.
    #[arg(long)]
    skip_seed: bool,
    /// Do not regenerate the client (done when the schema has a `justify-schema-client` generator).
    #[arg(long)]
    skip_generate: bool,
    #[command(flatten)]
    target: Target,
}

fn report_error(json: bool, out: &Output, err: &dyn std::fmt::Display) -> Result<ExitCode> {
    if json {
        print_json(&serde_json::json!({ "ok": false, "error": err.to_string() }))?;
    } else {
        out.error(&err.to_string());
    }
    Ok(ExitCode::from(1))
}

pub fn dev(args: DevArgs, out: &Output) -> Result<ExitCode> {
    let r = args.target.resolve_valid(out)?;
    let target = justify_sql::lower::lower(&r.model);
    let renames = args
        .rename
        .iter()
        .map(|t| rename_answer(t, &r.model))
        .collect::<Result<Vec<_>>>()?;
    let options = DevOptions {
        name: args.name.clone(),
        create_only: args.create_only,
        accept_data_loss: args.accept_data_loss,
        renames,
        shadow_database_url: shadow_url(Some(&r.model)),
        deploy: Default::default(),
    };
    let mut prompter = Terminal {
        interactive: interactive(args.target.json),
    };
    let client = if args.skip_generate {
        None
    } else {
        super::generate::PendingClient::start(&r.schema_path, &r.model)
    };
    let result = config::runtime()?.block_on(justify_migrate::dev::dev(
        &r.url,
        &r.folder,
        &target,
        &options,
        &mut prompter,
    ));
    let report = match result {
        Ok(report) => report,
        Err(err) => {
            if let (DevError::Drift(_), false) = (&err, args.target.json) {
                out.error(&err.to_string());
                return Ok(ExitCode::from(1));
            }
            return report_error(args.target.json, out, &err);
        }
    };
    let seeded = if report.reset && !args.skip_seed {
        seed_default(&r.url, &r.model, out, args.target.json)?
    } else {
        None
    };
    if let Some(client) = client {
        client.write(out)?;
    }
    if args.target.json {
        print_json(&serde_json::json!({ "ok": true, "report": report, "seeded": seeded }))?;
        return Ok(ExitCode::SUCCESS);
    }
    if report.reset {
        out.warn("the database was reset");
    }
    for m in &report.applied {
        out.success(&format!("Applied {m}"));
    }
    match &report.created {
        None if report.in_sync => {
            out.success("Already in sync, no schema change or pending migration was found")
        }
        None => {}
        Some(c) => {
            print_steps(&c.steps);
            let file = c.path.join(justify_migrate::folder::MIGRATION_FILE_NAME);
            if c.applied {
                out.success(&format!(
                    "Created and applied {} ({})",
                    c.name,
                    file.display()
                ));
            } else {
                out.success(&format!(
                    "Created {} ({}); edit it if needed, then run `migrate dev` to apply it",
                    c.name,
                    file.display()
                ));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(clap::Args)]
pub struct ResetArgs {
    /// Do not ask for confirmation (required without a terminal).
    #[arg(long, short)]
    force: bool,
    /// Do not seed after the reset.
    #[arg(long)]
    skip_seed: bool,
    #[command(flatten)]
    target: Target,
}

pub fn reset(args: ResetArgs, out: &Output) -> Result<ExitCode> {
    let r = args.target.resolve_valid(out)?;
    let namespaces = justify_sql::lower::lower(&r.model).namespaces;
    let rt = config::runtime()?;
    let result = rt.block_on(async {
        let conn = Connection::connect(&r.url).await?;
        let schemas = justify_migrate::reset::schemas_to_reset(&conn, &namespaces);
        if !args.force {
            if !interactive(args.target.json) {
                bail!(
                    "`migrate reset` deletes all data of schema(s) {} on {}: pass --force to do so \
                     without a terminal",
                    schemas.join(", "),
                    conn.redacted_url()
                );
            }
            if !yes(&format!(
                "Drop schema(s) {} on {} with all their data, and apply every migration again?",
                schemas.join(", "),
                conn.redacted_url()
            )) {
                bail!("aborted; nothing was changed");
            }
        }
        Ok(justify_migrate::reset::reset(&conn, &r.folder, &namespaces, &Default::default()).await)
    })?;
    let report = match result {
        Ok(report) => report,
        Err(err) => return report_error(args.target.json, out, &err),
    };
    let seeded = if args.skip_seed {
        None
    } else {
        seed_default(&r.url, &r.model, out, args.target.json)?
    };
    if args.target.json {
        print_json(&serde_json::json!({ "ok": true, "report": report, "seeded": seeded }))?;
        return Ok(ExitCode::SUCCESS);
    }
    for m in &report.deploy.applied {
        out.success(&format!("Applied {}", m.name));
    }
    out.success(&format!(
        "Reset schema(s) {} on {}: {} migration(s) applied",
        report.schemas.join(", "),
        report.connection.url,
        report.deploy.applied.len()
    ));
    Ok(ExitCode::SUCCESS)
}

/// Seeds the database after a reset, as `seed` would: with justify.toml's `[seed] command` when
/// set, else from its `[seed] fixtures` folder, else from examples/fixtures when that exists.
/// Returns the number of fixture rows (`None` when nothing was loaded, or a command ran).
fn seed_default(url: &str, model: &Schema, out: &Output, json: bool) -> Result<Option<usize>> {
    let seed_config = config::project_config()?.seed;
    if let Some(command) = seed_config.command() {
        if !json {
            eprintln!("Running the seed command from justify.toml: {command}");
        }
        let code = super::seed::run_seed_command(command, url, json)?;
        if code != 0 {
            bail!("the seed command exited with code {code}; the database was reset but may not be seeded");
        }
        if !json {
            out.success("Seeded with the seed command from justify.toml");
        }
        return Ok(None);
    }
    let path = seed_config.fixtures_path();
    if !path.exists() {
        if seed_config.fixtures.is_some() {
            out.warn(&format!(
                "the fixtures folder {} (justify.toml's [seed] fixtures) does not exist; not seeded",
                path.display()
            ));
        }
        return Ok(None);
    }
    let sources =
        justify_seed::load_sources(std::slice::from_ref(&path)).context("reading fixtures")?;
    let plan = match justify_seed::check(model, &sources) {
        Ok(plan) => plan,
        Err(diags) => {
            out.diagnostics(&diags, &sources);
            bail!(
                "the fixtures in {} are invalid; the database was reset but not seeded",
                path.display()
            );
        }
    };
    let bar = super::seed::ProgressLine::new(!json && std::io::stderr().is_terminal());
    let seeded = justify_seed::seed_blocking_with(
        url,
        &plan,
        &justify_seed::Options { reset: false },
        &|p| bar.update(p),
    );
    bar.clear();
    seeded.context("seeding")?;
    if !json {
        out.success(&format!(
            "Seeded {} fixture rows from {}",
            plan.row_count(),
            path.display()
        ));
    }
    Ok(Some(plan.row_count()))
}

#[derive(clap::Args)]
pub struct PushArgs {
    /// Apply changes with warnings (data loss) anyway.
    #[arg(long)]
    accept_data_loss: bool,
    /// Empty the schema(s) first (all data is lost).
    #[arg(long)]
    force_reset: bool,
    #[command(flatten)]
    target: Target,
}

pub fn push(args: PushArgs, out: &Output) -> Result<ExitCode> {
    let r = args.target.resolve_valid(out)?;
    let target = justify_sql::lower::lower(&r.model);
    let options = justify_migrate::push::PushOptions {
        accept_data_loss: args.accept_data_loss,
        force_reset: args.force_reset,
    };
    let result = config::runtime()?.block_on(async {
        let conn = Connection::connect(&r.url).await?;
        anyhow::Ok(justify_migrate::push::push(&conn, &target, &options).await)
    })?;
    let report = match result {
        Ok(report) => report,
        Err(err) => return report_error(args.target.json, out, &err),
    };
    if args.target.json {
        print_json(&serde_json::json!({ "ok": true, "report": report }))?;
        return Ok(ExitCode::SUCCESS);
    }
    if report.in_sync() {
        out.success(&format!(
            "The database is already in sync with the schema ({})",
            report.connection.url
        ));
    } else {
        print_steps(&report.steps);
        out.success(&format!(
            "Pushed {} change(s) to {} in {:.0} ms",
            report.steps.len(),
            report.connection.url,
            report.duration_ms
        ));
    }
    Ok(ExitCode::SUCCESS)
}
