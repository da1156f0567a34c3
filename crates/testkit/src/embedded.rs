//! The embedded throwaway cluster: a [`justify_pgcluster::Cluster`] under
//! `target/justify-testkit/pg<major>/`, shared by all test processes through
//! an exclusive `flock` on `target/justify-testkit/embedded.lock`.
//!
//! Layout of `<base>/pg<major>/` (owned by `postgres` when we run as root):
//! `data/` (the cluster, port in `data/postmaster.pid`) and `log`.

use std::fs;
use std::path::{Path, PathBuf};

use justify_pgcluster::{Cluster, PgBin};

/// Extra settings for `postgresql.conf` (after justify-pgcluster's loopback-only
/// TCP, no unix socket): many connections, durability off for speed.
const SETTINGS: &str = "
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
log_checkpoints = off
";

/// Ensures the embedded cluster runs; returns the URL of its `postgres` database.
pub(crate) fn ensure_running() -> Result<String, String> {
    let base = base_dir();
    fs::create_dir_all(&base).map_err(|e| format!("cannot create {}: {e}", base.display()))?;
    let bin = PgBin::find().map_err(|e| format!("{e}; or set DATABASE_URL"))?;
    let cluster = Cluster::new(base.join(format!("pg{}", bin.major())))
        .with_bin(bin)
        .lock_file(base.join("embedded.lock"))
        .settings("justify-testkit", SETTINGS)
        .disposable(true);
    let port = cluster.ensure_running().map_err(|e| {
        format!(
            "{e}\n(the embedded test cluster lives in {}; set JUSTIFY_TESTKIT_DIR to move it, \
             or DATABASE_URL to use another server)",
            base.display()
        )
    })?;
    Ok(justify_pgcluster::url(port, "postgres"))
}

/// `JUSTIFY_TESTKIT_DIR`, else `$CARGO_TARGET_DIR/justify-testkit`, else the
/// workspace's `target/justify-testkit`.
fn base_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("JUSTIFY_TESTKIT_DIR") {
        return PathBuf::from(dir);
    }
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(t) => PathBuf::from(t),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"),
    };
    let target = target.canonicalize().unwrap_or(target);
    target.join("justify-testkit")
}
