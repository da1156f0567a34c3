//! Runtime support of the generated client: errors, the connection wrappers with their
//! prepared-statement cache ([`Db`], [`Tx`]), SQL building, filters, transactions, bulk
//! inserts (binary `COPY`), raw queries and the generators of client-side default values.
//! Every value reaches PostgreSQL as a bound parameter.

use postgres_types::{ToSql, Type};
use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::error::SqlState;
use tokio_postgres::{Client, Row, Statement};

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
    /// How [`create_many`] writes the column's values with binary `COPY`.
    pub copy: CopyAs,
}

impl Column {
    /// A value bound without a cast (`LIMIT`, `OFFSET`).
    pub const PLAIN: Column = Column {
        name: "",
        open: "",
        close: "",
        copy: CopyAs::Column,
    };
    /// A `text[]` value (JSON paths).
    pub const TEXT_ARRAY: Column = Column {
        name: "",
        open: "",
        close: "::text[]",
        copy: CopyAs::Column,
    };
    /// A `bigint` value.
    pub const BIGINT: Column = Column {
        name: "",
        open: "",
        close: "::bigint",
        copy: CopyAs::Column,
    };
    /// A `jsonb` value.
    pub const JSONB: Column = Column {
        name: "",
        open: "",
        close: "::jsonb",
        copy: CopyAs::Column,
    };
}

/// How a column's values are written by binary `COPY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyAs {
    /// In the column's own binary format (the Rust type binds to the column's type).
    Column,
    /// A `DateTime<Utc>` written as `timestamptz` into a `timestamp` column: both are
    /// microseconds since 2000-01-01, so the column receives the UTC wall-clock time, as the
    /// bound `$n::timestamptz AT TIME ZONE 'UTC'` of the other statements.
    Timestamptz,
    /// Bound through a text cast (`inet`, `money`, `xml`, bit strings, `timetz`): not copied;
    /// [`create_many`] uses multi-row `INSERT`s for rows that set such a column.
    Unsupported,
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

    /// Binds a boxed value and returns its placeholder (with the column's cast).
    pub fn placeholder_boxed(&mut self, column: Column, value: Param) -> String {
        self.params.push(value);
        format!("{}${}{}", column.open, self.params.len(), column.close)
    }

    /// Runs `render` and returns the text it appended (its values stay bound here): for
    /// subqueries assembled out of order.
    pub fn capture(&mut self, render: impl FnOnce(&mut Query)) -> String {
        let start = self.sql.len();
        render(self);
        self.sql.split_off(start)
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
    pub async fn fetch<C: Executor + ?Sized>(&self, client: &C) -> Result<Vec<Row>> {
        client.conn().query(&self.sql, &self.param_refs()).await
    }

    /// Runs the statement and returns at most one row.
    pub async fn fetch_opt<C: Executor + ?Sized>(&self, client: &C) -> Result<Option<Row>> {
        client.conn().query_opt(&self.sql, &self.param_refs()).await
    }

    /// Runs the statement and returns the number of rows it touched.
    pub async fn execute<C: Executor + ?Sized>(&self, client: &C) -> Result<u64> {
        client.conn().execute(&self.sql, &self.param_refs()).await
    }
}

/// Statements longer than this are not cached (multi-row `INSERT`s, long `IN` lists): they are
/// rarely repeated, and a cached statement holds memory on the server too.
pub const MAX_CACHED_SQL_LEN: usize = 8 * 1024;

/// The default number of statements a [`Db`] keeps prepared.
pub const DEFAULT_STATEMENT_CACHE_CAPACITY: usize = 256;

/// A bounded map from SQL text to the statement prepared for it on one connection
/// (least recently used out first). Prepared statements belong to a connection: a cache is
/// never shared between connections; [`Db`] owns one and lends it to its [`Tx`]s.
pub struct StatementCache {
    capacity: usize,
    inner: Mutex<CacheInner>,
}

#[derive(Default)]
struct CacheInner {
    statements: HashMap<String, (Statement, u64)>,
    tick: u64,
}

impl fmt::Debug for StatementCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StatementCache")
            .field("capacity", &self.capacity)
            .field("len", &self.len())
            .finish()
    }
}

impl StatementCache {
    /// A cache of at most `capacity` statements (0 disables caching).
    pub fn new(capacity: usize) -> Self {
        StatementCache {
            capacity,
            inner: Mutex::new(CacheInner::default()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, CacheInner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The number of statements held.
    pub fn len(&self) -> usize {
        self.lock().statements.len()
    }

    /// True when no statement is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The most statements held.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    /// Forgets every statement (they are closed on the server when no query uses them any
    /// more): after `DISCARD ALL`, or schema changes that alter result types.
    pub fn clear(&self) {
        self.lock().statements.clear();
    }

    fn get(&self, sql: &str) -> Option<Statement> {
        let mut inner = self.lock();
        inner.tick += 1;
        let tick = inner.tick;
        inner.statements.get_mut(sql).map(|(statement, used)| {
            *used = tick;
            statement.clone()
        })
    }

    fn insert(&self, sql: &str, statement: Statement) {
        if self.capacity == 0 || sql.len() > MAX_CACHED_SQL_LEN {
            return;
        }
        let mut inner = self.lock();
        inner.tick += 1;
        let tick = inner.tick;
        if inner.statements.len() >= self.capacity && !inner.statements.contains_key(sql) {
            let oldest = inner
                .statements
                .iter()
                .min_by_key(|(_, (_, used))| *used)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                inner.statements.remove(&k);
            }
        }
        inner.statements.insert(sql.to_owned(), (statement, tick));
    }

    fn remove(&self, sql: &str) {
        self.lock().statements.remove(sql);
    }

    /// The statement of `sql`, prepared on `client` when it is not held yet.
    pub async fn prepare(
        &self,
        client: &Client,
        sql: &str,
    ) -> Result<Statement, tokio_postgres::Error> {
        if let Some(statement) = self.get(sql) {
            return Ok(statement);
        }
        let statement = client.prepare(sql).await?;
        self.insert(sql, statement.clone());
        Ok(statement)
    }
}

/// A connection as the generated queries use it: the client, its statement cache (if any) and
/// whether a transaction is open. See [`Executor`].
#[derive(Clone, Copy)]
pub struct Conn<'a> {
    client: &'a Client,
    cache: Option<&'a StatementCache>,
    in_transaction: bool,
}

impl<'a> Conn<'a> {
    /// A connection without a cache: each statement is prepared when it runs (one more round
    /// trip than with a cache).
    pub fn plain(client: &'a Client, in_transaction: bool) -> Self {
        Conn {
            client,
            cache: None,
            in_transaction,
        }
    }

    /// A connection with a statement cache (which must belong to this connection).
    pub fn cached(client: &'a Client, cache: &'a StatementCache, in_transaction: bool) -> Self {
        Conn {
            client,
            cache: Some(cache),
            in_transaction,
        }
    }

    /// The underlying client (`COPY`, raw statements).
    pub fn client(&self) -> &'a Client {
        self.client
    }

    /// True inside a transaction.
    pub fn in_transaction(&self) -> bool {
        self.in_transaction
    }

    /// The prepared statement of `sql` (from the cache when there is one).
    pub async fn prepare(&self, sql: &str) -> Result<Statement> {
        Ok(match self.cache {
            Some(cache) => cache.prepare(self.client, sql).await?,
            None => self.client.prepare(sql).await?,
        })
    }

    /// Runs a statement of the cache; when the server says the prepared statement no longer
    /// fits (a schema change altered its result, `DISCARD ALL` dropped it), forgets it and,
    /// outside a transaction, prepares it again once.
    async fn run<T, F, Fut>(&self, sql: &str, run: F) -> Result<T>
    where
        F: Fn(Statement) -> Fut,
        Fut: Future<Output = Result<T, tokio_postgres::Error>>,
    {
        let Some(cache) = self.cache else {
            let statement = self.client.prepare(sql).await?;
            return Ok(run(statement).await?);
        };
        let statement = cache.prepare(self.client, sql).await?;
        match run(statement).await {
            Err(e) if is_stale_statement(&e) => {
                cache.remove(sql);
                if self.in_transaction {
                    return Err(e.into());
                }
                let statement = cache.prepare(self.client, sql).await?;
                Ok(run(statement).await?)
            }
            other => Ok(other?),
        }
    }

    /// Runs `sql` and returns its rows.
    pub async fn query(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        if self.cache.is_none() {
            return Ok(self.client.query(sql, params).await?);
        }
        self.run(sql, |s| async move { self.client.query(&s, params).await })
            .await
    }

    /// Runs `sql` and returns at most one row.
    pub async fn query_opt(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Option<Row>> {
        if self.cache.is_none() {
            return Ok(self.client.query_opt(sql, params).await?);
        }
        self.run(
            sql,
            |s| async move { self.client.query_opt(&s, params).await },
        )
        .await
    }

    /// Runs `sql` and returns the number of rows it touched.
    pub async fn execute(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        if self.cache.is_none() {
            return Ok(self.client.execute(sql, params).await?);
        }
        self.run(
            sql,
            |s| async move { self.client.execute(&s, params).await },
        )
        .await
    }
}

fn is_stale_statement(e: &tokio_postgres::Error) -> bool {
    e.as_db_error().is_some_and(|db| {
        *db.code() == SqlState::INVALID_SQL_STATEMENT_NAME
            || (*db.code() == SqlState::FEATURE_NOT_SUPPORTED
                && db.message().contains("cached plan"))
    })
}

/// What the generated queries run on: [`Db`] and [`Tx`] (with their statement cache, one
/// round trip per statement once it is prepared), or a plain `tokio_postgres::Client` or
/// `Transaction` (each statement is prepared when it runs: two round trips).
pub trait Executor: Sync {
    /// The connection to run statements on.
    fn conn(&self) -> Conn<'_>;
}

impl Executor for Client {
    fn conn(&self) -> Conn<'_> {
        Conn::plain(self, false)
    }
}

impl Executor for tokio_postgres::Transaction<'_> {
    fn conn(&self) -> Conn<'_> {
        Conn::plain(self.client(), true)
    }
}

impl<E: Executor + ?Sized> Executor for &E {
    fn conn(&self) -> Conn<'_> {
        (**self).conn()
    }
}

/// A connection with a prepared-statement cache: the client to use in an application.
///
/// ```ignore
/// let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
/// tokio::spawn(connection);
/// let mut db = runtime::Db::new(client);
/// let user = user::find_unique(&db, UserUnique::Id(id)).await?;
/// let tx = db.transaction().await?;
/// user::create(&tx, data).await?;
/// tx.commit().await?;
/// ```
///
/// Statements are prepared once per connection and reused (up to
/// [`DEFAULT_STATEMENT_CACHE_CAPACITY`] of them, least recently used out first). `&Db` can be
/// shared between tasks (tokio-postgres pipelines their statements); transactions need
/// `&mut Db`, as with `tokio_postgres::Client`.
pub struct Db {
    client: Client,
    cache: StatementCache,
}

impl fmt::Debug for Db {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Db").field("cache", &self.cache).finish()
    }
}

impl From<Client> for Db {
    fn from(client: Client) -> Self {
        Db::new(client)
    }
}

impl Db {
    /// Wraps a connected client, with a cache of [`DEFAULT_STATEMENT_CACHE_CAPACITY`]
    /// statements.
    pub fn new(client: Client) -> Self {
        Db::with_capacity(client, DEFAULT_STATEMENT_CACHE_CAPACITY)
    }

    /// Wraps a connected client, with a cache of at most `capacity` statements.
    pub fn with_capacity(client: Client, capacity: usize) -> Self {
        Db {
            client,
            cache: StatementCache::new(capacity),
        }
    }

    /// The underlying client (raw queries, `batch_execute`, `COPY`).
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The statement cache.
    pub fn cache(&self) -> &StatementCache {
        &self.cache
    }

    /// The client back (the cached statements are closed).
    pub fn into_inner(self) -> Client {
        self.client
    }

    /// Starts a transaction; it shares this connection's statement cache. Dropped without
    /// [`Tx::commit`], it rolls back.
    pub async fn transaction(&mut self) -> Result<Tx<'_>> {
        let tx = self.client.transaction().await?;
        Ok(Tx {
            tx,
            cache: &self.cache,
        })
    }

    /// Runs `f` in a transaction: commits when it returns `Ok`, rolls back when it returns
    /// `Err` (or panics), as [`transaction`] does for a plain client.
    pub async fn transaction_with<T, F>(&mut self, f: F) -> Result<T>
    where
        F: for<'a, 'b> FnOnce(&'a Tx<'b>) -> BoxFuture<'a, Result<T>>,
    {
        let tx = self.transaction().await?;
        let outcome = f(&tx).await;
        match outcome {
            Ok(value) => {
                tx.commit().await?;
                Ok(value)
            }
            Err(e) => {
                let _ = tx.rollback().await;
                Err(e)
            }
        }
    }
}

impl Executor for Db {
    fn conn(&self) -> Conn<'_> {
        Conn::cached(&self.client, &self.cache, false)
    }
}

/// A transaction of a [`Db`], sharing its statement cache. Rolls back when dropped without
/// [`Tx::commit`].
pub struct Tx<'a> {
    tx: tokio_postgres::Transaction<'a>,
    cache: &'a StatementCache,
}

impl fmt::Debug for Tx<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tx").finish_non_exhaustive()
    }
}

impl<'a> Tx<'a> {
    /// Commits.
    pub async fn commit(self) -> Result<()> {
        Ok(self.tx.commit().await?)
    }

    /// Rolls back.
    pub async fn rollback(self) -> Result<()> {
        Ok(self.tx.rollback().await?)
    }

    /// A nested transaction (a savepoint), sharing the cache.
    pub async fn transaction(&mut self) -> Result<Tx<'_>> {
        let tx = self.tx.transaction().await?;
        Ok(Tx {
            tx,
            cache: self.cache,
        })
    }

    /// The underlying tokio-postgres transaction.
    pub fn inner(&self) -> &tokio_postgres::Transaction<'a> {
        &self.tx
    }
}

impl Executor for Tx<'_> {
    fn conn(&self) -> Conn<'_> {
        Conn::cached(self.tx.client(), self.cache, true)
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

/// The values of one new row, by column: `None` takes the column's `DEFAULT`.
pub type Cells<const N: usize> = [Option<Param>; N];

/// A column set from an existing row instead of a value (a nested `connect`): `source` is a
/// subquery `(SELECT x.… AS v FROM … AS x WHERE …)` whose values are bound in the statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Connect {
    /// The index of the column.
    pub column: usize,
    /// The subquery.
    pub source: String,
}

/// Appends `(SELECT x.{column} AS v FROM {table} AS x WHERE key)`: the source of a
/// [`Connect`] (the key's columns are unqualified, so they resolve to `x`).
pub fn connect_source(
    q: &mut Query,
    table: &str,
    column: &str,
    key: impl FnOnce(&mut Query),
) -> String {
    q.capture(|q| {
        q.push("(SELECT x.");
        q.push(column);
        q.push(" AS v FROM ");
        q.push(table);
        q.push(" AS x WHERE ");
        key(q);
        q.push(")");
    })
}

/// Writes the `INSERT INTO {table} AS t (…) VALUES (…)` of one row (binding its values), or,
/// with connects, `INSERT … SELECT $1, …, c0.v FROM (source) AS c0, …`: no row is inserted when a
/// connected row does not exist.
pub fn insert_one<const N: usize>(
    q: &mut Query,
    table: &str,
    columns: &[Column; N],
    mut cells: Cells<N>,
    connects: Vec<Connect>,
) {
    for c in &connects {
        cells[c.column] = None;
    }
    let mut names = Vec::new();
    let mut values = Vec::new();
    for (i, cell) in cells.into_iter().enumerate() {
        if let Some(value) = cell {
            names.push(columns[i].name);
            values.push(q.placeholder_boxed(columns[i], value));
        } else if let Some(n) = connects.iter().position(|c| c.column == i) {
            names.push(columns[i].name);
            values.push(format!("c{n}.v"));
        }
    }
    let mut sql = String::with_capacity(64 + values.len() * 16);
    sql.push_str("INSERT INTO ");
    sql.push_str(table);
    if names.is_empty() {
        sql.push_str(" AS t DEFAULT VALUES");
    } else {
        sql.push_str(" AS t (");
        sql.push_str(&names.join(", "));
        if connects.is_empty() {
            sql.push_str(") VALUES (");
            sql.push_str(&values.join(", "));
            sql.push(')');
        } else {
            sql.push_str(") SELECT ");
            sql.push_str(&values.join(", "));
            for (n, c) in connects.iter().enumerate() {
                sql.push_str(if n == 0 { " FROM " } else { ", " });
                sql.push_str(&c.source);
                sql.push_str(&format!(" AS c{n}"));
            }
        }
    }
    q.sql.push_str(&sql);
}

/// Rows of a join table to insert with a new row (a nested `connect` of a many-to-many
/// relation): one `(new row's key, source)` pair per connected row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The join table, quoted.
    pub table: &'static str,
    /// The join table's column of the new row (`"A"` or `"B"`).
    pub own: &'static str,
    /// The join table's column of the connected rows.
    pub other: &'static str,
    /// The new row's key column, quoted.
    pub key: &'static str,
    /// One scalar subquery per connected row.
    pub sources: Vec<String>,
}

/// Wraps the `INSERT` in `q` (without `RETURNING`) so that the join rows of `links` are inserted
/// by the same statement: `WITH ins AS (INSERT … RETURNING *), j0 AS (INSERT INTO join …)
/// SELECT {select_list} FROM ins AS t`. A connected row that does not exist makes the join
/// row's key NULL, which fails the whole statement ([`Error::NotFound`] from
/// [`link_error`]).
pub fn with_links(q: &mut Query, links: &[Link], select_list: &str) {
    let insert = std::mem::take(&mut q.sql);
    let mut sql = format!("WITH ins AS ({insert} RETURNING *)");
    for (n, link) in links.iter().filter(|l| !l.sources.is_empty()).enumerate() {
        sql.push_str(&format!(
            ", j{n} AS (INSERT INTO {} ({}, {}) ",
            link.table, link.own, link.other
        ));
        for (k, source) in link.sources.iter().enumerate() {
            if k > 0 {
                sql.push_str(" UNION ALL ");
            }
            sql.push_str(&format!("SELECT ins.{}, {source} FROM ins", link.key));
        }
        sql.push(')');
    }
    sql.push_str(" SELECT ");
    sql.push_str(select_list);
    sql.push_str(" FROM ins AS t");
    q.sql = sql;
}

/// A nested `connect` of a many-to-many relation named a row that does not exist: the join
/// row's column was NULL. Other errors pass through.
pub fn link_error(e: Error) -> Error {
    if let Error::Database(db) = &e {
        if let Some(d) = db.as_db_error() {
            if *d.code() == SqlState::NOT_NULL_VIOLATION
                && d.table().is_some_and(|t| t.starts_with('_'))
            {
                return Error::NotFound;
            }
        }
    }
    e
}

/// Writes a multi-row `INSERT INTO {table} AS t (…) VALUES (…), (…)` of `rows` (binding their
/// values; a cell left `None` is `DEFAULT`); with `skip_duplicates`, `ON CONFLICT DO NOTHING`.
pub fn insert_many<const N: usize>(
    q: &mut Query,
    table: &str,
    columns: &[Column; N],
    rows: Vec<Cells<N>>,
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
    for (n, mut row) in rows.into_iter().enumerate() {
        sql.push_str(if n == 0 { "(" } else { ", (" });
        for (k, i) in used.iter().enumerate() {
            if k > 0 {
                sql.push_str(", ");
            }
            match row[*i].take() {
                Some(value) => sql.push_str(&q.placeholder_boxed(columns[*i], value)),
                None => sql.push_str("DEFAULT"),
            }
        }
        sql.push(')');
    }
    if skip_duplicates {
        sql.push_str(" ON CONFLICT DO NOTHING");
    }
    q.sql = sql;
}

/// Fewer rows than this are inserted with `INSERT` (a `COPY` costs two more round trips).
pub const COPY_MIN_ROWS: usize = 16;

/// With `skip_duplicates`, fewer rows than this are inserted with `INSERT … ON CONFLICT DO
/// NOTHING` (the `COPY` path creates and drops a temporary table).
pub const STAGED_COPY_MIN_ROWS: usize = 1_000;

/// Inserts `rows` into `table`; returns how many were inserted.
///
/// When every row sets the same columns, and each of them can be copied ([`CopyAs`]), the rows
/// go through binary `COPY … FROM STDIN (FORMAT binary)`: straight into the table, or, with
/// `skip_duplicates`, into a temporary table first, then `INSERT … SELECT … ON CONFLICT DO
/// NOTHING` (one statement: all rows or none). Otherwise (rows leaving different columns to
/// their `DEFAULT`, text-cast columns, few rows): multi-row `INSERT`s of at most
/// [`MAX_PARAMS`] values each. Not wrapped in a transaction: statements already inserted
/// stay when a later one fails (one statement up to 65,535 values, one `COPY` for any number
/// of rows).
pub async fn create_many<C: Executor + ?Sized, const N: usize>(
    client: &C,
    table: &str,
    columns: &[Column; N],
    rows: Vec<Cells<N>>,
    skip_duplicates: bool,
) -> Result<u64> {
    let Some(first) = rows.first() else {
        return Ok(0);
    };
    let shape: [bool; N] = std::array::from_fn(|i| first[i].is_some());
    let used: Vec<usize> = (0..N).filter(|i| shape[*i]).collect();
    let min_rows = if skip_duplicates {
        STAGED_COPY_MIN_ROWS
    } else {
        COPY_MIN_ROWS
    };
    let copyable = rows.len() >= min_rows
        && !used.is_empty()
        && used.iter().all(|i| columns[*i].copy != CopyAs::Unsupported)
        && rows
            .iter()
            .all(|r| r.iter().zip(&shape).all(|(c, s)| c.is_some() == *s));
    if copyable {
        return copy_rows(&client.conn(), table, columns, &used, rows, skip_duplicates).await;
    }
    let per_statement = (MAX_PARAMS / N).max(1);
    let mut inserted = 0;
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let mut q = Query::default();
        let chunk: Vec<Cells<N>> = rows.by_ref().take(per_statement).collect();
        insert_many(&mut q, table, columns, chunk, skip_duplicates);
        inserted += q.execute(client).await?;
    }
    Ok(inserted)
}

async fn copy_rows<const N: usize>(
    conn: &Conn<'_>,
    table: &str,
    columns: &[Column; N],
    used: &[usize],
    rows: Vec<Cells<N>>,
    skip_duplicates: bool,
) -> Result<u64> {
    static STAGING: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let list: Vec<&str> = used.iter().map(|i| columns[*i].name).collect();
    let list = list.join(", ");
    // The columns' types, as the server knows them (enums, domains, citext…).
    let probe = conn
        .prepare(&format!("SELECT {list} FROM {table} LIMIT 0"))
        .await?;
    let types: Vec<Type> = used
        .iter()
        .zip(probe.columns())
        .map(|(i, c)| match columns[*i].copy {
            CopyAs::Timestamptz => Type::TIMESTAMPTZ,
            _ => c.type_().clone(),
        })
        .collect();
    let client = conn.client();
    let staging = format!(
        "\"justify_copy_{}\"",
        STAGING.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    if skip_duplicates {
        client
            .batch_execute(&format!(
                "CREATE TEMPORARY TABLE {staging} AS SELECT {list} FROM {table} WITH NO DATA"
            ))
            .await?;
    }
    let target = if skip_duplicates {
        staging.as_str()
    } else {
        table
    };
    let outcome: Result<u64> = async {
        let sink = client
            .copy_in(&format!("COPY {target} ({list}) FROM STDIN (FORMAT binary)"))
            .await?;
        let writer = BinaryCopyInWriter::new(sink, &types);
        let mut writer = std::pin::pin!(writer);
        let mut values: Vec<&(dyn ToSql + Sync)> = Vec::with_capacity(used.len());
        for row in &rows {
            values.clear();
            for i in used {
                if let Some(v) = &row[*i] {
                    values.push(v.as_ref());
                }
            }
            writer.as_mut().write(&values).await?;
        }
        let copied = writer.finish().await?;
        if !skip_duplicates {
            return Ok(copied);
        }
        Ok(client
            .execute(
                &format!(
                    "INSERT INTO {table} AS t ({list}) SELECT {list} FROM {staging} ON CONFLICT DO NOTHING"
                ),
                &[],
            )
            .await?)
    }
    .await;
    if skip_duplicates {
        // In a failed transaction this fails too; the rollback drops the table then.
        let _ = client
            .batch_execute(&format!("DROP TABLE IF EXISTS {staging}"))
            .await;
    }
    outcome
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
pub async fn query_raw_as<T: FromRow, C: Executor + ?Sized>(
    client: &C,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<Vec<T>> {
    client
        .conn()
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

/// Appends the condition of a cursor (Prisma's `cursor`): rows at or after the row with the
/// cursor's unique key, in the order of `order` (which ends with the key's own columns, so that
/// the order is total). Lexicographic: `(a > c.a) OR (a = c.a AND b > c.b) OR … OR (a = c.a AND
/// b = c.b …)`, where `c.a` is `(SELECT x.a FROM {table} AS x WHERE key)` (`<` for descending
/// keys). No row matches when the cursor's row does not exist; rows whose sort keys are NULL
/// never match.
pub fn render_cursor(
    q: &mut Query,
    table: &str,
    order: &[(Column, SortOrder)],
    key: impl Fn(&mut Query),
) {
    let cursor_value = |q: &mut Query, column: Column| {
        q.push("(SELECT x.");
        q.push(column.name);
        q.push(" FROM ");
        q.push(table);
        q.push(" AS x WHERE ");
        key(q);
        q.push(")");
    };
    q.push("(");
    for i in 0..=order.len() {
        if i > 0 {
            q.push(" OR ");
        }
        q.push("(");
        for (j, (column, _)) in order[..i].iter().enumerate() {
            if j > 0 {
                q.push(" AND ");
            }
            q.push(column.name);
            q.push(" = ");
            cursor_value(q, *column);
        }
        if let Some((column, direction)) = order.get(i) {
            if i > 0 {
                q.push(" AND ");
            }
            q.push(column.name);
            q.push(match direction {
                SortOrder::Asc => " > ",
                SortOrder::Desc => " < ",
            });
            cursor_value(q, *column);
        }
        q.push(")");
    }
    q.push(")");
}

/// A filter of a Json column (Prisma's `path` + `equals` / `string_contains` /
/// `array_contains` …): the value at `path` (object keys, or array indexes as strings; the
/// whole value when empty) is compared by the operation. Json columns are compared as `jsonb`
/// (`column::jsonb #> $path::text[]`); every value is bound.
#[derive(Debug, Clone, PartialEq)]
pub struct JsonFilter {
    /// The path into the value (`#>`).
    pub path: Vec<String>,
    /// The comparison.
    pub op: JsonOp,
}

/// The comparison of a [`JsonFilter`].
#[derive(Debug, Clone, PartialEq)]
pub enum JsonOp {
    /// The value at the path equals this one (as `jsonb`: key order and spacing do not matter).
    Equals(serde_json::Value),
    /// The value at the path exists and differs from this one.
    Not(serde_json::Value),
    /// The value at the path is a string containing this one.
    StringContains(String),
    /// The value at the path is a string starting with this one.
    StringStartsWith(String),
    /// The value at the path is a string ending with this one.
    StringEndsWith(String),
    /// The value at the path is an array containing this value (or every element of this
    /// array): `@>`.
    ArrayContains(serde_json::Value),
    /// The value at the path is an array starting with this value (or these elements).
    ArrayStartsWith(serde_json::Value),
    /// The value at the path is an array ending with this value (or these elements).
    ArrayEndsWith(serde_json::Value),
}

impl JsonFilter {
    /// The whole value equals `value`.
    pub fn equals(value: serde_json::Value) -> Self {
        JsonFilter {
            path: Vec::new(),
            op: JsonOp::Equals(value),
        }
    }

    /// The value at `path` matches `op`.
    pub fn path<S: Into<String>>(path: impl IntoIterator<Item = S>, op: JsonOp) -> Self {
        JsonFilter {
            path: path.into_iter().map(Into::into).collect(),
            op,
        }
    }
}

fn json_array(value: serde_json::Value) -> Vec<serde_json::Value> {
    match value {
        serde_json::Value::Array(items) => items,
        other => vec![other],
    }
}

impl Filter for JsonFilter {
    fn render(self, column: Column, q: &mut Query) {
        let at = |q: &mut Query, path: Vec<String>| {
            let p = q.placeholder(Column::TEXT_ARRAY, path);
            format!("({}::jsonb #> {p})", column.name)
        };
        let string = |q: &mut Query, path: Vec<String>, test: &str, v: String| {
            let value = at(q, path);
            let v = q.placeholder(Column::PLAIN, v);
            let test = test
                .replace("{s}", &format!("({value} #>> ARRAY[]::text[])"))
                .replace("{v}", &v);
            q.push(&format!("(jsonb_typeof({value}) = 'string' AND {test})"));
        };
        let ends = matches!(self.op, JsonOp::ArrayEndsWith(_));
        match self.op {
            JsonOp::Equals(v) => {
                let value = at(q, self.path);
                q.push(&value);
                q.push(" = ");
                q.bind(Column::JSONB, v);
            }
            JsonOp::Not(v) => {
                let value = at(q, self.path);
                q.push(&value);
                q.push(" <> ");
                q.bind(Column::JSONB, v);
            }
            JsonOp::StringContains(v) => string(q, self.path, "strpos({s}, {v}::text) > 0", v),
            JsonOp::StringStartsWith(v) => string(q, self.path, "starts_with({s}, {v}::text)", v),
            JsonOp::StringEndsWith(v) => string(
                q,
                self.path,
                "right({s}, char_length({v}::text)) = {v}::text",
                v,
            ),
            JsonOp::ArrayContains(v) => {
                let value = at(q, self.path);
                q.push(&format!("(jsonb_typeof({value}) = 'array' AND {value} @> "));
                q.bind(Column::JSONB, serde_json::Value::Array(json_array(v)));
                q.push(")");
            }
            JsonOp::ArrayStartsWith(v) | JsonOp::ArrayEndsWith(v) => {
                let items = json_array(v);
                let n = items.len() as i64;
                let value = at(q, self.path);
                // CASE: `AND` does not stop `jsonb_array_length` from failing on a scalar.
                q.push(&format!(
                    "(CASE WHEN jsonb_typeof({value}) = 'array' THEN jsonb_array_length({value}) >= "
                ));
                q.bind(Column::BIGINT, n);
                // The first (last) n elements, as one array, equal the given ones.
                q.push(" AND (SELECT coalesce(jsonb_agg(e ORDER BY i), '[]') FROM jsonb_array_elements(");
                q.push(&value);
                q.push(") WITH ORDINALITY AS a(e, i) WHERE ");
                if ends {
                    q.push(&format!("i > jsonb_array_length({value}) - "));
                } else {
                    q.push("i <= ");
                }
                q.bind(Column::BIGINT, n);
                q.push(") = ");
                q.bind(Column::JSONB, serde_json::Value::Array(items));
                q.push(" ELSE FALSE END)");
            }
        }
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
