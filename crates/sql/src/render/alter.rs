//! Rendering of the steps that change or drop existing things, in Prisma's exact layout (see the
//! corpus in `tests/sql/diff/`, whose expected scripts are Prisma's own output):
//!
//! - one `ALTER TABLE` per table, clauses joined by `,\n`, in the differ's order (drop primary key,
//!   drop columns, add columns, alter columns, add primary key); `ADD COLUMN` is followed by the
//!   `CREATE TABLE` column line, 4-space indent included (hence Prisma's `ADD COLUMN     "x"`);
//! - statements that cannot be clauses (sequences of a new serial, a primary key rename) go before
//!   or after that `ALTER TABLE`;
//! - adding enum values is done in place, without position (`ADD VALUE` appends; Prisma's
//!   order of values then differs from the declared one only in the catalog's sort order, which
//!   Prisma ignores); removing values recreates the type inside `BEGIN`/`COMMIT`.

use super::create::{column, column_type, default_sql};
use crate::schema::*;
use crate::sql_text::{quote_ident, quote_literal, quote_qualified};
use crate::steps::*;

/// Joins statements, each terminated by `;`.
fn statements(stmts: Vec<String>) -> String {
    stmts
        .into_iter()
        .map(|s| format!("{s};"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `ALTER TYPE ... ADD VALUE`, or the recreate-and-cast dance when values are removed.
pub fn alter_enum(a: &AlterEnum) -> String {
    let name = quote_qualified(&a.name);
    if a.removed.is_empty() {
        // Prisma appends every new value; we put each one where the schema declares it (`BEFORE`
        // the next value that already exists), so the type's order matches the schema's.
        let adds: Vec<String> = a
            .added
            .iter()
            .map(|v| {
                let at = a.next_values.iter().position(|x| x == v).unwrap_or(0);
                let before = a.next_values[at + 1..]
                    .iter()
                    .find(|x| a.previous_values.contains(x));
                match before {
                    Some(b) => format!(
                        "ALTER TYPE {name} ADD VALUE {} BEFORE {}",
                        quote_literal(v),
                        quote_literal(b)
                    ),
                    None => format!("ALTER TYPE {name} ADD VALUE {}", quote_literal(v)),
                }
            })
            .collect();
        let body = statements(adds);
        if a.added.len() > 1 {
            return format!(
                "-- This migration adds more than one value to an enum.\n\
                 -- With PostgreSQL versions 11 and earlier, this is not possible\n\
                 -- in a single migration. This can be worked around by creating\n\
                 -- multiple migrations, each migration adding only one value to\n\
                 -- the enum.\n\n\n{body}"
            );
        }
        return body;
    }
    let with_suffix = |suffix: &str| QualifiedName {
        schema: a.name.schema.clone(),
        name: format!("{}{suffix}", a.name.name),
    };
    let new_name = quote_qualified(&with_suffix("_new"));
    let old_bare = quote_ident(&format!("{}_old", a.name.name));
    let new_bare = quote_ident(&a.name.name);
    let values: Vec<String> = a.next_values.iter().map(|v| quote_literal(v)).collect();
    let mut out = vec![
        "BEGIN".to_string(),
        format!("CREATE TYPE {new_name} AS ENUM ({})", values.join(", ")),
    ];
    for u in a.uses.iter().filter(|u| u.had_default) {
        out.push(format!(
            "ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT",
            quote_qualified(&u.table),
            quote_ident(&u.column)
        ));
    }
    for u in &a.uses {
        let arr = if u.array { "[]" } else { "" };
        let col = quote_ident(&u.column);
        out.push(format!(
            "ALTER TABLE {} ALTER COLUMN {col} TYPE {new_name}{arr} USING ({col}::text::{new_name}{arr})",
            quote_qualified(&u.table),
        ));
    }
    out.push(format!("ALTER TYPE {name} RENAME TO {old_bare}"));
    out.push(format!("ALTER TYPE {new_name} RENAME TO {new_bare}"));
    out.push(format!(
        "DROP TYPE {}",
        quote_qualified(&with_suffix("_old"))
    ));
    for u in a.uses.iter().filter(|u| u.had_default) {
        let ty = column_type(
            &ColumnType {
                base: SqlType::Enum(a.name.clone()),
                array: u.array,
            },
            false,
        );
        if let Some(d) = u.next_default.as_ref().and_then(|d| default_sql(d, &ty)) {
            out.push(format!(
                "ALTER TABLE {} ALTER COLUMN {} SET DEFAULT {d}",
                quote_qualified(&u.table),
                quote_ident(&u.column)
            ));
        }
    }
    out.push("COMMIT".to_string());
    statements(out)
}

/// A sequence name as Prisma writes it in the statements that imitate `SERIAL`: bare when it is a
/// plain lower-case identifier (it always is for the names Prisma builds), quoted otherwise.
fn sequence_ident(name: &str) -> String {
    let plain = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if plain {
        name.to_string()
    } else {
        quote_ident(name)
    }
}

pub fn alter_table(table: &QualifiedName, changes: &[TableChange]) -> String {
    let tname = quote_qualified(table);
    let mut before = Vec::new();
    let mut clauses = Vec::new();
    let mut after = Vec::new();
    for change in changes {
        match change {
            TableChange::DropPrimaryKey { name } => {
                clauses.push(format!("DROP CONSTRAINT {}", quote_ident(name)))
            }
            TableChange::RenamePrimaryKey { from, to } => after.push(format!(
                "ALTER TABLE {tname} RENAME CONSTRAINT {} TO {}",
                quote_ident(from),
                quote_ident(to)
            )),
            TableChange::AddColumn(c) => clauses.push(format!("ADD COLUMN {}", column(c))),
            TableChange::DropColumn(name) => {
                clauses.push(format!("DROP COLUMN {}", quote_ident(name)))
            }
            TableChange::DropAndRecreateColumn { previous, next } => {
                clauses.push(format!("DROP COLUMN {}", quote_ident(&previous.name)));
                clauses.push(format!("ADD COLUMN {}", column(next)));
            }
            TableChange::AddPrimaryKey(pk) => {
                let cols: Vec<String> = pk.columns.iter().map(|c| quote_ident(c)).collect();
                clauses.push(format!(
                    "ADD CONSTRAINT {} PRIMARY KEY ({})",
                    quote_ident(&pk.name),
                    cols.join(", ")
                ));
            }
            TableChange::AlterColumn {
                previous,
                next,
                changes,
            } => alter_column(
                table,
                previous,
                next,
                changes,
                &mut before,
                &mut clauses,
                &mut after,
            ),
        }
    }
    let mut out = before;
    if !clauses.is_empty() {
        out.push(format!("ALTER TABLE {tname} {}", clauses.join(",\n")));
    }
    out.extend(after);
    statements(out)
}

fn alter_column(
    table: &QualifiedName,
    previous: &Column,
    next: &Column,
    changes: &ColumnChanges,
    before: &mut Vec<String>,
    clauses: &mut Vec<String>,
    after: &mut Vec<String>,
) {
    let col = quote_ident(&next.name);
    let prefix = format!("ALTER COLUMN {col}");
    let mut set_type = changes.ty.is_some();
    if changes.arity {
        if previous.ty.array != next.ty.array {
            set_type = true;
        }
        let was_required = !previous.nullable && !previous.ty.array;
        let is_required = !next.nullable && !next.ty.array;
        if was_required && !is_required && !next.ty.array {
            clauses.push(format!("{prefix} DROP NOT NULL"));
        } else if !was_required && is_required {
            clauses.push(format!("{prefix} SET NOT NULL"));
        }
    }
    if changes.default {
        let ty = column_type(&next.ty, false);
        match next.default.as_ref().and_then(|d| default_sql(d, &ty)) {
            Some(d) => clauses.push(format!("{prefix} SET DEFAULT {d}")),
            None => clauses.push(format!("{prefix} DROP DEFAULT")),
        }
    }
    if changes.auto_increment {
        if previous.auto_increment {
            clauses.push(format!("{prefix} DROP DEFAULT"));
            // Prisma names the sequence from the previous default; a schema lowered from a
            // Prisma model does not know it, and Prisma then writes an empty name.
            let seq = match &previous.default {
                Some(ColumnDefault::Sequence(s)) => s.clone(),
                _ => String::new(),
            };
            after.push(format!("DROP SEQUENCE {}", quote_ident(&seq)));
        } else {
            // What `SERIAL` would have created.
            let seq = format!("{}_{}_seq", table.name, next.name).to_lowercase();
            let seq_ident = sequence_ident(&seq);
            before.push(format!("CREATE SEQUENCE {seq_ident}"));
            clauses.push(format!(
                "{prefix} SET DEFAULT nextval({})",
                quote_literal(&seq)
            ));
            after.push(format!(
                "ALTER SEQUENCE {seq_ident} OWNED BY {}.{col}",
                quote_qualified(table)
            ));
        }
    }
    if set_type {
        clauses.push(format!(
            "{prefix} SET DATA TYPE {}",
            column_type(&next.ty, false)
        ));
    }
}

pub fn drop_foreign_key(table: &QualifiedName, name: &str) -> String {
    format!(
        "ALTER TABLE {} DROP CONSTRAINT {};",
        quote_qualified(table),
        quote_ident(name)
    )
}

pub fn rename_foreign_key(table: &QualifiedName, from: &str, to: &str) -> String {
    format!(
        "ALTER TABLE {} RENAME CONSTRAINT {} TO {};",
        quote_qualified(table),
        quote_ident(from),
        quote_ident(to)
    )
}

/// An index lives in its table's schema.
fn index_name(table: &QualifiedName, name: &str) -> String {
    quote_qualified(&QualifiedName {
        schema: table.schema.clone(),
        name: name.to_string(),
    })
}

pub fn drop_index(table: &QualifiedName, name: &str) -> String {
    format!("DROP INDEX {};", index_name(table, name))
}

pub fn rename_index(table: &QualifiedName, from: &str, to: &str) -> String {
    format!(
        "ALTER INDEX {} RENAME TO {};",
        index_name(table, from),
        quote_ident(to)
    )
}

pub fn drop_table(name: &QualifiedName) -> String {
    format!("DROP TABLE {};", quote_qualified(name))
}

pub fn drop_enum(name: &QualifiedName) -> String {
    format!("DROP TYPE {};", quote_qualified(name))
}

pub fn drop_extension(name: &str) -> String {
    format!("DROP EXTENSION {};", quote_ident(name))
}

pub fn rename_table(from: &QualifiedName, to: &str) -> String {
    format!(
        "ALTER TABLE {} RENAME TO {};",
        quote_qualified(from),
        quote_ident(to)
    )
}

pub fn rename_column(table: &QualifiedName, from: &str, to: &str) -> String {
    format!(
        "ALTER TABLE {} RENAME COLUMN {} TO {};",
        quote_qualified(table),
        quote_ident(from),
        quote_ident(to)
    )
}

pub fn rename_enum_value(enum_name: &QualifiedName, from: &str, to: &str) -> String {
    format!(
        "ALTER TYPE {} RENAME VALUE {} TO {};",
        quote_qualified(enum_name),
        quote_literal(from),
        quote_literal(to)
    )
}
