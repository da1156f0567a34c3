//! One human line per step: what `migrate diff` prints without `--script`.

use crate::schema::QualifiedName;
use crate::steps::{Step, TableChange};

fn name(q: &QualifiedName) -> String {
    match &q.schema {
        Some(s) => format!("{s}.{}", q.name),
        None => q.name.clone(),
    }
}

/// `Added table "Post"`, `Altered table "User": added column "bio", dropped column "age"`, …
pub fn summary(step: &Step) -> String {
    match step {
        Step::CreateSchema(s) => format!("Created schema `{s}` (if missing)"),
        Step::CreateExtension(e) => format!("Added extension `{}`", e.name),
        Step::DropExtension(e) => format!("Removed extension `{e}`"),
        Step::CreateEnum(e) => format!("Added enum `{}`", name(&e.name)),
        Step::AlterEnum(a) => {
            let mut parts = Vec::new();
            if !a.added.is_empty() {
                parts.push(format!("added {}", a.added.join(", ")));
            }
            if !a.removed.is_empty() {
                parts.push(format!("removed {}", a.removed.join(", ")));
            }
            if parts.is_empty() {
                parts.push("reordered values".into());
            }
            format!("Changed enum `{}`: {}", name(&a.name), parts.join("; "))
        }
        Step::DropEnum(e) => format!("Removed enum `{}`", name(e)),
        Step::CreateTable(t) => format!("Added table `{}`", name(&t.name)),
        Step::DropTable(t) => format!("Removed table `{}`", name(t)),
        Step::AlterTable { table, changes } => {
            let parts: Vec<String> = changes
                .iter()
                .map(|c| match c {
                    TableChange::AddColumn(c) => format!("added column `{}`", c.name),
                    TableChange::DropColumn(c) => format!("removed column `{c}`"),
                    TableChange::AlterColumn { next, .. } => {
                        format!("changed column `{}`", next.name)
                    }
                    TableChange::DropAndRecreateColumn { next, .. } => {
                        format!("recreated column `{}`", next.name)
                    }
                    TableChange::DropPrimaryKey { name } => format!("dropped primary key `{name}`"),
                    TableChange::RenamePrimaryKey { from, to } => {
                        format!("renamed primary key `{from}` to `{to}`")
                    }
                    TableChange::AddPrimaryKey(pk) => {
                        format!("added primary key ({})", pk.columns.join(", "))
                    }
                })
                .collect();
            format!("Changed table `{}`: {}", name(table), parts.join(", "))
        }
        Step::CreateIndex { table, index } => format!(
            "Added {}index `{}` on `{}`",
            if index.unique { "unique " } else { "" },
            index.name,
            name(table)
        ),
        Step::DropIndex { table, name: n } => format!("Removed index `{n}` on `{}`", name(table)),
        Step::RenameIndex { table, from, to } => {
            format!("Renamed index `{from}` to `{to}` on `{}`", name(table))
        }
        Step::AddForeignKey { table, foreign_key } => format!(
            "Added foreign key `{}` on `{}`",
            foreign_key.name,
            name(table)
        ),
        Step::DropForeignKey { table, name: n } => {
            format!("Removed foreign key `{n}` on `{}`", name(table))
        }
        Step::RenameForeignKey { table, from, to } => {
            format!(
                "Renamed foreign key `{from}` to `{to}` on `{}`",
                name(table)
            )
        }
        Step::RenameTable { from, to } => format!("Renamed table `{}` to `{to}`", name(from)),
        Step::RenameColumn { table, from, to } => {
            format!("Renamed column `{from}` to `{to}` on `{}`", name(table))
        }
        Step::RenameEnumValue {
            enum_name,
            from,
            to,
        } => format!(
            "Renamed value `{from}` to `{to}` of enum `{}`",
            name(enum_name)
        ),
    }
}
