//! Migration steps: what the differ outputs and the renderer turns into SQL.
//!
//! A `Vec<Step>` is always in an order that runs: the differ sorts it (see `diff`), the renderer
//! never reorders. Each step can say whether it may lose data or fail on existing rows (the
//! differ turns that into [`Warning`]s).
//!
//! Steps carry the full before/after data they need (not ids into schemas) so that a step list can
//! be rendered on its own, without the two schemas it came from.

use crate::schema::*;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Step {
    CreateSchema(String),
    CreateExtension(Extension),
    DropExtension(String),
    CreateEnum(SqlEnum),
    /// Values added to and/or removed from an existing enum.
    AlterEnum(AlterEnum),
    DropEnum(QualifiedName),
    CreateTable(Table),
    /// Column, primary-key changes of one existing table, rendered as one `ALTER TABLE`.
    AlterTable {
        table: QualifiedName,
        changes: Vec<TableChange>,
    },
    DropTable(QualifiedName),
    /// An index (unique or not) on an existing or new table.
    CreateIndex {
        table: QualifiedName,
        index: Index,
    },
    DropIndex {
        table: QualifiedName,
        name: String,
    },
    /// Same index definition, new name.
    RenameIndex {
        table: QualifiedName,
        from: String,
        to: String,
    },
    AddForeignKey {
        table: QualifiedName,
        foreign_key: ForeignKey,
    },
    DropForeignKey {
        table: QualifiedName,
        name: String,
    },
    /// Same foreign key definition, new constraint name.
    RenameForeignKey {
        table: QualifiedName,
        from: String,
        to: String,
    },
    /// A table renamed in place (`ALTER TABLE … RENAME TO`). Never inferred by the differ: only
    /// an answered rename (`migrate dev`'s rename question) produces it, instead of drop + create.
    RenameTable {
        from: QualifiedName,
        /// The new name, in the same schema.
        to: String,
    },
    /// A column renamed in place (`ALTER TABLE … RENAME COLUMN … TO`); answered, never inferred.
    RenameColumn {
        table: QualifiedName,
        from: String,
        to: String,
    },
    /// An enum value renamed in place (`ALTER TYPE … RENAME VALUE … TO`); answered, never
    /// inferred.
    RenameEnumValue {
        enum_name: QualifiedName,
        from: String,
        to: String,
    },
}

/// An enum whose value list changed. Only additions are done in place (`ADD VALUE`); a removal
/// (or reordering) recreates the type and casts every column using it, which is Prisma's way.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlterEnum {
    pub name: QualifiedName,
    pub previous_values: Vec<String>,
    pub next_values: Vec<String>,
    /// Values in `next_values` and not in `previous_values`, in their declared order.
    pub added: Vec<String>,
    /// Values in `previous_values` and not in `next_values`.
    pub removed: Vec<String>,
    /// Columns of the next schema whose type is this enum (needed to recreate the type).
    pub uses: Vec<EnumUse>,
}

/// A column typed with an enum that gets recreated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EnumUse {
    pub table: QualifiedName,
    pub column: String,
    pub array: bool,
    /// The column had a default before (it must be dropped around the type swap).
    pub had_default: bool,
    /// The default to put back afterwards.
    pub next_default: Option<ColumnDefault>,
}

/// One clause of an `ALTER TABLE`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum TableChange {
    DropPrimaryKey {
        name: String,
    },
    RenamePrimaryKey {
        from: String,
        to: String,
    },
    AddColumn(Column),
    DropColumn(String),
    /// In-place changes of a column.
    AlterColumn {
        previous: Column,
        next: Column,
        changes: ColumnChanges,
    },
    /// The type cannot be cast: the column is dropped and added again (its data is lost).
    DropAndRecreateColumn {
        previous: Column,
        next: Column,
    },
    AddPrimaryKey(PrimaryKey),
}

/// What changed on a column kept in place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ColumnChanges {
    pub arity: bool,
    pub default: bool,
    pub ty: Option<TypeChange>,
    pub auto_increment: bool,
}

impl ColumnChanges {
    pub fn is_empty(&self) -> bool {
        !self.arity && !self.default && self.ty.is_none() && !self.auto_increment
    }
}

/// How a type change is done in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TypeChange {
    /// Always succeeds, no data lost (`INTEGER` → `BIGINT`, anything → `TEXT`).
    Safe,
    /// PostgreSQL can cast but the cast may fail or truncate (`BIGINT` → `INTEGER`).
    Risky,
}

/// A warning attached to a step: data may be lost, or the step may fail on existing rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub message: String,
    /// True when data is lost for sure (drop table/column), false when the step may fail.
    pub data_loss: bool,
}
