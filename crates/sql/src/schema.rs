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
