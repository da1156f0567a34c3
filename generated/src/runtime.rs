//! Runtime support of the generated client: errors, SQL building, filters, transactions, raw
//! queries and the generators of client-side default values. Every value reaches PostgreSQL as
//! a bound parameter.

use postgres_types::ToSql;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use tokio_postgres::error::SqlState;
use tokio_postgres::{GenericClient, Row};

/// A value bound as a query parameter.
pub type Param = Box<dyn ToSql + Sync + Send>;

/// A boxed future, for the recursive loading of relations.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Errors of the generated queries.
#[derive(Debug)]
pub enum Error {
    /// The row to update or delete does not exist.
    NotFound,
    /// A unique constraint (or the primary key) rejected the write.
    UniqueViolation {
        /// The name of the constraint, as PostgreSQL reports it.
        constraint: Option<String>,
    },
    /// A foreign key rejected the write.
    ForeignKeyViolation {
        /// The name of the constraint, as PostgreSQL reports it.
        constraint: Option<String>,
    },
    /// Any other database error.
    Database(tokio_postgres::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotFound => write!(f, "record not found"),
            Error::UniqueViolation { constraint } => {
                write!(f, "unique constraint violated")?;
                if let Some(c) = constraint {
                    write!(f, ": {c}")?;
                }
                Ok(())
            }
            Error::ForeignKeyViolation { constraint } => {
                write!(f, "foreign key constraint violated")?;
                if let Some(c) = constraint {
                    write!(f, ": {c}")?;
                }
                Ok(())
            }
            Error::Database(e) => write!(f, "database error: {e}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Database(e) => Some(e),
            _ => None,
        }
    }
}

impl From<tokio_postgres::Error> for Error {
    fn from(e: tokio_postgres::Error) -> Self {
        if let Some(db) = e.as_db_error() {
            let constraint = db.constraint().map(str::to_owned);
            if *db.code() == SqlState::UNIQUE_VIOLATION {
                return Error::UniqueViolation { constraint };
            }
            if *db.code() == SqlState::FOREIGN_KEY_VIOLATION {
                return Error::ForeignKeyViolation { constraint };
            }
        }
        Error::Database(e)
    }
}

/// The result of every generated query.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A column: its quoted name, and how a value is bound for it (`{open}$n{close}`, for the
/// PostgreSQL types that need a cast on the way in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The quoted column name.
    pub name: &'static str,
    /// Written before the placeholder.
    pub open: &'static str,
    /// Written after the placeholder.
    pub close: &'static str,
}

impl Column {
    /// A value bound without a cast (`LIMIT`, `OFFSET`).
    pub const PLAIN: Column = Column {
        name: "",
        open: "",
        close: "",
    };
}

/// An SQL statement under construction and its parameters.
#[derive(Default)]
pub struct Query {
    /// The statement text.
    pub sql: String,
    params: Vec<Param>,
    /// Nesting of relation filters (`EXISTS` subqueries): the current table is `t`, then `t1`…
    depth: usize,
}

impl fmt::Debug for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Query")
            .field("sql", &self.sql)
            .field("params", &self.params.len())
            .finish()
    }
}

impl Query {
    /// A statement starting with `sql`.
    pub fn new(sql: &str) -> Self {
        Query {
            sql: sql.to_owned(),
            params: Vec::new(),
            depth: 0,
        }
    }

    /// Appends SQL text.
    pub fn push(&mut self, sql: &str) {
        self.sql.push_str(sql);
    }

    /// Binds a value and returns its placeholder (with the column's cast) without writing it.
    pub fn placeholder<T: ToSql + Sync + Send + 'static>(
        &mut self,
        column: Column,
        value: T,
    ) -> String {
        self.params.push(Box::new(value));
        format!("{}${}{}", column.open, self.params.len(), column.close)
    }

    /// Binds a value whose placeholder is already in the text (`$1` of a fixed statement).
    pub fn param<T: ToSql + Sync + Send + 'static>(&mut self, value: T) {
        self.params.push(Box::new(value));
    }

    /// Binds a value and appends its placeholder.
    pub fn bind<T: ToSql + Sync + Send + 'static>(&mut self, column: Column, value: T) {
        let p = self.placeholder(column, value);
        self.sql.push_str(&p);
    }

    /// Appends `column op $n`.
    pub fn compare<T: ToSql + Sync + Send + 'static>(
        &mut self,
        column: Column,
        op: &str,
        value: T,
    ) {
        self.push(column.name);
        self.push(op);
        self.bind(column, value);
    }

    /// Appends `column [NOT] IN ($1, $2, …)` (`FALSE`/`TRUE` for an empty list).
    pub fn in_list<T: ToSql + Sync + Send + 'static>(
        &mut self,
        column: Column,
        values: Vec<T>,
        negated: bool,
    ) {
        if values.is_empty() {
            self.push(if negated { "TRUE" } else { "FALSE" });
            return;
        }
        self.push(column.name);
        self.push(if negated { " NOT IN (" } else { " IN (" });
        for (i, v) in values.into_iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.bind(column, v);
        }
        self.push(")");
    }

    /// The number of values bound so far.
    pub fn param_count(&self) -> usize {
        self.params.len()
    }

    /// The alias of the table the current filter applies to (`t`, or `t1`… in subqueries).
    fn alias(&self) -> String {
        if self.depth == 0 {
            "t".to_owned()
        } else {
            format!("t{}", self.depth)
        }
    }

    fn param_refs(&self) -> Vec<&(dyn ToSql + Sync)> {
        self.params
            .iter()
            .map(|p| p.as_ref() as &(dyn ToSql + Sync))
            .collect()
    }

    /// Runs the statement and returns its rows.
    pub async fn fetch<C: GenericClient + Sync>(&self, client: &C) -> Result<Vec<Row>> {
        Ok(client.query(self.sql.as_str(), &self.param_refs()).await?)
    }

    /// Runs the statement and returns at most one row.
    pub async fn fetch_opt<C: GenericClient + Sync>(&self, client: &C) -> Result<Option<Row>> {
        Ok(client
            .query_opt(self.sql.as_str(), &self.param_refs())
            .await?)
    }

    /// Runs the statement and returns the number of rows it touched.
    pub async fn execute<C: GenericClient + Sync>(&self, client: &C) -> Result<u64> {
        Ok(client
            .execute(self.sql.as_str(), &self.param_refs())
            .await?)
    }
}

/// Renders filters joined by `sep` (`empty` when there are none).
pub fn render_list<W>(
    items: Vec<W>,
    sep: &str,
    empty: &str,
    q: &mut Query,
    render: fn(W, &mut Query),
) {
    if items.is_empty() {
        q.push(empty);
        return;
    }
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            q.push(sep);
        }
        q.push("(");
        render(item, q);
        q.push(")");
    }
}

/// Appends a relation filter: `[NOT ]EXISTS (SELECT 1 FROM {table} AS tN WHERE tN.{child} =
/// t.{parent} AND (filter))`, where `t` is the enclosing row. With `every`, the subquery looks
/// for a related row the filter does not match (`NOT COALESCE((filter), FALSE)`).
pub fn render_exists(
    q: &mut Query,
    negated: bool,
    table: &str,
    child: &str,
    parent: &str,
    every: bool,
    filter: impl FnOnce(&mut Query),
) {
    let outer = q.alias();
    q.depth += 1;
    let inner = q.alias();
    q.push(if negated {
        "NOT EXISTS (SELECT 1 FROM "
    } else {
        "EXISTS (SELECT 1 FROM "
    });
    q.push(table);
    q.push(&format!(
        " AS {inner} WHERE {inner}.{child} = {outer}.{parent} AND "
    ));
    if every {
        q.push("NOT COALESCE((");
        filter(q);
        q.push("), FALSE))");
    } else {
        q.push("(");
        filter(q);
        q.push("))");
    }
    q.depth -= 1;
}

/// The most values one statement can bind (the protocol counts them in 16 bits).
pub const MAX_PARAMS: usize = 65_535;

/// Writes a multi-row `INSERT INTO {table} AS t (…) VALUES (…), (…)` of rows whose values are
/// bound in `q` already (`cells[i]` is the placeholder of column `i`, `None` for `DEFAULT`);
/// with `skip_duplicates`, `ON CONFLICT DO NOTHING`.
pub fn insert_many<const N: usize>(
    q: &mut Query,
    table: &str,
    columns: &[Column; N],
    rows: &[[Option<String>; N]],
    skip_duplicates: bool,
) {
    let mut used: Vec<usize> = (0..N)
        .filter(|i| rows.iter().any(|r| r[*i].is_some()))
        .collect();
    if used.is_empty() {
        used.push(0);
    }
    let mut sql = String::with_capacity(64 + rows.len() * used.len() * 8);
    sql.push_str("INSERT INTO ");
    sql.push_str(table);
    sql.push_str(" AS t (");
    for (k, i) in used.iter().enumerate() {
        if k > 0 {
            sql.push_str(", ");
        }
        sql.push_str(columns[*i].name);
    }
    sql.push_str(") VALUES ");
    for (n, row) in rows.iter().enumerate() {
        sql.push_str(if n == 0 { "(" } else { ", (" });
        for (k, i) in used.iter().enumerate() {
            if k > 0 {
                sql.push_str(", ");
            }
            sql.push_str(row[*i].as_deref().unwrap_or("DEFAULT"));
        }
        sql.push(')');
    }
    if skip_duplicates {
        sql.push_str(" ON CONFLICT DO NOTHING");
    }
    q.sql = sql;
}

/// Reads a model from a row by column name: for [`query_raw_as`]. Columns that the client reads
/// through a conversion (`timestamp` as UTC, `inet`, `money`, bit strings, `xml`, `timetz`)
/// must be selected as the model's `SELECT` does, e.g. `("createdAt" AT TIME ZONE 'UTC') AS
/// "createdAt"`; relations are left unloaded.
pub trait FromRow: Sized {
    /// The model of `row`.
    fn from_row(row: &Row) -> Result<Self>;
}

/// Runs raw SQL (parameters bound as `$1`, `$2`…) and reads each row as `T`.
pub async fn query_raw_as<T: FromRow, C: GenericClient + Sync>(
    client: &C,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<Vec<T>> {
    client
        .query(sql, params)
        .await?
        .iter()
        .map(T::from_row)
        .collect()
}

/// Runs `f` in a transaction: commits when it returns `Ok`, rolls back when it returns `Err`
/// (or panics). The queries take the transaction as their client:
///
/// ```ignore
/// let n = runtime::transaction(&mut client, |tx| Box::pin(async move {
///     user::create(tx, data).await?;
///     user::count(tx, None).await
/// })).await?;
/// ```
pub async fn transaction<T, F>(client: &mut tokio_postgres::Client, f: F) -> Result<T>
where
    F: for<'a, 'b> FnOnce(&'a tokio_postgres::Transaction<'b>) -> BoxFuture<'a, Result<T>>,
{
    let tx = client.transaction().await?;
    let outcome = f(&tx).await;
    match outcome {
        Ok(value) => {
            tx.commit().await?;
            Ok(value)
        }
        Err(e) => {
            // The original error matters more than one of the rollback.
            let _ = tx.rollback().await;
            Err(e)
        }
    }
}

/// A filter of one column.
pub trait Filter {
    /// Appends the condition on `column`.
    fn render(self, column: Column, q: &mut Query);
}

/// Filters of ordered scalars (numbers, dates and times).
#[derive(Debug, Clone, PartialEq)]
pub enum ScalarFilter<T> {
    /// `= value`.
    Equals(T),
    /// `<> value`.
    Not(T),
    /// `IN (values)`.
    In(Vec<T>),
    /// `NOT IN (values)`.
    NotIn(Vec<T>),
    /// `< value`.
    Lt(T),
    /// `<= value`.
    Lte(T),
    /// `> value`.
    Gt(T),
    /// `>= value`.
    Gte(T),
}

impl<T: ToSql + Sync + Send + 'static> Filter for ScalarFilter<T> {
    fn render(self, column: Column, q: &mut Query) {
        match self {
            ScalarFilter::Equals(v) => q.compare(column, " = ", v),
            ScalarFilter::Not(v) => q.compare(column, " <> ", v),
            ScalarFilter::In(v) => q.in_list(column, v, false),
            ScalarFilter::NotIn(v) => q.in_list(column, v, true),
            ScalarFilter::Lt(v) => q.compare(column, " < ", v),
            ScalarFilter::Lte(v) => q.compare(column, " <= ", v),
            ScalarFilter::Gt(v) => q.compare(column, " > ", v),
            ScalarFilter::Gte(v) => q.compare(column, " >= ", v),
        }
    }
}

/// Filters of strings.
#[derive(Debug, Clone, PartialEq)]
pub enum StringFilter {
    /// `= value`.
    Equals(String),
    /// `<> value`.
    Not(String),
    /// `IN (values)`.
    In(Vec<String>),
    /// `NOT IN (values)`.
    NotIn(Vec<String>),
    /// `< value`.
    Lt(String),
    /// `<= value`.
    Lte(String),
    /// `> value`.
    Gt(String),
    /// `>= value`.
    Gte(String),
    /// Contains the substring.
    Contains(String),
    /// Starts with the prefix.
    StartsWith(String),
    /// Ends with the suffix.
    EndsWith(String),
}

impl Filter for StringFilter {
    fn render(self, column: Column, q: &mut Query) {
        match self {
            StringFilter::Equals(v) => q.compare(column, " = ", v),
            StringFilter::Not(v) => q.compare(column, " <> ", v),
            StringFilter::In(v) => q.in_list(column, v, false),
            StringFilter::NotIn(v) => q.in_list(column, v, true),
            StringFilter::Lt(v) => q.compare(column, " < ", v),
            StringFilter::Lte(v) => q.compare(column, " <= ", v),
            StringFilter::Gt(v) => q.compare(column, " > ", v),
            StringFilter::Gte(v) => q.compare(column, " >= ", v),
            StringFilter::Contains(v) => {
                q.push("strpos(");
                q.push(column.name);
                q.push(", ");
                q.bind(column, v);
                q.push(") > 0");
            }
            StringFilter::StartsWith(v) => {
                q.push("starts_with(");
                q.push(column.name);
                q.push("::text, ");
                q.bind(column, v);
                q.push(")");
            }
            StringFilter::EndsWith(v) => {
                let n = v.chars().count() as i32;
                q.push("right(");
                q.push(column.name);
                q.push("::text, ");
                q.bind(Column::PLAIN, n);
                q.push(") = ");
                q.bind(column, v);
            }
        }
    }
}

/// Filters of values compared for equality only (booleans, enums, bytes, uuids).
#[derive(Debug, Clone, PartialEq)]
pub enum EqFilter<T> {
    /// `= value`.
    Equals(T),
    /// `<> value`.
    Not(T),
    /// `IN (values)`.
    In(Vec<T>),
    /// `NOT IN (values)`.
    NotIn(Vec<T>),
}

impl<T: ToSql + Sync + Send + 'static> Filter for EqFilter<T> {
    fn render(self, column: Column, q: &mut Query) {
        match self {
            EqFilter::Equals(v) => q.compare(column, " = ", v),
            EqFilter::Not(v) => q.compare(column, " <> ", v),
            EqFilter::In(v) => q.in_list(column, v, false),
            EqFilter::NotIn(v) => q.in_list(column, v, true),
        }
    }
}

/// Filters of list (array) columns.
#[derive(Debug, Clone, PartialEq)]
pub enum ListFilter<T> {
    /// The list contains the value.
    Has(T),
    /// The list contains every value.
    HasEvery(Vec<T>),
    /// The list is empty (`true`) or not (`false`).
    IsEmpty(bool),
}

impl<T: ToSql + Sync + Send + 'static> Filter for ListFilter<T> {
    fn render(self, column: Column, q: &mut Query) {
        match self {
            ListFilter::Has(v) => {
                q.bind(column, v);
                q.push(" = ANY(");
                q.push(column.name);
                q.push(")");
            }
            ListFilter::HasEvery(v) => {
                q.push(column.name);
                q.push(" @> ");
                q.bind(column, v);
            }
            ListFilter::IsEmpty(empty) => {
                q.push("coalesce(cardinality(");
                q.push(column.name);
                q.push(if empty { "), 0) = 0" } else { "), 0) > 0" });
            }
        }
    }
}

/// Filters of optional columns: a null check, or the filter of the value.
#[derive(Debug, Clone, PartialEq)]
pub enum Nullable<F> {
    /// `IS NULL`.
    IsNull,
    /// `IS NOT NULL`.
    IsNotNull,
    /// The value's filter (rows where the column is null never match).
    Is(F),
}

impl<F> From<F> for Nullable<F> {
    fn from(f: F) -> Self {
        Nullable::Is(f)
    }
}

impl<F: Filter> Filter for Nullable<F> {
    fn render(self, column: Column, q: &mut Query) {
        match self {
            Nullable::IsNull => {
                q.push(column.name);
                q.push(" IS NULL");
            }
            Nullable::IsNotNull => {
                q.push(column.name);
                q.push(" IS NOT NULL");
            }
            Nullable::Is(f) => f.render(column, q),
        }
    }
}

/// Null checks, for optional columns without other filters (Json).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NullFilter {
    /// `IS NULL`.
    IsNull,
    /// `IS NOT NULL`.
    IsNotNull,
}

impl Filter for NullFilter {
    fn render(self, column: Column, q: &mut Query) {
        q.push(column.name);
        q.push(match self {
            NullFilter::IsNull => " IS NULL",
            NullFilter::IsNotNull => " IS NOT NULL",
        });
    }
}

/// A sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Ascending.
    #[default]
    Asc,
    /// Descending.
    Desc,
}

impl SortOrder {
    /// The SQL keyword.
    pub fn sql(self) -> &'static str {
        match self {
            SortOrder::Asc => " ASC",
            SortOrder::Desc => " DESC",
        }
    }
}

/// Appends `ORDER BY`, `LIMIT` and `OFFSET`.
pub fn render_paging(
    q: &mut Query,
    order_by: &[(Column, SortOrder)],
    skip: Option<i64>,
    take: Option<i64>,
) {
    for (i, (column, order)) in order_by.iter().enumerate() {
        q.push(if i == 0 { " ORDER BY " } else { ", " });
        q.push(column.name);
        q.push(order.sql());
    }
    if let Some(take) = take {
        q.push(" LIMIT ");
        q.bind(Column::PLAIN, take);
    }
    if let Some(skip) = skip {
        q.push(" OFFSET ");
        q.bind(Column::PLAIN, skip);
    }
}

/// Random bytes (from version-4 UUIDs: 14 of their 16 bytes are random).
fn random_bytes(n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(n + 14);
    while out.len() < n {
        let b = uuid::Uuid::new_v4().into_bytes();
        out.extend_from_slice(&b[..6]);
        out.push(b[7]);
        out.extend_from_slice(&b[9..]);
    }
    out.truncate(n);
    out
}

fn millis_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

fn base36(mut n: u64, width: usize) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut s = Vec::new();
    while n > 0 {
        s.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    while s.len() < width {
        s.push(b'0');
    }
    s.reverse();
    let s = String::from_utf8(s).unwrap_or_default();
    s[s.len() - width..].to_owned()
}

/// `uuid()`: a version-4 UUID.
pub fn uuid_v4() -> uuid::Uuid {
    uuid::Uuid::new_v4()
}

/// `uuid(7)`: a version-7 (time-ordered) UUID.
pub fn uuid_v7() -> uuid::Uuid {
    uuid::Uuid::now_v7()
}

/// `cuid()`: a 25-character CUID (`c`, time, counter, fingerprint, randomness; base 36).
pub fn cuid() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed) % 1_679_616;
    let fingerprint = u64::from(std::process::id()) % 1_679_616;
    let r = random_bytes(8);
    let random = u64::from_le_bytes([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]]);
    format!(
        "c{}{}{}{}",
        base36(millis_now(), 8),
        base36(count, 4),
        base36(fingerprint, 4),
        base36(random % 2_821_109_907_456, 8)
    )
}

/// `cuid(2)`: a 24-character id in the CUID2 format (a letter, then 23 base-36 characters),
/// drawn from the system's random source.
pub fn cuid2() -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = String::with_capacity(24);
    let mut bytes = random_bytes(48).into_iter();
    while out.len() < 24 {
        let b = bytes.next().unwrap_or(0);
        if out.is_empty() {
            if b < 234 {
                out.push(LETTERS[(b % 26) as usize] as char);
            }
        } else if b < 252 {
            out.push(DIGITS[(b % 36) as usize] as char);
        }
        if bytes.len() == 0 {
            bytes = random_bytes(48).into_iter();
        }
    }
    out
}

/// `nanoid()` / `nanoid(n)`: `n` (default 21) characters of the URL-safe alphabet.
pub fn nanoid(size: usize) -> String {
    const ALPHABET: &[u8] = b"useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";
    random_bytes(size)
        .into_iter()
        .map(|b| ALPHABET[(b & 63) as usize] as char)
        .collect()
}

/// `ulid()`: a 26-character ULID (48-bit millisecond time, 80 random bits, Crockford base 32).
pub fn ulid() -> String {
    const CROCKFORD: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let r = random_bytes(10);
    let mut value: u128 = u128::from(millis_now() & 0xFFFF_FFFF_FFFF) << 80;
    for (i, b) in r.iter().enumerate() {
        value |= u128::from(*b) << (8 * (9 - i));
    }
    (0..26)
        .rev()
        .map(|i| CROCKFORD[((value >> (5 * i)) & 31) as usize] as char)
        .collect()
}
