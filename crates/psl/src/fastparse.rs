//! The fast path of [`super::parse_file`]: a byte-level recursive-descent parser for well-formed
//! schemas (decision record `docs/decisions/0003-fast-parser.md`).
//!
//! It builds exactly the [`SchemaFile`] the pest parser builds — same spans, comments, blank-line
//! items and unescaped strings — for the inputs it accepts, and returns `None` on the first thing
//! it does not understand or that pest would report as an error. The caller then runs the pest
//! parser, which stays the grammar of record (`grammar.pest`) and owns every diagnostic and all
//! error recovery. `tests/fastparse_oracle.rs` checks the two agree.
//!
//! Every function here follows one rule of the grammar, with pest's semantics made explicit:
//!
//! * In a non-atomic rule pest skips `WHITESPACE*` (`" " | "\t" | "\u{A0}" | "\u{FEFF}"`, never a
//!   line break) between the parts of a sequence and between repetitions: that is [`P::ws`].
//! * A rule's span ends where its last part ended, so a rule that ends in an absent optional
//!   (`path ~ arguments?`) ends after the blanks skipped before it; the spans below reproduce that.
//! * Choices are committed by the first byte(s): where pest would try an alternative that can only
//!   fail or that leads to a diagnostic, this parser gives up (`None`) instead.
//!
//! Indexing is bounds-checked throughout (`get`), so no input can make it panic.

use super::unescape;
use crate::ast::*;
use crate::span::{FileId, Span};

/// Parses `text` if it is a well-formed schema the fast path understands; `None` means "ask pest".
pub fn parse(text: &str, file: FileId) -> Option<SchemaFile> {
    let mut p = P {
        src: text,
        b: text.as_bytes(),
        pos: 0,
        file,
        depth: 0,
        fields: Vec::new(),
        values: Vec::new(),
        attrs: Vec::new(),
        args: Vec::new(),
        exprs: Vec::new(),
        entries: Vec::new(),
    };
    p.schema()
}

struct P<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    file: FileId,
    /// Nesting of argument lists, arrays and objects (bounded, so no input exhausts the stack).
    depth: u32,
    /// Reused buffers for the items of a model and of an enum: a block's items are collected here
    /// and then copied into one exactly-sized vector (growing each block's own vector took 3,080
    /// reallocations of 1 KiB or more on the 1000-model benchmark schema).
    fields: Vec<BlockItem<Field>>,
    values: Vec<BlockItem<EnumValue>>,
    /// Stacks for the items of (possibly nested) lists: a list pushes its items above what is
    /// there and drains them into an exactly-sized vector when it closes. A `Vec` grown by `push`
    /// would reserve room for four arguments (~550 bytes) per argument list.
    attrs: Vec<Attribute>,
    args: Vec<Argument>,
    exprs: Vec<Expr>,
    entries: Vec<(Ident, Expr)>,
}

/// Deeper nesting than this is left to pest (no real schema comes close).
const MAX_DEPTH: u32 = 64;

fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}

/// The keywords of `top_block`; each must be followed by a byte that cannot continue an identifier
/// (`!("_" | ASCII_ALPHANUMERIC)`).
#[derive(Clone, Copy)]
enum Keyword {
    Model(ModelKind),
    Enum,
    Config(ConfigKind),
}

const KEYWORDS: [(&[u8], Keyword); 6] = [
    (b"model", Keyword::Model(ModelKind::Model)),
    (b"view", Keyword::Model(ModelKind::View)),
    (b"type", Keyword::Model(ModelKind::CompositeType)),
    (b"enum", Keyword::Enum),
    (b"datasource", Keyword::Config(ConfigKind::Datasource)),
    (b"generator", Keyword::Config(ConfigKind::Generator)),
];

/// Which block a line belongs to (decides whether `@@` lines are allowed).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Block {
    Model,
    Enum,
    Config,
}

impl<'a> P<'a> {
    // ------------------------------------------------------------------ bytes

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<u8> {
        self.b.get(self.pos + n).copied()
    }

    fn starts_with(&self, s: &[u8]) -> bool {
        self.b.get(self.pos..).is_some_and(|r| r.starts_with(s))
    }

    fn at_comment(&self) -> bool {
        self.starts_with(b"//")
    }

    /// `WHITESPACE*` from `at`; returns where it stops.
    fn ws_from(&self, mut at: usize) -> usize {
        loop {
            match self.b.get(at) {
                Some(b' ' | b'\t') => at += 1,
                Some(0xC2) if self.b.get(at + 1) == Some(&0xA0) => at += 2,
                Some(0xEF) if self.b.get(at + 1..at + 3) == Some(&[0xBB, 0xBF][..]) => at += 3,
                _ => return at,
            }
        }
    }

    /// pest's implicit whitespace skip.
    fn ws(&mut self) {
        self.pos = self.ws_from(self.pos);
    }

    /// `NEWLINE = "\r\n" | "\n" | "\r"`.
    fn newline(&mut self) -> bool {
        match self.peek() {
            Some(b'\r') => {
                self.pos += if self.peek_at(1) == Some(b'\n') { 2 } else { 1 };
                true
            }
            Some(b'\n') => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    fn expect(&mut self, c: u8) -> Option<()> {
        if self.peek() == Some(c) {
            self.pos += 1;
            Some(())
        } else {
            None
        }
    }

    /// Where the current line's text ends (before `\r`, `\n` or the end of input).
    fn line_end(&self) -> usize {
        let rest = self.b.get(self.pos..).unwrap_or_default();
        self.pos
            + rest
                .iter()
                .position(|&c| c == b'\n' || c == b'\r')
                .unwrap_or(rest.len())
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.file, start, end)
    }

    fn text(&self, start: usize, end: usize) -> Option<&'a str> {
        self.src.get(start..end)
    }

    /// `Cx::trimmed_span` of the parser: the pair's text without surrounding (Unicode) blanks.
    fn trimmed_span(&self, start: usize, end: usize) -> Option<Span> {
        let text = self.text(start, end)?;
        let lead = text.len() - text.trim_start().len();
        let trimmed = text.trim();
        Some(self.span(start + lead, start + lead + trimmed.len()))
    }

    // ------------------------------------------------------------------ building blocks

    /// `identifier = @{ (ASCII_ALPHANUMERIC | "_") ~ ("_" | "-" | ASCII_ALPHANUMERIC)* }`: end.
    fn ident_end(&self, at: usize) -> Option<usize> {
        let rest = self.b.get(at..)?;
        if !is_ident_start(*rest.first()?) {
            return None;
        }
        Some(
            at + 1
                + rest
                    .iter()
                    .skip(1)
                    .take_while(|&&c| is_ident_char(c))
                    .count(),
        )
    }

    fn ident(&mut self) -> Option<Ident> {
        let start = self.pos;
        let end = self.ident_end(start)?;
        self.pos = end;
        Some(Ident {
            name: self.text(start, end)?.to_string(),
            span: self.span(start, end),
        })
    }

    /// `path = @{ identifier ~ ("." ~ identifier)* }`.
    fn path(&mut self) -> Option<Ident> {
        let start = self.pos;
        let mut end = self.ident_end(start)?;
        while self.b.get(end) == Some(&b'.') {
            match self.ident_end(end + 1) {
                Some(e) => end = e,
                // `a.` then something else: pest stops before the dot and then fails the line.
                None => return None,
            }
        }
        self.pos = end;
        Some(Ident {
            name: self.text(start, end)?.to_string(),
            span: self.span(start, end),
        })
    }

    /// `empty_lines = @{ (WHITESPACE* ~ NEWLINE)+ }`, entered at a line break.
    fn empty_lines(&mut self) {
        self.newline();
        loop {
            let save = self.pos;
            self.ws();
            if !self.newline() {
                self.pos = save;
                return;
            }
        }
    }

    /// One `doc_comment | comment` starting at `start` (its leading blanks already skipped up
    /// to `self.pos`, which is at `//`); ends before the line break.
    fn comment(&mut self, start: usize) -> Option<Comment> {
        let doc = self.starts_with(b"///");
        let text_start = self.pos + if doc { 3 } else { 2 };
        self.pos = text_start.min(self.b.len());
        let text_end = self.line_end();
        self.pos = text_end;
        Some(Comment {
            text: self.text(text_start, text_end)?.trim_end().to_string(),
            doc,
            span: self.trimmed_span(start, text_end)?,
        })
    }

    /// `comment_block = ${ ((doc_comment | comment) ~ NEWLINE?)+ }`, entered at `//`.
    fn comment_block(&mut self) -> Option<Vec<Comment>> {
        let mut out = Vec::new();
        loop {
            let start = self.pos;
            self.ws();
            if !self.at_comment() {
                self.pos = start;
                break;
            }
            out.push(self.comment(start)?);
            if !self.newline() {
                break;
            }
        }
        (!out.is_empty()).then_some(out)
    }

    /// `trailing_comment? ~ NEWLINE` at the end of a member or attribute line.
    fn line_end_with_comment(&mut self) -> Option<Option<Comment>> {
        let comment = if self.at_comment() {
            let start = self.pos;
            Some(self.comment(start)?)
        } else {
            None
        };
        self.ws();
        if !self.newline() {
            return None;
        }
        Some(comment)
    }

    // ------------------------------------------------------------------ file

    fn schema(&mut self) -> Option<SchemaFile> {
        let mut tops: Vec<Top> = Vec::new();
        let mut pending: Vec<Comment> = Vec::new();
        self.ws();
        while let Some(c) = self.peek() {
            match c {
                b'\n' | b'\r' => {
                    self.empty_lines();
                    flush_docs(&mut tops, &mut pending);
                    if !matches!(tops.last(), None | Some(Top::Blank)) {
                        tops.push(Top::Blank);
                    }
                }
                b'/' if self.at_comment() => {
                    flush_docs(&mut tops, &mut pending);
                    let (free, docs) = split_trailing_docs(self.comment_block()?);
                    if !free.is_empty() {
                        tops.push(Top::Comment(free));
                    }
                    pending = docs;
                }
                c if is_ident_start(c) => {
                    let docs = std::mem::take(&mut pending);
                    let top = match self.keyword()? {
                        (len, Keyword::Model(kind)) => Top::Model(self.model(len, kind, docs)?),
                        (len, Keyword::Enum) => Top::Enum(self.enum_decl(len, docs)?),
                        (len, Keyword::Config(kind)) => Top::Config(self.config(len, kind, docs)?),
                    };
                    tops.push(top);
                }
                _ => return None,
            }
            self.ws();
        }
        flush_docs(&mut tops, &mut pending);
        while matches!(tops.last(), Some(Top::Blank)) {
            tops.pop();
        }
        Some(SchemaFile { tops })
    }

    /// The top-level keyword at the cursor (`model`, …, followed by a non-identifier byte).
    fn keyword(&self) -> Option<(usize, Keyword)> {
        KEYWORDS.iter().find_map(|&(kw, k)| {
            let follows = self.b.get(self.pos + kw.len()).copied();
            (self.starts_with(kw)
                && !follows.is_some_and(|c| c == b'_' || c.is_ascii_alphanumeric()))
            .then_some((kw.len(), k))
        })
    }

    /// `keyword ~ identifier ~ BLOCK_OPEN`: the name and the open comment.
    fn block_head(&mut self, kw_len: usize) -> Option<(Ident, Option<String>)> {
        self.pos += kw_len;
        self.ws();
        let name = self.ident()?;
        self.ws();
        // BLOCK_OPEN = { "{" ~ block_open_rest ~ NEWLINE }
        self.expect(b'{')?;
        self.ws();
        let rest_start = self.pos;
        let rest_end = self.line_end();
        self.pos = rest_end;
        if !self.newline() {
            return None;
        }
        let rest = self.text(rest_start, rest_end)?.trim();
        Some((name, (!rest.is_empty()).then(|| rest.to_string())))
    }

    /// The items of a block up to and including `}`; `member` parses one member line.
    fn block_items<T>(
        &mut self,
        block: Block,
        items: &mut Vec<BlockItem<T>>,
        mut member: impl FnMut(&mut Self, Vec<Comment>) -> Option<T>,
    ) -> Option<Vec<BlockItem<T>>> {
        items.clear();
        let mut pending: Vec<Comment> = Vec::new();
        loop {
            self.ws();
            match self.peek()? {
                b'}' => {
                    self.pos += 1;
                    break;
                }
                b'\n' | b'\r' => {
                    self.empty_lines();
                    flush_item_docs(items, &mut pending);
                    if !matches!(items.last(), None | Some(BlockItem::Blank)) {
                        items.push(BlockItem::Blank);
                    }
                }
                b'/' if self.at_comment() => {
                    flush_item_docs(items, &mut pending);
                    let (free, docs) = split_trailing_docs(self.comment_block()?);
                    if !free.is_empty() {
                        items.push(BlockItem::Comment(free));
                    }
                    pending = docs;
                }
                b'@' if block != Block::Config && self.starts_with(b"@@") => {
                    flush_item_docs(items, &mut pending);
                    let attr = self.attribute(2)?;
                    self.ws();
                    let comment = self.line_end_with_comment()?;
                    items.push(BlockItem::Attribute(attr, comment));
                }
                c if is_ident_start(c) => {
                    let m = member(self, std::mem::take(&mut pending))?;
                    items.push(BlockItem::Member(m));
                }
                _ => return None,
            }
        }
        flush_item_docs(items, &mut pending);
        trim_blanks(items);
        // Not `mem::take`: the buffer (with its capacity) is kept for the next block, and the
        // collected vector is allocated at its exact size.
        #[allow(clippy::drain_collect)]
        let items = items.drain(..).collect();
        Some(items)
    }

    // ------------------------------------------------------------------ blocks

    fn model(&mut self, kw_len: usize, kind: ModelKind, docs: Vec<Comment>) -> Option<Model> {
        let start = self.pos;
        let (name, open_comment) = self.block_head(kw_len)?;
        let mut scratch = std::mem::take(&mut self.fields);
        let items = self.block_items(Block::Model, &mut scratch, Self::field)?;
        self.fields = scratch;
        Some(Model {
            kind,
            name,
            items,
            span: self.span(start, self.pos),
            docs,
            open_comment,
        })
    }

    fn enum_decl(&mut self, kw_len: usize, docs: Vec<Comment>) -> Option<Enum> {
        let start = self.pos;
        let (name, open_comment) = self.block_head(kw_len)?;
        let mut scratch = std::mem::take(&mut self.values);
        let items = self.block_items(Block::Enum, &mut scratch, Self::enum_value)?;
        self.values = scratch;
        Some(Enum {
            name,
            items,
            span: self.span(start, self.pos),
            docs,
            open_comment,
        })
    }

    fn config(
        &mut self,
        kw_len: usize,
        kind: ConfigKind,
        docs: Vec<Comment>,
    ) -> Option<ConfigBlock> {
        let start = self.pos;
        let (name, open_comment) = self.block_head(kw_len)?;
        let items = self.block_items(Block::Config, &mut Vec::new(), Self::key_value)?;
        Some(ConfigBlock {
            kind,
            name,
            items,
            span: self.span(start, self.pos),
            docs,
            open_comment,
        })
    }

    /// `field_attribute*` (each after a skip), then the skip before what follows.
    fn field_attributes(&mut self) -> Option<Vec<Attribute>> {
        let base = self.attrs.len();
        while self.peek() == Some(b'@') {
            let a = self.attribute(1)?;
            self.attrs.push(a);
            self.ws();
        }
        Some(self.attrs.drain(base..).collect())
    }

    /// `field_declaration = { identifier ~ legacy_colon? ~ field_type? ~ field_attribute* ~
    /// trailing_comment? ~ NEWLINE }`; a missing type or a legacy colon is pest's (an error).
    fn field(&mut self, docs: Vec<Comment>) -> Option<Field> {
        let start = self.pos;
        let name = self.ident()?;
        self.ws();
        let ty = self.field_type()?;
        self.ws();
        let attributes = self.field_attributes()?;
        let trailing_comment = self.line_end_with_comment()?;
        Some(Field {
            name,
            ty: Some(ty),
            attributes,
            docs,
            trailing_comment,
            span: self.trimmed_span(start, self.pos)?,
        })
    }

    /// `field_type = { legacy_list | base_type ~ type_suffix? }` without the legacy forms.
    fn field_type(&mut self) -> Option<FieldType> {
        let start = self.pos;
        let mut base = None;
        if self.starts_with(b"Unsupported") {
            // unsupported_type = { "Unsupported" ~ "(" ~ string_literal ~ ")" }; when no "("
            // follows, pest reads an identifier instead.
            let save = self.pos;
            self.pos += b"Unsupported".len();
            self.ws();
            if self.peek() == Some(b'(') {
                self.pos += 1;
                self.ws();
                if self.peek() != Some(b'"') {
                    return None;
                }
                let (value, _) = self.string()?;
                self.ws();
                self.expect(b')')?;
                base = Some(BaseType::Unsupported(value, self.span(start, self.pos)));
            } else {
                self.pos = save;
            }
        }
        let base = match base {
            Some(b) => b,
            None => BaseType::Named(self.ident()?),
        };
        let base_end = self.pos;
        self.ws();
        let arity = if self.starts_with(b"[]?") {
            self.pos += 3;
            Arity::OptionalList
        } else if self.starts_with(b"[]") {
            self.pos += 2;
            Arity::List
        } else if self.peek() == Some(b'?') {
            self.pos += 1;
            Arity::Optional
        } else if self.peek() == Some(b'!') {
            return None; // "`!` is no longer required": pest reports it
        } else {
            self.pos = base_end;
            Arity::Required
        };
        Some(FieldType {
            base,
            arity,
            span: self.span(start, self.pos),
        })
    }

    /// `enum_value = { identifier ~ field_attribute* ~ trailing_comment? ~ NEWLINE }`.
    fn enum_value(&mut self, docs: Vec<Comment>) -> Option<EnumValue> {
        let start = self.pos;
        let name = self.ident()?;
        self.ws();
        let attributes = self.field_attributes()?;
        let trailing_comment = self.line_end_with_comment()?;
        Some(EnumValue {
            name,
            attributes,
            docs,
            trailing_comment,
            span: self.trimmed_span(start, self.pos)?,
        })
    }

    /// `key_value = { identifier ~ "=" ~ expression ~ trailing_comment? ~ NEWLINE }`.
    fn key_value(&mut self, docs: Vec<Comment>) -> Option<KeyValue> {
        let start = self.pos;
        let key = self.ident()?;
        self.ws();
        self.expect(b'=')?;
        self.ws();
        let value = self.expression()?;
        self.ws();
        let trailing_comment = self.line_end_with_comment()?;
        Some(KeyValue {
            key,
            value,
            docs,
            trailing_comment,
            span: self.trimmed_span(start, self.pos)?,
        })
    }

    // ------------------------------------------------------------------ attributes, expressions

    /// `"@" ~ path ~ arguments?` (or `"@@"`): the span includes the blanks after the path when no
    /// argument list follows, as pest's does.
    fn attribute(&mut self, at_len: usize) -> Option<Attribute> {
        let start = self.pos;
        self.pos += at_len;
        self.ws();
        let name = self.path()?;
        self.ws();
        let (args, has_parens) = if self.peek() == Some(b'(') {
            (self.arguments()?, true)
        } else {
            (Vec::new(), false)
        };
        Some(Attribute {
            name,
            args,
            has_parens,
            span: self.span(start, self.pos),
        })
    }

    /// The shape shared by `arguments`, `array` and `object`:
    /// `open ~ (item ~ ("," ~ item)*)? ~ ","? ~ close`, entered at `open`.
    /// `stack` is the list's item stack (see the fields of [`P`]).
    fn list<T>(
        &mut self,
        close: u8,
        stack: fn(&mut Self) -> &mut Vec<T>,
        item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        if self.depth >= MAX_DEPTH {
            return None;
        }
        self.depth += 1;
        let base = stack(self).len();
        let done = self.list_items(close, stack, item);
        self.depth -= 1;
        done?;
        Some(stack(self).drain(base..).collect())
    }

    fn list_items<T>(
        &mut self,
        close: u8,
        stack: fn(&mut Self) -> &mut Vec<T>,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<()> {
        self.pos += 1;
        self.ws();
        match self.peek()? {
            c if c == close => {
                self.pos += 1;
                return Some(());
            }
            b',' => {
                self.pos += 1;
                self.ws();
                return self.expect(close);
            }
            _ => {
                let v = item(self)?;
                stack(self).push(v);
            }
        }
        loop {
            self.ws();
            match self.peek()? {
                b',' => {
                    self.pos += 1;
                    self.ws();
                    if self.peek() == Some(close) {
                        self.pos += 1;
                        return Some(());
                    }
                    let v = item(self)?;
                    stack(self).push(v);
                }
                c if c == close => {
                    self.pos += 1;
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    fn arguments(&mut self) -> Option<Vec<Argument>> {
        self.list(b')', |p| &mut p.args, Self::argument)
    }

    /// `argument = { (arg_name ~ ":" ~ expression?) | expression }`; a missing value is an error
    /// (pest's).
    fn argument(&mut self) -> Option<Argument> {
        let start = self.pos;
        if let Some(name_end) = self.ident_end(start) {
            let colon = self.ws_from(name_end);
            if self.b.get(colon) == Some(&b':') {
                let name = Ident {
                    name: self.text(start, name_end)?.to_string(),
                    span: self.span(start, name_end),
                };
                self.pos = colon + 1;
                self.ws();
                let value = self.expression()?;
                return Some(Argument {
                    name: Some(name),
                    value: Some(value),
                    span: self.span(start, self.pos),
                });
            }
        }
        let value = self.expression()?;
        Some(Argument {
            name: None,
            value: Some(value),
            span: self.span(start, self.pos),
        })
    }

    /// `expression = { array | object | numeric_literal | string_literal | path_or_call }`.
    /// Leaves the cursor where pest's `expression` pair ends (after the blanks following a bare
    /// path).
    fn expression(&mut self) -> Option<Expr> {
        let start = self.pos;
        match self.peek()? {
            b'[' => {
                let items = self.list(b']', |p| &mut p.exprs, Self::expression)?;
                Some(Expr::Array(items, self.span(start, self.pos)))
            }
            b'{' => {
                let entries = self.list(
                    b'}',
                    |p| &mut p.entries,
                    |p| {
                        let key = p.ident()?;
                        p.ws();
                        p.expect(b':')?;
                        p.ws();
                        let value = p.expression()?;
                        Some((key, value))
                    },
                )?;
                Some(Expr::Object(entries, self.span(start, self.pos)))
            }
            b'-' | b'0'..=b'9' => {
                // numeric_literal = @{ "-"? ~ ASCII_DIGIT+ ~ ("." ~ ASCII_DIGIT+)? }
                if self.peek() == Some(b'-') {
                    self.pos += 1;
                }
                let digits = |p: &Self| {
                    p.b.get(p.pos..)
                        .unwrap_or_default()
                        .iter()
                        .take_while(|c| c.is_ascii_digit())
                        .count()
                };
                let n = digits(self);
                if n == 0 {
                    return None;
                }
                self.pos += n;
                if self.peek() == Some(b'.') && self.peek_at(1).is_some_and(|c| c.is_ascii_digit())
                {
                    self.pos += 1;
                    self.pos += digits(self);
                }
                Some(Expr::Number(
                    self.text(start, self.pos)?.to_string(),
                    self.span(start, self.pos),
                ))
            }
            b'"' => {
                let (value, span) = self.string()?;
                Some(Expr::String(value, span))
            }
            c if is_ident_start(c) => {
                // path_or_call = { path ~ arguments? }
                let path = self.path()?;
                self.ws();
                if self.peek() == Some(b'(') {
                    let args = self.arguments()?;
                    Some(Expr::Function(path, args, self.span(start, self.pos)))
                } else {
                    Some(Expr::Path(path.name, path.span))
                }
            }
            _ => None,
        }
    }

    /// `string_literal = ${ "\"" ~ string_content ~ "\"" }`, entered at the quote: the value
    /// (escapes resolved) and the literal's span.
    fn string(&mut self) -> Option<(String, Span)> {
        let start = self.pos;
        self.pos += 1;
        let content_start = self.pos;
        loop {
            match self.peek()? {
                b'"' => break,
                // "\\" ~ ANY: any character may follow; its continuation bytes (>= 0x80) are
                // read by the next iterations like any other content byte.
                b'\\' => {
                    self.peek_at(1)?;
                    self.pos += 2;
                }
                c if c < 0x20 => return None,
                _ => self.pos += 1,
            }
        }
        let raw = self.text(content_start, self.pos)?;
        self.pos += 1;
        Some((unescape(raw), self.span(start, self.pos)))
    }
}

fn flush_docs(tops: &mut Vec<Top>, docs: &mut Vec<Comment>) {
    if !docs.is_empty() {
        tops.push(Top::Comment(std::mem::take(docs)));
    }
}

fn split_trailing_docs(mut comments: Vec<Comment>) -> (Vec<Comment>, Vec<Comment>) {
    let n = comments.iter().rev().take_while(|c| c.doc).count();
    let docs = comments.split_off(comments.len() - n);
    (comments, docs)
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
