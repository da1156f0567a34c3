//! Introspection: a live PostgreSQL catalog → [`SqlSchema`].
//!
//! Why it exists: `migrate dev`, `status` and drift detection all diff *what the database is*
//! against *what the Prisma schema says it should be*. That only works if a database migrated
//! from a schema reads back as exactly the [`SqlSchema`] lowering produced for it — otherwise every
//! run would propose spurious changes. So this module does not just read the catalog: it reads it
//! back into lowering's spelling (defaults without PostgreSQL's casts, Prisma's timestamp literal
//! format, compact JSON, serial columns as `auto_increment`, `public` as the unqualified default
//! namespace, only non-default operator classes, ...). The round-trip test
//! (`tests/introspect.rs`) holds it to that for the whole schema corpus.
//!
//! It runs a fixed number of catalog queries ([`QUERY_COUNT`]), one per kind of object, whatever
//! the size of the schema (never one per table), pipelined on the one connection. Nothing found
//! in a catalog makes it panic: types it does not model become [`SqlType::Other`] (PostgreSQL's
//! `format_type` spelling), defaults it cannot read back become [`ColumnDefault::Expression`]
//! holding `pg_get_expr`'s text.
//!
//! Left out on purpose: Prisma's own `_prisma_migrations` table and our `_justify_*` tables,
//! objects that belong to extensions (`postgis`' `spatial_ref_sys`, ...), indexes behind
//! exclusion constraints (the model cannot express them), and the `plpgsql` extension.

use std::collections::HashMap;

use justify_sql::lower::DEFAULT_NAMESPACE;
use justify_sql::schema::*;
use justify_sql::schema::{canonical_predicate, strip_literal_casts};
use tokio_postgres::types::FromSql;
use tokio_postgres::{Client, Row};

/// How many catalog queries one introspection runs, whatever the size of the schema.
pub const QUERY_COUNT: usize = 8;

#[derive(Debug, thiserror::Error)]
pub enum IntrospectError {
    #[error("catalog query for {what} failed: {source}")]
    Query {
        what: &'static str,
        #[source]
        source: tokio_postgres::Error,
    },
    #[error("unexpected value in the {what} catalog query: {source}")]
    Decode {
        what: &'static str,
        #[source]
        source: tokio_postgres::Error,
    },
}

/// What to read.
#[derive(Debug, Clone)]
pub struct IntrospectOptions {
    /// Namespaces to read (`["public"]` when empty).
    pub schemas: Vec<String>,
    /// The connection's default namespace: objects in it get `schema: None`, as lowering does.
    pub default_schema: String,
}

impl Default for IntrospectOptions {
    fn default() -> Self {
        IntrospectOptions {
            schemas: vec![DEFAULT_NAMESPACE.to_string()],
            default_schema: DEFAULT_NAMESPACE.to_string(),
        }
    }
}

/// An introspected schema and how it was obtained.
#[derive(Debug, Clone)]
pub struct Introspection {
    pub schema: SqlSchema,
    /// Catalog queries run (always [`QUERY_COUNT`]).
    pub queries: usize,
}

/// Reads namespaces `schemas` (`["public"]` when empty) of the database behind `client`.
pub async fn introspect(client: &Client, schemas: &[String]) -> Result<SqlSchema, IntrospectError> {
    let opts = IntrospectOptions {
        schemas: schemas.to_vec(),
        ..IntrospectOptions::default()
    };
    Ok(introspect_with(client, &opts).await?.schema)
}

/// [`introspect`] with every option, reporting the number of queries run.
pub async fn introspect_with(
    client: &Client,
    opts: &IntrospectOptions,
) -> Result<Introspection, IntrospectError> {
    let schemas: Vec<String> = if opts.schemas.is_empty() {
        vec![DEFAULT_NAMESPACE.to_string()]
    } else {
        opts.schemas.clone()
    };
    let params: [&(dyn tokio_postgres::types::ToSql + Sync); 1] = [&schemas];
    let run = |what: &'static str, sql: &'static str| async move {
        client
            .query(sql, &params)
            .await
            .map_err(|source| IntrospectError::Query { what, source })
    };
    // All queries are sent at once: tokio-postgres pipelines them on the connection.
    let (namespaces, extensions, enums, columns, indexes, fks, views, sequences) = tokio::try_join!(
        run("namespaces", NAMESPACES_SQL),
        run("extensions", EXTENSIONS_SQL),
        run("enums", ENUMS_SQL),
        run("columns", COLUMNS_SQL),
        run("indexes", INDEXES_SQL),
        run("foreign keys", FOREIGN_KEYS_SQL),
        run("views", VIEWS_SQL),
        run("sequences", SEQUENCES_SQL),
    )?;

    let b = Builder {
        default_schema: &opts.default_schema,
    };
    let mut out = SqlSchema {
        namespaces: b.namespaces(&namespaces)?,
        extensions: b.extensions(&extensions)?,
        enums: b.enums(&enums)?,
        ..SqlSchema::default()
    };
    out.tables = b.tables(&columns)?;
    b.indexes(&indexes, &mut out.tables)?;
    b.foreign_keys(&fks, &mut out.tables)?;
    out.views = b.views(&views)?;
    out.sequences = b.sequences(&sequences)?;
    Ok(Introspection {
        schema: out,
        queries: QUERY_COUNT,
    })
}

// ---------------------------------------------------------------------------------------------
// Queries. `$1` is the `text[]` of namespaces. `NOT_EXTENSION_MEMBER` keeps out what extensions
// created.

const NAMESPACES_SQL: &str = "
SELECT n.nspname::text
FROM pg_namespace n
WHERE n.nspname = ANY($1::text[])
ORDER BY n.nspname";

const EXTENSIONS_SQL: &str = "
SELECT e.extname::text, n.nspname::text, e.extversion::text
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql' AND $1::text[] IS NOT NULL
ORDER BY e.extname";

const ENUMS_SQL: &str = "
SELECT n.nspname::text, t.typname::text, e.enumlabel::text
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_enum e ON e.enumtypid = t.oid
WHERE t.typtype = 'e' AND n.nspname = ANY($1::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname, t.typname, e.enumsortorder";

/// One row per column (one row with NULL column fields for a table without columns).
const COLUMNS_SQL: &str = "
SELECT n.nspname::text AS nsp,
       c.relname::text AS tbl,
       td.description AS tbl_comment,
       a.attname::text AS col,
       a.attnotnull AS notnull,
       a.attidentity::text AS identity,
       a.attgenerated::text AS generated,
       a.atttypmod AS typmod,
       et.typname::text AS elem_type,
       etn.nspname::text AS elem_nsp,
       et.typtype::text AS elem_kind,
       (t.typelem <> 0 AND t.typlen = -1 AND left(t.typname, 1) = '_') AS is_array,
       format_type(et.oid, a.atttypmod) AS elem_format,
       pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
       cd.description AS col_comment,
       EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class s ON s.oid = d.objid
               WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
                 AND d.refobjid = c.oid AND d.refobjsubid = a.attnum
                 AND d.deptype = 'a' AND s.relkind = 'S') AS owns_sequence
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type et ON et.oid = CASE WHEN t.typelem <> 0 AND t.typlen = -1 AND left(t.typname, 1) = '_'
                                      THEN t.typelem ELSE t.oid END
LEFT JOIN pg_namespace etn ON etn.oid = et.typnamespace
LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
LEFT JOIN pg_description td ON td.objoid = c.oid AND td.classoid = 'pg_class'::regclass AND td.objsubid = 0
LEFT JOIN pg_description cd ON cd.objoid = c.oid AND cd.classoid = 'pg_class'::regclass AND cd.objsubid = a.attnum
WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, a.attnum";

/// One row per key column of every index.
const INDEXES_SQL: &str = "
SELECT n.nspname::text AS nsp,
       t.relname::text AS tbl,
       ic.relname::text AS idx,
       i.indisunique AS is_unique,
       i.indisprimary AS is_primary,
       am.amname::text AS method,
       pg_get_expr(i.indpred, i.indrelid) AS predicate,
       (SELECT k.contype::text FROM pg_constraint k
         WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid
           AND k.contype IN ('p', 'u', 'x') LIMIT 1) AS constraint_kind,
       k.ord::int4 AS ord,
       a.attname::text AS col,
       -- Only expression columns need the (per-row, costly) definition.
       CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int4, true) END AS col_def,
       (k.opt & 1) = 1 AS is_desc,
       opc.opcname::text AS opclass,
       COALESCE(opc.opcdefault, true) AS opclass_default
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
JOIN pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indoption::int2[])
     WITH ORDINALITY AS k(attnum, opclass, opt, ord)
LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0
LEFT JOIN pg_opclass opc ON opc.oid = k.opclass
WHERE n.nspname = ANY($1::text[]) AND t.relkind IN ('r', 'p') AND k.ord <= i.indnkeyatts
ORDER BY n.nspname, t.relname, ic.relname, k.ord";

/// One row per column pair of every foreign key.
const FOREIGN_KEYS_SQL: &str = "
SELECT n.nspname::text AS nsp,
       c.relname::text AS tbl,
       con.conname::text AS fk,
       rn.nspname::text AS ref_nsp,
       rc.relname::text AS ref_tbl,
       con.confdeltype::text AS on_delete,
       con.confupdtype::text AS on_update,
       a.attname::text AS col,
       ra.attname::text AS ref_col
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class rc ON rc.oid = con.confrelid
JOIN pg_namespace rn ON rn.oid = rc.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(col, ref_col, ord)
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.col
JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.ref_col
WHERE con.contype = 'f' AND n.nspname = ANY($1::text[])
ORDER BY n.nspname, c.relname, con.conname, k.ord";

const VIEWS_SQL: &str = "
SELECT n.nspname::text, c.relname::text, pg_get_viewdef(c.oid, true)
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY($1::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname";

/// Sequences owned by no column (serial and identity sequences are implied by their columns).
const SEQUENCES_SQL: &str = "
SELECT n.nspname::text, c.relname::text, s.seqstart, s.seqincrement
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY($1::text[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.deptype IN ('a', 'i', 'e'))
ORDER BY n.nspname, c.relname";

// ---------------------------------------------------------------------------------------------
// Rows → SqlSchema.

fn get<'a, T: FromSql<'a>>(
    row: &'a Row,
    idx: usize,
    what: &'static str,
) -> Result<T, IntrospectError> {
    row.try_get(idx)
        .map_err(|source| IntrospectError::Decode { what, source })
}

/// Tables Prisma and justify-schema keep for themselves.
fn is_internal_table(name: &str) -> bool {
    name == "_prisma_migrations" || name.starts_with("_justify_")
}

struct Builder<'a> {
    default_schema: &'a str,
}

impl Builder<'_> {
    fn qualified(&self, schema: &str, name: &str) -> QualifiedName {
        QualifiedName::new((schema != self.default_schema).then_some(schema), name)
    }

    fn namespaces(&self, rows: &[Row]) -> Result<Vec<String>, IntrospectError> {
        rows.iter().map(|r| get(r, 0, "namespaces")).collect()
    }

    fn extensions(&self, rows: &[Row]) -> Result<Vec<Extension>, IntrospectError> {
        const W: &str = "extensions";
        rows.iter()
            .map(|r| {
                let schema: String = get(r, 1, W)?;
                Ok(Extension {
                    name: get(r, 0, W)?,
                    schema: (schema != self.default_schema).then_some(schema),
                    version: get(r, 2, W)?,
                })
            })
            .collect()
    }

    fn enums(&self, rows: &[Row]) -> Result<Vec<SqlEnum>, IntrospectError> {
        const W: &str = "enums";
        let mut out: Vec<SqlEnum> = Vec::new();
        for r in rows {
            let name = self.qualified(&get::<String>(r, 0, W)?, &get::<String>(r, 1, W)?);
            let value: Option<String> = get(r, 2, W)?;
            if out.last().is_none_or(|e| e.name != name) {
                out.push(SqlEnum {
                    name,
                    values: Vec::new(),
                });
            }
            if let (Some(v), Some(e)) = (value, out.last_mut()) {
                e.values.push(v);
            }
        }
        Ok(out)
    }

    fn tables(&self, rows: &[Row]) -> Result<Vec<Table>, IntrospectError> {
        const W: &str = "columns";
        let mut out: Vec<Table> = Vec::new();
        for r in rows {
            let table_name: String = get(r, 1, W)?;
            if is_internal_table(&table_name) {
                continue;
            }
            let name = self.qualified(&get::<String>(r, 0, W)?, &table_name);
            if out.last().is_none_or(|t| t.name != name) {
                out.push(Table {
                    name,
                    columns: Vec::new(),
                    primary_key: None,
                    indexes: Vec::new(),
                    foreign_keys: Vec::new(),
                    comment: get(r, 2, W)?,
                });
            }
            let Some(col_name) = get::<Option<String>>(r, 3, W)? else {
                continue;
            };
            let column = self.column(r, col_name)?;
            if let Some(t) = out.last_mut() {
                t.columns.push(column);
            }
        }
        Ok(out)
    }

    fn column(&self, r: &Row, name: String) -> Result<Column, IntrospectError> {
        const W: &str = "columns";
        let not_null: bool = get::<Option<bool>>(r, 4, W)?.unwrap_or(false);
        let identity: Option<String> = get(r, 5, W)?;
        let generated: Option<String> = get(r, 6, W)?;
        let typmod: i32 = get::<Option<i32>>(r, 7, W)?.unwrap_or(-1);
        let elem_type: String = get::<Option<String>>(r, 8, W)?.unwrap_or_default();
        let elem_nsp: String = get::<Option<String>>(r, 9, W)?.unwrap_or_default();
        let elem_kind: String = get::<Option<String>>(r, 10, W)?.unwrap_or_default();
        let is_array: bool = get::<Option<bool>>(r, 11, W)?.unwrap_or(false);
        let elem_format: String = get::<Option<String>>(r, 12, W)?.unwrap_or_default();
        let default_expr: Option<String> = get(r, 13, W)?;
        let comment: Option<String> = get(r, 14, W)?;
        let owns_sequence: bool = get::<Option<bool>>(r, 15, W)?.unwrap_or(false);

        let base = if elem_kind == "e" {
            SqlType::Enum(self.qualified(&elem_nsp, &elem_type))
        } else {
            sql_type(&elem_type, &elem_nsp, typmod).unwrap_or(SqlType::Other(elem_format))
        };
        let ty = ColumnType {
            base,
            array: is_array,
        };
        let identity = match identity.as_deref() {
            Some("a") => Some(Identity::Always),
            Some("d") => Some(Identity::ByDefault),
            _ => None,
        };
        // A generated column's expression is no default; the model has no place for it.
        let stored_generated = generated.is_some_and(|g| !g.is_empty());
        let mut auto_increment = false;
        let default = match default_expr {
            None => None,
            Some(_) if stored_generated => None,
            Some(expr) if owns_sequence && is_nextval(&expr) => {
                auto_increment = true;
                None
            }
            Some(expr) => parse_default(&expr, &ty),
        };
        Ok(Column {
            name,
            ty,
            nullable: !not_null,
            default,
            auto_increment,
            identity,
            comment,
        })
    }

    fn indexes(&self, rows: &[Row], tables: &mut [Table]) -> Result<(), IntrospectError> {
        const W: &str = "indexes";
        let by_name = table_positions(tables);
        // (table position, index, is primary, constraint kind)
        let mut current: Option<(usize, Index, bool)> = None;
        let flush = |cur: Option<(usize, Index, bool)>, tables: &mut [Table]| {
            if let Some((ti, idx, primary)) = cur {
                if primary {
                    tables[ti].primary_key = Some(PrimaryKey {
                        name: idx.name,
                        columns: idx.columns.into_iter().map(|c| c.name).collect(),
                    });
                } else {
                    tables[ti].indexes.push(idx);
                }
            }
        };
        let mut skip: Option<(String, String, String)> = None;
        for r in rows {
            let nsp: String = get(r, 0, W)?;
            let tbl: String = get(r, 1, W)?;
            let idx_name: String = get(r, 2, W)?;
            let key = (nsp.clone(), tbl.clone(), idx_name.clone());
            if skip.as_ref() == Some(&key) {
                continue;
            }
            let Some(&ti) = by_name.get(&self.qualified(&nsp, &tbl)) else {
                continue;
            };
            let same = current
                .as_ref()
                .is_some_and(|(cti, idx, _)| *cti == ti && idx.name == idx_name);
            if !same {
                flush(current.take(), tables);
                let constraint_kind: Option<String> = get(r, 7, W)?;
                if constraint_kind.as_deref() == Some("x") {
                    skip = Some(key);
                    continue;
                }
                let method: String = get(r, 5, W)?;
                let method = match method.as_str() {
                    "btree" => IndexMethod::BTree,
                    "hash" => IndexMethod::Hash,
                    "gist" => IndexMethod::Gist,
                    "gin" => IndexMethod::Gin,
                    "spgist" => IndexMethod::SpGist,
                    "brin" => IndexMethod::Brin,
                    // An access method the model cannot express (an extension's): leave it alone.
                    _ => {
                        skip = Some(key);
                        continue;
                    }
                };
                let predicate: Option<String> = get(r, 6, W)?;
                current = Some((
                    ti,
                    Index {
                        name: idx_name,
                        unique: get(r, 3, W)?,
                        constraint: constraint_kind.as_deref() == Some("u"),
                        columns: Vec::new(),
                        method,
                        predicate: predicate.map(|p| canonical_predicate(&p)),
                    },
                    get(r, 4, W)?,
                ));
            }
            let col: Option<String> = get(r, 9, W)?;
            let def: Option<String> = get(r, 10, W)?;
            let is_desc: bool = get::<Option<bool>>(r, 11, W)?.unwrap_or(false);
            let opclass: Option<String> = get(r, 12, W)?;
            let opclass_default: bool = get(r, 13, W)?;
            let column = match col {
                Some(name) => IndexColumn {
                    name,
                    expression: false,
                    sort: is_desc.then_some(SortOrder::Desc),
                    opclass: opclass.filter(|_| !opclass_default),
                },
                None => IndexColumn {
                    name: def.unwrap_or_default(),
                    expression: true,
                    sort: is_desc.then_some(SortOrder::Desc),
                    opclass: opclass.filter(|_| !opclass_default),
                },
            };
            if let Some((_, idx, _)) = current.as_mut() {
                idx.columns.push(column);
            }
        }
        flush(current.take(), tables);
        Ok(())
    }

    fn foreign_keys(&self, rows: &[Row], tables: &mut [Table]) -> Result<(), IntrospectError> {
        const W: &str = "foreign keys";
        let by_name = table_positions(tables);
        let mut last: Option<(usize, String)> = None;
        for r in rows {
            let nsp: String = get(r, 0, W)?;
            let tbl: String = get(r, 1, W)?;
            let Some(&ti) = by_name.get(&self.qualified(&nsp, &tbl)) else {
                continue;
            };
            let fk_name: String = get(r, 2, W)?;
            let col: String = get(r, 7, W)?;
            let ref_col: String = get(r, 8, W)?;
            if last.as_ref() != Some(&(ti, fk_name.clone())) {
                let ref_nsp: String = get(r, 3, W)?;
                let ref_tbl: String = get(r, 4, W)?;
                let on_delete: String = get(r, 5, W)?;
                let on_update: String = get(r, 6, W)?;
                tables[ti].foreign_keys.push(ForeignKey {
                    name: fk_name.clone(),
                    columns: Vec::new(),
                    referenced_table: self.qualified(&ref_nsp, &ref_tbl),
                    referenced_columns: Vec::new(),
                    on_delete: fk_action(&on_delete),
                    on_update: fk_action(&on_update),
                });
                last = Some((ti, fk_name));
            }
            if let Some(fk) = tables[ti].foreign_keys.last_mut() {
                fk.columns.push(col);
                fk.referenced_columns.push(ref_col);
            }
        }
        Ok(())
    }

    fn views(&self, rows: &[Row]) -> Result<Vec<View>, IntrospectError> {
        const W: &str = "views";
        rows.iter()
            .map(|r| {
                Ok(View {
                    name: self.qualified(&get::<String>(r, 0, W)?, &get::<String>(r, 1, W)?),
                    definition: get(r, 2, W)?,
                })
            })
            .collect()
    }

    fn sequences(&self, rows: &[Row]) -> Result<Vec<Sequence>, IntrospectError> {
        const W: &str = "sequences";
        rows.iter()
            .map(|r| {
                Ok(Sequence {
                    name: self.qualified(&get::<String>(r, 0, W)?, &get::<String>(r, 1, W)?),
                    start: get(r, 2, W)?,
                    increment: get(r, 3, W)?,
                })
            })
            .collect()
    }
}

fn table_positions(tables: &[Table]) -> HashMap<QualifiedName, usize> {
    tables
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.clone(), i))
        .collect()
}

fn fk_action(code: &str) -> ForeignKeyAction {
    match code {
        "r" => ForeignKeyAction::Restrict,
        "c" => ForeignKeyAction::Cascade,
        "n" => ForeignKeyAction::SetNull,
        "d" => ForeignKeyAction::SetDefault,
        _ => ForeignKeyAction::NoAction,
    }
}

/// A built-in (or `citext`) type by its `pg_type` name; `None` for everything else.
fn sql_type(typname: &str, nsp: &str, typmod: i32) -> Option<SqlType> {
    // citext lives wherever its extension was installed.
    if typname == "citext" {
        return Some(SqlType::Citext);
    }
    if nsp != "pg_catalog" {
        return None;
    }
    let len = |offset: i32| (typmod >= offset).then(|| (typmod - offset) as u32);
    Some(match typname {
        "text" => SqlType::Text,
        "varchar" => SqlType::VarChar(len(4)),
        "bpchar" => SqlType::Char(len(4)),
        "int2" => SqlType::SmallInt,
        "int4" => SqlType::Integer,
        "int8" => SqlType::BigInt,
        "float4" => SqlType::Real,
        "float8" => SqlType::DoublePrecision,
        "numeric" => SqlType::Decimal(len(4).map(|m| ((m >> 16) & 0xffff, m & 0xffff))),
        "money" => SqlType::Money,
        "bool" => SqlType::Boolean,
        "timestamp" => SqlType::Timestamp(len(0)),
        "timestamptz" => SqlType::Timestamptz(len(0)),
        "date" => SqlType::Date,
        "time" => SqlType::Time(len(0)),
        "timetz" => SqlType::Timetz(len(0)),
        "json" => SqlType::Json,
        "jsonb" => SqlType::Jsonb,
        "bytea" => SqlType::ByteA,
        "uuid" => SqlType::Uuid,
        "inet" => SqlType::Inet,
        "xml" => SqlType::Xml,
        "bit" => SqlType::Bit(len(0)),
        "varbit" => SqlType::VarBit(len(0)),
        "oid" => SqlType::Oid,
        _ => return None,
    })
}

fn is_nextval(expr: &str) -> bool {
    expr.trim_start()
        .to_ascii_lowercase()
        .starts_with("nextval(")
}

// ---------------------------------------------------------------------------------------------
// Defaults: `pg_get_expr` text → lowering's `ColumnDefault`.

/// Reads a default back as lowering writes it; anything that is not a constant of the column's
/// type (or `CURRENT_TIMESTAMP`) stays an expression, verbatim.
fn parse_default(expr: &str, ty: &ColumnType) -> Option<ColumnDefault> {
    let trimmed = expr.trim();
    let lower = trimmed.to_ascii_lowercase();
    if lower == "current_timestamp" || lower == "now()" {
        return Some(ColumnDefault::Now);
    }
    // PostgreSQL casts the string literals of a stored expression (`'hex'::text`).
    let expression = || {
        Some(ColumnDefault::Expression(strip_literal_casts(
            trimmed,
            |t| t == "text",
        )))
    };
    let Some(lit) = parse_literal(trimmed) else {
        return expression();
    };
    if lit == Lit::Null {
        return None;
    }
    match literal_value(&lit, ty) {
        Some(v) => Some(ColumnDefault::Value(v)),
        None => expression(),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Lit {
    Str(String),
    Num(String),
    Bool(bool),
    Null,
    Array(Vec<Lit>),
}

fn literal_value(lit: &Lit, ty: &ColumnType) -> Option<SqlValue> {
    if ty.array {
        let items = match lit {
            Lit::Array(items) => items.clone(),
            Lit::Str(s) => parse_array_text(s)?,
            _ => return None,
        };
        return items
            .iter()
            .map(|i| scalar_value(i, &ty.base))
            .collect::<Option<Vec<_>>>()
            .map(SqlValue::Array);
    }
    scalar_value(lit, &ty.base)
}

fn scalar_value(lit: &Lit, base: &SqlType) -> Option<SqlValue> {
    use SqlType as T;
    Some(match lit {
        Lit::Null | Lit::Array(_) => return None,
        Lit::Bool(b) => SqlValue::Boolean(*b),
        Lit::Num(n) => SqlValue::Number(n.clone()),
        Lit::Str(s) => match base {
            T::SmallInt | T::Integer | T::BigInt | T::Real | T::DoublePrecision | T::Decimal(_) => {
                SqlValue::Number(s.clone())
            }
            T::Boolean => match s.as_str() {
                "true" | "t" => SqlValue::Boolean(true),
                "false" | "f" => SqlValue::Boolean(false),
                _ => return None,
            },
            T::Enum(_) => SqlValue::EnumValue(s.clone()),
            T::Jsonb => SqlValue::String(compact_json(s)),
            T::Timestamp(_) | T::Timestamptz(_) => SqlValue::String(prisma_datetime(s)),
            T::Date => SqlValue::String(prisma_datetime(&format!("{s} 00:00:00"))),
            _ => SqlValue::String(s.clone()),
        },
    })
}

/// jsonb constants come back re-spaced (`{"a": 1, "b": 2}`): lowering keeps the compact form
/// Prisma writes, so drop the whitespace outside strings (keeping jsonb's key order).
fn compact_json(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_str = false;
    let mut escaped = false;
    for c in s.chars() {
        if in_str {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_str = false,
                _ => {}
            }
        } else if c == '"' {
            in_str = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

/// PostgreSQL's timestamp output (`2024-01-01 10:20:30.5` or `...+02`) → Prisma's default
/// literal (`2024-01-01 10:20:30.500 +02:00`; no offset means UTC). Anything else unchanged.
fn prisma_datetime(s: &str) -> String {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        s.get(r)
            .is_some_and(|t| !t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()))
    };
    if b.len() < 19
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
        || b[10] != b' '
        || !digits(11..13)
        || b[13] != b':'
        || !digits(14..16)
        || b[16] != b':'
        || !digits(17..19)
    {
        return s.to_string();
    }
    let mut rest = &s[19..];
    let mut frac = String::new();
    if let Some(f) = rest.strip_prefix('.') {
        let n = f.bytes().take_while(u8::is_ascii_digit).count();
        let mut d = f[..n].trim_end_matches('0').to_string();
        if !d.is_empty() {
            while d.len() % 3 != 0 {
                d.push('0');
            }
            frac = format!(".{d}");
        }
        rest = &f[n..];
    }
    let offset = match rest {
        "" => "+00:00".to_string(),
        o if (o.starts_with('+') || o.starts_with('-')) && digits_only(&o[1..]) => {
            let (h, m) = match o.len() {
                3 => (&o[1..3], "00"),
                _ => return s.to_string(),
            };
            format!("{}{h}:{m}", &o[..1])
        }
        o if (o.starts_with('+') || o.starts_with('-'))
            && o.len() == 6
            && o.as_bytes()[3] == b':'
            && digits_only(&o[1..3])
            && digits_only(&o[4..6]) =>
        {
            o.to_string()
        }
        _ => return s.to_string(),
    };
    format!("{}{frac} {offset}", &s[..19])
}

fn digits_only(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())
}

/// A PostgreSQL array literal (`{a,"b c",NULL}`) as string elements (one dimension only).
fn parse_array_text(s: &str) -> Option<Vec<Lit>> {
    let inner = s.trim().strip_prefix('{')?.strip_suffix('}')?;
    let mut items = Vec::new();
    if inner.trim().is_empty() {
        return Some(items);
    }
    let mut chars = inner.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let item = if chars.peek() == Some(&'"') {
            chars.next();
            let mut v = String::new();
            loop {
                match chars.next()? {
                    '\\' => v.push(chars.next()?),
                    '"' => break,
                    c => v.push(c),
                }
            }
            Lit::Str(v)
        } else {
            let mut v = String::new();
            while let Some(&c) = chars.peek() {
                if c == ',' {
                    break;
                }
                if c == '{' || c == '"' {
                    return None;
                }
                v.push(c);
                chars.next();
            }
            let v = v.trim().to_string();
            if v.eq_ignore_ascii_case("NULL") {
                Lit::Null
            } else {
                Lit::Str(v)
            }
        };
        items.push(item);
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        match chars.next() {
            None => return Some(items),
            Some(',') => {}
            Some(_) => return None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Str(String),
    Num(String),
    Word(String),
    Quoted(String),
    Cast,
    Open,
    Close,
    OpenBracket,
    CloseBracket,
    Comma,
    Minus,
    Dot,
}

fn tokenize(s: &str) -> Option<Vec<Tok>> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '\'' => {
                chars.next();
                let mut v = String::new();
                loop {
                    match chars.next()? {
                        '\'' if chars.peek() == Some(&'\'') => {
                            chars.next();
                            v.push('\'');
                        }
                        '\'' => break,
                        c => v.push(c),
                    }
                }
                out.push(Tok::Str(v));
            }
            '"' => {
                chars.next();
                let mut v = String::new();
                loop {
                    match chars.next()? {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            v.push('"');
                        }
                        '"' => break,
                        c => v.push(c),
                    }
                }
                out.push(Tok::Quoted(v));
            }
            '0'..='9' => {
                let mut v = String::new();
                while let Some(&c) = chars.peek() {
                    let exp_sign = (c == '+' || c == '-') && v.ends_with(['e', 'E']);
                    if c.is_ascii_digit() || c == '.' || c == 'e' || c == 'E' || exp_sign {
                        v.push(c);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Tok::Num(v));
            }
            c if c.is_alphabetic() || c == '_' => {
                let mut v = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_alphanumeric() || c == '_' || c == '$' {
                        v.push(c);
                        chars.next();
                    } else {
                        break;
                    }
                }
                out.push(Tok::Word(v));
            }
            _ => {
                chars.next();
                out.push(match c {
                    ':' if chars.peek() == Some(&':') => {
                        chars.next();
                        Tok::Cast
                    }
                    '(' => Tok::Open,
                    ')' => Tok::Close,
                    '[' => Tok::OpenBracket,
                    ']' => Tok::CloseBracket,
                    ',' => Tok::Comma,
                    '-' => Tok::Minus,
                    '.' => Tok::Dot,
                    _ => return None,
                });
            }
        }
    }
    Some(out)
}

/// A constant as `pg_get_expr` prints it: literals with any casts, negative numbers, `ARRAY[...]`,
/// in any parentheses. `None` for anything else (function calls, operators).
fn parse_literal(s: &str) -> Option<Lit> {
    let toks = tokenize(s)?;
    let mut p = Parser {
        toks: &toks,
        pos: 0,
    };
    let lit = p.expr()?;
    (p.pos == toks.len()).then_some(lit)
}

struct Parser<'a> {
    toks: &'a [Tok],
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn next(&mut self) -> Option<&Tok> {
        let t = self.toks.get(self.pos);
        self.pos += 1;
        t
    }
    fn eat(&mut self, t: &Tok) -> bool {
        if self.peek() == Some(t) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expr(&mut self) -> Option<Lit> {
        let lit = self.primary()?;
        while self.eat(&Tok::Cast) {
            self.type_name()?;
        }
        Some(lit)
    }

    fn primary(&mut self) -> Option<Lit> {
        match self.next()?.clone() {
            Tok::Open => {
                let lit = self.expr()?;
                self.eat(&Tok::Close).then_some(lit)
            }
            Tok::Str(s) => Some(Lit::Str(s)),
            Tok::Num(n) => Some(Lit::Num(n)),
            Tok::Minus => match self.next()?.clone() {
                Tok::Num(n) => Some(Lit::Num(format!("-{n}"))),
                _ => None,
            },
            Tok::Word(w) if w.eq_ignore_ascii_case("true") => Some(Lit::Bool(true)),
            Tok::Word(w) if w.eq_ignore_ascii_case("false") => Some(Lit::Bool(false)),
            Tok::Word(w) if w.eq_ignore_ascii_case("null") => Some(Lit::Null),
            Tok::Word(w) if w.eq_ignore_ascii_case("array") => {
                if !self.eat(&Tok::OpenBracket) {
                    return None;
                }
                let mut items = Vec::new();
                if self.eat(&Tok::CloseBracket) {
                    return Some(Lit::Array(items));
                }
                loop {
                    items.push(self.expr()?);
                    if self.eat(&Tok::CloseBracket) {
                        return Some(Lit::Array(items));
                    }
                    if !self.eat(&Tok::Comma) {
                        return None;
                    }
                }
            }
            _ => None,
        }
    }

    /// A type name after `::`: words, quoted names, `schema.name`, `(n[,m])`, `[]`.
    fn type_name(&mut self) -> Option<()> {
        let mut any = false;
        loop {
            match self.peek() {
                Some(Tok::Word(_) | Tok::Quoted(_) | Tok::Dot) => {
                    self.pos += 1;
                    any = true;
                }
                Some(Tok::Open) if any => {
                    self.pos += 1;
                    loop {
                        match self.next()? {
                            Tok::Num(_) | Tok::Comma => {}
                            Tok::Close => break,
                            _ => return None,
                        }
                    }
                }
                Some(Tok::OpenBracket) if any => {
                    self.pos += 1;
                    if !self.eat(&Tok::CloseBracket) {
                        return None;
                    }
                }
                _ => break,
            }
        }
        any.then_some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(base: SqlType) -> ColumnType {
        ColumnType::scalar(base)
    }

    #[test]
    fn defaults_read_back_as_lowered() {
        let s = |v: &str| Some(ColumnDefault::Value(SqlValue::String(v.into())));
        let n = |v: &str| Some(ColumnDefault::Value(SqlValue::Number(v.into())));
        assert_eq!(parse_default("'x'::text", &ty(SqlType::Text)), s("x"));
        assert_eq!(
            parse_default("'it''s'::text", &ty(SqlType::Text)),
            s("it's")
        );
        assert_eq!(
            parse_default("'-42'::integer", &ty(SqlType::Integer)),
            n("-42")
        );
        assert_eq!(parse_default("(-2)", &ty(SqlType::Integer)), n("-2"));
        assert_eq!(
            parse_default("19.99", &ty(SqlType::Decimal(None))),
            n("19.99")
        );
        assert_eq!(
            parse_default("CURRENT_TIMESTAMP", &ty(SqlType::Timestamp(Some(3)))),
            Some(ColumnDefault::Now)
        );
        assert_eq!(
            parse_default(
                "'A'::\"Role\"",
                &ty(SqlType::Enum(QualifiedName::unqualified("Role")))
            ),
            Some(ColumnDefault::Value(SqlValue::EnumValue("A".into())))
        );
        let arr = ColumnType::array(SqlType::Text);
        let ab = Some(ColumnDefault::Value(SqlValue::Array(vec![
            SqlValue::String("a".into()),
            SqlValue::String("b".into()),
        ])));
        assert_eq!(parse_default("ARRAY['a'::text, 'b'::text]", &arr), ab);
        assert_eq!(parse_default("'{a,b}'::text[]", &arr), ab);
        assert_eq!(
            parse_default("gen_random_uuid()", &ty(SqlType::Uuid)),
            Some(ColumnDefault::Expression("gen_random_uuid()".into()))
        );
        assert_eq!(
            parse_default("'{\"a\": [1, 2]}'::jsonb", &ty(SqlType::Jsonb)),
            s("{\"a\":[1,2]}")
        );
        assert_eq!(
            parse_default(
                "'2024-01-01 10:20:30.5'::timestamp without time zone",
                &ty(SqlType::Timestamp(Some(3)))
            ),
            s("2024-01-01 10:20:30.500 +00:00")
        );
    }

    #[test]
    fn jsonb_comes_back_compact_in_its_key_order() {
        assert_eq!(
            compact_json(r#"{"email": true, "digest": "a b\" c"}"#),
            r#"{"email":true,"digest":"a b\" c"}"#
        );
    }
}
