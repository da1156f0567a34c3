//! The canonical layout of a schema (`justify-schema format`), as `prisma format` lays it out.
//!
//! Schemas are shared with projects that still run Prisma's own tooling, so formatting one with
//! us must give byte for byte what `prisma format` gives: otherwise the two tools would rewrite
//! each other's files forever. Everything here reproduces Prisma's reformatter, including its
//! quirks:
//!
//! - Inside a block, lines are laid out as tables. A blank line starts a new table; comment lines
//!   do not. In a table, every column but the last is padded to its widest cell, plus one space:
//!   field name, type and attributes; enum value name and attributes; datasource and generator
//!   keys and `= value`.
//! - A comment after a row is appended with one space and is never aligned.
//! - Field attributes are sorted (stable) in the order `@id @unique @default @updatedAt @index
//!   @fulltext @map @relation @ignore`, then every other attribute (`@db.*`, …) as written. The
//!   attributes of an enum value are kept in order and written without a space between them.
//! - Block attributes (`@@…`) are all moved to the end of the block, after exactly one blank line,
//!   sorted the same way, with no blank lines between them. A comment block directly above a
//!   block attribute moves with it; any other comment stays among the fields.
//! - Blank lines: runs collapse to one; none at the start or end of a block or of the file. A
//!   closing `}` followed by a line break is followed by one blank line when anything follows.
//! - Indentation is two spaces; comments keep their text exactly, trailing spaces included;
//!   strings and numbers are written exactly as in the source; arguments are separated by `, `,
//!   named arguments written `name: value`, trailing commas dropped.
//!
//! Two deliberate differences, both on input Prisma itself would not leave as it is:
//! - Prisma drops a comment written after the opening `{` of a block; we keep it on that line,
//!   since a formatter must never lose a word of the file.
//! - Prisma needs two runs to settle a comment or block written right after a closing `}` on the
//!   same line (the first run moves it to the next line, the second adds the blank line); we give
//!   the settled result at once, so formatting is idempotent.

use crate::ast::*;
use crate::diagnostics::Diagnostics;
use crate::parser;

const INDENT: &str = "  ";

/// Formats one schema file. Files with syntax errors are not formatted: their diagnostics are
/// returned instead.
pub fn format_schema(text: &str) -> Result<String, Diagnostics> {
    let mut diags = Diagnostics::new();
    let file = parser::parse_file(text, 0, &mut diags);
    if diags.has_errors() {
        return Err(diags);
    }
    Ok(format_ast(&file, text))
}

/// Formats an already parsed file; `text` must be the source it was parsed from (strings and
/// comments are copied from it exactly as written).
pub fn format_ast(file: &SchemaFile, text: &str) -> String {
    let f = Formatter { src: text };
    let mut out = String::with_capacity(text.len());
    for (i, top) in file.tops.iter().enumerate() {
        match top {
            Top::Model(m) => {
                let kw = match m.kind {
                    ModelKind::Model => "model",
                    ModelKind::View => "view",
                    ModelKind::CompositeType => "type",
                };
                f.block(
                    &mut out,
                    kw,
                    &m.name,
                    &m.docs,
                    m.open_comment.as_deref(),
                    &m.items,
                );
            }
            Top::Enum(e) => {
                f.block(
                    &mut out,
                    "enum",
                    &e.name,
                    &e.docs,
                    e.open_comment.as_deref(),
                    &e.items,
                );
            }
            Top::Config(c) => {
                let kw = match c.kind {
                    ConfigKind::Datasource => "datasource",
                    ConfigKind::Generator => "generator",
                };
                f.block(
                    &mut out,
                    kw,
                    &c.name,
                    &c.docs,
                    c.open_comment.as_deref(),
                    &c.items,
                );
            }
            Top::Comment(comments) => {
                for c in comments {
                    out.push_str(&f.comment(c));
                    out.push('\n');
                }
            }
            Top::Blank => {
                if i + 1 < file.tops.len() {
                    out.push('\n');
                }
            }
        }
        // A block is followed by a blank line whenever anything follows. Prisma only writes it
        // when the source had a line break after `}`, so `} // note` or `}model B {` needs two
        // runs of `prisma format` to settle; we give that settled layout in one.
        let is_block = matches!(top, Top::Model(_) | Top::Enum(_) | Top::Config(_));
        if is_block
            && file
                .tops
                .get(i + 1)
                .is_some_and(|next| !matches!(next, Top::Blank))
        {
            out.push('\n');
        }
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// What a block member (field, enum value, key-value pair) contributes to its table.
trait Member {
    fn docs(&self) -> &[Comment];
    fn cells(&self, f: &Formatter) -> Vec<String>;
    fn trailing_comment(&self) -> Option<&Comment>;
}

impl Member for Field {
    fn docs(&self) -> &[Comment] {
        &self.docs
    }
    fn cells(&self, f: &Formatter) -> Vec<String> {
        let mut cells = vec![self.name.name.clone()];
        if let Some(ty) = &self.ty {
            cells.push(f.field_type(ty));
        }
        if !self.attributes.is_empty() {
            let mut attrs: Vec<&Attribute> = self.attributes.iter().collect();
            attrs.sort_by_key(|a| sort_rank(&a.name.name));
            let attrs: Vec<String> = attrs.iter().map(|a| f.attribute(a, "@")).collect();
            // Keep the columns in place even if the type is missing.
            cells.resize(2, String::new());
            cells.push(attrs.join(" "));
        }
        cells
    }
    fn trailing_comment(&self) -> Option<&Comment> {
        self.trailing_comment.as_ref()
    }
}

impl Member for EnumValue {
    fn docs(&self) -> &[Comment] {
        &self.docs
    }
    fn cells(&self, f: &Formatter) -> Vec<String> {
        let mut cells = vec![self.name.name.clone()];
        if !self.attributes.is_empty() {
            // Prisma writes every attribute of a value into one cell with no separator.
            cells.push(
                self.attributes
                    .iter()
                    .map(|a| f.attribute(a, "@"))
                    .collect(),
            );
        }
        cells
    }
    fn trailing_comment(&self) -> Option<&Comment> {
        self.trailing_comment.as_ref()
    }
}

impl Member for KeyValue {
    fn docs(&self) -> &[Comment] {
        &self.docs
    }
    fn cells(&self, f: &Formatter) -> Vec<String> {
        let mut value = String::from("= ");
        f.expr(&self.value, &mut value);
        vec![self.key.name.clone(), value]
    }
    fn trailing_comment(&self) -> Option<&Comment> {
        self.trailing_comment.as_ref()
    }
}

/// Position of an attribute in Prisma's canonical order; unknown attributes go last, in order.
fn sort_rank(name: &str) -> usize {
    const ORDER: [&str; 9] = [
        "id",
        "unique",
        "default",
        "updatedAt",
        "index",
        "fulltext",
        "map",
        "relation",
        "ignore",
    ];
    ORDER.iter().position(|n| *n == name).unwrap_or(ORDER.len())
}

/// One line of a table: aligned cells, then free text (a comment) that takes no part in the
/// alignment. A row with neither is a blank line.
#[derive(Default)]
struct Row {
    cells: Vec<String>,
    suffix: String,
}

/// Lines laid out together: every column but a row's last is padded to the widest cell.
#[derive(Default)]
struct Table {
    rows: Vec<Row>,
}

impl Table {
    fn blank(&mut self) {
        self.rows.push(Row::default());
    }

    fn comment(&mut self, text: String) {
        self.rows.push(Row {
            cells: Vec::new(),
            suffix: text,
        });
    }

    /// Writes the table at one level of indentation and empties it.
    fn render(&mut self, out: &mut String) {
        let mut widths: Vec<usize> = Vec::new();
        for row in &mut self.rows {
            while row.cells.last().is_some_and(|c| c.is_empty()) {
                row.cells.pop();
            }
            for (i, cell) in row.cells.iter().enumerate() {
                // Prisma measures in bytes; so do we, to agree on non-ASCII text.
                match widths.get_mut(i) {
                    Some(w) => *w = (*w).max(cell.len()),
                    None => widths.push(cell.len()),
                }
            }
        }
        for row in self.rows.drain(..) {
            if !row.cells.is_empty() || !row.suffix.is_empty() {
                out.push_str(INDENT);
            }
            let last = row.cells.len().saturating_sub(1);
            for (i, cell) in row.cells.iter().enumerate() {
                out.push_str(cell);
                if i < last {
                    let pad = widths.get(i).map_or(0, |w| w.saturating_sub(cell.len())) + 1;
                    out.extend(std::iter::repeat_n(' ', pad));
                }
            }
            if !row.suffix.is_empty() {
                if !row.cells.is_empty() {
                    out.push(' ');
                }
                out.push_str(&row.suffix);
            }
            out.push('\n');
        }
    }
}

struct Formatter<'a> {
    src: &'a str,
}

impl Formatter<'_> {
    /// The source text of a span, when it is one.
    fn raw(&self, span: crate::span::Span) -> Option<&str> {
        self.src.get(span.range())
    }

    /// A comment exactly as written, from its slashes to the end of its line.
    fn comment(&self, c: &Comment) -> String {
        let start = c.span.start as usize;
        if let Some(rest) = self.src.get(start..) {
            if rest.starts_with("//") {
                let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
                return rest[..end].to_string();
            }
        }
        let prefix = if c.doc { "///" } else { "//" };
        format!("{prefix}{}", c.text)
    }

    fn block<T: Member>(
        &self,
        out: &mut String,
        keyword: &str,
        name: &Ident,
        docs: &[Comment],
        open_comment: Option<&str>,
        items: &[BlockItem<T>],
    ) {
        for c in docs {
            out.push_str(&self.comment(c));
            out.push('\n');
        }
        out.push_str(keyword);
        out.push(' ');
        out.push_str(&name.name);
        out.push_str(" {");
        if let Some(c) = open_comment.filter(|c| c.starts_with("//")) {
            out.push(' ');
            out.push_str(c);
        }
        out.push('\n');
        self.block_contents(out, items);
        out.push_str("}\n");
    }

    fn block_contents<T: Member>(&self, out: &mut String, items: &[BlockItem<T>]) {
        let mut table = Table::default();
        // Block attributes, each with the comments written directly above it.
        let mut attributes: Vec<(Vec<&Comment>, &Attribute, Option<&Comment>)> = Vec::new();
        let mut pending: Vec<&Comment> = Vec::new();
        let mut after_blank = false;
        for (i, item) in items.iter().enumerate() {
            match item {
                BlockItem::Blank => {
                    after_blank = true;
                    continue;
                }
                BlockItem::Comment(comments) => {
                    // Consecutive comment items are one comment block in the source.
                    let next = items[i + 1..]
                        .iter()
                        .find(|it| !matches!(it, BlockItem::Comment(_)));
                    if matches!(next, Some(BlockItem::Attribute(..))) {
                        pending.extend(comments);
                    } else {
                        if after_blank {
                            table.render(out);
                            table.blank();
                        }
                        for c in comments {
                            table.comment(self.comment(c));
                        }
                    }
                }
                BlockItem::Member(m) => {
                    if after_blank {
                        table.render(out);
                        table.blank();
                    }
                    for c in m.docs() {
                        table.comment(self.comment(c));
                    }
                    table.rows.push(Row {
                        cells: m.cells(self),
                        suffix: m
                            .trailing_comment()
                            .map(|c| self.comment(c))
                            .unwrap_or_default(),
                    });
                }
                BlockItem::Attribute(a, trailing) => {
                    attributes.push((std::mem::take(&mut pending), a, trailing.as_ref()));
                }
            }
            after_blank = false;
        }
        // Comments that were waiting for an attribute that never came (cannot happen with the
        // parser's item order, kept so nothing is ever dropped).
        for c in pending {
            table.comment(self.comment(c));
        }
        table.render(out);

        if !attributes.is_empty() {
            table.blank();
            attributes.sort_by_key(|(_, a, _)| sort_rank(&a.name.name));
            for (comments, a, trailing) in attributes {
                for c in comments {
                    table.comment(self.comment(c));
                }
                table.rows.push(Row {
                    cells: vec![self.attribute(a, "@@")],
                    suffix: trailing.map(|c| self.comment(c)).unwrap_or_default(),
                });
            }
            table.render(out);
        }
    }

    fn field_type(&self, ty: &FieldType) -> String {
        let mut s = match &ty.base {
            BaseType::Named(id) => id.name.clone(),
            BaseType::Unsupported(value, span) => match self.raw(*span) {
                Some(raw) if raw.starts_with("Unsupported") => raw.to_string(),
                _ => format!("Unsupported({})", escape(value)),
            },
        };
        s.push_str(match ty.arity {
            Arity::Required => "",
            Arity::Optional => "?",
            Arity::List => "[]",
            Arity::OptionalList => "[]?",
        });
        s
    }

    fn attribute(&self, a: &Attribute, sigil: &str) -> String {
        let mut s = format!("{sigil}{}", a.name.name);
        if a.has_parens {
            self.arguments(&a.args, &mut s);
        }
        s
    }

    fn arguments(&self, args: &[Argument], out: &mut String) {
        out.push('(');
        for (i, arg) in args.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if let Some(name) = &arg.name {
                out.push_str(&name.name);
                out.push_str(": ");
            }
            if let Some(value) = &arg.value {
                self.expr(value, out);
            }
        }
        out.push(')');
    }

    fn expr(&self, e: &Expr, out: &mut String) {
        match e {
            Expr::String(value, span) => match self.raw(*span) {
                Some(raw) if raw.len() >= 2 && raw.starts_with('"') && raw.ends_with('"') => {
                    out.push_str(raw)
                }
                _ => out.push_str(&escape(value)),
            },
            Expr::Number(n, _) => out.push_str(n),
            Expr::Path(p, _) => out.push_str(p),
            Expr::Function(name, args, _) => {
                out.push_str(&name.name);
                self.arguments(args, out);
            }
            Expr::Array(items, _) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.expr(item, out);
                }
                out.push(']');
            }
            Expr::Object(entries, _) => {
                // Prisma pads the braces even when empty: `{  }`.
                out.push_str("{ ");
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&key.name);
                    out.push_str(": ");
                    self.expr(value, out);
                }
                out.push_str(" }");
            }
        }
    }
}

/// A string value as a JSON-style literal, quotes included (the inverse of [`parser::unescape`]).
fn escape(value: &str) -> String {
    let mut s = String::with_capacity(value.len() + 2);
    s.push('"');
    for c in value.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            '\u{8}' => s.push_str("\\b"),
            '\u{c}' => s.push_str("\\f"),
            c if (c as u32) < 0x20 => s.push_str(&format!("\\u{:04x}", c as u32)),
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_round_trips_through_unescape() {
        let value = "say \"hi\" C:\\temp\nline\ttab \u{1} café";
        let lit = escape(value);
        assert_eq!(parser::unescape(&lit[1..lit.len() - 1]), value);
    }
}
