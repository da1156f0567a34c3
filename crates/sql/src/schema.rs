//! A PostgreSQL schema as plain data: what `lower` builds from the Prisma model and what the
//! introspector reads from a live catalog. Two `SqlSchema`s that describe the same database compare
//! equal after [`SqlSchema::normalize`]; the differ relies on that.

use serde::Serialize;

/// A possibly schema-qualified name. `schema: None` is the connection's default schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct QualifiedName {
    pub schema: Option<String>,
    pub name: String,
}

impl QualifiedName {
    pub fn new(schema: Option<&str>, name: &str) -> Self {
        QualifiedName {
            schema: schema.map(str::to_string),
            name: name.to_string(),
        }
    }
    pub fn unqualified(name: &str) -> Self {
        Self::new(None, name)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SqlSchema {
    /// Schemas the database must have (`CREATE SCHEMA IF NOT EXISTS`), in declaration order.
    pub namespaces: Vec<String>,
    pub extensions: Vec<Extension>,
    pub enums: Vec<SqlEnum>,
    pub tables: Vec<Table>,
    pub views: Vec<View>,
    /// Sequences not owned by a serial column (owned ones are implied by `Column::auto_increment`).
    pub sequences: Vec<Sequence>,
}

impl SqlSchema {
    pub fn table(&self, name: &QualifiedName) -> Option<&Table> {
        self.tables.iter().find(|t| &t.name == name)
    }
    pub fn enum_type(&self, name: &QualifiedName) -> Option<&SqlEnum> {
        self.enums.iter().find(|e| &e.name == name)
    }
    /// Sorts every list by name so that equal schemas compare equal whatever their source order.
    pub fn normalize(&mut self) {
        self.extensions.sort_by(|a, b| a.name.cmp(&b.name));
        self.enums.sort_by(|a, b| a.name.cmp(&b.name));
        self.views.sort_by(|a, b| a.name.cmp(&b.name));
        self.sequences.sort_by(|a, b| a.name.cmp(&b.name));
        self.tables.sort_by(|a, b| a.name.cmp(&b.name));
        for t in &mut self.tables {
            t.indexes.sort_by(|a, b| a.name.cmp(&b.name));
            t.foreign_keys.sort_by(|a, b| a.name.cmp(&b.name));
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extension {
    pub name: String,
    pub schema: Option<String>,
    pub version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SqlEnum {
    pub name: QualifiedName,
    /// Values in their declared order (PostgreSQL's `enumsortorder`).
    pub values: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub name: QualifiedName,
    /// Columns in their physical order.
    pub columns: Vec<Column>,
    pub primary_key: Option<PrimaryKey>,
    /// Unique and non-unique indexes, including those behind UNIQUE constraints.
    pub indexes: Vec<Index>,
    pub foreign_keys: Vec<ForeignKey>,
    pub comment: Option<String>,
}

impl Table {
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    pub name: String,
    pub ty: ColumnType,
    pub nullable: bool,
    pub default: Option<ColumnDefault>,
    /// `SERIAL`/`BIGSERIAL`/`SMALLSERIAL`: an owned sequence feeds the default.
    pub auto_increment: bool,
    /// `GENERATED ... AS IDENTITY` (read from databases others made; Prisma never writes it).
    pub identity: Option<Identity>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Identity {
    Always,
    ByDefault,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ColumnType {
    pub base: SqlType,
    pub array: bool,
}

impl ColumnType {
    pub fn scalar(base: SqlType) -> Self {
        ColumnType { base, array: false }
    }
    pub fn array(base: SqlType) -> Self {
        ColumnType { base, array: true }
    }
}

/// PostgreSQL column types, with their modifiers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub enum SqlType {
    Text,
    VarChar(Option<u32>),
    Char(Option<u32>),
    SmallInt,
    Integer,
    BigInt,
    Real,
    DoublePrecision,
    /// `DECIMAL(p,s)`; `None` is unconstrained `numeric`.
    Decimal(Option<(u32, u32)>),
    Money,
    Boolean,
    Timestamp(Option<u32>),
    Timestamptz(Option<u32>),
    Date,
    Time(Option<u32>),
    Timetz(Option<u32>),
    Json,
    Jsonb,
    ByteA,
    Uuid,
    Inet,
    Citext,
    Xml,
    Bit(Option<u32>),
    VarBit(Option<u32>),
    Oid,
    /// A user-defined enum type.
    Enum(QualifiedName),
    /// Anything else, as PostgreSQL spells it (`Unsupported("...")`, `tsvector`, `point`).
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ColumnDefault {
    /// A constant (`'x'`, `42`, `true`, enum values, arrays of them).
    Value(SqlValue),
    /// `CURRENT_TIMESTAMP` (Prisma's `now()`).
    Now,
    /// `nextval('seq')` of the owned sequence of a serial column.
    Sequence(String),
    /// Any other SQL expression (`dbgenerated("...")`, or what a catalog holds that we don't model).
    Expression(String),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum SqlValue {
    String(String),
    /// A number as written.
    Number(String),
    Boolean(bool),
    /// An enum value (its database name) of the column's enum type.
    EnumValue(String),
    Array(Vec<SqlValue>),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrimaryKey {
    pub name: String,
    pub columns: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SortOrder {
    Asc,
    Desc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum IndexMethod {
    BTree,
    Hash,
    Gist,
    Gin,
    SpGist,
    Brin,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndexColumn {
    /// A column name, or an expression when `expression` is set (introspected only).
    pub name: String,
    pub expression: bool,
    pub sort: Option<SortOrder>,
    pub opclass: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Index {
    pub name: String,
    pub unique: bool,
    /// Backed by a `UNIQUE` constraint rather than a bare unique index (others' databases).
    pub constraint: bool,
    pub columns: Vec<IndexColumn>,
    pub method: IndexMethod,
    /// `WHERE` predicate of a partial index, as SQL.
    pub predicate: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ForeignKeyAction {
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ForeignKey {
    pub name: String,
    pub columns: Vec<String>,
    pub referenced_table: QualifiedName,
    pub referenced_columns: Vec<String>,
    pub on_delete: ForeignKeyAction,
    pub on_update: ForeignKeyAction,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct View {
    pub name: QualifiedName,
    /// The view's SQL, when known (Prisma never creates views: they are declared, not migrated).
    pub definition: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sequence {
    pub name: QualifiedName,
    pub start: i64,
    pub increment: i64,
}

// ---------------------------------------------------------------------------------------------
// Equivalences between what lowering writes and what a catalog reads back. The introspector
// normalises with them; the differ can compare with them where the catalog cannot tell two
// spellings apart (a default operator class written out or left out, quoting in predicates).

/// Whether `opclass` is PostgreSQL's default operator class of `method` for the types it serves
/// (built-in classes; no built-in class name is default for one type and not for another).
/// `CREATE INDEX ... USING GIN (tags array_ops)` and `USING GIN (tags)` are the same index.
pub fn is_default_opclass(method: IndexMethod, opclass: &str) -> bool {
    match method {
        // Every other built-in btree/hash class is its type's default.
        IndexMethod::BTree | IndexMethod::Hash => !matches!(
            opclass,
            "bpchar_pattern_ops"
                | "cidr_ops"
                | "record_image_ops"
                | "text_pattern_ops"
                | "varchar_ops"
                | "varchar_pattern_ops"
        ),
        IndexMethod::Gin => matches!(opclass, "array_ops" | "jsonb_ops" | "tsvector_ops"),
        IndexMethod::Gist => matches!(
            opclass,
            "box_ops"
                | "circle_ops"
                | "multirange_ops"
                | "point_ops"
                | "poly_ops"
                | "range_ops"
                | "tsquery_ops"
                | "tsvector_ops"
        ),
        IndexMethod::SpGist => matches!(
            opclass,
            "box_ops" | "inet_ops" | "poly_ops" | "quad_point_ops" | "range_ops" | "text_ops"
        ),
        IndexMethod::Brin => {
            (opclass.ends_with("_minmax_ops") && !opclass.ends_with("_minmax_multi_ops"))
                || matches!(
                    opclass,
                    "box_inclusion_ops" | "inet_inclusion_ops" | "range_inclusion_ops"
                )
        }
    }
}

/// Removes the casts that follow string literals (`'x'::text` → `'x'`) when `strip(type)` says
/// so. PostgreSQL adds them when it stores an expression; the author rarely writes them.
pub fn strip_literal_casts(sql: &str, strip: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut rest = sql;
    while let Some(c) = rest.chars().next() {
        match c {
            '\'' | '"' => {
                let end = quoted_end(rest, c);
                out.push_str(&rest[..end]);
                rest = &rest[end..];
                if c == '\'' {
                    if let Some(after) = rest.strip_prefix("::") {
                        let len = cast_type_len(after);
                        if len > 0 && strip(&after[..len]) {
                            rest = &after[len..];
                        }
                    }
                }
            }
            _ => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// A partial index predicate as a comparison key: outer parentheses, casts after literals and
/// needless identifier quotes removed (`("accepted" = 'x'::text)` → `accepted = 'x'`).
pub fn canonical_predicate(p: &str) -> String {
    let stripped = strip_literal_casts(p.trim(), |_| true);
    let mut out = String::with_capacity(stripped.len());
    let mut rest = stripped.as_str();
    while let Some(c) = rest.chars().next() {
        if c == '\'' || c == '"' {
            let end = quoted_end(rest, c);
            let inner = &rest[1..end.saturating_sub(1).max(1)];
            let plain = c == '"'
                && !inner.is_empty()
                && inner
                    .chars()
                    .next()
                    .is_some_and(|f| f.is_ascii_lowercase() || f == '_')
                && inner
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_');
            out.push_str(if plain { inner } else { &rest[..end] });
            rest = &rest[end..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    let mut key = out.trim().to_string();
    while let Some(inner) = outer_parens(&key) {
        key = inner.trim().to_string();
    }
    key
}

/// Byte length of the quoted token at the start of `s` (quote `q`, doubled to escape).
fn quoted_end(s: &str, q: char) -> usize {
    let mut i = 1;
    let b = s.as_bytes();
    let qb = q as u8;
    while i < b.len() {
        if b[i] == qb {
            if b.get(i + 1) == Some(&qb) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    s.len()
}

/// Byte length of the type name at the start of `s` (after `::`): a possibly qualified, possibly
/// quoted name, PostgreSQL's multi-word names, modifiers and `[]`. 0 when there is none.
fn cast_type_len(s: &str) -> usize {
    let word = |s: &str| {
        s.bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b == b'$')
            .count()
    };
    let mut len = 0;
    loop {
        let r = &s[len..];
        let n = if r.starts_with('"') {
            quoted_end(r, '"')
        } else {
            word(r)
        };
        if n == 0 {
            return 0;
        }
        len += n;
        if s[len..].starts_with('.') {
            len += 1;
            continue;
        }
        break;
    }
    let mods = |s: &str| -> usize {
        if !s.starts_with('(') {
            return 0;
        }
        s.find(')')
            .filter(|&e| s[1..e].bytes().all(|b| b.is_ascii_digit() || b == b','))
            .map_or(0, |e| e + 1)
    };
    let first = s[..len].to_ascii_lowercase();
    len += mods(&s[len..]);
    for suffix in [
        " varying",
        " precision",
        " without time zone",
        " with time zone",
    ] {
        let fits = match suffix {
            " varying" => first == "character" || first == "bit",
            " precision" => first == "double",
            _ => first == "timestamp" || first == "time",
        };
        if fits
            && s[len..]
                .get(..suffix.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(suffix))
        {
            len += suffix.len();
            len += mods(&s[len..]);
            break;
        }
    }
    while s[len..].starts_with("[]") {
        len += 2;
    }
    len
}

/// `inner` when `s` is `(inner)` with the two parentheses matching each other.
fn outer_parens(s: &str) -> Option<&str> {
    let inner = s.strip_prefix('(')?.strip_suffix(')')?;
    let mut depth = 0i32;
    let mut rest = inner;
    while let Some(c) = rest.chars().next() {
        let n = match c {
            '\'' | '"' => quoted_end(rest, c),
            '(' => {
                depth += 1;
                1
            }
            ')' => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
                1
            }
            _ => c.len_utf8(),
        };
        rest = &rest[n.min(rest.len())..];
    }
    (depth == 0).then_some(inner)
}

/// Whether two column types are the same type in PostgreSQL, though modelled differently:
/// `CHAR` is `CHAR(1)` (likewise `BIT`), and `Unsupported("int4[]")` is `INTEGER[]`.
pub fn types_equivalent(a: &ColumnType, b: &ColumnType) -> bool {
    let (a, b) = (canonical_type(a), canonical_type(b));
    a == b
}

/// The type in one spelling (see [`types_equivalent`]).
pub fn canonical_type(t: &ColumnType) -> ColumnType {
    let base = match &t.base {
        SqlType::Char(None) => SqlType::Char(Some(1)),
        SqlType::Bit(None) => SqlType::Bit(Some(1)),
        SqlType::Other(raw) => {
            let lower = raw.trim().to_ascii_lowercase();
            if let Some(inner) = lower.strip_suffix("[]") {
                if !t.array {
                    let mut c = canonical_type(&ColumnType::scalar(SqlType::Other(inner.into())));
                    c.array = true;
                    return c;
                }
            }
            match lower.as_str() {
                "int4" | "integer" | "int" => SqlType::Integer,
                "int8" | "bigint" => SqlType::BigInt,
                "int2" | "smallint" => SqlType::SmallInt,
                "text" => SqlType::Text,
                "varchar" | "character varying" => SqlType::VarChar(None),
                "bool" | "boolean" => SqlType::Boolean,
                "float8" | "double precision" => SqlType::DoublePrecision,
                "float4" | "real" => SqlType::Real,
                "numeric" | "decimal" => SqlType::Decimal(None),
                "uuid" => SqlType::Uuid,
                "json" => SqlType::Json,
                "jsonb" => SqlType::Jsonb,
                "bytea" => SqlType::ByteA,
                "date" => SqlType::Date,
                "inet" => SqlType::Inet,
                "xml" => SqlType::Xml,
                "oid" => SqlType::Oid,
                "citext" => SqlType::Citext,
                "money" => SqlType::Money,
                _ => SqlType::Other(lower),
            }
        }
        other => other.clone(),
    };
    ColumnType {
        base,
        array: t.array,
    }
}

#[cfg(test)]
mod equivalence_tests {
    use super::*;

    #[test]
    fn predicates_compare_by_canonical_form() {
        assert_eq!(
            canonical_predicate("(status = 'PENDING'::text)"),
            "status = 'PENDING'"
        );
        assert_eq!(
            canonical_predicate("\"accepted\" = false"),
            "accepted = false"
        );
        assert_eq!(
            canonical_predicate("(\"deletedAt\" IS NULL)"),
            "\"deletedAt\" IS NULL"
        );
        assert_eq!(
            canonical_predicate("(s <> 'A'::\"Status\") AND (t = 'x'::character varying)"),
            "(s <> 'A') AND (t = 'x')"
        );
        assert_eq!(
            strip_literal_casts("encode(gen_random_bytes(24), 'hex'::text)", |t| t == "text"),
            "encode(gen_random_bytes(24), 'hex')"
        );
        assert_eq!(
            strip_literal_casts("(now() + '1 day'::interval)", |t| t == "text"),
            "(now() + '1 day'::interval)"
        );
    }

    #[test]
    fn default_operator_classes() {
        assert!(is_default_opclass(IndexMethod::Gin, "array_ops"));
        assert!(!is_default_opclass(IndexMethod::Gin, "jsonb_path_ops"));
        assert!(is_default_opclass(IndexMethod::SpGist, "inet_ops"));
        assert!(!is_default_opclass(IndexMethod::Gist, "inet_ops"));
        assert!(is_default_opclass(
            IndexMethod::Brin,
            "timestamptz_minmax_ops"
        ));
        assert!(!is_default_opclass(IndexMethod::Brin, "int4_bloom_ops"));
        assert!(!is_default_opclass(IndexMethod::BTree, "text_pattern_ops"));
    }
}
