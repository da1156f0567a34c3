//! Errors and warnings about a schema, and the one place that renders them.
//!
//! Every stage pushes into a [`Diagnostics`] and keeps going, so a run reports every problem of
//! the schema at once. Rendering (rustc-like text, with or without colour, or JSON) lives here and
//! nowhere else.

use crate::span::{SourceSet, Span};
use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label, Severity as CsSeverity};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, termcolor::WriteColor};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    /// Extra lines under the snippet (`= help: …`).
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            span,
            notes: Vec::new(),
        }
    }
    pub fn warning(span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            message: message.into(),
            span,
            notes: Vec::new(),
        }
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}

/// An ordered collection of diagnostics.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }
    pub fn error(&mut self, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::error(span, message));
    }
    pub fn warning(&mut self, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::warning(span, message));
    }
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter().filter(|d| d.severity == Severity::Error)
    }
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Warning)
    }
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// Sorts by file and position, so output order does not depend on the validation pass order.
    pub fn sort(&mut self) {
        self.items
            .sort_by_key(|d| (d.span.file, d.span.start, d.span.end, d.severity));
    }
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Renders as rustc does: `error: msg`, ` --> file:line:col`, the line, a caret under the span.
    pub fn render(&self, sources: &SourceSet, out: &mut dyn WriteColor) -> std::io::Result<()> {
        let files = CsFiles(sources);
        let config = term::Config::default();
        for d in &self.items {
            let sev = match d.severity {
                Severity::Error => CsSeverity::Error,
                Severity::Warning => CsSeverity::Warning,
            };
            let diag = CsDiagnostic::new(sev)
                .with_message(&d.message)
                .with_labels(vec![Label::primary(d.span.file, d.span.range())])
                .with_notes(d.notes.clone());
            term::emit_to_write_style(out, &config, &files, &diag).map_err(|e| match e {
                FilesError::Io(e) => e,
                other => std::io::Error::other(other.to_string()),
            })?;
        }
        Ok(())
    }

    /// Renders to a plain string (no colour): what snapshots and logs hold.
    pub fn render_plain(&self, sources: &SourceSet) -> String {
        let mut buf = term::termcolor::NoColor::new(Vec::new());
        self.render(sources, &mut buf)
            .expect("writing to memory cannot fail");
        String::from_utf8_lossy(&buf.into_inner()).into_owned()
    }

    /// Machine-readable form: one object per diagnostic with file, line and column.
    pub fn to_json(&self, sources: &SourceSet) -> serde_json::Value {
        let items: Vec<_> = self
            .items
            .iter()
            .map(|d| {
                let file = &sources.files[d.span.file];
                let (line, column) = file.line_col(d.span.start as usize);
                let (end_line, end_column) = file.line_col(d.span.end as usize);
                serde_json::json!({
                    "severity": d.severity,
                    "message": d.message,
                    "file": file.name,
                    "line": line,
                    "column": column,
                    "endLine": end_line,
                    "endColumn": end_column,
                    "notes": d.notes,
                })
            })
            .collect();
        serde_json::Value::Array(items)
    }
}

struct CsFiles<'a>(&'a SourceSet);

impl<'a> Files<'a> for CsFiles<'a> {
    type FileId = usize;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: usize) -> Result<&'a str, FilesError> {
        Ok(&self.file(id)?.name)
    }
    fn source(&'a self, id: usize) -> Result<&'a str, FilesError> {
        Ok(&self.file(id)?.text)
    }
    fn line_index(&'a self, id: usize, byte_index: usize) -> Result<usize, FilesError> {
        Ok(self.file(id)?.line_col(byte_index).0 - 1)
    }
    fn line_range(
        &'a self,
        id: usize,
        line_index: usize,
    ) -> Result<std::ops::Range<usize>, FilesError> {
        let f = self.file(id)?;
        f.line_range(line_index).ok_or(FilesError::LineTooLarge {
            given: line_index,
            max: f.line_count().saturating_sub(1),
        })
    }
}

impl CsFiles<'_> {
    fn file(&self, id: usize) -> Result<&crate::span::SourceFile, FilesError> {
        self.0.files.get(id).ok_or(FilesError::FileMissing)
    }
}
