//! Writing a [`Plan`]: one transaction, tables in foreign-key order, multi-row upserts whose
//! values travel as one bound `jsonb` parameter per batch.
//!
//! ```sql
//! INSERT INTO "users" AS t ("id", "email")
//! SELECT "id", "email" FROM jsonb_populate_recordset(NULL::"users", $1::text::jsonb)
//! ON CONFLICT ("id") DO UPDATE SET "email" = EXCLUDED."email"
//! WHERE t."email" IS DISTINCT FROM EXCLUDED."email"
//! ```
//!
//! The `WHERE` makes a second run a no-op: unchanged rows are neither updated nor counted.
//!
//! Large groups (≥ [`COPY_MIN_ROWS`] rows of one statement shape) go through binary `COPY`
//! instead (see [`crate::copy`]): straight into the table when nothing can conflict (the table is
//! empty at that point of the transaction), otherwise into a temporary staging table followed by
//! the same `INSERT … SELECT … ON CONFLICT … WHERE … IS DISTINCT FROM`, so idempotence is
//! unchanged. Rows without any key (an id the database generates and no unique field) are
//! inserted `WHERE NOT EXISTS` a row with the same fixture values. Tables with a column type
//! binary `COPY` cannot encode keep the `jsonb` path.
//!
//! When a table is empty and a bulk `COPY` is coming, its secondary indexes (not unique, not
//! backing a constraint) and its outgoing foreign keys are dropped first and re-created after the
//! table's rows, from `pg_get_indexdef`/`pg_get_constraintdef`, in the same transaction: indexes
//! are built once (GIN, SP-GiST …), each foreign key is validated by one join instead of a
//! trigger per row, and the catalog ends as it was. A violation fails the seed like any other.
//!
//! Foreign keys set by a unique criterion that no fixture row matched ([`Plan::lookups`]) are
//! read from the database first, one query per target and criterion.
//!
//! Autoincrement values other rows refer to ([`Plan::generated`]) are settled just before their
//! table is written: the rows already in the database (same conflict target, a unique key other
//! than the generated column: a second run) keep theirs, the others take the next values of the
//! column's own sequence (`nextval(pg_get_serial_sequence(…))`, one query); the values go into
//! the rows and into the foreign keys and join rows that point at them, before those are written.

use crate::copy::{self, Cell, COPY_MIN_ROWS};
use crate::plan::*;
use justify_sql::sql_text::{quote_ident, quote_literal, quote_qualified};
use justify_sql::QualifiedName;
use serde_json::Value;
use tokio_postgres::{Client, GenericClient, Transaction};

/// Rows per statement: large enough to amortise round trips, small enough for one parameter.
pub const BATCH_ROWS: usize = 1000;

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Truncate every table the plan writes (and their dependants) first.
    pub reset: bool,
}

/// How rows travel (see [`seed_tuned`]); the default is what [`seed`] does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tuning {
    /// Groups of at least this many rows go by binary `COPY`; `None`: never (all `jsonb`).
    pub copy_min_rows: Option<usize>,
    /// Before a bulk `COPY` into an empty table, drop its secondary indexes and outgoing
    /// foreign keys and re-create them after it (as `pg_restore` does), in the same transaction.
    pub rebuild_indexes: bool,
}

impl Default for Tuning {
    fn default() -> Self {
        Tuning {
            copy_min_rows: Some(COPY_MIN_ROWS),
            rebuild_indexes: true,
        }
    }
}

/// Where loading is, for a progress display: called when a table starts (`done == 0`), as its
/// rows go out, and when it is finished (`done == total`).
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    pub model: &'a str,
    /// 1-based position of the table in the plan, of `tables`.
    pub table: usize,
    pub tables: usize,
    pub done: u64,
    pub total: u64,
}

/// A progress callback (see [`seed_with`]).
pub type OnProgress<'a> = &'a (dyn Fn(&Progress) + Sync);

/// How often (in rows) a `COPY` reports progress.
const PROGRESS_EVERY: usize = 8192;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Rows inserted or changed, per model, in insertion order.
    pub written: Vec<(String, u64)>,
    /// Rows whose deferred foreign keys were set.
    pub deferred: u64,
    /// Join table rows inserted.
    pub links: u64,
    /// Tables truncated by `reset`.
    pub truncated: Vec<String>,
    /// Rows sent by binary `COPY` (part of `written`; the rest went as `jsonb` batches).
    pub copied: u64,
    /// Secondary indexes and foreign keys dropped before a bulk `COPY` and re-created after it.
    pub rebuilt: u64,
    /// Foreign keys read from the database by unique criterion.
    pub looked_up: u64,
    /// Autoincrement values other rows refer to, taken from their sequences or read back.
    pub generated: u64,
}

impl Report {
    /// Everything the run changed (0 when the database already held the fixtures).
    pub fn changes(&self) -> u64 {
        self.written.iter().map(|(_, n)| n).sum::<u64>() + self.deferred + self.links
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("cannot connect to the database: {0}")]
    Connect(String),
    #[error("seeding failed{}: {message}; nothing was written", context.as_deref().map(|c| format!(" ({c})")).unwrap_or_default())]
    Database {
        context: Option<String>,
        message: String,
    },
    /// A relation by unique criterion found no row, in the fixtures or the database.
    #[error("{position}: no `{model}` row has {key}, in the fixtures or in the database; nothing was written")]
    NotFound {
        position: String,
        model: String,
        key: String,
    },
}

fn db_error(context: impl Into<String>) -> impl FnOnce(tokio_postgres::Error) -> SeedError {
    let context = context.into();
    move |e| SeedError::Database {
        context: Some(context),
        message: error_text(&e),
    }
}

/// The server's message with its detail, rather than tokio-postgres' terse "db error".
pub fn error_text(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut s = format!("{} ({})", db.message(), db.code().code());
            if let Some(detail) = db.detail() {
                s.push_str(&format!("; {detail}"));
            }
            s
        }
        None => match std::error::Error::source(e) {
            Some(source) => format!("{e}: {source}"),
            None => e.to_string(),
        },
    }
}

/// Writes the plan in one transaction: all of it, or (on any error) nothing.
pub async fn seed(
    client: &mut Client,
    plan: &Plan,
    options: &Options,
) -> Result<Report, SeedError> {
    seed_tuned(client, plan, options, &Tuning::default()).await
}

/// [`seed`], choosing how rows travel (benchmarks and tests compare the two paths).
pub async fn seed_tuned(
    client: &mut Client,
    plan: &Plan,
    options: &Options,
    tuning: &Tuning,
) -> Result<Report, SeedError> {
    seed_with(client, plan, options, tuning, &|_| {}).await
}

/// [`seed_tuned`], telling `progress` how far it is.
pub async fn seed_with(
    client: &mut Client,
    plan: &Plan,
    options: &Options,
    tuning: &Tuning,
    progress: OnProgress<'_>,
) -> Result<Report, SeedError> {
    let tx = client.transaction().await.map_err(db_error("BEGIN"))?;
    let report = write(&tx, plan, options, tuning, progress).await?;
    tx.commit().await.map_err(db_error("COMMIT"))?;
    Ok(report)
}

/// Connects to `url`, seeds, and disconnects, on a runtime of its own (for the command line).
pub fn seed_blocking(url: &str, plan: &Plan, options: &Options) -> Result<Report, SeedError> {
    seed_blocking_with(url, plan, options, &|_| {})
}

/// [`seed_blocking`] with a progress callback.
pub fn seed_blocking_with(
    url: &str,
    plan: &Plan,
    options: &Options,
    progress: OnProgress<'_>,
) -> Result<Report, SeedError> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| SeedError::Connect(e.to_string()))?;
    rt.block_on(async {
        let (mut client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
            .await
            .map_err(|e| SeedError::Connect(error_text(&e)))?;
        let conn = tokio::spawn(connection);
        let result = seed_with(&mut client, plan, options, &Tuning::default(), progress).await;
        drop(client);
        let _ = conn.await;
        result
    })
}

async fn write(
    tx: &Transaction<'_>,
    plan: &Plan,
    options: &Options,
    tuning: &Tuning,
    progress: OnProgress<'_>,
) -> Result<Report, SeedError> {
    let mut report = Report::default();
    if options.reset {
        let tables: Vec<String> = plan
            .table_names()
            .into_iter()
            .map(quote_qualified)
            .collect();
        if !tables.is_empty() {
            let sql = format!("TRUNCATE {} RESTART IDENTITY CASCADE", tables.join(", "));
            tx.batch_execute(&sql).await.map_err(db_error("TRUNCATE"))?;
            report.truncated = plan
                .table_names()
                .into_iter()
                .map(|t| t.name.clone())
                .collect();
        }
    }
    // Tables with foreign keys read from the database or generated: patched copies (the others
    // as planned).
    let mut patched = if plan.lookups.is_empty() {
        std::collections::HashMap::new()
    } else {
        report.looked_up = plan.lookups.len() as u64;
        resolve_lookups(tx, plan).await?
    };
    let mut joins = std::borrow::Cow::Borrowed(&plan.joins);
    let tables = plan.tables.len();
    for (i, table) in plan.tables.iter().enumerate() {
        for g in plan.generated.iter().filter(|g| g.table == i) {
            let ids = generate(tx, patched.get(&i).unwrap_or(table), g).await?;
            report.generated += ids.len() as u64;
            for (r, id) in g.rows.iter().zip(ids) {
                set_column(&mut patched, plan, i, r.row, &g.column, &id);
                for slot in &r.fills {
                    match slot {
                        Slot::Row { table, row, column } => {
                            set_column(&mut patched, plan, *table, *row, column, &id)
                        }
                        Slot::Join { join, pair, b } => {
                            let p = &mut joins.to_mut()[*join].pairs[*pair];
                            *(if *b { &mut p.1 } else { &mut p.0 }) = id.clone();
                        }
                    }
                }
            }
        }
        let table = patched.get(&i).unwrap_or(table);
        let at = |done: u64| Progress {
            model: &table.model,
            table: i + 1,
            tables,
            done,
            total: table.rows.len() as u64,
        };
        progress(&at(0));
        let n = insert_table(tx, table, tuning, &mut report, &|d| progress(&at(d))).await?;
        progress(&at(table.rows.len() as u64));
        report.written.push((table.model.clone(), n));
    }
    for d in &plan.deferred {
        report.deferred += update_deferred(tx, d).await?;
    }
    for j in joins.iter() {
        report.links += insert_join(tx, j).await?;
    }
    for s in &plan.sequences {
        let sql = format!(
            "SELECT setval(pg_get_serial_sequence($1, $2), (SELECT COALESCE(MAX({col}), 0) + 1 FROM {t}), false)",
            col = quote_ident(&s.column),
            t = quote_qualified(&s.table),
        );
        let table_text = quote_qualified(&s.table);
        tx.execute(&sql, &[&table_text, &s.column])
            .await
            .map_err(db_error(format!("moving the sequence of {}", s.table.name)))?;
    }
    Ok(report)
}

/// Sets `column` of row `row` of table `table` in the patched copy of that table.
fn set_column(
    patched: &mut std::collections::HashMap<usize, TablePlan>,
    plan: &Plan,
    table: usize,
    row: usize,
    column: &str,
    value: &Value,
) {
    let t = patched
        .entry(table)
        .or_insert_with(|| plan.tables[table].clone());
    if let Some(slot) = t.rows[row].values.iter_mut().find(|(c, _)| &**c == column) {
        slot.1 = value.clone();
    }
}

/// The values of [`GeneratedPlan`] `g`, one per row: a row already in the database (same
/// conflict target: a second run) keeps its value; the others take the next values of the
/// column's own sequence, so concurrent inserts stay safe and the sequence needs no moving.
async fn generate(
    tx: &Transaction<'_>,
    table: &TablePlan,
    g: &GeneratedPlan,
) -> Result<Vec<Value>, SeedError> {
    let t = quote_qualified(&table.table);
    let context = || {
        format!(
            "taking `{}.{}` values from the database",
            table.model, g.column
        )
    };
    let mut out: Vec<Option<Value>> = vec![None; g.rows.len()];
    let empty: bool = tx
        .query_one(&format!("SELECT NOT EXISTS (SELECT 1 FROM {t})"), &[])
        .await
        .map_err(db_error(context()))?
        .get(0);
    if !empty {
        // Rows by conflict target (the check made sure each has one without `g.column`).
        let mut groups: std::collections::BTreeMap<&[String], Vec<usize>> = Default::default();
        for (k, r) in g.rows.iter().enumerate() {
            groups
                .entry(&table.rows[r.row].conflict)
                .or_default()
                .push(k);
        }
        for (key, members) in groups {
            if key.is_empty() {
                continue;
            }
            let on = key
                .iter()
                .map(|c| format!("t.{q} = k.{q}", q = quote_ident(c)))
                .collect::<Vec<_>>()
                .join(" AND ");
            let sql = format!(
                "SELECT e.ord, to_jsonb(t.{col})::text \
                 FROM jsonb_array_elements($1::text::jsonb) WITH ORDINALITY AS e(j, ord) \
                 CROSS JOIN LATERAL jsonb_populate_record(NULL::{t}, e.j) AS k \
                 JOIN {t} AS t ON {on}",
                col = quote_ident(&g.column)
            );
            let param = Value::Array(
                members
                    .iter()
                    .map(|&k| {
                        let row = &table.rows[g.rows[k].row];
                        Value::Object(
                            row.values
                                .iter()
                                .filter(|(c, _)| key.iter().any(|k| k.as_str() == &**c))
                                .map(|(c, v)| (c.to_string(), v.clone()))
                                .collect(),
                        )
                    })
                    .collect(),
            )
            .to_string();
            for r in tx
                .query(&sql, &[&param])
                .await
                .map_err(db_error(context()))?
            {
                let ord: i64 = r.get(0);
                let text: String = r.get(1);
                if let Ok(v) = serde_json::from_str(&text) {
                    out[members[(ord - 1) as usize]] = Some(v);
                }
            }
        }
    }
    let missing = out.iter().filter(|v| v.is_none()).count() as i64;
    if missing > 0 {
        let sql = "SELECT nextval(pg_get_serial_sequence($1, $2)) \
                   FROM generate_series(1, $3::bigint)";
        let rows = tx
            .query(sql, &[&t, &g.column, &missing])
            .await
            .map_err(db_error(context()))?;
        let mut next = rows.iter().map(|r| r.get::<_, Option<i64>>(0));
        for slot in out.iter_mut().filter(|v| v.is_none()) {
            let Some(Some(id)) = next.next() else {
                return Err(SeedError::Database {
                    context: Some(context()),
                    message: format!(
                        "`{}.{}` has no sequence to take values from",
                        table.table.name, g.column
                    ),
                });
            };
            *slot = Some(Value::from(id));
        }
    }
    Ok(out.into_iter().map(|v| v.unwrap_or(Value::Null)).collect())
}

fn rows_param(rows: &[serde_json::Map<String, Value>]) -> String {
    Value::Array(rows.iter().cloned().map(Value::Object).collect()).to_string()
}

fn distinct(left: &str, right: &str, cols: &[CompareColumn]) -> String {
    cols.iter()
        .map(|c| {
            let q = quote_ident(&c.name);
            match c.cast {
                Some(cast) => format!("{left}.{q}::{cast} IS DISTINCT FROM {right}.{q}::{cast}"),
                None => format!("{left}.{q} IS DISTINCT FROM {right}.{q}"),
            }
        })
        .collect::<Vec<_>>()
        .join(" OR ")
}

/// The statement for one batch shape (same columns, conflict target and compared columns).
pub fn insert_sql(table: &QualifiedName, row: &PlannedRow) -> String {
    let t = quote_qualified(table);
    insert_sql_from(
        table,
        row,
        &format!("jsonb_populate_recordset(NULL::{t}, $1::text::jsonb)"),
    )
}

/// [`insert_sql`] reading its rows from `source` (a table or a set-returning call).
pub fn insert_sql_from(table: &QualifiedName, row: &PlannedRow, source: &str) -> String {
    let t = quote_qualified(table);
    let cols = row
        .values
        .iter()
        .map(|(c, _)| quote_ident(c))
        .collect::<Vec<_>>()
        .join(", ");
    let mut sql = format!("INSERT INTO {t} AS t ({cols}) SELECT {cols} FROM {source} AS s");
    if row.conflict.is_empty() && !row.compare.is_empty() {
        // No key to find the row by (an id the database generates, no unique field): a row with
        // the same fixture values counts as the same row, so a second run adds nothing.
        let same = row
            .compare
            .iter()
            .map(|c| {
                let q = quote_ident(&c.name);
                match c.cast {
                    Some(cast) => format!("e.{q}::{cast} IS NOT DISTINCT FROM s.{q}::{cast}"),
                    None => format!("e.{q} IS NOT DISTINCT FROM s.{q}"),
                }
            })
            .collect::<Vec<_>>()
            .join(" AND ");
        sql.push_str(&format!(
            " WHERE NOT EXISTS (SELECT 1 FROM {t} AS e WHERE {same})"
        ));
    }
    if !row.conflict.is_empty() {
        let target = row
            .conflict
            .iter()
            .map(|c| quote_ident(c))
            .collect::<Vec<_>>()
            .join(", ");
        let compare: Vec<CompareColumn> = row
            .compare
            .iter()
            .filter(|c| !row.conflict.contains(&c.name))
            .cloned()
            .collect();
        if compare.is_empty() {
            sql.push_str(&format!(" ON CONFLICT ({target}) DO NOTHING"));
        } else {
            let set = compare
                .iter()
                .map(|c| &c.name)
                .chain(&row.touch)
                .map(|c| format!("{q} = EXCLUDED.{q}", q = quote_ident(c)))
                .collect::<Vec<_>>()
                .join(", ");
            sql.push_str(&format!(
                " ON CONFLICT ({target}) DO UPDATE SET {set} WHERE {}",
                distinct("t", "EXCLUDED", &compare)
            ));
        }
    }
    sql
}

/// What makes rows share one statement: their columns, conflict target and compared columns.
type Shape<'a> = (
    Vec<&'a str>,
    &'a [String],
    &'a [CompareColumn],
    &'a [String],
);

fn shape(row: &PlannedRow) -> Shape<'_> {
    (
        row.values.iter().map(|(c, _)| &**c).collect(),
        &row.conflict,
        &row.compare,
        &row.touch,
    )
}

async fn insert_table(
    tx: &Transaction<'_>,
    table: &TablePlan,
    tuning: &Tuning,
    report: &mut Report,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<u64, SeedError> {
    // Rows with the same statement shape, in first-appearance order.
    let mut shapes: Vec<Vec<&PlannedRow>> = Vec::new();
    let mut index: std::collections::HashMap<Shape<'_>, usize> = Default::default();
    for row in &table.rows {
        match index.entry(shape(row)) {
            std::collections::hash_map::Entry::Occupied(e) => shapes[*e.get()].push(row),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(shapes.len());
                shapes.push(vec![row]);
            }
        }
    }
    let bulk = |rows: &[&PlannedRow]| tuning.copy_min_rows.is_some_and(|min| rows.len() >= min);
    let mut empty: Option<bool> = None;
    if shapes.iter().any(|rows| bulk(rows)) {
        let q = format!(
            "SELECT NOT EXISTS (SELECT 1 FROM {})",
            quote_qualified(&table.table)
        );
        empty = Some(
            tx.query_one(&q, &[])
                .await
                .map_err(db_error(format!("reading {}", table.table.name)))?
                .get(0),
        );
    }
    let rebuild = if tuning.rebuild_indexes && empty == Some(true) {
        drop_secondary(tx, table).await?
    } else {
        Vec::new()
    };
    let mut written = 0;
    let mut done = 0u64;
    for rows in &shapes {
        if bulk(rows) {
            let is_empty = empty.unwrap_or(false);
            if let Some(n) = copy_rows(tx, table, rows, is_empty, &|d| progress(done + d)).await? {
                written += n;
                done += rows.len() as u64;
                report.copied += rows.len() as u64;
                empty = Some(is_empty && n == 0);
                continue;
            }
        }
        let sql = insert_sql(&table.table, rows[0]);
        empty = Some(false);
        let stmt = tx.prepare(&sql).await.map_err(db_error(format!(
            "preparing the insert into {}",
            table.table.name
        )))?;
        for (n, chunk) in rows.chunks(BATCH_ROWS).enumerate() {
            let param = Value::Array(
                chunk
                    .iter()
                    .map(|r| {
                        Value::Object(
                            r.values
                                .iter()
                                .map(|(c, v)| (c.to_string(), v.clone()))
                                .collect(),
                        )
                    })
                    .collect(),
            )
            .to_string();
            written += tx
                .execute(&stmt, &[&param])
                .await
                .map_err(db_error(format!(
                    "inserting `{}` rows {}..{}",
                    table.model,
                    n * BATCH_ROWS + 1,
                    n * BATCH_ROWS + chunk.len()
                )))?;
            done += chunk.len() as u64;
            progress(done);
        }
    }
    for (what, sql) in &rebuild {
        tx.batch_execute(sql).await.map_err(db_error(format!(
            "re-creating {what} of `{}` after the bulk load",
            table.model
        )))?;
        report.rebuilt += 1;
    }
    Ok(written)
}

/// Drops `table`'s secondary indexes (not unique, not backing a constraint) and its outgoing
/// foreign keys, and returns what re-creates them exactly (`pg_get_indexdef`,
/// `pg_get_constraintdef`): (what, SQL). Only for an ordinary table the user owns; indexes and
/// constraints with comments, a tablespace or `CLUSTER` marks are left alone.
async fn drop_secondary(
    tx: &Transaction<'_>,
    table: &TablePlan,
) -> Result<Vec<(String, String)>, SeedError> {
    let t = quote_qualified(&table.table);
    let context = || format!("reading the indexes of {}", table.table.name);
    let sql = "SELECT 'index ' || quote_ident(i.relname), \
                      'DROP INDEX ' || quote_ident(n.nspname) || '.' || quote_ident(i.relname), \
                      pg_get_indexdef(i.oid) \
               FROM pg_class c \
               JOIN pg_index x ON x.indrelid = c.oid \
               JOIN pg_class i ON i.oid = x.indexrelid \
               JOIN pg_namespace n ON n.oid = i.relnamespace \
               WHERE c.oid = $1::text::regclass AND c.relkind = 'r' \
                 AND pg_has_role(c.relowner, 'USAGE') \
                 AND NOT x.indisunique AND NOT x.indisprimary AND x.indisvalid \
                 AND NOT x.indisclustered AND NOT x.indisexclusion AND i.reltablespace = 0 \
                 AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid) \
                 AND NOT EXISTS (SELECT 1 FROM pg_description d WHERE d.objoid = i.oid) \
                 AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = i.oid AND e.deptype = 'e') \
               UNION ALL \
               SELECT 'foreign key ' || quote_ident(k.conname), \
                      'ALTER TABLE ' || $1 || ' DROP CONSTRAINT ' || quote_ident(k.conname), \
                      'ALTER TABLE ' || $1 || ' ADD CONSTRAINT ' || quote_ident(k.conname) || ' ' \
                        || pg_get_constraintdef(k.oid) \
               FROM pg_class c \
               JOIN pg_constraint k ON k.conrelid = c.oid \
               WHERE c.oid = $1::text::regclass AND c.relkind = 'r' \
                 AND pg_has_role(c.relowner, 'USAGE') \
                 AND k.contype = 'f' AND k.conparentid = 0 \
                 AND NOT EXISTS (SELECT 1 FROM pg_description d WHERE d.objoid = k.oid) \
               ORDER BY 1";
    let rows = tx.query(sql, &[&t]).await.map_err(db_error(context()))?;
    let mut drops = String::new();
    let mut rebuild = Vec::new();
    for r in &rows {
        let what: String = r.get(0);
        let drop: String = r.get(1);
        drops.push_str(&drop);
        drops.push_str(";\n");
        rebuild.push((what, r.get::<_, String>(2)));
    }
    if drops.is_empty() {
        return Ok(rebuild);
    }
    // Indexes first, then foreign keys (their check reads the referenced table's key index).
    rebuild.sort_by_key(|(what, _)| what.starts_with("foreign key"));
    // Something unexpected depending on one of them: keep them, load row by row.
    tx.batch_execute("SAVEPOINT justify_seed_bulk")
        .await
        .map_err(db_error(context()))?;
    match tx.batch_execute(&drops).await {
        Ok(()) => {
            tx.batch_execute("RELEASE SAVEPOINT justify_seed_bulk")
                .await
                .map_err(db_error(context()))?;
            Ok(rebuild)
        }
        Err(_) => {
            tx.batch_execute("ROLLBACK TO SAVEPOINT justify_seed_bulk")
                .await
                .map_err(db_error(context()))?;
            Ok(Vec::new())
        }
    }
}

/// Fills in the foreign keys of [`Plan::lookups`] from the database: one query per target
/// table and criterion; returns the tables concerned (by index), patched. A criterion that
/// matches no row is an error naming its position.
async fn resolve_lookups(
    tx: &Transaction<'_>,
    plan: &Plan,
) -> Result<std::collections::HashMap<usize, TablePlan>, SeedError> {
    let mut patched: std::collections::HashMap<usize, TablePlan> = Default::default();
    let mut groups: std::collections::BTreeMap<(String, Vec<String>, Vec<String>), Vec<usize>> =
        Default::default();
    for (i, l) in plan.lookups.iter().enumerate() {
        let t = quote_qualified(&l.target);
        let key: Vec<String> = l.key.keys().cloned().collect();
        let refs: Vec<String> = l.columns.iter().map(|(_, r)| r.clone()).collect();
        groups.entry((t, key, refs)).or_default().push(i);
    }
    for ((t, key, refs), members) in groups {
        let on = key
            .iter()
            .map(|c| format!("t.{q} = k.{q}", q = quote_ident(c)))
            .collect::<Vec<_>>()
            .join(" AND ");
        let out = refs
            .iter()
            .map(|c| format!("{}, t.{}", quote_literal(c), quote_ident(c)))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT e.ord, jsonb_build_object({out})::text \
             FROM jsonb_array_elements($1::text::jsonb) WITH ORDINALITY AS e(j, ord) \
             CROSS JOIN LATERAL jsonb_populate_record(NULL::{t}, e.j) AS k \
             JOIN {t} AS t ON {on}"
        );
        let param = Value::Array(
            members
                .iter()
                .map(|&i| Value::Object(plan.lookups[i].key.clone()))
                .collect(),
        )
        .to_string();
        let model = &plan.lookups[members[0]].target_model;
        let rows = tx
            .query(&sql, &[&param])
            .await
            .map_err(db_error(format!("looking up `{model}` rows by unique key")))?;
        let mut found: Vec<Option<serde_json::Map<String, Value>>> = vec![None; members.len()];
        for r in rows {
            let ord: i64 = r.get(0);
            let text: String = r.get(1);
            if let Ok(Value::Object(m)) = serde_json::from_str(&text) {
                found[(ord - 1) as usize] = Some(m);
            }
        }
        for (k, &i) in members.iter().enumerate() {
            let l = &plan.lookups[i];
            let Some(values) = &found[k] else {
                return Err(SeedError::NotFound {
                    position: l.position.clone(),
                    model: l.target_model.clone(),
                    key: l
                        .key
                        .iter()
                        .map(|(c, v)| format!("{c} = {v}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                });
            };
            let table = patched
                .entry(l.table)
                .or_insert_with(|| plan.tables[l.table].clone());
            let row = &mut table.rows[l.row];
            for (fk, r) in &l.columns {
                if let Some(slot) = row.values.iter_mut().find(|(c, _)| &**c == fk.as_str()) {
                    slot.1 = values.get(r).cloned().unwrap_or(Value::Null);
                }
            }
        }
    }
    Ok(patched)
}

/// Name of the staging table (temporary, dropped after use and at commit).
const STAGE: &str = "pg_temp.justify_seed_stage";

/// Binary `COPY` of one shape's rows; `None` when a column type cannot be encoded.
async fn copy_rows(
    tx: &Transaction<'_>,
    table: &TablePlan,
    rows: &[&PlannedRow],
    empty: bool,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Option<u64>, SeedError> {
    let template = rows[0];
    let t = quote_qualified(&table.table);
    let cols = template
        .values
        .iter()
        .map(|(c, _)| quote_ident(c))
        .collect::<Vec<_>>()
        .join(", ");
    let context = || format!("copying `{}` rows", table.model);
    let probe = tx
        .prepare(&format!("SELECT {cols} FROM {t} LIMIT 0"))
        .await
        .map_err(db_error(context()))?;
    let types: Vec<_> = probe.columns().iter().map(|c| c.type_().clone()).collect();
    if !types.iter().all(copy::supported) {
        return Ok(None);
    }
    // Rows without a key are matched by their values (see [`insert_sql_from`]).
    let direct = empty || (template.conflict.is_empty() && template.compare.is_empty());
    let target = if direct {
        t.clone()
    } else {
        tx.batch_execute(&format!(
            "DROP TABLE IF EXISTS {STAGE}; CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {cols} FROM {t} WITH NO DATA",
            STAGE.trim_start_matches("pg_temp.")
        ))
        .await
        .map_err(db_error(context()))?;
        STAGE.to_string()
    };
    let sink = tx
        .copy_in(&format!(
            "COPY {target} ({cols}) FROM STDIN (FORMAT binary)"
        ))
        .await
        .map_err(db_error(context()))?;
    let writer = tokio_postgres::binary_copy::BinaryCopyInWriter::new(sink, &types);
    let mut writer = std::pin::pin!(writer);
    for (i, row) in rows.iter().enumerate() {
        writer
            .as_mut()
            .write_raw(row.values.iter().map(|(_, v)| Cell(v)))
            .await
            .map_err(db_error(context()))?;
        if (i + 1) % PROGRESS_EVERY == 0 {
            progress(i as u64 + 1);
        }
    }
    let n = writer
        .as_mut()
        .finish()
        .await
        .map_err(db_error(context()))?;
    if direct {
        return Ok(Some(n));
    }
    let sql = insert_sql_from(&table.table, template, STAGE);
    let n = tx.execute(&sql, &[]).await.map_err(db_error(format!(
        "inserting `{}` rows from the COPY staging table",
        table.model
    )))?;
    tx.batch_execute(&format!("DROP TABLE {STAGE}"))
        .await
        .map_err(db_error(context()))?;
    Ok(Some(n))
}

async fn update_deferred(tx: &impl GenericClient, d: &DeferredPlan) -> Result<u64, SeedError> {
    let t = quote_qualified(&d.table);
    let set = d
        .set
        .iter()
        .map(|c| format!("{q} = s.{q}", q = quote_ident(&c.name)))
        .collect::<Vec<_>>()
        .join(", ");
    let key = d
        .key
        .iter()
        .map(|k| format!("t.{q} = s.{q}", q = quote_ident(k)))
        .collect::<Vec<_>>()
        .join(" AND ");
    let sql = format!(
        "UPDATE {t} AS t SET {set} FROM jsonb_populate_recordset(NULL::{t}, $1::text::jsonb) AS s WHERE {key} AND ({})",
        distinct("t", "s", &d.set)
    );
    let mut n = 0;
    for chunk in d.rows.chunks(BATCH_ROWS) {
        let param = rows_param(chunk);
        n += tx.execute(&sql, &[&param]).await.map_err(db_error(format!(
            "setting the deferred relations of `{}`",
            d.model
        )))?;
    }
    Ok(n)
}

async fn insert_join(tx: &impl GenericClient, j: &JoinPlan) -> Result<u64, SeedError> {
    let t = quote_qualified(&j.table);
    let sql = format!(
        "INSERT INTO {t} (\"A\", \"B\") SELECT \"A\", \"B\" FROM jsonb_populate_recordset(NULL::{t}, $1::text::jsonb) ON CONFLICT DO NOTHING"
    );
    let mut n = 0;
    for chunk in j.pairs.chunks(BATCH_ROWS) {
        let rows: Vec<serde_json::Map<String, Value>> = chunk
            .iter()
            .map(|(a, b)| {
                [("A".to_string(), a.clone()), ("B".to_string(), b.clone())]
                    .into_iter()
                    .collect()
            })
            .collect();
        let param = rows_param(&rows);
        n += tx.execute(&sql, &[&param]).await.map_err(db_error(format!(
            "linking the many-to-many relation `{}`",
            j.relation
        )))?;
    }
    Ok(n)
}
