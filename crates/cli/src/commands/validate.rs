use crate::config;
use crate::output::Output;
use anyhow::Result;
use codespan_reporting::term::termcolor::{
    BufferWriter, Color, ColorChoice, ColorSpec, WriteColor,
};
use std::io::Write;
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
        let mut text = serde_json::to_string_pretty(&doc)?;
        text.push('\n');
        // One write (println! on a line-buffered stdout writes in pieces).
        std::io::stdout().lock().write_all(text.as_bytes())?;
    } else {
        // Every diagnostic and the verdict go into one buffer, written to stderr (unbuffered) in
        // one call, in the colours `out` would use.
        let color = if out.stderr().supports_color() {
            ColorChoice::Always
        } else {
            ColorChoice::Never
        };
        let writer = BufferWriter::stderr(color);
        let mut buffer = writer.buffer();
        let _ = checked.diagnostics.render(&checked.sources, &mut buffer);
        let errors = checked.diagnostics.errors().count();
        let files: Vec<&str> = checked
            .sources
            .files
            .iter()
            .map(|f| f.name.as_str())
            .collect();
        let (color, label, msg) = if valid {
            (
                Color::Green,
                "✔",
                format!("The schema at {} is valid", files.join(", ")),
            )
        } else {
            (
                Color::Red,
                "error:",
                format!(
                    "validation failed with {errors} error{}",
                    if errors == 1 { "" } else { "s" }
                ),
            )
        };
        let _ = buffer.set_color(ColorSpec::new().set_fg(Some(color)).set_bold(true));
        let _ = write!(buffer, "{label}");
        let _ = buffer.reset();
        let _ = writeln!(buffer, " {msg}");
        let _ = writer.print(&buffer);
    }
    // The process ends right after this: freeing the syntax trees, the model and the sources
    // piece by piece would only cost time (a tenth of the run on big schemas); the OS takes the
    // memory back at exit.
    std::mem::forget(checked);
    Ok(if valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
