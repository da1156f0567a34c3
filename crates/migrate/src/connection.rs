//! Connecting to PostgreSQL from a Prisma `DATABASE_URL`.
//!
//! Prisma's URLs are libpq-style URLs plus Prisma-only query parameters (`schema`,
//! `connection_limit`, `pool_timeout`, `pgbouncer`, …). tokio-postgres rejects parameters it does
//! not know, so they are taken out here: `schema` selects the target schema (default `public`)
//! and becomes the session's `search_path`, as Prisma does; the rest is dropped and listed in
//! [`DatabaseUrl::ignored_params`] so the CLI can mention them.
//!
//! TLS is not linked in yet (it would add a TLS stack and a crypto provider to every build), so a
//! URL that *requires* TLS (`sslmode=require`, `verify-ca`, `verify-full`, or a client
//! certificate) is refused up front with [`ConnectionError::TlsUnsupported`] rather than failing
//! obscurely at connect time. `sslmode=prefer` (Prisma's default) falls back to plain TCP.
//!
//! Passwords never reach errors or reports: everything that shows a URL goes through [`redact`].

use std::str::FromStr;

use serde::Serialize;
use tokio_postgres::{Client, Config, NoTls};

/// Errors from parsing a URL or connecting. None of them contains a password.
#[derive(Debug, thiserror::Error)]
pub enum ConnectionError {
    #[error("invalid database URL {url}: {reason}")]
    InvalidUrl { url: String, reason: String },
    #[error(
        "the database URL {url} requires TLS (sslmode={sslmode}), which justify-schema does not \
         support yet; use sslmode=disable or sslmode=prefer on a trusted network"
    )]
    TlsUnsupported { url: String, sslmode: String },
    #[error("cannot connect to {url}: {message}")]
    Connect { url: String, message: String },
    #[error("cannot set search_path to schema \"{schema}\" on {url}: {message}")]
    SearchPath {
        url: String,
        schema: String,
        message: String,
    },
}

/// A parsed Prisma database URL.
#[derive(Debug, Clone)]
pub struct DatabaseUrl {
    /// The tokio-postgres configuration (Prisma-only parameters removed).
    pub config: Config,
    /// The target schema: `?schema=`, default `public`.
    pub schema: String,
    /// The URL with its password hidden, for messages.
    pub redacted: String,
    /// Query parameters that were dropped because only Prisma (or nobody) knows them.
    pub ignored_params: Vec<String>,
}

/// Query parameters that tokio-postgres understands and that are passed through as they are.
const PASSED_THROUGH: &[&str] = &[
    "user",
    "password",
    "dbname",
    "options",
    "application_name",
    "host",
    "hostaddr",
    "port",
    "connect_timeout",
    "tcp_user_timeout",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_retries",
    "target_session_attrs",
    "channel_binding",
    "load_balance_hosts",
];

/// Parses `url` the way Prisma reads a PostgreSQL `DATABASE_URL`.
pub fn parse_database_url(url: &str) -> Result<DatabaseUrl, ConnectionError> {
    let redacted = redact(url);
    let invalid = |reason: &str| ConnectionError::InvalidUrl {
        url: redacted.clone(),
        reason: reason.to_string(),
    };
    let trimmed = url.trim();
    let rest = trimmed
        .strip_prefix("postgresql://")
        .or_else(|| trimmed.strip_prefix("postgres://"))
        .ok_or_else(|| invalid("it must start with postgresql:// or postgres://"))?;
    let (base, query) = match rest.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (rest, None),
    };
    // Drop a fragment, as URL parsers do.
    let query = query.map(|q| q.split('#').next().unwrap_or(""));
    let base = base.split('#').next().unwrap_or("");

    let mut schema = None;
    let mut kept = Vec::new();
    let mut ignored_params = Vec::new();
    let mut sslmode = None;
    let mut wants_client_cert = false;
    for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key_dec = percent_decode(key).map_err(|e| invalid(&e))?;
        let value_dec = percent_decode(value).map_err(|e| invalid(&e))?;
        match key_dec.as_str() {
            "schema" => schema = Some(value_dec),
            "sslmode" => sslmode = Some(value_dec.to_ascii_lowercase()),
            "sslcert" | "sslidentity" | "sslpassword" => {
                wants_client_cert = true;
                ignored_params.push(key_dec);
            }
            k if PASSED_THROUGH.contains(&k) => kept.push(pair.to_string()),
            _ => ignored_params.push(key_dec),
        }
    }
    let sslmode_value = sslmode.clone().unwrap_or_else(|| "prefer".to_string());
    match sslmode_value.as_str() {
        "disable" | "prefer" | "allow" => {}
        "require" | "verify-ca" | "verify-full" => {
            return Err(ConnectionError::TlsUnsupported {
                url: redacted,
                sslmode: sslmode_value,
            })
        }
        other => return Err(invalid(&format!("unknown sslmode {other:?}"))),
    }
    if wants_client_cert {
        return Err(ConnectionError::TlsUnsupported {
            url: redacted,
            sslmode: format!("{sslmode_value} with a client certificate"),
        });
    }
    // tokio-postgres only knows disable/prefer/require; `allow` behaves like `prefer` without TLS.
    if sslmode_value == "disable" {
        kept.push("sslmode=disable".to_string());
    }
    let mut clean = format!("postgresql://{base}");
    if !kept.is_empty() {
        clean.push('?');
        clean.push_str(&kept.join("&"));
    }
    let config = Config::from_str(&clean).map_err(|e| {
        // tokio-postgres' parse errors name the bad part, never the password's value.
        invalid(&e.to_string())
    })?;
    if config.get_dbname().is_none() {
        return Err(invalid("it names no database"));
    }
    let schema = match schema {
        Some(s) if s.is_empty() => return Err(invalid("`schema=` is empty")),
        Some(s) => s,
        None => "public".to_string(),
    };
    Ok(DatabaseUrl {
        config,
        schema,
        redacted,
        ignored_params,
    })
}

/// Hides the password of a database URL (in the userinfo and in a `password=` parameter).
/// Anything that does not look like a URL is returned with everything after the scheme hidden.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return if url.contains('@') || url.contains("password") {
            "<redacted>".to_string()
        } else {
            url.to_string()
        };
    };
    let (authority_end, _) = rest
        .char_indices()
        .find(|&(_, c)| c == '/' || c == '?' || c == '#')
        .unwrap_or((rest.len(), ' '));
    let (authority, tail) = rest.split_at(authority_end);
    // The last '@' ends the userinfo (a raw '@' in a password is common in the wild).
    let authority = match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _password)) => format!("{user}:****@{host}"),
            None => format!("{userinfo}@{host}"),
        },
        None => authority.to_string(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let query: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=****"),
                    _ => pair.to_string(),
                })
                .collect();
            format!("{path}?{}", query.join("&"))
        }
        None => tail.to_string(),
    };
    format!("{scheme}://{authority}{tail}")
}

fn percent_decode(s: &str) -> Result<String, String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| format!("bad percent-encoding in {s:?}"))?;
                out.push(hex);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).map_err(|_| format!("{s:?} is not UTF-8 once decoded"))
}

/// Quotes an SQL identifier.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// An open connection with its target schema selected.
pub struct Connection {
    client: Client,
    schema: String,
    redacted_url: String,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("url", &self.redacted_url)
            .field("schema", &self.schema)
            .finish()
    }
}

/// Summary of a connection for reports.
#[derive(Debug, Clone, Serialize)]
pub struct ConnectionSummary {
    pub url: String,
    pub schema: String,
}

impl Connection {
    /// Parses `url` with [`parse_database_url`], connects (plain TCP or a Unix socket) on the
    /// current tokio runtime and sets `search_path` to the target schema.
    pub async fn connect(url: &str) -> Result<Connection, ConnectionError> {
        let parsed = parse_database_url(url)?;
        Connection::connect_parsed(&parsed).await
    }

    /// Connects with an already parsed URL.
    pub async fn connect_parsed(url: &DatabaseUrl) -> Result<Connection, ConnectionError> {
        let (client, connection) =
            url.config
                .connect(NoTls)
                .await
                .map_err(|e| ConnectionError::Connect {
                    url: url.redacted.clone(),
                    message: error_text(&e),
                })?;
        tokio::spawn(async move {
            // An error here means the server went away; the client reports it on its next use.
            let _ = connection.await;
        });
        // As Prisma does: the schema need not exist yet (deploy creates it), so this is a plain
        // setting, not a check.
        client
            .batch_execute(&format!("SET search_path = {}", quote_ident(&url.schema)))
            .await
            .map_err(|e| ConnectionError::SearchPath {
                url: url.redacted.clone(),
                schema: url.schema.clone(),
                message: error_text(&e),
            })?;
        Ok(Connection {
            client,
            schema: url.schema.clone(),
            redacted_url: url.redacted.clone(),
        })
    }

    /// The underlying client.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The target schema (`?schema=`, default `public`).
    pub fn schema(&self) -> &str {
        &self.schema
    }

    /// The URL with its password hidden.
    pub fn redacted_url(&self) -> &str {
        &self.redacted_url
    }

    /// For reports.
    pub fn summary(&self) -> ConnectionSummary {
        ConnectionSummary {
            url: self.redacted_url.clone(),
            schema: self.schema.clone(),
        }
    }
}

/// The server's message (with code and detail) rather than tokio-postgres' terse "db error".
pub fn error_text(e: &tokio_postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut s = format!("{}: {} ({})", db.severity(), db.message(), db.code().code());
            if let Some(detail) = db.detail() {
                s.push_str(&format!("\nDETAIL: {detail}"));
            }
            if let Some(hint) = db.hint() {
                s.push_str(&format!("\nHINT: {hint}"));
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
    fn redacts_passwords() {
        assert_eq!(
            redact("postgresql://u:s3cr%40t@h:5432/db?schema=x"),
            "postgresql://u:****@h:5432/db?schema=x"
        );
        assert_eq!(
            redact("postgres://u:p@ss@h/db"),
            "postgres://u:****@h/db",
            "raw @ in the password"
        );
        assert_eq!(redact("postgres://u@h/db"), "postgres://u@h/db");
        assert_eq!(
            redact("postgres://h/db?user=u&password=pw"),
            "postgres://h/db?user=u&password=****"
        );
        assert_eq!(redact("u:pw@h"), "<redacted>");
    }

    #[test]
    fn parses_prisma_urls() {
        let u = parse_database_url(
            "postgresql://me:pw@localhost:5433/app?schema=tenant%201&connection_limit=5&pool_timeout=10&pgbouncer=true&application_name=x",
        )
        .unwrap();
        assert_eq!(u.schema, "tenant 1");
        assert_eq!(u.config.get_dbname(), Some("app"));
        assert_eq!(u.config.get_user(), Some("me"));
        assert_eq!(u.config.get_ports(), &[5433]);
        assert_eq!(u.config.get_application_name(), Some("x"));
        assert_eq!(
            u.ignored_params,
            vec!["connection_limit", "pool_timeout", "pgbouncer"]
        );
        assert!(!u.redacted.contains("pw"));

        let d = parse_database_url("postgres://localhost/app").unwrap();
        assert_eq!(d.schema, "public");
    }

    #[test]
    fn refuses_required_tls_and_bad_urls_without_leaking_the_password() {
        let e = parse_database_url("postgresql://u:topsecret@h/db?sslmode=require").unwrap_err();
        assert!(matches!(e, ConnectionError::TlsUnsupported { .. }));
        assert!(!e.to_string().contains("topsecret"));
        let e = parse_database_url("mysql://u:topsecret@h/db").unwrap_err();
        assert!(matches!(e, ConnectionError::InvalidUrl { .. }));
        assert!(!e.to_string().contains("topsecret"));
        let e = parse_database_url("postgresql://u:topsecret@h:notaport/db").unwrap_err();
        assert!(!e.to_string().contains("topsecret"), "{e}");
        assert!(parse_database_url("postgresql://h/db?sslmode=disable").is_ok());
    }
}
