//! Terminal output: colour on a terminal, plain otherwise; diagnostics rendered by justify-psl.

use codespan_reporting::term::termcolor::{
    BufferWriter, Color, ColorChoice, ColorSpec, StandardStream, WriteColor,
};
use justify_psl::{Diagnostics, SourceSet};
use std::io::{IsTerminal, Write};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ColorMode {
    Auto,
    Always,
    Never,
}

pub struct Output {
    color: ColorMode,
}

impl Output {
    pub fn new(color: ColorMode) -> Self {
        Output { color }
    }

    fn choice(&self, tty: bool) -> ColorChoice {
        match self.color {
            ColorMode::Always => ColorChoice::Always,
            ColorMode::Never => ColorChoice::Never,
            ColorMode::Auto if tty && std::env::var_os("NO_COLOR").is_none() => ColorChoice::Auto,
            ColorMode::Auto => ColorChoice::Never,
        }
    }

    pub fn stderr(&self) -> StandardStream {
        StandardStream::stderr(self.choice(std::io::stderr().is_terminal()))
    }

    /// Renders into one buffer and writes it at once: stderr is unbuffered, and a write per
    /// fragment made rendering dozens of warnings cost more than validating the schema.
    pub fn diagnostics(&self, diags: &Diagnostics, sources: &SourceSet) {
        let writer = BufferWriter::stderr(self.choice(std::io::stderr().is_terminal()));
        let mut buffer = writer.buffer();
        if diags.render(sources, &mut buffer).is_ok() {
            let _ = writer.print(&buffer);
        }
    }

    fn line(&self, stream: &mut StandardStream, color: Color, label: &str, msg: &str) {
        let _ = stream.set_color(ColorSpec::new().set_fg(Some(color)).set_bold(true));
        let _ = write!(stream, "{label}");
        let _ = stream.reset();
        let _ = writeln!(stream, " {msg}");
    }

    pub fn error(&self, msg: &str) {
        self.line(&mut self.stderr(), Color::Red, "error:", msg);
    }

    pub fn success(&self, msg: &str) {
        self.line(&mut self.stderr(), Color::Green, "✔", msg);
    }
}

impl Output {
    pub fn warn(&self, msg: &str) {
        self.line(&mut self.stderr(), Color::Yellow, "warning:", msg);
    }
}
