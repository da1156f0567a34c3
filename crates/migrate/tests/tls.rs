//! TLS against real PostgreSQL: a throwaway cluster (`justify_pgcluster`) with `ssl = on` and a
//! certificate signed by a CA made here with the `openssl` CLI, then every `sslmode` the URL may
//! ask for. The server certificate names `pg.justify.test` and `127.0.0.1`, so `localhost` (with
//! `hostaddr=127.0.0.1`) is a host-name mismatch.

use std::path::{Path, PathBuf};
use std::process::Command;

use justify_migrate::connection::{Connection, ConnectionError};
use justify_pgcluster::Cluster;
use justify_testkit::TestDb;

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run openssl");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn have_openssl() -> bool {
    Command::new("openssl")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// CA, server and client certificates in `dir`.
fn make_certs(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let ext = "basicConstraints=critical,CA:FALSE\n\
               keyUsage=digitalSignature,keyEncipherment\n\
               extendedKeyUsage=serverAuth,clientAuth\n\
               subjectAltName=DNS:pg.justify.test,IP:127.0.0.1\n";
    std::fs::write(dir.join("leaf.ext"), ext).unwrap();
    let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1"];
    let mut ca = vec!["req", "-x509", "-nodes", "-days", "2"];
    ca.extend(ec);
    ca.extend([
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
        "-subj",
        "/CN=justify test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    openssl(dir, &ca);
    for (name, cn) in [("server", "pg.justify.test"), ("client", "justify-client")] {
        let mut req = vec!["req", "-nodes"];
        req.extend(ec);
        let subj = format!("/CN={cn}");
        let key = format!("{name}.key");
        let csr = format!("{name}.csr");
        let crt = format!("{name}.crt");
        req.extend(["-keyout", &key, "-out", &csr, "-subj", &subj]);
        openssl(dir, &req);
        openssl(
            dir,
            &[
                "x509",
                "-req",
                "-in",
                &csr,
                "-CA",
                "ca.crt",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                "leaf.ext",
                "-out",
                &crt,
            ],
        );
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// The server's key must belong to the user running the server, mode 0600.
fn hand_to_server(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    for f in ["server.key", "client.key"] {
        std::fs::set_permissions(dir.join(f), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    if is_root() {
        // pgcluster runs the server as `postgres` when we are root.
        let ok = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(dir)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "chown postgres {}", dir.display());
    }
}

struct Stop(Cluster);

impl Drop for Stop {
    fn drop(&mut self) {
        let _ = self.0.stop();
    }
}

async fn ssl_in_use(url: &str) -> Result<(bool, Option<String>), ConnectionError> {
    let conn = Connection::connect(url).await?;
    let row = conn
        .client()
        .query_one(
            "SELECT ssl, client_dn FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .await
        .unwrap();
    Ok((row.get(0), row.get(1)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connects_with_every_sslmode() {
    if !have_openssl() {
        eprintln!("skipped: the openssl CLI is needed to make test certificates");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("cluster");
    let certs: PathBuf = tmp.path().join("certs");
    make_certs(&certs);
    hand_to_server(&certs);
    let settings = format!(
        "ssl = on\nssl_cert_file = '{0}/server.crt'\nssl_key_file = '{0}/server.key'\n\
         ssl_ca_file = '{0}/ca.crt'\n",
        certs.display()
    );
    let cluster = Cluster::new(&root)
        .settings("justify-migrate tls test", &settings)
        .disposable(true);
    let port = tokio::task::spawn_blocking({
        let cluster = cluster.clone();
        move || cluster.ensure_running()
    })
    .await
    .unwrap()
    .unwrap_or_else(|e| panic!("cannot start the TLS cluster: {e}"));
    let _stop = Stop(cluster);
    let ca = certs.join("ca.crt");
    let ca = ca.display();
    let base = format!("postgresql://postgres:topsecret@127.0.0.1:{port}/postgres");
    let by_name =
        format!("postgresql://postgres:topsecret@localhost:{port}/postgres?hostaddr=127.0.0.1&");

    let ok = [
        (format!("{base}?sslmode=require"), true),
        (base.clone(), true),
        (format!("{base}?sslmode=prefer"), true),
        (format!("{base}?sslmode=disable"), false),
        (format!("{base}?sslmode=verify-full&sslrootcert={ca}"), true),
        (format!("{base}?sslmode=verify-ca&sslrootcert={ca}"), true),
        (format!("{base}?sslmode=require&sslrootcert={ca}"), true),
        // Prisma: `sslcert` is the server's CA, `sslaccept=strict` verifies.
        (
            format!("{base}?sslmode=require&sslaccept=strict&sslcert={ca}"),
            true,
        ),
        (
            format!("{base}?sslmode=require&sslaccept=accept_invalid_certs"),
            true,
        ),
        // verify-ca does not check the name.
        (format!("{by_name}sslmode=verify-ca&sslrootcert={ca}"), true),
    ];
    for (url, tls) in &ok {
        let (ssl, dn) = ssl_in_use(url)
            .await
            .unwrap_or_else(|e| panic!("{url}: {e}"));
        assert_eq!(ssl, *tls, "{url}");
        assert_eq!(dn, None, "{url}: no client certificate was given");
    }

    // A client certificate is presented.
    let cert = certs.join("client.crt");
    let key = certs.join("client.key");
    let url = format!(
        "{base}?sslmode=verify-full&sslrootcert={ca}&sslcert={}&sslkey={}",
        cert.display(),
        key.display()
    );
    let (ssl, dn) = ssl_in_use(&url).await.unwrap();
    assert!(ssl);
    assert_eq!(dn.as_deref(), Some("/CN=justify-client"));

    let refused = [
        // Wrong name.
        (
            format!("{by_name}sslmode=verify-full&sslrootcert={ca}"),
            "certificate not valid for name \"localhost\"",
        ),
        (
            format!("{by_name}sslaccept=strict&sslmode=require&sslcert={ca}"),
            "certificate not valid for name \"localhost\"",
        ),
        // Not signed by a system root.
        (
            format!("{base}?sslmode=verify-full"),
            "invalid peer certificate",
        ),
        // A root that is not the server's.
        (
            format!(
                "{base}?sslmode=verify-ca&sslrootcert={}",
                certs.join("client.crt").display()
            ),
            "invalid peer certificate",
        ),
        (
            format!("{base}?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem"),
            "cannot read sslrootcert",
        ),
    ];
    for (url, expected) in &refused {
        let e = ssl_in_use(url).await.expect_err(url);
        let text = e.to_string();
        assert!(text.contains(expected), "{url}: {text}");
        eprintln!("refused as expected: {text}");
        assert!(!text.contains("topsecret"), "{text}");
    }
}

#[tokio::test]
async fn require_fails_clearly_without_tls_on_the_server() {
    let db = TestDb::create("tls_off").await;
    let ssl: String = db.client().query_one("SHOW ssl", &[]).await.unwrap().get(0);
    if ssl == "on" {
        eprintln!("skipped: the test server has ssl = on");
        return;
    }
    let url = db.url().replacen("postgres@", "postgres:topsecret@", 1);
    assert_ne!(
        url,
        db.url(),
        "test URL has an unexpected shape: {}",
        db.url()
    );
    let sep = if url.contains('?') { '&' } else { '?' };
    let e = Connection::connect(&format!("{url}{sep}sslmode=require"))
        .await
        .expect_err("sslmode=require must fail without TLS");
    let text = e.to_string();
    assert!(text.contains("does not support TLS"), "{text}");
    assert!(text.contains("sslmode=prefer"), "{text}");
    assert!(!text.contains("topsecret"), "{text}");
    // prefer (the default) falls back to plain TCP.
    Connection::connect(&format!("{url}{sep}sslmode=prefer"))
        .await
        .unwrap();
    Connection::connect(&url).await.unwrap();
}
