//! The validated, resolved schema: what every later stage reads.
//!
//! Invariants (established by the validator, relied upon downstream):
//! - every name is resolved: field kinds point at existing models/enums by index;
//! - every relation is paired: `Relation` names both sides (or one side for a back-relation-less
//!   case that Prisma allows nowhere on PostgreSQL, so never here), with referencing scalar fields
//!   and referenced fields of equal arity and compatible types;
//! - database names (`db_name`) are final: `@map`/`@@map` applied, constraint names computed with
//!   Prisma's conventions and PostgreSQL's 63-byte limit;
//! - ids and uniques refer to scalar fields of their own model.

use crate::span::Span;
use serde::Serialize;

pub type ModelId = usize;
pub type EnumId = usize;
pub type FieldId = usize;
pub type RelationId = usize;

/// PostgreSQL's identifier limit, which Prisma's constraint naming respects.
pub const MAX_IDENTIFIER_LENGTH: usize = 63;

#[derive(Debug, Clone, Serialize, Default)]
pub struct Schema {
    pub datasource: Option<Datasource>,
    pub generators: Vec<Generator>,
    pub models: Vec<Model>,
    pub enums: Vec<Enum>,
    pub relations: Vec<Relation>,
}

impl Schema {
    pub fn model(&self, name: &str) -> Option<&Model> {
        self.models.iter().find(|m| m.name == name)
    }
    pub fn enum_by_name(&self, name: &str) -> Option<&Enum> {
        self.enums.iter().find(|e| e.name == name)
    }
}

/// A config value as written: strings, `env("X")`, arrays, bare names.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "camelCase")]
pub enum ConfigValue {
    String(String),
    Env(String),
    Number(String),
    Constant(String),
    Array(Vec<ConfigValue>),
    Function(String),
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Datasource {
    pub name: String,
    pub provider: String,
    pub url: Option<ConfigValue>,
    pub direct_url: Option<ConfigValue>,
    pub shadow_database_url: Option<ConfigValue>,
    pub relation_mode: RelationMode,
    /// `schemas = [...]` (multi-schema); empty means the connection's schema (`public`).
    pub schemas: Vec<String>,
    pub extensions: Vec<Extension>,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    pub name: String,
    pub db_name: Option<String>,
    pub schema: Option<String>,
    pub version: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RelationMode {
    ForeignKeys,
    /// Relations are emulated by the client: no foreign keys in the database.
    Prisma,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Generator {
    pub name: String,
    pub provider: ConfigValue,
    pub output: Option<ConfigValue>,
    pub preview_features: Vec<String>,
    pub binary_targets: Vec<ConfigValue>,
    /// Every other key, in source order.
    pub config: Vec<(String, ConfigValue)>,
    pub docs: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Enum {
    pub name: String,
    pub db_name: String,
    pub schema: Option<String>,
    pub values: Vec<EnumValue>,
    pub docs: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EnumValue {
    pub name: String,
    pub db_name: String,
    pub docs: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Model {
    pub name: String,
    /// Table (or view) name after `@@map`.
    pub db_name: String,
    pub schema: Option<String>,
    pub is_view: bool,
    /// `@@ignore`: exists in the database, left out of the client.
    pub ignored: bool,
    pub docs: Option<String>,
    pub fields: Vec<Field>,
    pub primary_key: Option<PrimaryKey>,
    /// `@unique`, `@@unique` and `@@index` in source order (fields first).
    pub indexes: Vec<Index>,
    pub span: Span,
}

impl Model {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
    pub fn field_id(&self, name: &str) -> Option<FieldId> {
        self.fields.iter().position(|f| f.name == name)
    }
    pub fn scalar_fields(&self) -> impl Iterator<Item = (FieldId, &Field)> {
        self.fields
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.is_relation())
    }
    pub fn relation_fields(&self) -> impl Iterator<Item = (FieldId, &Field)> {
        self.fields
            .iter()
            .enumerate()
            .filter(|(_, f)| f.is_relation())
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Field {
    pub name: String,
    /// Column name after `@map` (meaningless for relation fields, which have no column).
    pub db_name: String,
    pub kind: FieldKind,
    pub arity: Arity,
    pub default: Option<DefaultValue>,
    pub native_type: Option<NativeTypeInstance>,
    pub updated_at: bool,
    pub ignored: bool,
    pub docs: Option<String>,
    pub span: Span,
}

impl Field {
    pub fn is_relation(&self) -> bool {
        matches!(self.kind, FieldKind::Relation(_))
    }
    pub fn is_required(&self) -> bool {
        self.arity == Arity::Required
    }
    pub fn is_list(&self) -> bool {
        self.arity == Arity::List
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Arity {
    Required,
    Optional,
    List,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum ScalarType {
    String,
    Int,
    BigInt,
    Float,
    Decimal,
    Boolean,
    DateTime,
    Json,
    Bytes,
}

impl ScalarType {
    pub const ALL: [ScalarType; 9] = [
        ScalarType::String,
        ScalarType::Int,
        ScalarType::BigInt,
        ScalarType::Float,
        ScalarType::Decimal,
        ScalarType::Boolean,
        ScalarType::DateTime,
        ScalarType::Json,
        ScalarType::Bytes,
    ];
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "String" => ScalarType::String,
            "Int" => ScalarType::Int,
            "BigInt" => ScalarType::BigInt,
            "Float" => ScalarType::Float,
            "Decimal" => ScalarType::Decimal,
            "Boolean" => ScalarType::Boolean,
            "DateTime" => ScalarType::DateTime,
            "Json" => ScalarType::Json,
            "Bytes" => ScalarType::Bytes,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            ScalarType::String => "String",
            ScalarType::Int => "Int",
            ScalarType::BigInt => "BigInt",
            ScalarType::Float => "Float",
            ScalarType::Decimal => "Decimal",
            ScalarType::Boolean => "Boolean",
            ScalarType::DateTime => "DateTime",
            ScalarType::Json => "Json",
            ScalarType::Bytes => "Bytes",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum FieldKind {
    Scalar { scalar: ScalarType },
    Enum { id: EnumId },
    Unsupported { raw: String },
    Relation(RelationField),
}

impl FieldKind {
    pub fn scalar(&self) -> Option<ScalarType> {
        match self {
            FieldKind::Scalar { scalar } => Some(*scalar),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RelationField {
    pub target: ModelId,
    pub relation: RelationId,
    /// Local scalar fields holding the foreign key (empty on the referenced side).
    pub fields: Vec<FieldId>,
    /// Fields of `target` that `fields` reference.
    pub references: Vec<FieldId>,
    pub on_delete: Option<ReferentialAction>,
    pub on_update: Option<ReferentialAction>,
    /// Explicit foreign key constraint name (`map:`).
    pub map: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ReferentialAction {
    Cascade,
    Restrict,
    NoAction,
    SetNull,
    SetDefault,
}

impl ReferentialAction {
    pub fn from_name(s: &str) -> Option<Self> {
        Some(match s {
            "Cascade" => Self::Cascade,
            "Restrict" => Self::Restrict,
            "NoAction" => Self::NoAction,
            "SetNull" => Self::SetNull,
            "SetDefault" => Self::SetDefault,
            _ => return None,
        })
    }
    pub fn sql(self) -> &'static str {
        match self {
            Self::Cascade => "CASCADE",
            Self::Restrict => "RESTRICT",
            Self::NoAction => "NO ACTION",
            Self::SetNull => "SET NULL",
            Self::SetDefault => "SET DEFAULT",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RelationKind {
    OneToOne,
    OneToMany,
    /// Implicit many-to-many: a `_Name` join table with columns `A` and `B`.
    ManyToMany,
}

/// A relation: two relation fields paired by target model and name.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Relation {
    /// The relation name: explicit, or Prisma's default `AToB` (model names sorted).
    pub name: String,
    pub explicit_name: bool,
    pub kind: RelationKind,
    /// The side holding `fields`/`references` (for m-n: the model that sorts first, column `A`).
    pub referencing: (ModelId, FieldId),
    /// The other side.
    pub referenced: (ModelId, FieldId),
    /// Effective actions for the foreign key (explicit or Prisma's defaults). None for m-n.
    pub on_delete: ReferentialAction,
    pub on_update: ReferentialAction,
    /// Foreign key constraint name (explicit `map:` or `{table}_{columns}_fkey`). Empty for m-n.
    pub fk_name: String,
}

impl Relation {
    /// The implicit join table of a many-to-many relation.
    pub fn join_table_name(&self) -> String {
        format!("_{}", self.name)
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrimaryKey {
    /// Client name (`@@id(name: ...)`).
    pub name: Option<String>,
    /// Constraint name: `map:` or `{table}_pkey`.
    pub db_name: String,
    pub explicit_db_name: bool,
    pub fields: Vec<IndexField>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum IndexKind {
    Unique,
    Normal,
    Fulltext,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Index {
    pub kind: IndexKind,
    /// Client name of a compound unique (`@@unique(name: ...)`).
    pub name: Option<String>,
    /// Database name: `map:` or Prisma's default.
    pub db_name: String,
    pub explicit_db_name: bool,
    pub fields: Vec<IndexField>,
    pub algorithm: Option<IndexAlgorithm>,
    /// Predicate of a partial index (`where:`).
    pub where_clause: Option<IndexWhere>,
    /// Declared on a field (`@unique`) rather than the model (`@@unique`).
    pub on_field: bool,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IndexField {
    pub field: FieldId,
    pub sort: Option<SortOrder>,
    pub length: Option<u32>,
    pub ops: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SortOrder {
    Asc,
    Desc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum IndexAlgorithm {
    BTree,
    Hash,
    Gist,
    Gin,
    SpGist,
    Brin,
}

impl IndexAlgorithm {
    pub fn from_name(s: &str) -> Option<Self> {
        Some(match s {
            "BTree" => Self::BTree,
            "Hash" => Self::Hash,
            "Gist" => Self::Gist,
            "Gin" => Self::Gin,
            "SpGist" => Self::SpGist,
            "Brin" => Self::Brin,
            _ => return None,
        })
    }
    pub fn sql(self) -> &'static str {
        match self {
            Self::BTree => "BTREE",
            Self::Hash => "HASH",
            Self::Gist => "GIST",
            Self::Gin => "GIN",
            Self::SpGist => "SPGIST",
            Self::Brin => "BRIN",
        }
    }
}

/// A default value, resolved against the field's type.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DefaultValue {
    pub kind: DefaultKind,
    /// Constraint name (`map:`); PostgreSQL has no named defaults, kept for round trips.
    pub map: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "camelCase")]
pub enum DefaultKind {
    /// A literal, or a list of literals for list fields.
    Value(Literal),
    Autoincrement,
    Sequence,
    Now,
    /// `uuid()` (4) or `uuid(7)`.
    Uuid(u8),
    /// `cuid()` (1) or `cuid(2)`.
    Cuid(u8),
    Nanoid(Option<u32>),
    Ulid,
    /// `dbgenerated("expr")`: an SQL expression the database evaluates.
    DbGenerated(Option<String>),
}

impl DefaultKind {
    /// Generated by the client, so the database has no default for it.
    pub fn is_client_side(&self) -> bool {
        matches!(
            self,
            DefaultKind::Uuid(_)
                | DefaultKind::Cuid(_)
                | DefaultKind::Nanoid(_)
                | DefaultKind::Ulid
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "camelCase")]
pub enum Literal {
    String(String),
    /// A number as written (kept as text so Decimal and BigInt lose nothing).
    Number(String),
    Boolean(bool),
    /// An enum value by name (database name resolved by the enum).
    Enum(String),
    List(Vec<Literal>),
}

/// A `@db.X(args)` native type, checked against the scalar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NativeTypeInstance {
    pub name: String,
    pub args: Vec<u32>,
}

/// The `where:` of a partial index.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "camelCase")]
pub enum IndexWhere {
    /// `raw("...")`: SQL written by the user, passed through.
    Raw(String),
    /// `{ field: value, other: { not: value } }`: conditions joined with AND.
    Conditions(Vec<WhereCondition>),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WhereCondition {
    pub field: FieldId,
    /// `{ not: value }`.
    pub negated: bool,
    /// `None` is `null`.
    pub value: Option<Literal>,
}
