//! The differ: two [`SqlSchema`]s in, the ordered [`Step`]s that turn the first into the second out.
//!
//! It follows Prisma's migration engine so that the rendered script is the one Prisma writes:
//!
//! * Objects are paired by name (tables, columns, enums), indexes and foreign keys by definition
//!   (a same definition under a new name is a rename). Renames of tables and columns are never
//!   inferred: a renamed table is a drop and a create, as Prisma does.
//! * Steps come in Prisma's fixed kind order (see [`StepKind`]); within a kind, in the order of
//!   the schema the objects come from (source order of the models), added/dropped/altered columns
//!   by name.
//! * Each risky step adds a [`Warning`] with Prisma's wording.

use std::collections::BTreeMap;

use crate::lower::DEFAULT_NAMESPACE;
use crate::schema::*;
use crate::steps::*;

/// The differ's output.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Migration {
    pub steps: Vec<Step>,
    pub warnings: Vec<Warning>,
}

impl Migration {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

/// Prisma's step kinds, in the order its engine sorts them. The order is what makes the script
/// run: foreign keys and indexes are dropped before the columns and tables they use, enums are
/// created before tables use them, indexes are created after the columns they cover, foreign keys
/// last (every table and unique index they need exists by then).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum StepKind {
    CreateSchema,
    CreateExtension,
    CreateEnum,
    AlterEnum,
    DropForeignKey,
    DropIndex,
    AlterTable,
    DropTable,
    DropEnum,
    CreateTable,
    CreateIndex,
    AddForeignKey,
    RenameForeignKey,
    RenameIndex,
}

/// Computes the migration from `from` to `to`.
pub fn diff(from: &SqlSchema, to: &SqlSchema) -> Migration {
    let mut d = Differ {
        from,
        to,
        steps: Vec::new(),
        warnings: Vec::new(),
    };
    d.namespaces();
    d.extensions();
    d.enums();
    d.tables();
    d.steps.sort_by_key(|(kind, key, _)| (*kind, key.clone()));
    Migration {
        steps: d.steps.into_iter().map(|(_, _, s)| s).collect(),
        warnings: d.warnings,
    }
}

/// Sort key within one kind: positions in the source schemas, as Prisma's ids.
type Key = Vec<usize>;

struct Differ<'a> {
    from: &'a SqlSchema,
    to: &'a SqlSchema,
    steps: Vec<(StepKind, Key, Step)>,
    warnings: Vec<Warning>,
}

fn warn(warnings: &mut Vec<Warning>, data_loss: bool, message: String) {
    warnings.push(Warning { message, data_loss });
}

impl<'a> Differ<'a> {
    fn push(&mut self, kind: StepKind, key: Key, step: Step) {
        self.steps.push((kind, key, step));
    }

    fn namespaces(&mut self) {
        // Prisma creates no empty schema: only new namespaces that will hold a table or an enum.
        let used = |ns: &str| {
            let holds = |n: &QualifiedName| n.schema.as_deref().unwrap_or(DEFAULT_NAMESPACE) == ns;
            self.to.tables.iter().any(|t| holds(&t.name))
                || self.to.enums.iter().any(|e| holds(&e.name))
        };
        for (i, ns) in self.to.namespaces.iter().enumerate() {
            if !self.from.namespaces.contains(ns) && used(ns) {
                self.push(
                    StepKind::CreateSchema,
                    vec![i],
                    Step::CreateSchema(ns.clone()),
                );
            }
        }
    }

    /// Extensions are only ever created: Prisma does not drop an extension that left the schema
    /// (other objects, or other tools, may depend on it).
    fn extensions(&mut self) {
        for (i, ext) in self.to.extensions.iter().enumerate() {
            if !self.from.extensions.iter().any(|e| e.name == ext.name) {
                self.push(
                    StepKind::CreateExtension,
                    vec![i],
                    Step::CreateExtension(ext.clone()),
                );
            }
        }
    }

    fn enums(&mut self) {
        for (i, e) in self.to.enums.iter().enumerate() {
            match self.from.enum_type(&e.name) {
                None => self.push(StepKind::CreateEnum, vec![i], Step::CreateEnum(e.clone())),
                Some(prev) => {
                    if let Some(alter) = self.alter_enum(prev, e) {
                        let pi = position(&self.from.enums, |x| x.name == e.name);
                        self.push(StepKind::AlterEnum, vec![pi], Step::AlterEnum(alter));
                    }
                }
            }
        }
        for (i, e) in self.from.enums.iter().enumerate() {
            if self.to.enum_type(&e.name).is_none() {
                self.push(StepKind::DropEnum, vec![i], Step::DropEnum(e.name.clone()));
            }
        }
    }

    fn alter_enum(&mut self, prev: &SqlEnum, next: &SqlEnum) -> Option<AlterEnum> {
        let added: Vec<String> = next
            .values
            .iter()
            .filter(|v| !prev.values.contains(v))
            .cloned()
            .collect();
        let removed: Vec<String> = prev
            .values
            .iter()
            .filter(|v| !next.values.contains(v))
            .cloned()
            .collect();
        if added.is_empty() && removed.is_empty() {
            return None;
        }
        let mut uses = Vec::new();
        if !removed.is_empty() {
            warn(
                &mut self.warnings,
                false,
                format!(
                    "The values [{}] on the enum `{}` will be removed. If these variants are still used in the database, this will fail.",
                    removed.join(","),
                    next.name.name
                ),
            );
            for table in &self.to.tables {
                let Some(prev_table) = self.from.table(&table.name) else {
                    continue;
                };
                for col in &table.columns {
                    if col.ty.base != SqlType::Enum(next.name.clone()) {
                        continue;
                    }
                    let Some(prev_col) = prev_table.column(&col.name) else {
                        continue;
                    };
                    let had_default = prev_col.default.is_some() && prev_col.ty.base == col.ty.base;
                    uses.push(EnumUse {
                        table: table.name.clone(),
                        column: col.name.clone(),
                        array: col.ty.array,
                        had_default,
                        next_default: col.default.clone(),
                    });
                }
            }
        }
        Some(AlterEnum {
            name: next.name.clone(),
            previous_values: prev.values.clone(),
            next_values: next.values.clone(),
            added,
            removed,
            uses,
        })
    }

    fn tables(&mut self) {
        let (from, to) = (self.from, self.to);
        // Created tables, with their indexes and foreign keys.
        for (ti, table) in to.tables.iter().enumerate() {
            if from.table(&table.name).is_some() {
                continue;
            }
            let mut bare = table.clone();
            bare.indexes.clear();
            bare.foreign_keys.clear();
            self.push(StepKind::CreateTable, vec![ti], Step::CreateTable(bare));
            for (ii, index) in table.indexes.iter().enumerate() {
                self.push(
                    StepKind::CreateIndex,
                    vec![0, ti, ii],
                    Step::CreateIndex {
                        table: table.name.clone(),
                        index: index.clone(),
                    },
                );
            }
            for (fi, fk) in table.foreign_keys.iter().enumerate() {
                self.push(
                    StepKind::AddForeignKey,
                    vec![ti, fi],
                    Step::AddForeignKey {
                        table: table.name.clone(),
                        foreign_key: fk.clone(),
                    },
                );
            }
        }
        // Dropped tables, with the foreign keys on them (other dropped tables may be referenced).
        for (ti, table) in from.tables.iter().enumerate() {
            if to.table(&table.name).is_some() {
                continue;
            }
            warn(
                &mut self.warnings,
                true,
                format!(
                    "You are about to drop the `{}` table. If the table is not empty, all the data it contains will be lost.",
                    table.name.name
                ),
            );
            for (fi, fk) in table.foreign_keys.iter().enumerate() {
                self.push(
                    StepKind::DropForeignKey,
                    vec![ti, fi],
                    Step::DropForeignKey {
                        table: table.name.clone(),
                        name: fk.name.clone(),
                    },
                );
            }
            self.push(
                StepKind::DropTable,
                vec![ti],
                Step::DropTable(table.name.clone()),
            );
        }
        // Kept tables.
        for (pti, prev) in from.tables.iter().enumerate() {
            let Some(nti) = to.tables.iter().position(|t| t.name == prev.name) else {
                continue;
            };
            self.table_pair(pti, prev, nti, &to.tables[nti]);
        }
    }

    fn table_pair(&mut self, pti: usize, prev: &Table, nti: usize, next: &Table) {
        let table_name = &next.name.name;
        let mut changes = Vec::new();
        let mut after = Vec::new();

        // Columns whose type changes: the primary key and foreign keys over them are recreated.
        let retyped: Vec<&str> = prev
            .columns
            .iter()
            .filter(|p| {
                next.column(&p.name)
                    .is_some_and(|n| !types_equivalent(&p.ty, &n.ty))
            })
            .map(|p| p.name.as_str())
            .collect();

        // Primary key: dropped and added when its columns or their types change, renamed when
        // only its name does (Prisma renames even when it also recreates it).
        let pk_columns_changed = prev.primary_key.as_ref().map(|p| &p.columns)
            != next.primary_key.as_ref().map(|p| &p.columns);
        let pk_changed = pk_columns_changed
            || prev
                .primary_key
                .as_ref()
                .is_some_and(|pk| pk.columns.iter().any(|c| retyped.contains(&c.as_str())));
        if pk_changed {
            if let Some(p) = &prev.primary_key {
                changes.push(TableChange::DropPrimaryKey {
                    name: p.name.clone(),
                });
            }
            if prev.primary_key.is_some() && next.primary_key.is_some() {
                warn(
                    &mut self.warnings,
                    false,
                    format!(
                        "The primary key for the `{table_name}` table will be changed. If it partially fails, the table could be left without primary key constraint."
                    ),
                );
            }
        }
        if let (Some(p), Some(n)) = (&prev.primary_key, &next.primary_key) {
            if p.name != n.name {
                after.push(TableChange::RenamePrimaryKey {
                    from: p.name.clone(),
                    to: n.name.clone(),
                });
            }
        }

        // Columns, by name (Prisma walks them in a map keyed by name).
        let mut pairs: BTreeMap<&str, (Option<&Column>, Option<&Column>)> = BTreeMap::new();
        for c in &prev.columns {
            pairs.entry(&c.name).or_default().0 = Some(c);
        }
        for c in &next.columns {
            pairs.entry(&c.name).or_default().1 = Some(c);
        }
        let mut recreated: Vec<&str> = Vec::new();
        for (name, pair) in &pairs {
            if let (Some(_), None) = pair {
                changes.push(TableChange::DropColumn(name.to_string()));
                warn(
                    &mut self.warnings,
                    true,
                    format!(
                        "You are about to drop the column `{name}` on the `{table_name}` table. All the data in the column will be lost."
                    ),
                );
            }
        }
        for (name, pair) in &pairs {
            if let (None, Some(c)) = pair {
                changes.push(TableChange::AddColumn((*c).clone()));
                if !c.nullable && !c.ty.array && c.default.is_none() && !c.auto_increment {
                    warn(
                        &mut self.warnings,
                        false,
                        format!(
                            "Added the required column `{name}` to the `{table_name}` table without a default value. This is not possible if the table is not empty."
                        ),
                    );
                }
            }
        }
        for (name, pair) in &pairs {
            let (Some(p), Some(n)) = pair else { continue };
            match column_change(p, n) {
                ColumnDiff::Same => {}
                ColumnDiff::Recreate => {
                    recreated.push(name);
                    warn(
                        &mut self.warnings,
                        true,
                        format!(
                            "The `{name}` column on the `{table_name}` table would be dropped and recreated. This will lead to data loss."
                        ),
                    );
                    changes.push(TableChange::DropAndRecreateColumn {
                        previous: (*p).clone(),
                        next: (*n).clone(),
                    });
                }
                ColumnDiff::Alter(ch) => {
                    if ch.arity && p.nullable && !n.nullable {
                        warn(
                            &mut self.warnings,
                            false,
                            format!(
                                "Made the column `{name}` on table `{table_name}` required, but there may be existing NULL values."
                            ),
                        );
                    }
                    if ch.ty == Some(TypeChange::Risky) {
                        warn(
                            &mut self.warnings,
                            false,
                            format!(
                                "You are about to alter the column `{name}` on the `{table_name}` table. The data in that column could be lost. The data in that column will be cast from `{}` to `{}`.",
                                type_name(&p.ty),
                                type_name(&n.ty)
                            ),
                        );
                    }
                    changes.push(TableChange::AlterColumn {
                        previous: (*p).clone(),
                        next: (*n).clone(),
                        changes: ch,
                    });
                }
            }
        }
        if pk_changed {
            if let Some(pk) = &next.primary_key {
                changes.push(TableChange::AddPrimaryKey(pk.clone()));
            }
        }
        changes.extend(after);
        if !changes.is_empty() {
            self.push(
                StepKind::AlterTable,
                vec![pti],
                Step::AlterTable {
                    table: next.name.clone(),
                    changes,
                },
            );
        }

        // A column dropped or recreated takes its indexes and foreign keys with it.
        let gone = |cols: &[String]| {
            cols.iter()
                .any(|c| recreated.contains(&c.as_str()) || next.column(c).is_none())
        };

        // Indexes.
        let mut next_matched = vec![false; next.indexes.len()];
        let mut renames = Vec::new();
        for (pi, p) in prev.indexes.iter().enumerate() {
            let names: Vec<String> = p.columns.iter().map(|c| c.name.clone()).collect();
            let dead = gone(&names);
            let found = if dead {
                None
            } else {
                next.indexes
                    .iter()
                    .enumerate()
                    .find(|(ni, n)| !next_matched[*ni] && n.name == p.name && indexes_match(p, n))
                    .or_else(|| {
                        next.indexes.iter().enumerate().find(|(ni, n)| {
                            !next_matched[*ni]
                                && indexes_match(p, n)
                                && !prev.indexes.iter().any(|o| o.name == n.name)
                        })
                    })
            };
            match found {
                Some((ni, n)) => {
                    next_matched[ni] = true;
                    if n.name != p.name {
                        renames.push((pi, p.name.clone(), n.name.clone()));
                    }
                }
                // PostgreSQL drops the index with a recreated column.
                None if p
                    .columns
                    .iter()
                    .any(|c| recreated.contains(&c.name.as_str())) => {}
                None => self.push(
                    StepKind::DropIndex,
                    vec![pti, pi],
                    Step::DropIndex {
                        table: prev.name.clone(),
                        name: p.name.clone(),
                    },
                ),
            }
        }
        for (ni, n) in next.indexes.iter().enumerate() {
            if next_matched[ni] {
                continue;
            }
            if n.unique {
                let cols: Vec<&str> = n.columns.iter().map(|c| c.name.as_str()).collect();
                warn(
                    &mut self.warnings,
                    false,
                    format!(
                        "A unique constraint covering the columns `[{}]` on the table `{table_name}` will be added. If there are existing duplicate values, this will fail.",
                        cols.join(",")
                    ),
                );
            }
            self.push(
                StepKind::CreateIndex,
                vec![1, pti, nti, ni],
                Step::CreateIndex {
                    table: next.name.clone(),
                    index: n.clone(),
                },
            );
        }
        for (pi, from_name, to_name) in renames {
            self.push(
                StepKind::RenameIndex,
                vec![pti, pi],
                Step::RenameIndex {
                    table: next.name.clone(),
                    from: from_name,
                    to: to_name,
                },
            );
        }

        // Foreign keys.
        let mut next_matched = vec![false; next.foreign_keys.len()];
        for (pi, p) in prev.foreign_keys.iter().enumerate() {
            let dead = gone(&p.columns)
                || p.columns.iter().any(|c| retyped.contains(&c.as_str()))
                || self.referenced_changed(&p.referenced_table, &p.referenced_columns);
            let found = if dead {
                None
            } else {
                next.foreign_keys
                    .iter()
                    .enumerate()
                    .find(|(ni, n)| !next_matched[*ni] && n.name == p.name && fks_match(p, n))
                    .or_else(|| {
                        next.foreign_keys
                            .iter()
                            .enumerate()
                            .find(|(ni, n)| !next_matched[*ni] && fks_match(p, n))
                    })
            };
            match found {
                Some((ni, n)) => {
                    next_matched[ni] = true;
                    if n.name != p.name {
                        self.push(
                            StepKind::RenameForeignKey,
                            vec![pti, pi],
                            Step::RenameForeignKey {
                                table: next.name.clone(),
                                from: p.name.clone(),
                                to: n.name.clone(),
                            },
                        );
                    }
                }
                None => self.push(
                    StepKind::DropForeignKey,
                    vec![pti, pi],
                    Step::DropForeignKey {
                        table: prev.name.clone(),
                        name: p.name.clone(),
                    },
                ),
            }
        }
        for (ni, n) in next.foreign_keys.iter().enumerate() {
            if !next_matched[ni] {
                self.push(
                    StepKind::AddForeignKey,
                    vec![nti, ni],
                    Step::AddForeignKey {
                        table: next.name.clone(),
                        foreign_key: n.clone(),
                    },
                );
            }
        }
    }

    /// The referenced table is dropped, or one of the referenced columns is dropped or changes type.
    fn referenced_changed(&self, table: &QualifiedName, columns: &[String]) -> bool {
        let (Some(p), Some(n)) = (self.from.table(table), self.to.table(table)) else {
            return true;
        };
        columns.iter().any(|c| match (p.column(c), n.column(c)) {
            (Some(pc), Some(nc)) => !types_equivalent(&pc.ty, &nc.ty),
            _ => true,
        })
    }
}

fn position<T>(list: &[T], pred: impl Fn(&T) -> bool) -> usize {
    list.iter().position(pred).unwrap_or(usize::MAX)
}

/// Same index, however it was spelled: default operator classes are no class at all (the catalog
/// cannot tell them apart), predicates compare in canonical form.
fn indexes_match(a: &Index, b: &Index) -> bool {
    let opclass = |i: &Index, c: &IndexColumn| {
        c.opclass
            .clone()
            .filter(|o| !is_default_opclass(i.method, o))
    };
    a.unique == b.unique
        && a.method == b.method
        && a.predicate.as_deref().map(canonical_predicate)
            == b.predicate.as_deref().map(canonical_predicate)
        && a.columns.len() == b.columns.len()
        && a.columns.iter().zip(&b.columns).all(|(x, y)| {
            x.name == y.name
                && x.expression == y.expression
                && x.sort.unwrap_or(SortOrder::Asc) == y.sort.unwrap_or(SortOrder::Asc)
                && opclass(a, x) == opclass(b, y)
        })
}

fn fks_match(a: &ForeignKey, b: &ForeignKey) -> bool {
    a.columns == b.columns
        && a.referenced_table == b.referenced_table
        && a.referenced_columns == b.referenced_columns
        && a.on_delete == b.on_delete
        && a.on_update == b.on_update
}

enum ColumnDiff {
    Same,
    Alter(ColumnChanges),
    Recreate,
}

/// What it takes to turn column `p` into column `n` (Prisma's `ColumnChanges` and cast matrix).
fn column_change(p: &Column, n: &Column) -> ColumnDiff {
    let mut ch = ColumnChanges::default();
    if !types_equivalent(&p.ty, &n.ty) {
        match type_change(&p.ty, &n.ty) {
            None => return ColumnDiff::Recreate,
            Some(t) => ch.ty = Some(t),
        }
    }
    ch.arity =
        p.nullable != n.nullable || canonical_type(&p.ty).array != canonical_type(&n.ty).array;
    if p.auto_increment != n.auto_increment {
        ch.auto_increment = true;
    } else if !p.auto_increment && p.default != n.default {
        ch.default = true;
    }
    if ch.is_empty() {
        ColumnDiff::Same
    } else {
        ColumnDiff::Alter(ch)
    }
}

/// `None` when PostgreSQL cannot cast the data (the column is dropped and recreated).
fn type_change(p: &ColumnType, n: &ColumnType) -> Option<TypeChange> {
    use SqlType::*;
    if p.array && !n.array {
        return match &n.base {
            Text | VarChar(None) => Some(TypeChange::Safe),
            VarChar(_) | Char(_) => Some(TypeChange::Risky),
            _ => None,
        };
    }
    if !p.array && n.array {
        return None;
    }
    let (a, b) = (&p.base, &n.base);
    if a == b {
        return Some(TypeChange::Safe);
    }
    let numeric = |t: &SqlType| {
        matches!(
            t,
            SmallInt | Integer | BigInt | Real | DoublePrecision | Decimal(_) | Money
        )
    };
    let int_rank = |t: &SqlType| match t {
        SmallInt => 1,
        Integer => 2,
        BigInt => 3,
        _ => 0,
    };
    let temporal = |t: &SqlType| matches!(t, Timestamp(_) | Timestamptz(_) | Date);
    let time = |t: &SqlType| matches!(t, Time(_) | Timetz(_));
    match (a, b) {
        (Enum(_), _) | (_, Enum(_)) => None,
        (_, Text) | (_, VarChar(None)) => Some(TypeChange::Safe),
        (VarChar(_) | Char(_) | Text | Citext, VarChar(_) | Char(_) | Citext) => {
            Some(TypeChange::Risky)
        }
        (_, VarChar(_) | Char(_)) => Some(TypeChange::Risky),
        _ if int_rank(a) > 0 && int_rank(b) > 0 => Some(if int_rank(a) < int_rank(b) {
            TypeChange::Safe
        } else {
            TypeChange::Risky
        }),
        _ if numeric(a) && numeric(b) => Some(TypeChange::Risky),
        _ if temporal(a) && (temporal(b) || time(b)) => Some(TypeChange::Risky),
        _ if time(a) && time(b) => Some(TypeChange::Risky),
        (Json, Jsonb) | (Jsonb, Json) => Some(TypeChange::Risky),
        (Bit(_) | VarBit(_), Bit(_) | VarBit(_)) => Some(TypeChange::Risky),
        _ => None,
    }
}

/// A type as Prisma names it in warnings (its SQL spelling, close enough).
fn type_name(t: &ColumnType) -> String {
    let base = format!("{:?}", t.base);
    if t.array {
        format!("{base}[]")
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(name: &str, base: SqlType, nullable: bool) -> Column {
        Column {
            name: name.into(),
            ty: ColumnType::scalar(base),
            nullable,
            default: None,
            auto_increment: false,
            identity: None,
            comment: None,
        }
    }

    fn table(name: &str, columns: Vec<Column>) -> Table {
        Table {
            name: QualifiedName::unqualified(name),
            columns,
            primary_key: Some(PrimaryKey {
                name: format!("{name}_pkey"),
                columns: vec!["id".into()],
            }),
            indexes: vec![],
            foreign_keys: vec![],
            comment: None,
        }
    }

    fn schema(tables: Vec<Table>) -> SqlSchema {
        SqlSchema {
            namespaces: vec!["public".into()],
            tables,
            ..SqlSchema::default()
        }
    }

    #[test]
    fn warnings_use_prismas_wording() {
        let from = schema(vec![
            table(
                "User",
                vec![
                    col("id", SqlType::Integer, false),
                    col("name", SqlType::Text, false),
                    col("age", SqlType::Integer, true),
                ],
            ),
            table("Gone", vec![col("id", SqlType::Integer, false)]),
        ]);
        let to = schema(vec![table(
            "User",
            vec![
                col("id", SqlType::Integer, false),
                col("age", SqlType::Integer, false),
                col("nick", SqlType::Text, false),
            ],
        )]);
        let m = diff(&from, &to);
        let text = crate::render::render_migration(&m);
        assert!(text.starts_with("/*\n  Warnings:\n\n  - You are about to drop the `Gone` table."));
        assert!(text.contains("  - You are about to drop the column `name` on the `User` table. All the data in the column will be lost.\n"));
        assert!(text.contains(
            "Added the required column `nick` to the `User` table without a default value."
        ));
        assert!(text.contains("Made the column `age` on table `User` required"));
        assert!(text.contains("\n\n*/\n-- AlterTable\n"));
        assert_eq!(m.warnings.iter().filter(|w| w.data_loss).count(), 2);
    }

    #[test]
    fn same_schema_gives_nothing() {
        let s = schema(vec![table("T", vec![col("id", SqlType::Integer, false)])]);
        assert!(diff(&s, &s).is_empty());
        assert_eq!(
            crate::render::render_script(&[]),
            "-- This is an empty migration.\n"
        );
    }

    #[test]
    fn uncastable_type_recreates_the_column() {
        let from = schema(vec![table(
            "T",
            vec![
                col("id", SqlType::Integer, false),
                col("x", SqlType::Text, false),
            ],
        )]);
        let to = schema(vec![table(
            "T",
            vec![
                col("id", SqlType::Integer, false),
                col("x", SqlType::Uuid, false),
            ],
        )]);
        let m = diff(&from, &to);
        assert_eq!(
            crate::render::render_script(&m.steps),
            "-- AlterTable\nALTER TABLE \"T\" DROP COLUMN \"x\",\nADD COLUMN     \"x\" UUID NOT NULL;\n"
        );
        assert!(m.warnings[0].data_loss);
    }
}
