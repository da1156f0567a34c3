//! Renames: what `migrate dev` asks about instead of dropping and re-adding.
//!
//! Prisma turns a renamed table, column or enum value into a drop and an add, losing the data
//! (prisma/prisma#7790). Here, wherever a dropped and an added object have the same shape, the
//! pair is a rename *candidate* ([`candidates`]); a candidate confirmed by the user (a terminal
//! question, or a `--rename` answer) becomes an in-place `RENAME` step
//! ([`justify_sql::steps::Step::RenameTable`], `RenameColumn`, `RenameEnumValue`).
//!
//! How the script is made ([`diff_with_renames`]): the confirmed renames are applied to the
//! *from* schema ([`apply`]: the table, column or value gets its new name everywhere it is
//! referenced — primary key, indexes, foreign keys of other tables, enum defaults), the differ
//! runs on that renamed schema, and the rename steps go first. Every later step then sees the
//! renamed objects, as the database will when it runs them. Constraint and index names derived
//! from the old name (`Old_pkey`) are left to the differ, which renames them like any other.
//!
//! Candidates are never confirmed on their own: the differ itself stays rename-blind, as Prisma.

use std::str::FromStr;

use justify_sql::diff::{diff, Migration};
use justify_sql::schema::*;
use justify_sql::steps::Step;
use serde::Serialize;

/// A rename: a candidate, or a confirmed one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Rename {
    /// A table renamed within its schema.
    Table {
        from: QualifiedName,
        to: QualifiedName,
    },
    /// A column renamed within its table (the table keeps its name).
    Column {
        table: QualifiedName,
        from: String,
        to: String,
    },
    /// An enum value renamed within its enum (the enum keeps its name).
    EnumValue {
        #[serde(rename = "enum")]
        enum_name: QualifiedName,
        from: String,
        to: String,
    },
}

fn display(q: &QualifiedName) -> String {
    match &q.schema {
        Some(s) => format!("{s}.{}", q.name),
        None => q.name.clone(),
    }
}

impl Rename {
    /// The question asked on a terminal.
    pub fn question(&self) -> String {
        match self {
            Rename::Table { from, to } => format!(
                "Did you rename table `{}` to `{}`? (otherwise `{}` is dropped with its data)",
                display(from),
                display(to),
                display(from)
            ),
            Rename::Column { table, from, to } => format!(
                "Did you rename column `{from}` to `{to}` on table `{}`? (otherwise `{from}` is \
                 dropped with its data)",
                display(table)
            ),
            Rename::EnumValue {
                enum_name,
                from,
                to,
            } => format!(
                "Did you rename value `{from}` to `{to}` of enum `{}`? (otherwise `{from}` is \
                 removed)",
                display(enum_name)
            ),
        }
    }

    /// The `--rename` spelling of this rename: `Table=NewTable`, `Table.old=new`, `Enum.OLD=NEW`
    /// (database names).
    pub fn answer_text(&self) -> String {
        match self {
            Rename::Table { from, to } => format!("{}={}", from.name, to.name),
            Rename::Column { table, from, to } => format!("{}.{from}={to}", table.name),
            Rename::EnumValue {
                enum_name,
                from,
                to,
            } => format!("{}.{from}={to}", enum_name.name),
        }
    }

    /// The in-place step.
    pub fn step(&self) -> Step {
        match self {
            Rename::Table { from, to } => Step::RenameTable {
                from: from.clone(),
                to: to.name.clone(),
            },
            Rename::Column { table, from, to } => Step::RenameColumn {
                table: table.clone(),
                from: from.clone(),
                to: to.clone(),
            },
            Rename::EnumValue {
                enum_name,
                from,
                to,
            } => Step::RenameEnumValue {
                enum_name: enum_name.clone(),
                from: from.clone(),
                to: to.clone(),
            },
        }
    }

    /// Whether a pre-given answer confirms this candidate.
    pub fn matches(&self, answer: &RenameAnswer) -> bool {
        match (self, &answer.scope) {
            (Rename::Table { from, to }, None) => from.name == answer.from && to.name == answer.to,
            (Rename::Column { table, from, to }, Some(scope)) => {
                &table.name == scope && from == &answer.from && to == &answer.to
            }
            (
                Rename::EnumValue {
                    enum_name,
                    from,
                    to,
                },
                Some(scope),
            ) => &enum_name.name == scope && from == &answer.from && to == &answer.to,
            _ => false,
        }
    }

    /// Whether two renames use the same old or the same new object (only one can be confirmed).
    fn overlaps(&self, other: &Rename) -> bool {
        match (self, other) {
            (Rename::Table { from: a, to: b }, Rename::Table { from: c, to: d }) => {
                a == c || b == d
            }
            (
                Rename::Column {
                    table: t1,
                    from: a,
                    to: b,
                },
                Rename::Column {
                    table: t2,
                    from: c,
                    to: d,
                },
            ) => t1 == t2 && (a == c || b == d),
            (
                Rename::EnumValue {
                    enum_name: e1,
                    from: a,
                    to: b,
                },
                Rename::EnumValue {
                    enum_name: e2,
                    from: c,
                    to: d,
                },
            ) => e1 == e2 && (a == c || b == d),
            _ => false,
        }
    }
}

/// A rename given up front (`--rename`): `Old=New` (a table), `Table.old=new` (a column),
/// `Enum.OLD=NEW` (an enum value). Names are database names; the CLI maps model, field and
/// enum-value names of the schema to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RenameAnswer {
    /// The table or enum, for a column or a value; `None` for a table.
    pub scope: Option<String>,
    pub from: String,
    pub to: String,
}

impl std::fmt::Display for RenameAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.scope {
            Some(s) => write!(f, "{s}.{}={}", self.from, self.to),
            None => write!(f, "{}={}", self.from, self.to),
        }
    }
}

impl FromStr for RenameAnswer {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            format!(
                "invalid rename {s:?}: expected `Old=New` (table), `Table.old=new` (column) or \
                 `Enum.OLD=NEW` (enum value)"
            )
        };
        let (left, to) = s.split_once('=').ok_or_else(bad)?;
        let (scope, from) = match left.split_once('.') {
            Some((scope, from)) => (Some(scope.trim().to_string()), from.trim()),
            None => (None, left.trim()),
        };
        let to = to.trim();
        // `Table.old=Table.new` is accepted too.
        let to = match (&scope, to.split_once('.')) {
            (Some(sc), Some((s2, rest))) if s2 == sc => rest,
            _ => to,
        };
        if from.is_empty() || to.is_empty() || scope.as_deref() == Some("") || to.contains('=') {
            return Err(bad());
        }
        Ok(RenameAnswer {
            scope,
            from: from.to_string(),
            to: to.to_string(),
        })
    }
}

/// The shape of a table for rename matching: its columns by name, type and nullability.
fn table_shape(t: &Table) -> Vec<(&str, &ColumnType, bool)> {
    let mut cols: Vec<(&str, &ColumnType, bool)> = t
        .columns
        .iter()
        .map(|c| (c.name.as_str(), &c.ty, c.nullable))
        .collect();
    cols.sort_by(|a, b| a.0.cmp(b.0));
    cols
}

/// Every dropped/added pair of the same shape between `from` and `to`, in schema order: tables
/// (same schema, same columns with the same types), columns (same table, same type), enum
/// values (same enum). A pair overlapping another one is still listed; only one of them can be
/// confirmed (see [`select`]).
pub fn candidates(from: &SqlSchema, to: &SqlSchema) -> Vec<Rename> {
    let mut out = Vec::new();
    let dropped: Vec<&Table> = from
        .tables
        .iter()
        .filter(|t| to.table(&t.name).is_none())
        .collect();
    let added: Vec<&Table> = to
        .tables
        .iter()
        .filter(|t| from.table(&t.name).is_none())
        .collect();
    for d in &dropped {
        for a in &added {
            if d.name.schema == a.name.schema && table_shape(d) == table_shape(a) {
                out.push(Rename::Table {
                    from: d.name.clone(),
                    to: a.name.clone(),
                });
            }
        }
    }
    for prev in &from.tables {
        let Some(next) = to.table(&prev.name) else {
            continue;
        };
        for d in prev
            .columns
            .iter()
            .filter(|c| next.column(&c.name).is_none())
        {
            for a in next
                .columns
                .iter()
                .filter(|c| prev.column(&c.name).is_none())
            {
                if d.ty == a.ty {
                    out.push(Rename::Column {
                        table: prev.name.clone(),
                        from: d.name.clone(),
                        to: a.name.clone(),
                    });
                }
            }
        }
    }
    for prev in &from.enums {
        let Some(next) = to.enum_type(&prev.name) else {
            continue;
        };
        for d in prev.values.iter().filter(|v| !next.values.contains(v)) {
            for a in next.values.iter().filter(|v| !prev.values.contains(v)) {
                out.push(Rename::EnumValue {
                    enum_name: prev.name.clone(),
                    from: d.clone(),
                    to: a.clone(),
                });
            }
        }
    }
    out
}

/// Goes through `candidates` in order and keeps those `confirm` accepts, skipping any that
/// overlaps one already kept (a table or column can only be renamed once).
pub fn select(candidates: &[Rename], mut confirm: impl FnMut(&Rename) -> bool) -> Vec<Rename> {
    let mut kept: Vec<Rename> = Vec::new();
    for c in candidates {
        if kept.iter().any(|k| k.overlaps(c)) {
            continue;
        }
        if confirm(c) {
            kept.push(c.clone());
        }
    }
    kept
}

/// `schema` as it is once `renames` have run: each renamed object gets its new name everywhere
/// it is used.
pub fn apply(schema: &SqlSchema, renames: &[Rename]) -> SqlSchema {
    let mut s = schema.clone();
    for r in renames {
        match r {
            Rename::Table { from, to } => {
                for t in &mut s.tables {
                    if &t.name == from {
                        t.name = to.clone();
                    }
                    for fk in &mut t.foreign_keys {
                        if &fk.referenced_table == from {
                            fk.referenced_table = to.clone();
                        }
                    }
                }
            }
            Rename::Column { table, from, to } => {
                let rename = |c: &mut String| {
                    if c == from {
                        *c = to.clone();
                    }
                };
                for t in &mut s.tables {
                    if &t.name == table {
                        for c in &mut t.columns {
                            rename(&mut c.name);
                        }
                        if let Some(pk) = &mut t.primary_key {
                            pk.columns.iter_mut().for_each(rename);
                        }
                        for i in &mut t.indexes {
                            for c in i.columns.iter_mut().filter(|c| !c.expression) {
                                rename(&mut c.name);
                            }
                        }
                        for fk in &mut t.foreign_keys {
                            fk.columns.iter_mut().for_each(rename);
                        }
                    }
                    for fk in &mut t.foreign_keys {
                        if &fk.referenced_table == table {
                            fk.referenced_columns.iter_mut().for_each(rename);
                        }
                    }
                }
            }
            Rename::EnumValue {
                enum_name,
                from,
                to,
            } => {
                for e in &mut s.enums {
                    if &e.name == enum_name {
                        for v in &mut e.values {
                            if v == from {
                                *v = to.clone();
                            }
                        }
                    }
                }
                for t in &mut s.tables {
                    for c in &mut t.columns {
                        if c.ty.base != SqlType::Enum(enum_name.clone()) {
                            continue;
                        }
                        if let Some(ColumnDefault::Value(v)) = &mut c.default {
                            rename_enum_value(v, from, to);
                        }
                    }
                }
            }
        }
    }
    s
}

fn rename_enum_value(v: &mut SqlValue, from: &str, to: &str) {
    match v {
        SqlValue::EnumValue(x) if x == from => *x = to.to_string(),
        SqlValue::Array(items) => items
            .iter_mut()
            .for_each(|i| rename_enum_value(i, from, to)),
        _ => {}
    }
}

/// The migration from `from` to `to` with `renames` done in place: the rename steps first, then
/// the differ's steps from the renamed `from`.
pub fn diff_with_renames(from: &SqlSchema, to: &SqlSchema, renames: &[Rename]) -> Migration {
    if renames.is_empty() {
        return diff(from, to);
    }
    let renamed = apply(from, renames);
    let mut m = diff(&renamed, to);
    let mut steps: Vec<Step> = renames.iter().map(Rename::step).collect();
    steps.append(&mut m.steps);
    m.steps = steps;
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use justify_sql::render::render_script;

    fn col(name: &str, base: SqlType) -> Column {
        Column {
            name: name.into(),
            ty: ColumnType::scalar(base),
            nullable: false,
            default: None,
            auto_increment: false,
            identity: None,
            comment: None,
        }
    }

    fn table(name: &str, cols: &[&str]) -> Table {
        let mut columns = vec![col("id", SqlType::Integer)];
        columns.extend(cols.iter().map(|c| col(c, SqlType::Text)));
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
    fn parses_answers() {
        let a: RenameAnswer = "User.name=fullName".parse().unwrap();
        assert_eq!(a.scope.as_deref(), Some("User"));
        assert_eq!((a.from.as_str(), a.to.as_str()), ("name", "fullName"));
        let b: RenameAnswer = "Post=Article".parse().unwrap();
        assert_eq!(b.scope, None);
        let c: RenameAnswer = "User.name=User.fullName".parse().unwrap();
        assert_eq!(c.to, "fullName");
        assert!("nothing".parse::<RenameAnswer>().is_err());
        assert!("=x".parse::<RenameAnswer>().is_err());
        assert_eq!(a.to_string(), "User.name=fullName");
    }

    #[test]
    fn column_rename_becomes_a_rename_step() {
        let from = schema(vec![table("User", &["name"])]);
        let to = schema(vec![table("User", &["fullName"])]);
        let c = candidates(&from, &to);
        assert_eq!(c.len(), 1);
        let answer: RenameAnswer = "User.name=fullName".parse().unwrap();
        assert!(c[0].matches(&answer));
        let m = diff_with_renames(&from, &to, &c);
        assert_eq!(
            render_script(&m.steps),
            "-- RenameColumn\nALTER TABLE \"User\" RENAME COLUMN \"name\" TO \"fullName\";\n"
        );
        assert!(m.warnings.is_empty());
    }

    #[test]
    fn table_rename_renames_its_constraints_too() {
        let from = schema(vec![table("Post", &["title"])]);
        let to = schema(vec![table("Article", &["title"])]);
        let c = candidates(&from, &to);
        assert_eq!(c.len(), 1);
        let m = diff_with_renames(&from, &to, &c);
        let sql = render_script(&m.steps);
        assert!(
            sql.starts_with("-- RenameTable\nALTER TABLE \"Post\" RENAME TO \"Article\";\n"),
            "{sql}"
        );
        assert!(
            sql.contains("RENAME CONSTRAINT \"Post_pkey\" TO \"Article_pkey\""),
            "{sql}"
        );
        assert!(m.warnings.is_empty());
    }

    #[test]
    fn overlapping_candidates_are_confirmed_once() {
        let from = schema(vec![table("T", &["a", "b"])]);
        let to = schema(vec![table("T", &["c", "d"])]);
        let c = candidates(&from, &to);
        assert_eq!(c.len(), 4);
        let kept = select(&c, |_| true);
        assert_eq!(kept.len(), 2);
        let m = diff_with_renames(&from, &to, &kept);
        assert_eq!(m.steps.len(), 2);
    }

    #[test]
    fn enum_value_rename() {
        let mut from = schema(vec![]);
        from.enums.push(SqlEnum {
            name: QualifiedName::unqualified("Role"),
            values: vec!["USER".into(), "ADMIN".into()],
        });
        let mut to = from.clone();
        to.enums[0].values[1] = "OWNER".into();
        let c = candidates(&from, &to);
        assert_eq!(c.len(), 1);
        let m = diff_with_renames(&from, &to, &c);
        assert_eq!(
            render_script(&m.steps),
            "-- RenameEnumValue\nALTER TYPE \"Role\" RENAME VALUE 'ADMIN' TO 'OWNER';\n"
        );
    }
}
