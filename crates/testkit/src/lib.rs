//! Test support for justify-schema: **a fresh, real PostgreSQL database per
//! test**, never mocked, plus helpers to apply SQL and to compare two
//! databases through a normalised catalog snapshot.
//!
//! ```no_run
//! # async fn demo() {
//! use justify_testkit::{TestDb, catalog_snapshot};
//!
//! let a = TestDb::create("migrate_a").await;
//! let b = TestDb::create("migrate_b").await;
//! a.apply_sql("CREATE TABLE t (id int PRIMARY KEY)").await.unwrap();
//! b.apply_sql("CREATE TABLE t (id integer NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (id))")
//!     .await
//!     .unwrap();
//! assert_eq!(a.snapshot().await, b.snapshot().await);
//! println!("{}", a.url()); // postgres://…/jt_<pid>_<n>_<random>_migrate_a
//! # }
//! ```
//!
//! # Which server?
//!
//! The first `TestDb` of a process picks a server (see [`Server::shared`]),
//! in this order:
//!
//! 1. `JUSTIFY_TEST_PG=embedded` forces the embedded cluster (3).
//! 2. `DATABASE_URL`, if set: databases are created on its server, next to its
//!    database (its user needs `CREATEDB`).
//! 3. `postgres://postgres@127.0.0.1:5432/postgres`, if it accepts a connection.
//! 4. An embedded, throwaway cluster started from the PostgreSQL binaries on
//!    `PATH` or under `/usr/lib/postgresql/*/bin` (or `JUSTIFY_PG_BIN`), in
//!    `target/justify-testkit/pg<major>/`. It is shared by every test process
//!    (guarded by a lock file), keeps running after the tests, and is reused
//!    by the next run. As root it runs as the `postgres` user (via `runuser`
//!    or `setpriv`). Stop it with `scripts/test.sh`'s cleanup or
//!    `pg_ctl -D target/justify-testkit/pg<major>/data stop`.
//!
//! Every `TestDb` is dropped (`DROP DATABASE … WITH (FORCE)`) when it goes
//! out of scope — on a background thread, and the process waits for pending
//! drops when it exits ([`wait_for_pending_drops`]) — unless `JUSTIFY_TEST_KEEP_DB=1`. Databases left behind by
//! test processes that died are swept away by the next process that uses the
//! local or embedded server.

mod embedded;
mod snapshot;
mod url;

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::OnceCell;
use tokio_postgres::{Client, NoTls};

pub use snapshot::catalog_snapshot;
pub use tokio_postgres;

/// Applies a (multi-statement) SQL script with the simple query protocol.
pub async fn apply_sql(client: &Client, sql: &str) -> Result<(), tokio_postgres::Error> {
    client.batch_execute(sql).await
}

/// Connects to `url` and drives the connection on the current tokio runtime.
pub async fn connect(url: &str) -> Result<Client, tokio_postgres::Error> {
    let (client, connection) = tokio_postgres::connect(url, NoTls).await?;
    tokio::spawn(async move {
        // Errors here mean the server went away (e.g. the database was
        // dropped); the client reports them on its next query.
        let _ = connection.await;
    });
    Ok(client)
}

/// Where a [`Server`] came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerKind {
    /// The server of the `DATABASE_URL` environment variable.
    DatabaseUrl,
    /// `postgres@127.0.0.1:5432`.
    Local,
    /// The testkit's own throwaway cluster under `target/justify-testkit/`.
    Embedded,
}

/// A PostgreSQL server on which test databases are created.
#[derive(Debug, Clone)]
pub struct Server {
    kind: ServerKind,
    /// URL of the maintenance database used to create and drop databases.
    admin_url: String,
}

static SHARED: OnceCell<Result<Server, String>> = OnceCell::const_new();
static EMBEDDED: OnceCell<Result<Server, String>> = OnceCell::const_new();

const LOCAL_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

impl Server {
    /// The server used by [`TestDb::new`]/[`TestDb::create`], chosen once per
    /// process (see the crate docs for the order).
    pub async fn shared() -> Result<&'static Server, String> {
        SHARED
            .get_or_init(discover)
            .await
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The embedded throwaway cluster, started (or reused) on first use.
    pub async fn embedded() -> Result<&'static Server, String> {
        EMBEDDED
            .get_or_init(|| async {
                let url = tokio::task::spawn_blocking(embedded::ensure_running)
                    .await
                    .map_err(|e| format!("embedded PostgreSQL setup panicked: {e}"))??;
                let server = Server {
                    kind: ServerKind::Embedded,
                    admin_url: url,
                };
                server.sweep_orphans().await;
                Ok(server)
            })
            .await
            .as_ref()
            .map_err(Clone::clone)
    }

    pub fn kind(&self) -> ServerKind {
        self.kind
    }

    /// URL of the maintenance database (`postgres`, or `DATABASE_URL`'s).
    pub fn admin_url(&self) -> &str {
        &self.admin_url
    }

    /// The URL of database `name` on this server.
    pub fn url_for(&self, name: &str) -> String {
        url::with_database(&self.admin_url, name)
    }

    /// Creates a fresh database on this server. Panics on failure.
    pub async fn create_db(&self, name_hint: &str) -> TestDb {
        match self.try_create_db(name_hint).await {
            Ok(db) => db,
            Err(e) => panic!("justify-testkit: {e}"),
        }
    }

    /// Creates a fresh database on this server.
    pub async fn try_create_db(&self, name_hint: &str) -> Result<TestDb, String> {
        let name = unique_name(name_hint);
        let admin = connect(&self.admin_url)
            .await
            .map_err(|e| format!("cannot connect to {}: {e}", self.admin_url))?;
        let quoted = quote_ident(&name);
        let mut attempt = 0;
        loop {
            attempt += 1;
            let with_encoding =
                format!("CREATE DATABASE {quoted} TEMPLATE template0 ENCODING 'UTF8'");
            let result = match admin.batch_execute(&with_encoding).await {
                // The server's locale may not fit UTF8: take its defaults.
                Err(e)
                    if e.code()
                        == Some(&tokio_postgres::error::SqlState::INVALID_PARAMETER_VALUE) =>
                {
                    admin
                        .batch_execute(&format!("CREATE DATABASE {quoted} TEMPLATE template0"))
                        .await
                }
                other => other,
            };
            match result {
                Ok(()) => break,
                // "source database is being accessed by other users" and
                // similar transient contention: retry a few times.
                Err(e)
                    if attempt < 10
                        && e.code() == Some(&tokio_postgres::error::SqlState::OBJECT_IN_USE) =>
                {
                    tokio::time::sleep(Duration::from_millis(50 * attempt)).await;
                }
                Err(e) => {
                    return Err(format!(
                        "CREATE DATABASE {quoted} on {} failed: {}",
                        self.admin_url,
                        error_text(&e)
                    ))
                }
            }
        }
        drop(admin);
        let url = self.url_for(&name);
        let client = match connect(&url).await {
            Ok(c) => c,
            Err(e) => {
                let msg = format!("cannot connect to new database {url}: {}", error_text(&e));
                drop_database_in_background(self.admin_url.clone(), name);
                return Err(msg);
            }
        };
        Ok(TestDb {
            client: Some(client),
            name,
            url,
            server: self.clone(),
        })
    }

    /// Drops `jt_<pid>_…` databases whose creating process no longer exists.
    /// Only for servers on this machine, where the pid means something.
    async fn sweep_orphans(&self) {
        let Ok(admin) = connect(&self.admin_url).await else {
            return;
        };
        let Ok(rows) = admin
            .query(
                "SELECT datname::text FROM pg_database WHERE datname LIKE 'jt\\_%'",
                &[],
            )
            .await
        else {
            return;
        };
        for row in rows {
            let name: String = row.get(0);
            let Some(pid) = name
                .strip_prefix("jt_")
                .and_then(|rest| rest.split('_').next())
                .and_then(|pid| pid.parse::<u32>().ok())
            else {
                continue;
            };
            if pid == std::process::id() || std::path::Path::new(&format!("/proc/{pid}")).exists() {
                continue;
            }
            let _ = admin
                .batch_execute(&format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    quote_ident(&name)
                ))
                .await;
        }
    }
}

async fn discover() -> Result<Server, String> {
    let forced = std::env::var("JUSTIFY_TEST_PG").unwrap_or_default();
    match forced.as_str() {
        "embedded" => return Server::embedded().await.cloned(),
        "" | "auto" | "local" => {}
        other => {
            return Err(format!(
                "JUSTIFY_TEST_PG={other:?} is not one of `auto`, `local`, `embedded`"
            ))
        }
    }
    if let Ok(url) = std::env::var("DATABASE_URL") {
        if !url.trim().is_empty() {
            if !url::is_url(&url) {
                return Err(format!(
                    "DATABASE_URL must be a postgres:// or postgresql:// URL, got {url:?}"
                ));
            }
            // Fail early and clearly if it does not answer.
            connect(&url).await.map_err(|e| {
                format!("cannot connect to DATABASE_URL ({url}): {}", error_text(&e))
            })?;
            return Ok(Server {
                kind: ServerKind::DatabaseUrl,
                admin_url: url,
            });
        }
    }
    let local_ok = matches!(
        tokio::time::timeout(Duration::from_secs(5), connect(LOCAL_URL)).await,
        Ok(Ok(_))
    );
    if local_ok {
        let server = Server {
            kind: ServerKind::Local,
            admin_url: LOCAL_URL.to_string(),
        };
        server.sweep_orphans().await;
        return Ok(server);
    }
    if forced == "local" {
        return Err(format!(
            "JUSTIFY_TEST_PG=local but {LOCAL_URL} does not accept connections"
        ));
    }
    Server::embedded().await.cloned()
}

/// A fresh database, dropped when this value is dropped.
pub struct TestDb {
    client: Option<Client>,
    name: String,
    url: String,
    server: Server,
}

impl TestDb {
    /// A fresh database on the shared server. Panics if none can be had.
    pub async fn new() -> TestDb {
        TestDb::create("").await
    }

    /// Like [`TestDb::new`]; `name_hint` (e.g. the test's name) is appended to
    /// the database name, sanitised and truncated, to ease debugging.
    pub async fn create(name_hint: &str) -> TestDb {
        match Server::shared().await {
            Ok(server) => server.create_db(name_hint).await,
            Err(e) => panic!("justify-testkit: no PostgreSQL server: {e}"),
        }
    }

    /// The database's name: `jt_<pid>_<counter>_<random>[_<hint>]`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A `postgres://` URL of this database.
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// The server this database lives on.
    pub fn server(&self) -> &Server {
        &self.server
    }

    /// A connection to this database, opened on creation.
    pub fn client(&self) -> &Client {
        self.client.as_ref().expect("client is only taken on drop")
    }

    /// Opens another connection to this database.
    pub async fn connect(&self) -> Result<Client, tokio_postgres::Error> {
        connect(&self.url).await
    }

    /// [`apply_sql`] on [`TestDb::client`].
    pub async fn apply_sql(&self, sql: &str) -> Result<(), tokio_postgres::Error> {
        apply_sql(self.client(), sql).await
    }

    /// [`catalog_snapshot`] of this database.
    pub async fn snapshot(&self) -> String {
        match catalog_snapshot(self.client()).await {
            Ok(s) => s,
            Err(e) => panic!(
                "catalog snapshot of {} failed: {}",
                self.name,
                error_text(&e)
            ),
        }
    }
}

impl std::fmt::Debug for TestDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestDb")
            .field("name", &self.name)
            .field("url", &self.url)
            .field("server", &self.server.kind)
            .finish()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        self.client.take();
        if std::env::var("JUSTIFY_TEST_KEEP_DB").is_ok_and(|v| !v.is_empty() && v != "0") {
            eprintln!("justify-testkit: keeping database {}", self.url);
            return;
        }
        drop_database_in_background(
            self.server.admin_url.clone(),
            std::mem::take(&mut self.name),
        );
    }
}

/// Databases waiting to be dropped by the background dropper.
struct Pending {
    count: std::sync::Mutex<usize>,
    done: std::sync::Condvar,
}

static PENDING: Pending = Pending {
    count: std::sync::Mutex::new(0),
    done: std::sync::Condvar::new(),
};

type DropRequest = (String, String);

/// Queues `DROP DATABASE name WITH (FORCE)` on a background thread with its
/// own small runtime, so that `Drop` returns at once (dropping a database
/// makes the server checkpoint, which can take a while on a busy server) and
/// works inside or outside any tokio runtime. Drops run concurrently, and
/// the process waits for them when it exits (see [`wait_for_pending_drops`]).
fn drop_database_in_background(admin_url: String, name: String) {
    static QUEUE: std::sync::OnceLock<tokio::sync::mpsc::UnboundedSender<DropRequest>> =
        std::sync::OnceLock::new();
    let queue = QUEUE.get_or_init(|| {
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<DropRequest>();
        std::thread::Builder::new()
            .name("justify-testkit-dropper".into())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("justify-testkit: cannot build the dropper runtime");
                rt.block_on(async move {
                    while let Some((admin_url, name)) = rx.recv().await {
                        tokio::spawn(async move {
                            if let Err(e) = drop_database(&admin_url, &name).await {
                                eprintln!("justify-testkit: could not drop test database: {e}");
                            }
                            let mut count = PENDING.count.lock().unwrap_or_else(|e| e.into_inner());
                            *count -= 1;
                            PENDING.done.notify_all();
                        });
                    }
                });
            })
            .expect("justify-testkit: cannot spawn the dropper thread");
        extern "C" fn at_exit() {
            wait_for_pending_drops(Duration::from_secs(60));
        }
        // SAFETY: registering a plain `extern "C" fn` has no preconditions.
        unsafe { libc::atexit(at_exit) };
        tx
    });
    *PENDING.count.lock().unwrap_or_else(|e| e.into_inner()) += 1;
    if queue.send((admin_url.clone(), name.clone())).is_err() {
        *PENDING.count.lock().unwrap_or_else(|e| e.into_inner()) -= 1;
        eprintln!("justify-testkit: dropper is gone; leaving database {name} for the next sweep");
    }
}

/// Blocks until every dropped [`TestDb`]'s database is gone from the server
/// (or `timeout` passes); returns whether none is pending. Called
/// automatically when the process exits.
pub fn wait_for_pending_drops(timeout: Duration) -> bool {
    let count = PENDING.count.lock().unwrap_or_else(|e| e.into_inner());
    let (count, _) = PENDING
        .done
        .wait_timeout_while(count, timeout, |n| *n > 0)
        .unwrap_or_else(|e| e.into_inner());
    *count == 0
}

async fn drop_database(admin_url: &str, name: &str) -> Result<(), String> {
    let admin = connect(admin_url).await.map_err(|e| error_text(&e))?;
    admin
        .batch_execute(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            quote_ident(name)
        ))
        .await
        .map_err(|e| format!("DROP DATABASE {name}: {}", error_text(&e)))
}

fn unique_name(hint: &str) -> String {
    use std::hash::{BuildHasher, Hasher};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(n);
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default(),
    );
    let mut name = format!("jt_{}_{}_{:08x}", std::process::id(), n, h.finish() as u32);
    let hint: String = hint
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    let hint = hint.trim_matches('_');
    if !hint.is_empty() {
        name.push('_');
        name.push_str(hint);
    }
    name.truncate(63); // NAMEDATALEN - 1; ASCII only, so this is a char boundary
    name
}

/// Quotes an SQL identifier.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The server's message (with detail) rather than tokio-postgres' terse "db error".
pub fn error_text(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut s = format!("{}: {} ({})", db.severity(), db.message(), db.code().code());
            if let Some(detail) = db.detail() {
                s.push_str(&format!("; DETAIL: {detail}"));
            }
            s
        }
        None => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_names_are_valid_identifiers() {
        let a = unique_name("Some Test::name-with/stuff");
        let b = unique_name("Some Test::name-with/stuff");
        assert_ne!(a, b);
        assert!(a.starts_with(&format!("jt_{}_", std::process::id())));
        assert!(a.ends_with("_some_test__name_with_stuff"));
        assert!(a.len() <= 63);
        assert!(unique_name(&"x".repeat(200)).len() == 63);
        assert!(!unique_name("").ends_with('_'));
    }
}
