//! The syntax tree of a schema: exactly what was written, with a span on every node.
//!
//! The AST knows nothing about meaning (no type resolution, no relations): that is the validator's
//! job. It keeps comments, doc comments and blank lines so the formatter can lay the file out again
//! without losing a word of it.

use crate::span::Span;
use serde::Serialize;

/// A name as written, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// One parsed file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SchemaFile {
    pub tops: Vec<Top>,
}

/// A top-level item of a file, in source order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Top {
    Model(Model),
    Enum(Enum),
    Config(ConfigBlock),
    /// `//` comments between blocks (one entry per line, text after the slashes).
    Comment(Vec<Comment>),
    /// One or more blank lines.
    Blank,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comment {
    /// Text after `//` or `///`, untrimmed.
    pub text: String,
    pub doc: bool,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ModelKind {
    Model,
    View,
    /// `type X {}`: composite types, MongoDB only; kept so we can say so.
    CompositeType,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Model {
    pub kind: ModelKind,
    pub name: Ident,
    pub items: Vec<BlockItem<Field>>,
    pub span: Span,
    /// The `///` lines directly above the keyword.
    pub docs: Vec<Comment>,
    /// A comment after `{` on the opening line.
    pub open_comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Enum {
    pub name: Ident,
    pub items: Vec<BlockItem<EnumValue>>,
    pub span: Span,
    pub docs: Vec<Comment>,
    pub open_comment: Option<String>,
}

/// What a model or enum body holds, in source order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum BlockItem<T> {
    Member(T),
    Attribute(Attribute, Option<Comment>),
    /// Free-standing comment lines (doc comments of a member are attached to it instead).
    Comment(Vec<Comment>),
    Blank,
}

impl Model {
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.items.iter().filter_map(|i| match i {
            BlockItem::Member(f) => Some(f),
            _ => None,
        })
    }
    pub fn attributes(&self) -> impl Iterator<Item = &Attribute> {
        self.items.iter().filter_map(|i| match i {
            BlockItem::Attribute(a, _) => Some(a),
            _ => None,
        })
    }
}

impl Enum {
    pub fn values(&self) -> impl Iterator<Item = &EnumValue> {
        self.items.iter().filter_map(|i| match i {
            BlockItem::Member(v) => Some(v),
            _ => None,
        })
    }
    pub fn attributes(&self) -> impl Iterator<Item = &Attribute> {
        self.items.iter().filter_map(|i| match i {
            BlockItem::Attribute(a, _) => Some(a),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    pub name: Ident,
    /// `None` when the type is missing (a diagnostic has been emitted).
    pub ty: Option<FieldType>,
    pub attributes: Vec<Attribute>,
    pub docs: Vec<Comment>,
    pub trailing_comment: Option<Comment>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Arity {
    Required,
    Optional,
    List,
    /// `T[]?`: never valid, kept to report it precisely.
    OptionalList,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldType {
    pub base: BaseType,
    pub arity: Arity,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum BaseType {
    Named(Ident),
    /// `Unsupported("...")` with the raw type text.
    Unsupported(String, Span),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnumValue {
    pub name: Ident,
    pub attributes: Vec<Attribute>,
    pub docs: Vec<Comment>,
    pub trailing_comment: Option<Comment>,
    pub span: Span,
}

/// `@name(args)` or `@@name(args)`; `name` may be dotted (`db.VarChar`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribute {
    pub name: Ident,
    pub args: Vec<Argument>,
    /// Whether an argument list was written at all (`@id` vs `@id()`).
    pub has_parens: bool,
    pub span: Span,
}

impl Attribute {
    /// The unnamed first argument, or the argument with the given name.
    pub fn arg(&self, name: &str) -> Option<&Argument> {
        self.args
            .iter()
            .find(|a| a.name.as_ref().is_some_and(|n| n.name == name))
    }
    pub fn unnamed(&self) -> impl Iterator<Item = &Argument> {
        self.args.iter().filter(|a| a.name.is_none())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Argument {
    pub name: Option<Ident>,
    /// `None` for an empty argument (`name:` with no value).
    pub value: Option<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Expr {
    /// The string's value, escapes resolved.
    String(String, Span),
    /// The number as written.
    Number(String, Span),
    /// A bare (possibly dotted) name: `true`, `Cascade`, `ADMIN`, `db.Text`.
    Path(String, Span),
    Function(Ident, Vec<Argument>, Span),
    Array(Vec<Expr>, Span),
    /// `{ key: value, ... }` (the object form of a partial index's `where:`).
    Object(Vec<(Ident, Expr)>, Span),
}

impl Expr {
    pub fn span(&self) -> Span {
        match self {
            Expr::String(_, s)
            | Expr::Number(_, s)
            | Expr::Path(_, s)
            | Expr::Function(_, _, s)
            | Expr::Array(_, s)
            | Expr::Object(_, s) => *s,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Expr::String(s, _) => Some(s),
            _ => None,
        }
    }
    pub fn as_path(&self) -> Option<&str> {
        match self {
            Expr::Path(s, _) => Some(s),
            _ => None,
        }
    }
    pub fn describe(&self) -> &'static str {
        match self {
            Expr::String(..) => "string",
            Expr::Number(..) => "numeric",
            Expr::Path(..) => "constant",
            Expr::Function(..) => "function",
            Expr::Array(..) => "array",
            Expr::Object(..) => "object",
        }
    }
}

/// `datasource db { ... }` or `generator client { ... }`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConfigBlock {
    pub kind: ConfigKind,
    pub name: Ident,
    pub items: Vec<BlockItem<KeyValue>>,
    pub span: Span,
    pub docs: Vec<Comment>,
    pub open_comment: Option<String>,
}

impl ConfigBlock {
    pub fn properties(&self) -> impl Iterator<Item = &KeyValue> {
        self.items.iter().filter_map(|i| match i {
            BlockItem::Member(kv) => Some(kv),
            _ => None,
        })
    }
    pub fn get(&self, key: &str) -> Option<&KeyValue> {
        self.properties().find(|kv| kv.key.name == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ConfigKind {
    Datasource,
    Generator,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyValue {
    pub key: Ident,
    pub value: Expr,
    pub docs: Vec<Comment>,
    pub trailing_comment: Option<Comment>,
    pub span: Span,
}
