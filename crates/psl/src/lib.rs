//! # justify-psl — the Prisma schema language
//!
//! The first stage of justify-schema: schema text → syntax tree (pest) → validated, resolved
//! model, with diagnostics that point at the source. Every later stage (SQL lowering, diffing,
//! client generation, seeding) reads the [`model::Schema`] this crate produces and never the text.
//!
//! This crate must never touch a database, the file system beyond reading schema files, or know
//! anything about SQL: PostgreSQL facts it needs (native types and which scalar they fit) are
//! data in [`native`].

pub mod ast;
pub mod describe;
pub mod diagnostics;
pub mod format;
pub mod model;
pub mod native;
pub mod parser;
pub mod span;
mod validate;

pub use diagnostics::{Diagnostic, Diagnostics, Severity};
pub use span::{SourceFile, SourceSet, Span};

/// The result of reading a schema: sources, syntax trees, the model (when valid) and diagnostics.
pub struct Parsed {
    pub sources: SourceSet,
    pub asts: Vec<ast::SchemaFile>,
    pub diagnostics: Diagnostics,
}

/// Parses every file of a source set.
pub fn parse(sources: SourceSet) -> Parsed {
    let mut diagnostics = Diagnostics::new();
    let asts = sources
        .files
        .iter()
        .enumerate()
        .map(|(i, f)| parser::parse_file(&f.text, i, &mut diagnostics))
        .collect();
    Parsed {
        sources,
        asts,
        diagnostics,
    }
}

/// The outcome of [`check`]: the model is present when there are no errors.
pub struct Checked {
    pub sources: SourceSet,
    pub asts: Vec<ast::SchemaFile>,
    pub model: Option<model::Schema>,
    pub diagnostics: Diagnostics,
}

/// Parses and validates: text in, resolved model (or every diagnostic) out.
pub fn check(sources: SourceSet) -> Checked {
    let Parsed {
        sources,
        asts,
        mut diagnostics,
    } = parse(sources);
    // Semantic checks on a half-parsed file mostly report the syntax error again in other words,
    // so (as Prisma does) they run only once the syntax is clean.
    let model = if diagnostics.has_errors() {
        None
    } else {
        let (model, found) = validate_asts(&asts, &sources);
        diagnostics.extend(found);
        Some(model)
    };
    diagnostics.sort();
    let model = model.filter(|_| !diagnostics.has_errors());
    Checked {
        sources,
        asts,
        model,
        diagnostics,
    }
}

/// The second half of [`check`] on syntax trees that parsed without errors: the model (meaningful
/// only when the returned diagnostics hold no error) and the diagnostics of validation alone, in
/// pass order (unsorted). Borrows the trees, so a benchmark can time validation by itself.
pub fn validate_asts(
    asts: &[ast::SchemaFile],
    sources: &SourceSet,
) -> (model::Schema, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let model = validate::validate(asts, sources, &mut diagnostics);
    (model, diagnostics)
}

/// Validates a single schema text (convenience for tests and benchmarks).
pub fn check_str(name: &str, text: &str) -> Checked {
    check(SourceSet::single(name, text))
}
