//! The checked result of the fixtures: rows ready to write, in foreign-key order.
//!
//! Values are JSON, keyed by column name: the loader sends each batch as ONE bound `jsonb`
//! parameter and lets `jsonb_populate_recordset` convert every field with the column's own
//! input function (enums, arrays, numerics, timestamps, bytea …). No value is ever SQL text.

use justify_sql::QualifiedName;
use serde_json::Value;

/// A column name, shared by all the rows of a table.
pub type Column = std::sync::Arc<str>;

#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Tables in insertion order (referenced before referencing).
    pub tables: Vec<TablePlan>,
    /// Foreign keys left out of the inserts (cycles, self-relations), set afterwards.
    pub deferred: Vec<DeferredPlan>,
    /// Rows of implicit many-to-many join tables, inserted last.
    pub joins: Vec<JoinPlan>,
    /// Autoincrement columns given explicit values: their sequences move past them.
    pub sequences: Vec<SequencePlan>,
    /// Foreign keys set by a unique criterion that no fixture row matches: read from the
    /// database (in the seeding transaction) before anything is written.
    pub lookups: Vec<LookupPlan>,
    /// Autoincrement values other rows refer to: taken from the column's sequence (or, on a
    /// later run, read back by the row's unique key) just before the table is written.
    pub generated: Vec<GeneratedPlan>,
}

impl Plan {
    /// Every table the plan writes (what `--reset` truncates).
    pub fn table_names(&self) -> Vec<&QualifiedName> {
        self.tables
            .iter()
            .map(|t| &t.table)
            .chain(self.joins.iter().map(|j| &j.table))
            .collect()
    }
    pub fn row_count(&self) -> usize {
        self.tables.iter().map(|t| t.rows.len()).sum::<usize>()
            + self.joins.iter().map(|j| j.pairs.len()).sum::<usize>()
    }
}

#[derive(Debug, Clone)]
pub struct TablePlan {
    pub model: String,
    pub table: QualifiedName,
    pub rows: Vec<PlannedRow>,
}

/// A column that takes part in the "has anything changed?" comparison of an upsert, with the
/// cast that makes its type comparable (`json` and `xml` have no equality operator).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CompareColumn {
    pub name: String,
    pub cast: Option<&'static str>,
}

#[derive(Debug, Clone)]
pub struct PlannedRow {
    /// Every column inserted, with its value.
    pub values: Vec<(Column, Value)>,
    /// Columns the fixture set (or a relation set): updated and compared on conflict.
    pub compare: Vec<CompareColumn>,
    /// `@updatedAt` columns: refreshed when the row changes, never compared.
    pub touch: Vec<String>,
    /// Conflict target (primary key, else a unique key); empty: a plain insert.
    pub conflict: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct DeferredPlan {
    pub model: String,
    pub table: QualifiedName,
    /// Primary key columns that find the row.
    pub key: Vec<String>,
    /// Foreign key columns to set.
    pub set: Vec<CompareColumn>,
    /// One object per row: key and set columns.
    pub rows: Vec<serde_json::Map<String, Value>>,
}

#[derive(Debug, Clone)]
pub struct JoinPlan {
    pub relation: String,
    pub table: QualifiedName,
    /// (`A`, `B`) values.
    pub pairs: Vec<(Value, Value)>,
}

#[derive(Debug, Clone)]
pub struct SequencePlan {
    pub table: QualifiedName,
    pub column: String,
}

/// "Row `row` of `tables[table]` refers to the `target` row whose `key` columns hold these values":
/// its `columns` (foreign key ← referenced column) are filled in at load time.
#[derive(Debug, Clone)]
pub struct LookupPlan {
    /// Index into [`Plan::tables`].
    pub table: usize,
    /// Index into that table's rows.
    pub row: usize,
    pub target_model: String,
    pub target: QualifiedName,
    /// Unique criterion columns of the target and their values.
    pub key: serde_json::Map<String, Value>,
    /// (foreign key column of the row, referenced column of the target).
    pub columns: Vec<(String, String)>,
    /// `file:line:col` of the criterion in the fixtures.
    pub position: String,
}

/// Rows of `tables[table]` whose autoincrement `column` is referenced by other rows: before the
/// table is written, each gets the value of the database row with the same conflict target
/// (its unique key, on a later run), else the next value of the column's sequence; the value
/// goes into the row and into every slot of `fills`.
#[derive(Debug, Clone)]
pub struct GeneratedPlan {
    /// Index into [`Plan::tables`].
    pub table: usize,
    pub column: String,
    pub rows: Vec<GeneratedRow>,
}

#[derive(Debug, Clone)]
pub struct GeneratedRow {
    /// Index into the table's rows (its `column` holds `null` until then).
    pub row: usize,
    /// Where the value goes besides.
    pub fills: Vec<Slot>,
}

/// A value the loader fills in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// Column `column` of row `row` of [`Plan::tables`]`[table]` (a foreign key).
    Row {
        table: usize,
        row: usize,
        column: String,
    },
    /// Side `A` (`b == false`) or `B` of pair `pair` of [`Plan::joins`]`[join]`.
    Join { join: usize, pair: usize, b: bool },
}
