//! Schema text → [`ast::SchemaFile`].
//!
//! Two parsers build the same AST. [`fastparse`] is a hand-written byte-level parser for
//! well-formed schemas; it gives up (`None`) on anything it does not understand. The pest parser
//! ([`parse_file_pest`], grammar in `grammar.pest`) is the grammar of record: it runs whenever the
//! fast path gives up and owns every diagnostic and all error recovery. The grammar never fails as
//! a whole; lines it cannot read become diagnostics here, so one run reports all syntax errors of
//! a file. `tests/fastparse_oracle.rs` checks that both parsers build identical ASTs.
//! See `docs/decisions/0003-fast-parser.md`.

use crate::ast::*;
use crate::diagnostics::Diagnostics;
use crate::span::{FileId, Span};
use pest::iterators::Pair;
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "grammar.pest"]
struct PslParser;

#[path = "fastparse.rs"]
pub mod fastparse;

/// Parses one file. Never panics; syntax errors are pushed to `diags`.
///
/// The fast parser runs first; when it gives up, the pest parser parses the file (and reports
/// its syntax errors).
pub fn parse_file(text: &str, file: FileId, diags: &mut Diagnostics) -> SchemaFile {
    match fastparse::parse(text, file) {
        Some(schema) => schema,
        None => parse_file_pest(text, file, diags),
    }
}

/// Parses one file with the pest parser only (the differential oracle of the fast path, and the
/// parser of every file the fast path gives up on).
pub fn parse_file_pest(text: &str, file: FileId, diags: &mut Diagnostics) -> SchemaFile {
    let mut schema = SchemaFile::default();
    let root = match PslParser::parse(Rule::schema, text) {
        Ok(mut pairs) => pairs.next().expect("schema rule always yields a pair"),
        Err(e) => {
            // Only reachable on grammar bugs; report it rather than panic.
            let (start, end) = match e.location {
                pest::error::InputLocation::Pos(p) => (p, p),
                pest::error::InputLocation::Span((s, e)) => (s, e),
            };
            diags.error(
                Span::new(file, start, end),
                format!("Error validating: {}", e.variant.message()),
            );
            return schema;
        }
    };
    let cx = Cx { file };
    let mut pending_docs: Vec<Comment> = Vec::new();
    for pair in root.into_inner() {
        match pair.as_rule() {
            Rule::model_declaration => {
                let m = cx.model(pair, std::mem::take(&mut pending_docs), diags);
                schema.tops.push(Top::Model(m));
            }
            Rule::enum_declaration => {
                let e = cx.enum_decl(pair, std::mem::take(&mut pending_docs), diags);
                schema.tops.push(Top::Enum(e));
            }
            Rule::config_block => {
                let c = cx.config(pair, std::mem::take(&mut pending_docs), diags);
                schema.tops.push(Top::Config(c));
            }
            Rule::arbitrary_block => {
                flush_docs(&mut schema.tops, &mut pending_docs);
                let span = cx.span(&pair);
                let first = pair.into_inner().next().map(|p| p.as_str().to_string());
                diags.error(
                    span,
                    format!(
                        "This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.{}",
                        first.map(|f| format!(" Found '{f}'.")).unwrap_or_default()
                    ),
                );
            }
            Rule::comment_block => {
                flush_docs(&mut schema.tops, &mut pending_docs);
                let comments = cx.comments(pair);
                let (free, docs) = split_trailing_docs(comments);
                if !free.is_empty() {
                    schema.tops.push(Top::Comment(free));
                }
                pending_docs = docs;
            }
            Rule::empty_lines => {
                flush_docs(&mut schema.tops, &mut pending_docs);
                if !matches!(schema.tops.last(), None | Some(Top::Blank)) {
                    schema.tops.push(Top::Blank);
                }
            }
            Rule::CATCH_ALL => {
                flush_docs(&mut schema.tops, &mut pending_docs);
                let span = cx.trimmed_span(&pair);
                diags.error(
                    span,
                    "This line is invalid. It does not start with any known Prisma schema keyword.",
                );
            }
            Rule::EOI => {}
            _ => {}
        }
    }
    flush_docs(&mut schema.tops, &mut pending_docs);
    while matches!(schema.tops.last(), Some(Top::Blank)) {
        schema.tops.pop();
    }
    schema
}

fn flush_docs(tops: &mut Vec<Top>, docs: &mut Vec<Comment>) {
    if !docs.is_empty() {
        tops.push(Top::Comment(std::mem::take(docs)));
    }
}

/// Splits a run of comments into free comments and the `///` lines at its end, which document
/// whatever follows.
fn split_trailing_docs(mut comments: Vec<Comment>) -> (Vec<Comment>, Vec<Comment>) {
    let n = comments.iter().rev().take_while(|c| c.doc).count();
    let docs = comments.split_off(comments.len() - n);
    (comments, docs)
}

struct Cx {
    file: FileId,
}

impl Cx {
    fn span(&self, pair: &Pair<Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.file, s.start(), s.end())
    }

    /// The span of a line-level pair without its line break and surrounding blanks.
    fn trimmed_span(&self, pair: &Pair<Rule>) -> Span {
        let s = pair.as_span();
        let text = s.as_str();
        let lead = text.len() - text.trim_start().len();
        let trimmed = text.trim();
        Span::new(
            self.file,
            s.start() + lead,
            s.start() + lead + trimmed.len(),
        )
    }

    fn ident(&self, pair: Pair<Rule>) -> Ident {
        Ident {
            span: self.span(&pair),
            name: pair.as_str().to_string(),
        }
    }

    fn comments(&self, pair: Pair<Rule>) -> Vec<Comment> {
        pair.into_inner().map(|c| self.comment(c)).collect()
    }

    fn comment(&self, pair: Pair<Rule>) -> Comment {
        let doc = pair.as_rule() == Rule::doc_comment;
        let span = self.trimmed_span(&pair);
        let text = pair
            .into_inner()
            .next()
            .map(|t| t.as_str().trim_end().to_string())
            .unwrap_or_default();
        Comment { text, doc, span }
    }

    fn trailing(&self, pair: Pair<Rule>) -> Comment {
        let inner = pair
            .into_inner()
            .next()
            .expect("trailing_comment has one child");
        self.comment(inner)
    }

    fn open_comment(&self, pair: Pair<Rule>) -> Option<String> {
        let rest = pair.into_inner().next()?.as_str().trim();
        (!rest.is_empty()).then(|| rest.to_string())
    }

    fn model(&self, pair: Pair<Rule>, docs: Vec<Comment>, diags: &mut Diagnostics) -> Model {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let kw = inner.next().expect("keyword");
        let kind = match kw.as_rule() {
            Rule::VIEW_KEYWORD => ModelKind::View,
            Rule::TYPE_KEYWORD => ModelKind::CompositeType,
            _ => ModelKind::Model,
        };
        let name = self.ident(inner.next().expect("name"));
        let mut open_comment = None;
        let mut items = Vec::new();
        let mut pending: Vec<Comment> = Vec::new();
        for p in inner {
            match p.as_rule() {
                Rule::BLOCK_OPEN => open_comment = self.open_comment(p),
                Rule::field_declaration => {
                    let f = self.field(p, std::mem::take(&mut pending), diags);
                    items.push(BlockItem::Member(f));
                }
                Rule::block_attribute => {
                    flush_item_docs(&mut items, &mut pending);
                    items.push(BlockItem::Attribute(self.attribute(p, diags), None));
                }
                Rule::trailing_comment => {
                    let c = self.trailing(p);
                    if let Some(BlockItem::Attribute(_, slot)) = items.last_mut() {
                        *slot = Some(c);
                    }
                }
                other => {
                    self.block_common(other, p, &mut items, &mut pending, diags, BlockKind::Model)
                }
            }
        }
        flush_item_docs(&mut items, &mut pending);
        trim_blanks(&mut items);
        Model {
            kind,
            name,
            items,
            span,
            docs,
            open_comment,
        }
    }

    fn block_common<T>(
        &self,
        rule: Rule,
        p: Pair<Rule>,
        items: &mut Vec<BlockItem<T>>,
        pending: &mut Vec<Comment>,
        diags: &mut Diagnostics,
        kind: BlockKind,
    ) {
        match rule {
            Rule::comment_block => {
                flush_item_docs(items, pending);
                let (free, docs) = split_trailing_docs(self.comments(p));
                if !free.is_empty() {
                    items.push(BlockItem::Comment(free));
                }
                *pending = docs;
            }
            Rule::empty_lines => {
                flush_item_docs(items, pending);
                if !matches!(items.last(), None | Some(BlockItem::Blank)) {
                    items.push(BlockItem::Blank);
                }
            }
            Rule::BLOCK_LEVEL_CATCH_ALL => {
                flush_item_docs(items, pending);
                diags.error(self.trimmed_span(&p), invalid_line_message(kind));
            }
            _ => {}
        }
    }

    fn field(&self, pair: Pair<Rule>, docs: Vec<Comment>, diags: &mut Diagnostics) -> Field {
        let span = self.trimmed_span(&pair);
        let mut inner = pair.into_inner();
        let name = self.ident(inner.next().expect("field name"));
        let mut ty = None;
        let mut attributes = Vec::new();
        let mut trailing_comment = None;
        let mut legacy_colon = None;
        for p in inner {
            match p.as_rule() {
                Rule::legacy_colon => legacy_colon = Some(self.span(&p)),
                Rule::field_type => ty = Some(self.field_type(p, diags)),
                Rule::field_attribute => attributes.push(self.attribute(p, diags)),
                Rule::trailing_comment => trailing_comment = Some(self.trailing(p)),
                _ => {}
            }
        }
        if let Some(colon) = legacy_colon {
            diags.error(
                colon,
                format!(
                    "Field declarations don't require a `:`. Remove it from the declaration of field `{}`.",
                    name.name
                ),
            );
        }
        if ty.is_none() {
            diags.error(
                name.span,
                format!(
                    "This field declaration is invalid. It is either missing a name or a type. Field `{}` has no type.",
                    name.name
                ),
            );
        }
        Field {
            name,
            ty,
            attributes,
            docs,
            trailing_comment,
            span,
        }
    }

    fn field_type(&self, pair: Pair<Rule>, diags: &mut Diagnostics) -> FieldType {
        let mut inner = pair.into_inner();
        let first = inner.next().expect("field_type has a child");
        let suffix = inner.peek();
        // From the type name to the end of its suffix (the rule's own span may end in blanks).
        let span = Span::new(
            self.file,
            first.as_span().start(),
            suffix
                .as_ref()
                .map_or(first.as_span().end(), |s| s.as_span().end()),
        );
        let (arity, base_pair) = if first.as_rule() == Rule::legacy_list {
            diags.error(
                span,
                "To specify a list, please use `Type[]` instead of `[Type]`.",
            );
            (Arity::List, first.into_inner().next().expect("base"))
        } else {
            let arity = match inner.next().map(|s| s.as_str()) {
                None => Arity::Required,
                Some("[]") => Arity::List,
                Some("?") => Arity::Optional,
                Some("[]?") => Arity::OptionalList,
                _ => {
                    diags.error(
                        span,
                        "Fields are required by default, `!` is no longer required.",
                    );
                    Arity::Required
                }
            };
            (arity, first)
        };
        let b = base_pair
            .into_inner()
            .next()
            .expect("base_type has one child");
        let base = match b.as_rule() {
            Rule::unsupported_type => {
                let s = self.span(&b);
                let lit = b.into_inner().next().expect("string");
                BaseType::Unsupported(self.string_value(lit), s)
            }
            _ => BaseType::Named(self.ident(b)),
        };
        FieldType { base, arity, span }
    }

    fn attribute(&self, pair: Pair<Rule>, diags: &mut Diagnostics) -> Attribute {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let name = self.ident(inner.next().expect("attribute path"));
        let (args, has_parens) = match inner.next() {
            Some(a) => (self.arguments(a, diags), true),
            None => (Vec::new(), false),
        };
        Attribute {
            name,
            args,
            has_parens,
            span,
        }
    }

    fn arguments(&self, pair: Pair<Rule>, diags: &mut Diagnostics) -> Vec<Argument> {
        let mut out = Vec::new();
        for p in pair.into_inner() {
            if p.as_rule() != Rule::argument {
                continue;
            }
            let span = self.span(&p);
            let mut inner = p.into_inner();
            let first = inner.next().expect("argument has a child");
            out.push(if first.as_rule() == Rule::arg_name {
                let name = self.ident(first.into_inner().next().expect("identifier"));
                match inner.next() {
                    Some(v) => Argument {
                        name: Some(name),
                        value: Some(self.expr(v, diags)),
                        span,
                    },
                    None => {
                        diags.error(
                            span,
                            format!("The argument `{}` is missing a value.", name.name),
                        );
                        Argument {
                            name: Some(name),
                            value: None,
                            span,
                        }
                    }
                }
            } else {
                Argument {
                    name: None,
                    value: Some(self.expr(first, diags)),
                    span,
                }
            });
        }
        out
    }

    fn expr(&self, pair: Pair<Rule>, diags: &mut Diagnostics) -> Expr {
        let pair = if pair.as_rule() == Rule::expression {
            pair.into_inner().next().expect("expression has one child")
        } else {
            pair
        };
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::string_literal => Expr::String(self.string_value(pair), span),
            Rule::numeric_literal => Expr::Number(pair.as_str().to_string(), span),
            Rule::path_or_call => {
                let mut it = pair.into_inner();
                let path = it.next().expect("path");
                match it.next() {
                    // The rule's span would include the blank before a missing argument list.
                    None => Expr::Path(path.as_str().to_string(), self.span(&path)),
                    Some(args) => {
                        Expr::Function(self.ident(path), self.arguments(args, diags), span)
                    }
                }
            }
            Rule::array => Expr::Array(
                pair.into_inner().map(|p| self.expr(p, diags)).collect(),
                span,
            ),
            Rule::object => Expr::Object(
                pair.into_inner()
                    .map(|kv| {
                        let mut it = kv.into_inner();
                        let key = self.ident(it.next().expect("key"));
                        let value = self.expr(it.next().expect("value"), diags);
                        (key, value)
                    })
                    .collect(),
                span,
            ),
            _ => unreachable!("grammar: expression alternatives"),
        }
    }

    /// The value of a string literal, JSON escapes resolved (as Prisma reads them).
    fn string_value(&self, pair: Pair<Rule>) -> String {
        let raw = pair
            .into_inner()
            .next()
            .map(|p| p.as_str())
            .unwrap_or_default();
        unescape(raw)
    }

    fn enum_decl(&self, pair: Pair<Rule>, docs: Vec<Comment>, diags: &mut Diagnostics) -> Enum {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        inner.next(); // keyword
        let name = self.ident(inner.next().expect("enum name"));
        let mut open_comment = None;
        let mut items = Vec::new();
        let mut pending = Vec::new();
        for p in inner {
            match p.as_rule() {
                Rule::BLOCK_OPEN => open_comment = self.open_comment(p),
                Rule::enum_value => {
                    let vspan = self.trimmed_span(&p);
                    let mut it = p.into_inner();
                    let vname = self.ident(it.next().expect("value name"));
                    let mut attributes = Vec::new();
                    let mut trailing_comment = None;
                    for q in it {
                        match q.as_rule() {
                            Rule::field_attribute => attributes.push(self.attribute(q, diags)),
                            Rule::trailing_comment => trailing_comment = Some(self.trailing(q)),
                            _ => {}
                        }
                    }
                    items.push(BlockItem::Member(EnumValue {
                        name: vname,
                        attributes,
                        docs: std::mem::take(&mut pending),
                        trailing_comment,
                        span: vspan,
                    }));
                }
                Rule::block_attribute => {
                    flush_item_docs(&mut items, &mut pending);
                    items.push(BlockItem::Attribute(self.attribute(p, diags), None));
                }
                Rule::trailing_comment => {
                    let c = self.trailing(p);
                    if let Some(BlockItem::Attribute(_, slot)) = items.last_mut() {
                        *slot = Some(c);
                    }
                }
                other => {
                    self.block_common(other, p, &mut items, &mut pending, diags, BlockKind::Enum)
                }
            }
        }
        flush_item_docs(&mut items, &mut pending);
        trim_blanks(&mut items);
        Enum {
            name,
            items,
            span,
            docs,
            open_comment,
        }
    }

    fn config(&self, pair: Pair<Rule>, docs: Vec<Comment>, diags: &mut Diagnostics) -> ConfigBlock {
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let kind = match inner.next().expect("keyword").as_rule() {
            Rule::DATASOURCE_KEYWORD => ConfigKind::Datasource,
            _ => ConfigKind::Generator,
        };
        let name = self.ident(inner.next().expect("block name"));
        let block_kind = match kind {
            ConfigKind::Datasource => BlockKind::Datasource,
            ConfigKind::Generator => BlockKind::Generator,
        };
        let mut open_comment = None;
        let mut items = Vec::new();
        let mut pending = Vec::new();
        for p in inner {
            match p.as_rule() {
                Rule::BLOCK_OPEN => open_comment = self.open_comment(p),
                Rule::key_value => {
                    let kspan = self.trimmed_span(&p);
                    let mut it = p.into_inner();
                    let key = self.ident(it.next().expect("key"));
                    let value = self.expr(it.next().expect("value"), diags);
                    let trailing_comment = it.next().map(|c| self.trailing(c));
                    items.push(BlockItem::Member(KeyValue {
                        key,
                        value,
                        docs: std::mem::take(&mut pending),
                        trailing_comment,
                        span: kspan,
                    }));
                }
                other => self.block_common(other, p, &mut items, &mut pending, diags, block_kind),
            }
        }
        flush_item_docs(&mut items, &mut pending);
        trim_blanks(&mut items);
        ConfigBlock {
            kind,
            name,
            items,
            span,
            docs,
            open_comment,
        }
    }
}

#[derive(Clone, Copy)]
enum BlockKind {
    Model,
    Enum,
    Datasource,
    Generator,
}

fn invalid_line_message(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Model => "This line is not a valid field or attribute definition.",
        BlockKind::Enum => "This line is not an enum value definition.",
        BlockKind::Datasource => "This line is not a valid definition within a datasource.",
        BlockKind::Generator => "This line is not a valid definition within a generator.",
    }
}

fn flush_item_docs<T>(items: &mut Vec<BlockItem<T>>, pending: &mut Vec<Comment>) {
    if !pending.is_empty() {
        items.push(BlockItem::Comment(std::mem::take(pending)));
    }
}

fn trim_blanks<T>(items: &mut Vec<BlockItem<T>>) {
    while matches!(items.last(), Some(BlockItem::Blank)) {
        items.pop();
    }
    if matches!(items.first(), Some(BlockItem::Blank)) {
        items.remove(0);
    }
}

/// Resolves JSON-style escapes; an unknown escape keeps its character.
pub fn unescape(raw: &str) -> String {
    if !raw.contains('\\') {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('b') => out.push('\u{8}'),
            Some('f') => out.push('\u{c}'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        out.push_str("\\u");
                        out.push_str(&hex);
                    }
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}
