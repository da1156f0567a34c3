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

/// A one-line progress display on stderr while rows are loaded (a terminal only): the line is
/// rewritten in place (`\r`, erase to end of line) at most 10 times a second and erased at the
/// end, so what is printed afterwards is unchanged. A hand-written line rather than a progress
/// crate: one bar, no styles, and no new dependency.
struct ProgressLine {
    enabled: bool,
    state: std::sync::Mutex<(Option<std::time::Instant>, bool)>,
}

impl ProgressLine {
    fn new(enabled: bool) -> Self {
        ProgressLine {
            enabled,
            state: std::sync::Mutex::new((None, false)),
        }
    }

    fn update(&self, p: &justify_seed::Progress) {
        if !self.enabled {
            return;
        }
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        let now = std::time::Instant::now();
        let finished = p.done == p.total;
        // Every table start and end, else at most every 100 ms.
        if p.done != 0
            && !finished
            && state
                .0
                .is_some_and(|t| now.duration_since(t) < std::time::Duration::from_millis(100))
        {
            return;
        }
        state.0 = Some(now);
        state.1 = true;
        eprint!("\r\x1b[2K{}", progress_text(p));
        let _ = std::io::stderr().flush();
    }

    fn clear(&self) {
        if let Ok(state) = self.state.lock() {
            if state.1 {
                eprint!("\r\x1b[2K");
                let _ = std::io::stderr().flush();
            }
        }
    }
}

/// `[2/4] CampaignWizard [#########...........]  9,000/20,000 rows`
fn progress_text(p: &justify_seed::Progress) -> String {
    const WIDTH: u64 = 24;
    let filled = (p.done * WIDTH).checked_div(p.total).unwrap_or(WIDTH) as usize;
    format!(
        "[{}/{}] {} [{}{}] {}/{} rows",
        p.table,
        p.tables,
        p.model,
        "#".repeat(filled),
        ".".repeat(WIDTH as usize - filled),
        thousands(p.done),
        thousands(p.total)
    )
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_text_shows_table_and_rows() {
        let p = justify_seed::Progress {
            model: "User",
            table: 2,
            tables: 4,
            done: 5_000,
            total: 20_000,
        };
        assert_eq!(
            progress_text(&p),
            "[2/4] User [######..................] 5,000/20,000 rows"
        );
        let empty = justify_seed::Progress {
            total: 0,
            done: 0,
            ..p
        };
        assert!(progress_text(&empty).contains("[########################] 0/0"));
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(999), "999");
    }
}
