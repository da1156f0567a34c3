use crate::config;
use crate::output::Output;
use anyhow::{bail, Context, Result};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// The fixtures `seed` and `migrate reset` load when neither `--fixtures` nor `justify.toml`'s
/// `[seed] fixtures` names any.
pub const DEFAULT_FIXTURES: &str = "examples/fixtures";

/// Runs `justify.toml`'s `[seed] command` through `sh -c` with `DATABASE_URL` set to `url`, its
/// stdin and stderr inherited; its stdout goes to our stdout, or to our stderr when
/// `stdout_to_stderr` (to keep `--json` output clean). Returns the command's exit code
/// (128 + the signal when it was killed).
pub fn run_seed_command(command: &str, url: &str, stdout_to_stderr: bool) -> Result<i32> {
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c").arg(command).env("DATABASE_URL", url);
    if stdout_to_stderr {
        cmd.stdout(std::process::Stdio::from(std::io::stderr()));
    }
    let status = cmd
        .status()
        .with_context(|| format!("running the seed command `{command}`"))?;
    if let Some(code) = status.code() {
        return Ok(code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return Ok(128 + signal);
        }
    }
    Ok(1)
}

/// The process exit code for a child's exit code (out-of-range codes become 1).
fn exit_code(code: i32) -> ExitCode {
    match u8::try_from(code) {
        Ok(c) => ExitCode::from(c),
        Err(_) => ExitCode::from(1),
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// Fixture file(s) or folder(s) of .yaml/.yml/.json files; also runs them instead of
    /// justify.toml's `[seed] command` [default: justify.toml's `[seed] fixtures`, else examples/fixtures]
    #[arg(long, value_name = "PATH", num_args = 1..)]
    fixtures: Vec<PathBuf>,
    /// Also read the fixture set `<folder>/<ENV>/` of each fixtures folder (e.g. `dev`, `test`), after the shared files.
    #[arg(long, value_name = "ENV")]
    env: Option<String>,
    /// Schema file or folder of .prisma files [default: justify.toml's `schema`, else schema/schema.prisma]
    #[arg(long)]
    schema: Option<PathBuf>,
    /// Truncate the seeded tables first (asks for confirmation unless --force).
    #[arg(long)]
    reset: bool,
    /// Do not ask before --reset (required when not run from a terminal).
    #[arg(long)]
    force: bool,
    /// Check the fixtures only; do not connect to the database.
    #[arg(long)]
    check: bool,
    /// Database to seed [default: DATABASE_URL from the environment or .env, else the datasource's url, else the dev database]
    #[arg(long, env = "DATABASE_URL", hide_env_values = true)]
    database_url: Option<String>,
}

pub fn run(args: Args, out: &Output) -> Result<ExitCode> {
    let checked = justify_psl::check(config::load_schema(args.schema)?);
    let Some(model) = checked.model else {
        out.diagnostics(&checked.diagnostics, &checked.sources);
        bail!("the schema is invalid: run `justify-schema validate`");
    };
    let seed_config = config::project_config()?.seed;
    // A configured command runs for a plain `seed`; fixture options (--fixtures, --env, --check,
    // --reset) ask for the fixtures.
    let fixture_mode = !args.fixtures.is_empty() || args.env.is_some() || args.check || args.reset;
    if let (Some(command), false) = (seed_config.command(), fixture_mode) {
        let url = config::database_url(args.database_url, Some(&model))?;
        eprintln!("Running the seed command from justify.toml: {command}");
        let code = run_seed_command(command, &url, false)?;
        if code != 0 {
            out.error(&format!("the seed command exited with code {code}"));
        }
        return Ok(exit_code(code));
    }
    let paths = if args.fixtures.is_empty() {
        vec![seed_config.fixtures_path()]
    } else {
        args.fixtures
    };
    let sources =
        justify_seed::load_env_sources(&paths, args.env.as_deref()).context("reading fixtures")?;
    let plan = match justify_seed::check(&model, &sources) {
        Ok(plan) => plan,
        Err(diags) => {
            out.diagnostics(&diags, &sources);
            let n = diags.errors().count();
            out.error(&format!(
                "the fixtures have {n} error{}; nothing was written",
                if n == 1 { "" } else { "s" }
            ));
            return Ok(ExitCode::from(1));
        }
    };
    if args.check {
        out.success(&format!(
            "{} fixture rows in {} file(s) are valid",
            plan.row_count(),
            sources.files.len()
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let url = config::database_url(args.database_url, Some(&model))?;
    if args.reset && !args.force {
        if !std::io::stdin().is_terminal() {
            bail!("--reset empties tables: pass --force to do so without a terminal");
        }
        let names: Vec<&str> = plan
            .table_names()
            .into_iter()
            .map(|t| t.name.as_str())
            .collect();
        eprint!(
            "This truncates {} table(s) ({}) and everything that references them. Continue? [y/N] ",
            names.len(),
            names.join(", ")
        );
        std::io::stderr().flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            out.error("aborted; nothing was written");
            return Ok(ExitCode::from(1));
        }
    }
    let options = justify_seed::Options { reset: args.reset };
    let bar = ProgressLine::new(std::io::stderr().is_terminal());
    let report = justify_seed::seed_blocking_with(&url, &plan, &options, &|p| bar.update(p));
    bar.clear();
    let report = report?;
    for (model, n) in &report.written {
        eprintln!("  {model}: {n} row(s) written");
    }
    if report.links > 0 {
        eprintln!("  many-to-many links: {}", report.links);
    }
    if report.looked_up > 0 {
        eprintln!(
            "  relations found in the database by unique key: {}",
            report.looked_up
        );
    }
    if report.generated > 0 {
        eprintln!(
            "  autoincrement ids of referenced rows (from their sequences or read back): {}",
            report.generated
        );
    }
    if report.rebuilt > 0 {
        eprintln!(
            "  indexes and foreign keys re-created after bulk COPY: {}",
            report.rebuilt
        );
    }
    out.success(&format!(
        "seeded {} fixture rows from {} file(s): {} change(s){}",
        plan.row_count(),
        sources.files.len(),
        report.changes(),
        if report.truncated.is_empty() {
            String::new()
        } else {
            format!(", after truncating {} table(s)", report.truncated.len())
        }
    ));
    // The process ends right after: freeing a large plan value by value (100k rows: ~0.2 s)
    // would only delay the exit.
    std::mem::forget(plan);
    Ok(ExitCode::SUCCESS)
}

/// The progress bar on stderr while rows are loaded, one bar per table in turn. indicatif draws
/// nothing when stderr is not a terminal and rate-limits redraws; each bar is erased when its
/// table is done, so what is printed afterwards is unchanged.
pub(crate) struct ProgressLine {
    enabled: bool,
    bar: std::sync::Mutex<Option<indicatif::ProgressBar>>,
}

impl ProgressLine {
    pub(crate) fn new(enabled: bool) -> Self {
        ProgressLine {
            enabled,
            bar: std::sync::Mutex::new(None),
        }
    }

    pub(crate) fn update(&self, p: &justify_seed::Progress) {
        if !self.enabled {
            return;
        }
        let Ok(mut slot) = self.bar.lock() else {
            return;
        };
        if p.done == 0 {
            // A new table: a new bar, fully set up before its first draw.
            if let Some(old) = slot.take() {
                old.finish_and_clear();
            }
            let mut bar = indicatif::ProgressBar::with_draw_target(
                Some(p.total),
                indicatif::ProgressDrawTarget::stderr(),
            )
            .with_prefix(format!("[{}/{}]", p.table, p.tables))
            .with_message(p.model.to_string());
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{prefix} {msg} [{bar:24}] {human_pos}/{human_len} rows",
            ) {
                bar = bar.with_style(style.progress_chars("#>."));
            }
            bar.tick();
            *slot = Some(bar);
        } else if let Some(bar) = slot.as_ref() {
            bar.set_position(p.done);
        }
    }

    pub(crate) fn clear(&self) {
        if let Ok(mut slot) = self.bar.lock() {
            if let Some(bar) = slot.take() {
                bar.finish_and_clear();
            }
        }
    }
}
