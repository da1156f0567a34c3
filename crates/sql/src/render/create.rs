//! Rendering of the steps that create things (what a from-empty migration holds), in Prisma's
//! exact text layout, so that our migration files are byte-identical to the ones `prisma migrate`
//! writes (users diff and review them; checksums in `_prisma_migrations` hash them).
//!
//! Layout rules (from Prisma's PostgreSQL renderer):
//! - `CREATE TABLE` lists one column per line indented by 4 spaces, then a blank line and the
//!   named primary key constraint, columns joined by `,` without a space;
//! - `CREATE [UNIQUE] INDEX "name" ON "table"("a", "b")`; a non-btree method adds
//!   ` USING GIN ` before the column list; operator classes and `ASC`/`DESC` follow the column;
//!   a partial index ends with ` WHERE (predicate)`;
//! - foreign keys are separate `ALTER TABLE ... ADD CONSTRAINT` statements with both actions.

use crate::schema::*;
use crate::sql_text::{quote_ident, quote_literal, quote_qualified};

const INDENT: &str = "    ";

pub fn create_schema(name: &str) -> String {
    format!("CREATE SCHEMA IF NOT EXISTS {};", quote_ident(name))
}

pub fn create_extension(ext: &Extension) -> String {
    let mut out = format!("CREATE EXTENSION IF NOT EXISTS {}", quote_ident(&ext.name));
    if ext.schema.is_some() || ext.version.is_some() {
        out.push_str(" WITH");
    }
    if let Some(schema) = &ext.schema {
        out.push_str(" SCHEMA ");
        out.push_str(&quote_ident(schema));
    }
    if let Some(version) = &ext.version {
        // Prisma quotes the version as an identifier; PostgreSQL accepts both forms.
        out.push_str(" VERSION ");
        out.push_str(&quote_ident(version));
    }
    out.push(';');
    out
}

pub fn create_enum(e: &SqlEnum) -> String {
    let values: Vec<String> = e.values.iter().map(|v| quote_literal(v)).collect();
    format!(
        "CREATE TYPE {} AS ENUM ({});",
        quote_qualified(&e.name),
        values.join(", ")
    )
}

pub fn create_table(t: &Table) -> String {
    let columns: Vec<String> = t.columns.iter().map(column).collect();
    let mut out = format!(
        "CREATE TABLE {} (\n{}",
        quote_qualified(&t.name),
        columns.join(",\n")
    );
    if let Some(pk) = &t.primary_key {
        let cols: Vec<String> = pk.columns.iter().map(|c| quote_ident(c)).collect();
        out.push_str(&format!(
            ",\n\n{INDENT}CONSTRAINT {} PRIMARY KEY ({})",
            quote_ident(&pk.name),
            cols.join(",")
        ));
    }
    out.push_str("\n);");
    out
}

/// One column line: `    "name" TYPE[ NOT NULL][ DEFAULT expr]`.
pub fn column(c: &Column) -> String {
    let ty = column_type(&c.ty, c.auto_increment);
    let mut out = format!("{INDENT}{} {ty}", quote_ident(&c.name));
    // Lists are nullable arrays: Prisma never writes NOT NULL on them.
    if !c.nullable && !c.ty.array {
        out.push_str(" NOT NULL");
    }
    if let Some(default) = c.default.as_ref().and_then(|d| default_sql(d, &ty)) {
        out.push_str(" DEFAULT ");
        out.push_str(&default);
    }
    out
}

/// The type as Prisma spells it: upper case, modifiers without spaces, `[]` for lists, serials
/// for auto-increment integers, enums quoted, unsupported types verbatim.
pub fn column_type(ty: &ColumnType, auto_increment: bool) -> String {
    let opt = |name: &str, arg: Option<u32>| match arg {
        Some(a) => format!("{name}({a})"),
        None => name.to_string(),
    };
    let base = match &ty.base {
        SqlType::SmallInt if auto_increment => "SMALLSERIAL".into(),
        SqlType::Integer if auto_increment => "SERIAL".into(),
        SqlType::BigInt if auto_increment => "BIGSERIAL".into(),
        SqlType::Text => "TEXT".into(),
        SqlType::VarChar(n) => opt("VARCHAR", *n),
        SqlType::Char(n) => opt("CHAR", *n),
        SqlType::SmallInt => "SMALLINT".into(),
        SqlType::Integer => "INTEGER".into(),
        SqlType::BigInt => "BIGINT".into(),
        SqlType::Real => "REAL".into(),
        SqlType::DoublePrecision => "DOUBLE PRECISION".into(),
        SqlType::Decimal(Some((p, s))) => format!("DECIMAL({p},{s})"),
        SqlType::Decimal(None) => "DECIMAL".into(),
        SqlType::Money => "MONEY".into(),
        SqlType::Boolean => "BOOLEAN".into(),
        SqlType::Timestamp(p) => opt("TIMESTAMP", *p),
        SqlType::Timestamptz(p) => opt("TIMESTAMPTZ", *p),
        SqlType::Date => "DATE".into(),
        SqlType::Time(p) => opt("TIME", *p),
        SqlType::Timetz(p) => opt("TIMETZ", *p),
        SqlType::Json => "JSON".into(),
        SqlType::Jsonb => "JSONB".into(),
        SqlType::ByteA => "BYTEA".into(),
        SqlType::Uuid => "UUID".into(),
        SqlType::Inet => "INET".into(),
        SqlType::Citext => "CITEXT".into(),
        SqlType::Xml => "XML".into(),
        SqlType::Bit(n) => opt("BIT", *n),
        SqlType::VarBit(n) => opt("VARBIT", *n),
        SqlType::Oid => "OID".into(),
        SqlType::Enum(name) => quote_qualified(name),
        SqlType::Other(raw) => raw.clone(),
    };
    if ty.array {
        format!("{base}[]")
    } else {
        base
    }
}

/// A default's SQL; `None` when there is nothing to write (a serial's sequence is implied by the
/// type). `full_type` is the rendered column type, which list defaults are cast to.
pub fn default_sql(d: &ColumnDefault, full_type: &str) -> Option<String> {
    match d {
        ColumnDefault::Value(v) => Some(value_sql(v, full_type)),
        ColumnDefault::Now => Some("CURRENT_TIMESTAMP".into()),
        ColumnDefault::Sequence(_) => None,
        ColumnDefault::Expression(e) if e.is_empty() => None,
        ColumnDefault::Expression(e) => Some(e.clone()),
    }
}

/// A constant: strings and enum values quoted, numbers and booleans bare, lists as
/// `ARRAY[...]::type[]`.
pub fn value_sql(v: &SqlValue, full_type: &str) -> String {
    match v {
        SqlValue::String(s) | SqlValue::EnumValue(s) => quote_literal(s),
        SqlValue::Number(n) => n.clone(),
        SqlValue::Boolean(b) => b.to_string(),
        SqlValue::Array(items) => {
            let items: Vec<String> = items.iter().map(|i| value_sql(i, full_type)).collect();
            format!("ARRAY[{}]::{full_type}", items.join(", "))
        }
    }
}

pub fn create_index(table: &QualifiedName, index: &Index) -> String {
    let unique = if index.unique { "UNIQUE " } else { "" };
    let using = match index.method {
        IndexMethod::BTree => "",
        IndexMethod::Hash => " USING HASH ",
        IndexMethod::Gist => " USING GIST ",
        IndexMethod::Gin => " USING GIN ",
        IndexMethod::SpGist => " USING SPGIST ",
        IndexMethod::Brin => " USING BRIN ",
    };
    let columns: Vec<String> = index
        .columns
        .iter()
        .map(|c| {
            let mut s = if c.expression {
                c.name.clone()
            } else {
                quote_ident(&c.name)
            };
            if let Some(op) = &c.opclass {
                s.push(' ');
                s.push_str(op);
            }
            match c.sort {
                Some(SortOrder::Asc) => s.push_str(" ASC"),
                Some(SortOrder::Desc) => s.push_str(" DESC"),
                None => {}
            }
            s
        })
        .collect();
    let mut out = format!(
        "CREATE {unique}INDEX {} ON {}{using}({})",
        quote_ident(&index.name),
        quote_qualified(table),
        columns.join(", ")
    );
    if let Some(p) = &index.predicate {
        out.push_str(&format!(" WHERE ({p})"));
    }
    out.push(';');
    out
}

fn action_sql(a: ForeignKeyAction) -> &'static str {
    match a {
        ForeignKeyAction::NoAction => "NO ACTION",
        ForeignKeyAction::Restrict => "RESTRICT",
        ForeignKeyAction::Cascade => "CASCADE",
        ForeignKeyAction::SetNull => "SET NULL",
        ForeignKeyAction::SetDefault => "SET DEFAULT",
    }
}

pub fn add_foreign_key(table: &QualifiedName, fk: &ForeignKey) -> String {
    let cols = |cs: &[String]| {
        cs.iter()
            .map(|c| quote_ident(c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "ALTER TABLE {} ADD CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {}({}) ON DELETE {} ON UPDATE {};",
        quote_qualified(table),
        quote_ident(&fk.name),
        cols(&fk.columns),
        quote_qualified(&fk.referenced_table),
        cols(&fk.referenced_columns),
        action_sql(fk.on_delete),
        action_sql(fk.on_update),
    )
}
