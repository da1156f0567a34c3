//! Steps → SQL text, in Prisma's layout: each step under a `-- StepKind` header, blank line
//! between steps, statements ending with `;`. Warnings go in a leading `/* Warnings: ... */` block.
//! Creating steps are rendered by `create`, changing and dropping ones by `alter`.

mod alter;
mod create;
pub mod summary;

use crate::diff::Migration;
use crate::steps::Step;

/// The `-- Header` Prisma writes above a step.
pub fn header(step: &Step) -> &'static str {
    match step {
        Step::CreateSchema(_) => "CreateSchema",
        Step::CreateExtension(_) => "CreateExtension",
        Step::DropExtension(_) => "DropExtension",
        Step::CreateEnum(_) => "CreateEnum",
        Step::AlterEnum(_) => "AlterEnum",
        Step::DropEnum(_) => "DropEnum",
        Step::CreateTable(_) => "CreateTable",
        Step::AlterTable { .. } => "AlterTable",
        Step::DropTable(_) => "DropTable",
        Step::CreateIndex { .. } => "CreateIndex",
        Step::DropIndex { .. } => "DropIndex",
        Step::RenameIndex { .. } => "RenameIndex",
        Step::AddForeignKey { .. } => "AddForeignKey",
        Step::DropForeignKey { .. } => "DropForeignKey",
        Step::RenameForeignKey { .. } => "RenameForeignKey",
        Step::RenameTable { .. } => "RenameTable",
        Step::RenameColumn { .. } => "RenameColumn",
        Step::RenameEnumValue { .. } => "RenameEnumValue",
    }
}

/// The SQL of one step (without its header).
pub fn step_sql(step: &Step) -> String {
    match step {
        Step::CreateSchema(name) => create::create_schema(name),
        Step::CreateExtension(ext) => create::create_extension(ext),
        Step::CreateEnum(e) => create::create_enum(e),
        Step::CreateTable(t) => create::create_table(t),
        Step::CreateIndex { table, index } => create::create_index(table, index),
        Step::AddForeignKey { table, foreign_key } => create::add_foreign_key(table, foreign_key),
        Step::DropExtension(name) => alter::drop_extension(name),
        Step::AlterEnum(a) => alter::alter_enum(a),
        Step::DropEnum(name) => alter::drop_enum(name),
        Step::AlterTable { table, changes } => alter::alter_table(table, changes),
        Step::DropTable(name) => alter::drop_table(name),
        Step::DropIndex { table, name } => alter::drop_index(table, name),
        Step::RenameIndex { table, from, to } => alter::rename_index(table, from, to),
        Step::DropForeignKey { table, name } => alter::drop_foreign_key(table, name),
        Step::RenameForeignKey { table, from, to } => alter::rename_foreign_key(table, from, to),
        Step::RenameTable { from, to } => alter::rename_table(from, to),
        Step::RenameColumn { table, from, to } => alter::rename_column(table, from, to),
        Step::RenameEnumValue {
            enum_name,
            from,
            to,
        } => alter::rename_enum_value(enum_name, from, to),
    }
}

/// A whole migration script, without warnings. No steps gives Prisma's empty-migration comment.
pub fn render_script(steps: &[Step]) -> String {
    if steps.is_empty() {
        return "-- This is an empty migration.\n".to_string();
    }
    let mut out = String::new();
    for (i, step) in steps.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("-- ");
        out.push_str(header(step));
        out.push('\n');
        out.push_str(&step_sql(step));
        out.push('\n');
    }
    out
}

/// A migration file as `prisma migrate dev` writes it: the warnings block (when there are
/// warnings), then the script.
pub fn render_migration(migration: &Migration) -> String {
    let mut out = String::new();
    if !migration.warnings.is_empty() {
        out.push_str("/*\n  Warnings:\n\n");
        for w in &migration.warnings {
            out.push_str("  - ");
            out.push_str(&w.message);
            out.push('\n');
        }
        out.push_str("\n*/\n");
    }
    out.push_str(&render_script(&migration.steps));
    out
}
