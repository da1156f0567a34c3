//! Connecting to PostgreSQL from a Prisma `DATABASE_URL`.
//!
//! Prisma's URLs are libpq-style URLs plus Prisma-only query parameters (`schema`,
//! `connection_limit`, `pool_timeout`, `pgbouncer`, …). tokio-postgres rejects parameters it does
//! not know, so they are taken out here: `schema` selects the target schema (default `public`)
//! and becomes the session's `search_path`, as Prisma does; the rest is dropped and listed in
//! [`DatabaseUrl::ignored_params`] so the CLI can mention them.
//!
//! TLS ([rustls] with the `ring` provider) follows libpq's `sslmode` and Prisma's parameters:
//!
//! | URL | TLS | verification |
//! | --- | --- | --- |
//! | `sslmode=disable` | never | — |
//! | `sslmode=prefer` (default), `allow` | tried; plain TCP when the server has none or the handshake fails | none |
//! | `sslmode=require` | required | none (as libpq), but the chain when `sslrootcert` is given (as libpq) |
//! | `sslmode=verify-ca` | required | chain |
//! | `sslmode=verify-full` | required | chain and host name |
//! | `sslaccept=strict` (Prisma) | as `sslmode` | chain and host name |
//! | `sslaccept=accept_invalid_certs` (Prisma's default) | as `sslmode` | none |
//!
//! The chain is checked against the certificates of `sslrootcert` (libpq) or of `sslcert` without
//! `sslkey` (Prisma's "server certificate") when one is given — only them, as libpq: trusting
//! every public CA too would let any publicly certified host pass `verify-ca` — else against the
//! system's roots (`rustls-native-certs`); `sslrootcert=system` says so explicitly and implies
//! `verify-full` (as libpq 16).
//! A client certificate is `sslcert` + `sslkey` (PEM, libpq's way); Prisma's PKCS#12
//! `sslidentity` is refused with [`ConnectionError::Tls`]. Relative paths are relative to the
//! current directory. Unix-socket hosts never use TLS (as the server refuses it there).
//!
//! Passwords never reach errors or reports: everything that shows a URL goes through [`redact`].

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use serde::Serialize;
use tokio_postgres::config::{Host, SslMode};
use tokio_postgres::{Client, Config, NoTls};

/// Errors from parsing a URL or connecting. None of them contains a password.
#[derive(Debug, thiserror::Error)]
pub enum ConnectionError {
    #[error("invalid database URL {url}: {reason}")]
    InvalidUrl { url: String, reason: String },
    /// A TLS option that cannot be honoured: unsupported, contradictory, or an unreadable
    /// certificate file.
    #[error("TLS settings of {url}: {message}")]
    Tls { url: String, message: String },
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
    /// How TLS is used (`sslmode`, `sslaccept`, `sslrootcert`, `sslcert`, `sslkey`).
    pub tls: TlsSettings,
}

/// Whether TLS is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TlsMode {
    /// Plain TCP (`sslmode=disable`).
    Disable,
    /// TLS when the server offers it, else plain (`sslmode=prefer`, the default, and `allow`).
    #[default]
    Prefer,
    /// TLS or no connection (`require`, `verify-ca`, `verify-full`).
    Require,
}

/// What is checked of the server's certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum TlsVerify {
    /// Nothing: encrypted, not authenticated (libpq's `require`, Prisma's `accept_invalid_certs`).
    #[default]
    None,
    /// The chain up to a trusted root (`verify-ca`).
    Chain,
    /// The chain and the host name (`verify-full`, Prisma's `sslaccept=strict`).
    Full,
}

/// The TLS part of a database URL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsSettings {
    pub mode: TlsMode,
    pub verify: TlsVerify,
    /// The trusted roots (`sslrootcert`, or Prisma's `sslcert` without `sslkey`); `None`: the
    /// system's.
    pub root_cert: Option<PathBuf>,
    /// Client certificate chain and key (`sslcert` + `sslkey`, PEM).
    pub client_cert: Option<(PathBuf, PathBuf)>,
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
    let mut sslaccept = None;
    let mut sslrootcert = None;
    let mut sslcert = None;
    let mut sslkey = None;
    for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let key_dec = percent_decode(key).map_err(|e| invalid(&e))?;
        let value_dec = percent_decode(value).map_err(|e| invalid(&e))?;
        match key_dec.as_str() {
            "schema" => schema = Some(value_dec),
            "sslmode" => sslmode = Some(value_dec.to_ascii_lowercase()),
            "sslaccept" => sslaccept = Some(value_dec.to_ascii_lowercase()),
            "sslrootcert" => sslrootcert = Some(value_dec),
            "sslcert" => sslcert = Some(value_dec),
            "sslkey" => sslkey = Some(value_dec),
            "sslidentity" | "sslpassword" => {
                return Err(ConnectionError::Tls {
                    url: redacted,
                    message: format!(
                        "`{key_dec}` (a PKCS#12 client identity) is not supported; give the \
                         client certificate and key as PEM files with sslcert and sslkey"
                    ),
                })
            }
            k if PASSED_THROUGH.contains(&k) => kept.push(pair.to_string()),
            _ => ignored_params.push(key_dec),
        }
    }
    let tls = tls_settings(
        sslmode.as_deref(),
        sslaccept.as_deref(),
        sslrootcert,
        sslcert,
        sslkey,
    )
    .map_err(|message| match message {
        TlsParamError::Invalid(reason) => invalid(&reason),
        TlsParamError::Tls(message) => ConnectionError::Tls {
            url: redacted.clone(),
            message,
        },
    })?;
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
        tls,
    })
}

enum TlsParamError {
    Invalid(String),
    Tls(String),
}

/// Reads the TLS parameters (see the module docs for their meaning).
fn tls_settings(
    sslmode: Option<&str>,
    sslaccept: Option<&str>,
    sslrootcert: Option<String>,
    sslcert: Option<String>,
    sslkey: Option<String>,
) -> Result<TlsSettings, TlsParamError> {
    let system_only = sslrootcert.as_deref() == Some("system");
    let (mode, mut verify) = match sslmode {
        None if system_only => (TlsMode::Require, TlsVerify::Full),
        None | Some("prefer") | Some("allow") => (TlsMode::Prefer, TlsVerify::None),
        Some("disable") => (TlsMode::Disable, TlsVerify::None),
        Some("require") => (TlsMode::Require, TlsVerify::None),
        Some("verify-ca") => (TlsMode::Require, TlsVerify::Chain),
        Some("verify-full") => (TlsMode::Require, TlsVerify::Full),
        Some(other) => {
            return Err(TlsParamError::Invalid(format!(
                "unknown sslmode {other:?} (expected disable, allow, prefer, require, verify-ca \
                 or verify-full)"
            )))
        }
    };
    if system_only && verify != TlsVerify::Full && mode != TlsMode::Disable {
        return Err(TlsParamError::Tls(
            "sslrootcert=system needs sslmode=verify-full (as libpq)".to_string(),
        ));
    }
    match sslaccept {
        None => {
            // libpq: with a root certificate given, `require` checks the chain.
            if sslrootcert.is_some() && verify == TlsVerify::None {
                verify = TlsVerify::Chain;
            }
        }
        Some("strict") => verify = TlsVerify::Full,
        Some("accept_invalid_certs") => {
            if verify != TlsVerify::None {
                return Err(TlsParamError::Tls(format!(
                    "sslaccept=accept_invalid_certs contradicts sslmode={}",
                    sslmode.unwrap_or_default()
                )));
            }
        }
        Some(other) => {
            return Err(TlsParamError::Invalid(format!(
                "unknown sslaccept {other:?} (expected strict or accept_invalid_certs)"
            )))
        }
    }
    let (root_cert, client_cert) = match (sslrootcert, sslcert, sslkey) {
        (root, Some(cert), Some(key)) => (
            root.filter(|r| r != "system"),
            Some((PathBuf::from(cert), PathBuf::from(key))),
        ),
        (_, None, Some(_)) => {
            return Err(TlsParamError::Tls(
                "sslkey is given without sslcert (the client certificate)".to_string(),
            ))
        }
        (Some(root), Some(_), None) if root != "system" => {
            return Err(TlsParamError::Tls(
                "sslcert is given without sslkey: a client certificate needs its key (or, as \
                 Prisma's server certificate, give it as sslrootcert)"
                    .to_string(),
            ))
        }
        // Prisma's `sslcert`: the server's (root) certificate.
        (root, Some(cert), None) => (Some(cert).or(root.filter(|r| r != "system")), None),
        (root, None, None) => (root.filter(|r| r != "system"), None),
    };
    Ok(TlsSettings {
        mode,
        verify,
        root_cert: root_cert.map(PathBuf::from),
        client_cert,
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
                    Some((k, _))
                        if k.eq_ignore_ascii_case("password")
                            || k.eq_ignore_ascii_case("sslpassword") =>
                    {
                        format!("{k}=****")
                    }
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

/// Identifiers are quoted by the one renderer of the SQL crate.
pub use justify_sql::sql_text::quote_ident;

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

    /// Connects with an already parsed URL, with TLS as its [`TlsSettings`] say.
    pub async fn connect_parsed(url: &DatabaseUrl) -> Result<Connection, ConnectionError> {
        let client = open_client(url).await?;
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

/// Connects (plain or TLS) and drives the connection on the current runtime.
async fn open_client(url: &DatabaseUrl) -> Result<Client, ConnectionError> {
    let connect_error = |e: &tokio_postgres::Error, tls: &TlsSettings| ConnectionError::Connect {
        url: url.redacted.clone(),
        message: connect_message(e, tls),
    };
    let only_unix = url
        .config
        .get_hosts()
        .iter()
        .all(|h| !matches!(h, Host::Tcp(_)));
    if url.tls.mode == TlsMode::Disable || only_unix {
        return connect_plain(&url.config)
            .await
            .map_err(|e| connect_error(&e, &url.tls));
    }
    let tls = make_tls(&url.tls).map_err(|message| ConnectionError::Tls {
        url: url.redacted.clone(),
        message,
    })?;
    let mut config = url.config.clone();
    config.ssl_mode(match url.tls.mode {
        TlsMode::Require => SslMode::Require,
        _ => SslMode::Prefer,
    });
    match config.connect(tls).await {
        Ok((client, connection)) => {
            tokio::spawn(async move {
                // An error here means the server went away; the client reports it on its next use.
                let _ = connection.await;
            });
            Ok(client)
        }
        // `prefer`: a failed handshake falls back to plain TCP, as libpq does.
        Err(e) if url.tls.mode == TlsMode::Prefer && is_tls_failure(&e) => {
            connect_plain(&url.config)
                .await
                .map_err(|e| connect_error(&e, &url.tls))
        }
        Err(e) => Err(connect_error(&e, &url.tls)),
    }
}

async fn connect_plain(config: &Config) -> Result<Client, tokio_postgres::Error> {
    let mut config = config.clone();
    config.ssl_mode(SslMode::Disable);
    let (client, connection) = config.connect(NoTls).await?;
    tokio::spawn(async move {
        let _ = connection.await;
    });
    Ok(client)
}

fn is_tls_failure(e: &tokio_postgres::Error) -> bool {
    e.as_db_error().is_none() && e.to_string().contains("TLS")
}

/// [`error_text`], with what a TLS failure means for the URL's settings.
fn connect_message(e: &tokio_postgres::Error, tls: &TlsSettings) -> String {
    let mut text = error_text(e);
    // tokio-postgres' own wording is terse; the source says what the TLS stack saw.
    if let Some(source) = std::error::Error::source(e) {
        let source = source.to_string();
        if !text.contains(&source) {
            text.push_str(&format!(": {source}"));
        }
    }
    if e.as_db_error().is_none() && text.contains("TLS") {
        if text.contains("does not support TLS") {
            text.push_str(
                "; the URL requires TLS (sslmode=require/verify-ca/verify-full): enable ssl on \
                 the server, or use sslmode=prefer or sslmode=disable",
            );
        } else if tls.verify != TlsVerify::None {
            text.push_str(&format!(
                "; the server's certificate was checked ({}) against {}",
                match tls.verify {
                    TlsVerify::Full => "chain and host name",
                    _ => "chain",
                },
                match &tls.root_cert {
                    Some(p) => p.display().to_string(),
                    None => "the system's root certificates".to_string(),
                }
            ));
        }
    }
    text
}

/// The rustls configuration for `tls` (reads the certificate files).
fn make_tls(tls: &TlsSettings) -> Result<tokio_postgres_rustls::MakeRustlsConnect, String> {
    use rustls::client::WebPkiServerVerifier;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let verifier: Arc<dyn rustls::client::danger::ServerCertVerifier> = match tls.verify {
        TlsVerify::None => Arc::new(NoVerification(provider.clone())),
        verify => {
            let roots = Arc::new(root_store(tls.root_cert.as_deref())?);
            let webpki = WebPkiServerVerifier::builder_with_provider(roots, provider.clone())
                .build()
                .map_err(|e| format!("cannot set up certificate verification: {e}"))?;
            if verify == TlsVerify::Chain {
                Arc::new(ChainOnly(webpki))
            } else {
                webpki
            }
        }
    };
    let builder = builder
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    let config = match &tls.client_cert {
        Some((cert, key)) => {
            use rustls::pki_types::pem::PemObject;
            use rustls::pki_types::{CertificateDer, PrivateKeyDer};
            let certs = CertificateDer::pem_file_iter(cert)
                .and_then(|i| i.collect::<Result<Vec<_>, _>>())
                .map_err(|e| format!("cannot read sslcert {}: {e}", cert.display()))?;
            if certs.is_empty() {
                return Err(format!("sslcert {} holds no certificate", cert.display()));
            }
            let key = PrivateKeyDer::from_pem_file(key)
                .map_err(|e| format!("cannot read sslkey {}: {e}", key.display()))?;
            builder
                .with_client_auth_cert(certs, key)
                .map_err(|e| format!("unusable client certificate: {e}"))?
        }
        None => builder.with_no_client_auth(),
    };
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

/// The certificates of `file`, else the system's roots (loaded once per process).
fn root_store(file: Option<&Path>) -> Result<rustls::RootCertStore, String> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::CertificateDer;
    let mut store = rustls::RootCertStore::empty();
    match file {
        Some(path) => {
            let certs = CertificateDer::pem_file_iter(path)
                .and_then(|i| i.collect::<Result<Vec<_>, _>>())
                .map_err(|e| format!("cannot read sslrootcert {}: {e}", path.display()))?;
            let (added, _) = store.add_parsable_certificates(certs);
            if added == 0 {
                return Err(format!(
                    "sslrootcert {} holds no usable certificate (PEM expected)",
                    path.display()
                ));
            }
        }
        None => {
            static SYSTEM: OnceLock<Vec<rustls::pki_types::CertificateDer<'static>>> =
                OnceLock::new();
            let certs = SYSTEM.get_or_init(|| rustls_native_certs::load_native_certs().certs);
            store.add_parsable_certificates(certs.iter().cloned());
            if store.is_empty() {
                return Err(
                    "no root certificates found on this system to verify the server with; give \
                     the server's CA with sslrootcert"
                        .to_string(),
                );
            }
        }
    }
    Ok(store)
}

/// Encrypts without authenticating the server (libpq's `require`), but still checks that the
/// handshake is signed by the presented certificate's key.
#[derive(Debug)]
struct NoVerification(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for NoVerification {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls::pki_types::CertificateDer<'_>,
        _intermediates: &[rustls::pki_types::CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `verify-ca`: the chain must lead to a trusted root; the host name is not checked.
#[derive(Debug)]
struct ChainOnly(Arc<rustls::client::WebPkiServerVerifier>);

impl rustls::client::danger::ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &rustls::pki_types::CertificateDer<'_>,
        intermediates: &[rustls::pki_types::CertificateDer<'_>],
        server_name: &rustls::pki_types::ServerName<'_>,
        ocsp_response: &[u8],
        now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        use rustls::CertificateError;
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(rustls::client::danger::ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.supported_verify_schemes()
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
    fn reads_tls_settings_and_refuses_bad_urls_without_leaking_the_password() {
        let tls =
            |q: &str| parse_database_url(&format!("postgresql://u:pw@h/db?{q}")).map(|u| u.tls);
        let t = tls("").unwrap();
        assert_eq!((t.mode, t.verify), (TlsMode::Prefer, TlsVerify::None));
        let t = tls("sslmode=require").unwrap();
        assert_eq!((t.mode, t.verify), (TlsMode::Require, TlsVerify::None));
        let t = tls("sslmode=require&sslrootcert=/ca.pem").unwrap();
        assert_eq!(
            (t.verify, t.root_cert),
            (TlsVerify::Chain, Some("/ca.pem".into()))
        );
        let t = tls("sslmode=require&sslaccept=accept_invalid_certs&sslrootcert=/ca.pem").unwrap();
        assert_eq!(t.verify, TlsVerify::None);
        let t = tls("sslmode=require&sslaccept=strict&sslcert=/prisma.pem").unwrap();
        assert_eq!(
            (t.verify, t.root_cert),
            (TlsVerify::Full, Some("/prisma.pem".into()))
        );
        assert_eq!(t.client_cert, None);
        let t = tls("sslmode=verify-ca").unwrap();
        assert_eq!((t.mode, t.verify), (TlsMode::Require, TlsVerify::Chain));
        let t =
            tls("sslmode=verify-full&sslcert=/c.pem&sslkey=/k.pem&sslrootcert=/ca.pem").unwrap();
        assert_eq!(t.verify, TlsVerify::Full);
        assert_eq!(t.client_cert, Some(("/c.pem".into(), "/k.pem".into())));
        let t = tls("sslrootcert=system").unwrap();
        assert_eq!(
            (t.mode, t.verify, t.root_cert),
            (TlsMode::Require, TlsVerify::Full, None)
        );
        assert_eq!(tls("sslmode=disable").unwrap().mode, TlsMode::Disable);
        for bad in [
            "sslmode=bogus",
            "sslaccept=maybe",
            "sslmode=verify-full&sslaccept=accept_invalid_certs",
            "sslkey=/k.pem",
            "sslidentity=/id.p12&sslpassword=topsecret",
            "sslmode=require&sslrootcert=system",
        ] {
            let e =
                parse_database_url(&format!("postgresql://u:topsecret@h/db?{bad}")).unwrap_err();
            assert!(!e.to_string().contains("topsecret"), "{bad}: {e}");
        }
        let e = parse_database_url("mysql://u:topsecret@h/db").unwrap_err();
        assert!(matches!(e, ConnectionError::InvalidUrl { .. }));
        assert!(!e.to_string().contains("topsecret"));
        let e = parse_database_url("postgresql://u:topsecret@h:notaport/db").unwrap_err();
        assert!(!e.to_string().contains("topsecret"), "{e}");
        assert!(parse_database_url("postgresql://h/db?sslmode=disable").is_ok());
    }
}
