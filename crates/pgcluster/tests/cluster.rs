//! Starts a real cluster in a temporary directory with the machine's PostgreSQL binaries
//! (as the `postgres` user when run as root), then stops it.

use std::os::unix::fs::PermissionsExt;

use justify_pgcluster::{Cluster, PgBin, Status};

/// Stops the cluster even when an assertion fails, so no server outlives its directory.
struct StopOnDrop(Cluster);

impl Drop for StopOnDrop {
    fn drop(&mut self) {
        let _ = self.0.stop();
    }
}

fn temp_dir() -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix("justify-pgcluster-")
        .tempdir()
        .expect("temp dir");
    // As root, the server runs as `postgres`, which must reach the directory.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

#[test]
fn start_status_stop() {
    let bin = match PgBin::find() {
        Ok(bin) => bin,
        Err(e) if std::env::var_os("JUSTIFY_PGCLUSTER_REQUIRE").is_none() => {
            eprintln!("skipped: {e}");
            return;
        }
        Err(e) => panic!("{e}"),
    };
    let dir = temp_dir();
    let cluster = StopOnDrop(Cluster::new(dir.path().join("pg")).with_bin(bin));
    let c = &cluster.0;
    assert_eq!(c.status(), Status::Uninitialised);

    let port = c.ensure_running().expect("start");
    match c.status() {
        Status::Running { port: p, pid } => {
            assert_eq!(p, port);
            assert!(pid > 0);
        }
        other => panic!("expected running, got {other:?}"),
    }
    assert_eq!(c.last_port(), Some(port));
    // A second call (as from another process) reuses the running server.
    assert_eq!(c.ensure_running().expect("reuse"), port);

    assert_eq!(c.create_database(port, "justify_dev"), Ok(true));
    assert_eq!(c.create_database(port, "justify_dev"), Ok(false));

    let conf = std::fs::read_to_string(c.data_dir().join("postgresql.conf")).unwrap();
    assert!(conf.contains("# --- justify-pgcluster ---"));
    assert!(conf.contains("listen_addresses = '127.0.0.1'"));

    assert_eq!(c.stop(), Ok(true));
    assert_eq!(c.status(), Status::Stopped);
    assert_eq!(c.status().port(), None);
    assert_eq!(c.stop(), Ok(false));

    // Restart: same data (the database is still there), the last port preferred.
    let again = c.ensure_running().expect("restart");
    assert_eq!(c.status().port(), Some(again));
    assert_eq!(c.create_database(again, "justify_dev"), Ok(false));
    assert_eq!(c.stop(), Ok(true));
    assert_eq!(c.status(), Status::Stopped);
}

#[test]
fn a_foreign_data_directory_is_not_thrown_away() {
    let dir = temp_dir();
    let root = dir.path().join("pg");
    std::fs::create_dir_all(root.join("data")).unwrap();
    std::fs::write(root.join("data/precious.txt"), "keep me").unwrap();
    let c = Cluster::new(&root);
    assert_eq!(c.status(), Status::Uninitialised);
    if PgBin::find().is_err() {
        return;
    }
    let err = c.ensure_running().unwrap_err();
    assert!(
        err.message().contains("not a PostgreSQL data directory"),
        "{err}"
    );
    assert!(root.join("data/precious.txt").is_file());
}
