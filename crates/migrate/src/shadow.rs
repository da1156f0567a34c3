//! The shadow database of `migrate dev`: a scratch database where the migrations folder is
//! replayed, so that "what the migrations produce" can be introspected and compared — with the
//! development database (drift) and with the schema file (the next migration).
//!
//! Either a temporary database, created on the development database's server
//! (`CREATE DATABASE <db>_shadow_<random>`, which needs the `CREATEDB` privilege) and dropped
//! afterwards, or a given one (`SHADOW_DATABASE_URL` / the datasource's `shadowDatabaseUrl`),
//! whose target schemas are wiped before use, as Prisma does.
//!
//! Also here: [`read_schema`], the one way `migrate dev`, `db push` and drift detection read a
//! live database, so that the URL's `?schema=` reads back as the model's default namespace.

use serde::Serialize;

use crate::connection::{
    error_text, parse_database_url, quote_ident, Connection, ConnectionError, DatabaseUrl,
};
use crate::folder::MigrationDir;
use crate::introspect::{introspect_with, IntrospectError, IntrospectOptions};
use justify_sql::lower::DEFAULT_NAMESPACE;
use justify_sql::SqlSchema;

#[derive(Debug, thiserror::Error)]
pub enum ShadowError {
    #[error(transparent)]
    Connection(#[from] ConnectionError),
    #[error(
        "cannot create the shadow database {name}: {message}. `migrate dev` needs a scratch \
         database: grant CREATEDB to the user, or set SHADOW_DATABASE_URL (or the datasource's \
         shadowDatabaseUrl) to an empty database"
    )]
    Create { name: String, message: String },
    #[error("cannot drop the shadow database {name}: {message}")]
    Drop { name: String, message: String },
    #[error("cannot wipe the shadow database {url}: {message}")]
    Wipe { url: String, message: String },
    #[error(
        "migration `{migration}` failed to apply cleanly to the shadow database: {message}\n\
         Fix the migration (or the database it expects) and run `migrate dev` again"
    )]
    Replay { migration: String, message: String },
    #[error("the shadow database URL is the development database's: they must differ")]
    SameDatabase,
    #[error(transparent)]
    Introspect(#[from] IntrospectError),
}

/// Which shadow database is used.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShadowSummary {
    /// `temporary` (created and dropped) or `url` (given, wiped).
    pub kind: &'static str,
    /// The database's name (temporary) or redacted URL (given).
    pub name: String,
}

/// An open shadow database.
pub struct Shadow {
    conn: Connection,
    /// The temporary database's name, when it is one (to drop).
    temporary: Option<String>,
    summary: ShadowSummary,
}

impl std::fmt::Debug for Shadow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shadow")
            .field("summary", &self.summary)
            .finish()
    }
}

fn random_suffix() -> String {
    let mut b = [0u8; 4];
    if getrandom::fill(&mut b).is_err() {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or_default();
        b = (t ^ std::process::id()).to_le_bytes();
    }
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// `<db>_shadow_<8 hex>`, within PostgreSQL's 63-byte identifier limit.
pub fn temporary_name(dev_db: &str) -> String {
    let mut base: String = dev_db.chars().take(40).collect();
    while base.len() > 40 {
        base.pop();
    }
    format!("{base}_shadow_{}", random_suffix())
}

impl Shadow {
    /// Creates a temporary shadow database beside the one `main` is connected to (`main_url` is
    /// its URL), or opens and wipes `given` when there is one. `namespaces` are the schemas the
    /// model uses (the URL's schema is always included).
    pub async fn open(
        main: &Connection,
        main_url: &str,
        given: Option<&str>,
        namespaces: &[String],
    ) -> Result<Shadow, ShadowError> {
        let parsed = parse_database_url(main_url)?;
        match given {
            Some(url) => {
                let shadow_url = parse_database_url(url)?;
                if same_database(&parsed, &shadow_url) {
                    return Err(ShadowError::SameDatabase);
                }
                Shadow::open_given(url, namespaces).await
            }
            None => {
                let dev_db = parsed.config.get_dbname().unwrap_or("postgres");
                let name = temporary_name(dev_db);
                main.client()
                    .batch_execute(&format!("CREATE DATABASE {}", quote_ident(&name)))
                    .await
                    .map_err(|e| ShadowError::Create {
                        name: name.clone(),
                        message: error_text(&e),
                    })?;
                let mut shadow_url: DatabaseUrl = parsed.clone();
                shadow_url.config.dbname(&name);
                shadow_url.redacted = format!("{} (shadow {name})", parsed.redacted);
                let conn = match Connection::connect_parsed(&shadow_url).await {
                    Ok(c) => c,
                    Err(e) => {
                        let _ = drop_database(main, &name).await;
                        return Err(e.into());
                    }
                };
                let shadow = Shadow {
                    conn,
                    temporary: Some(name.clone()),
                    summary: ShadowSummary {
                        kind: "temporary",
                        name,
                    },
                };
                // Only the URL's schema (the search path); the model's other schemas are the
                // migrations' to create, as they must be on a fresh database.
                let _ = namespaces;
                let sql = format!(
                    "CREATE SCHEMA IF NOT EXISTS {};\n",
                    quote_ident(shadow.conn.schema())
                );
                if let Err(e) = shadow.conn.client().batch_execute(&sql).await {
                    let message = error_text(&e);
                    let url = shadow.summary.name.clone();
                    shadow.close(main).await?;
                    return Err(ShadowError::Wipe { url, message });
                }
                Ok(shadow)
            }
        }
    }

    /// Opens and wipes a shadow database the user gave (`SHADOW_DATABASE_URL`,
    /// `shadowDatabaseUrl`, `migrate diff --shadow-database-url`): the schemas the model uses are
    /// dropped and created empty.
    pub async fn open_given(url: &str, namespaces: &[String]) -> Result<Shadow, ShadowError> {
        let shadow_url = parse_database_url(url)?;
        let conn = Connection::connect_parsed(&shadow_url).await?;
        let mut schemas = wanted_schemas(conn.schema(), namespaces);
        schemas.dedup();
        // Every schema the model uses is dropped, but only the URL's own is created again: the
        // others must be created by the migrations themselves (as on a fresh production
        // database), or a migration that forgets `CREATE SCHEMA` would pass here.
        let sql: String = schemas
            .iter()
            .map(|s| {
                let mut stmt = format!("DROP SCHEMA IF EXISTS {} CASCADE;\n", quote_ident(s));
                if s == conn.schema() {
                    stmt.push_str(&format!("CREATE SCHEMA {};\n", quote_ident(s)));
                }
                stmt
            })
            .collect();
        conn.client()
            .batch_execute(&sql)
            .await
            .map_err(|e| ShadowError::Wipe {
                url: shadow_url.redacted.clone(),
                message: error_text(&e),
            })?;
        Ok(Shadow {
            summary: ShadowSummary {
                kind: "url",
                name: shadow_url.redacted.clone(),
            },
            conn,
            temporary: None,
        })
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    pub fn summary(&self) -> ShadowSummary {
        self.summary.clone()
    }

    /// Runs each migration's script, in order, as one batch (as `deploy` does), without
    /// recording history.
    pub async fn replay(&self, migrations: &[&MigrationDir]) -> Result<(), ShadowError> {
        for m in migrations {
            self.run(&m.name, &m.script_text()).await?;
        }
        Ok(())
    }

    /// Runs one script (named `name` in errors).
    pub async fn run(&self, name: &str, script: &str) -> Result<(), ShadowError> {
        self.conn
            .client()
            .batch_execute(script)
            .await
            .map_err(|e| ShadowError::Replay {
                migration: name.to_string(),
                message: error_text(&e),
            })
    }

    /// Closes the connection and drops the temporary database (a given one is left as it is).
    pub async fn close(self, main: &Connection) -> Result<(), ShadowError> {
        let Shadow {
            conn, temporary, ..
        } = self;
        drop(conn);
        match temporary {
            Some(name) => drop_database(main, &name).await,
            None => Ok(()),
        }
    }
}

fn wanted_schemas(url_schema: &str, namespaces: &[String]) -> Vec<String> {
    let mut out = vec![url_schema.to_string()];
    for n in namespaces {
        if n != DEFAULT_NAMESPACE && !out.contains(n) {
            out.push(n.clone());
        }
    }
    out
}

fn same_database(a: &DatabaseUrl, b: &DatabaseUrl) -> bool {
    a.config.get_dbname() == b.config.get_dbname()
        && a.config.get_hosts() == b.config.get_hosts()
        && a.config.get_ports() == b.config.get_ports()
}

/// Drops a database, disconnecting whoever is still connected (PostgreSQL 13+), else plainly.
async fn drop_database(main: &Connection, name: &str) -> Result<(), ShadowError> {
    let q = quote_ident(name);
    let forced = main
        .client()
        .batch_execute(&format!("DROP DATABASE IF EXISTS {q} WITH (FORCE)"))
        .await;
    if forced.is_ok() {
        return Ok(());
    }
    // Before PostgreSQL 13 there is no FORCE: the closed connection may take a moment to go.
    let mut last = String::new();
    for _ in 0..20 {
        match main
            .client()
            .batch_execute(&format!("DROP DATABASE IF EXISTS {q}"))
            .await
        {
            Ok(()) => return Ok(()),
            Err(e) => last = error_text(&e),
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(ShadowError::Drop {
        name: name.to_string(),
        message: last,
    })
}

/// Reads the live schema behind `conn` the way the model is lowered: the URL's schema is the
/// default namespace (unqualified objects), or, when the model uses several schemas
/// (`namespaces` other than `public`), those schemas.
pub async fn read_schema(
    conn: &Connection,
    namespaces: &[String],
) -> Result<SqlSchema, IntrospectError> {
    let multi = namespaces.iter().any(|n| n != DEFAULT_NAMESPACE);
    if multi {
        let opts = IntrospectOptions {
            schemas: namespaces.to_vec(),
            default_schema: DEFAULT_NAMESPACE.to_string(),
        };
        return Ok(introspect_with(conn.client(), &opts).await?.schema);
    }
    let opts = IntrospectOptions {
        schemas: vec![conn.schema().to_string()],
        default_schema: conn.schema().to_string(),
    };
    let mut schema = introspect_with(conn.client(), &opts).await?.schema;
    for n in &mut schema.namespaces {
        if n == conn.schema() {
            *n = DEFAULT_NAMESPACE.to_string();
        }
    }
    Ok(schema)
}
