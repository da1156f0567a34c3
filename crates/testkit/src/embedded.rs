//! The embedded throwaway cluster: `initdb` + `pg_ctl start` under
//! `target/justify-testkit/pg<major>/`, shared by all test processes through
//! an exclusive `flock` on `target/justify-testkit/embedded.lock`.
//!
//! Layout of `<base>/pg<major>/` (owned by `postgres` when we run as root):
//! `data/` (the cluster, port in `data/postmaster.pid`) and `log`.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Extra settings appended to `postgresql.conf` after `initdb`: TCP on
/// loopback only, no unix socket (socket paths have a length limit and the
/// data dir may be deep), and durability off for speed.
const CONF: &str = "
# --- justify-testkit ---
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
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
    let lock_path = base.join("embedded.lock");
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
        .map_err(|e| format!("cannot open {}: {e}", lock_path.display()))?;
    let _guard =
        Flock::exclusive(&lock).map_err(|e| format!("cannot lock {}: {e}", lock_path.display()))?;

    let bin = find_bin_dir()?;
    let major = major_version(&bin)?;
    let cluster = base.join(format!("pg{major}"));
    let data = cluster.join("data");
    let runner = Runner::new()?;
    fs::create_dir_all(&cluster)
        .map_err(|e| format!("cannot create {}: {e}", cluster.display()))?;
    runner.give(&cluster)?;

    if let Some(port) = running_port(&data) {
        return Ok(url(port));
    }

    let initialised = fs::read_to_string(data.join("PG_VERSION"))
        .map(|v| v.trim() == major)
        .unwrap_or(false)
        && fs::read_to_string(data.join("postgresql.conf"))
            .map(|c| c.contains("justify-testkit"))
            .unwrap_or(false);
    if !initialised {
        if data.exists() {
            fs::remove_dir_all(&data)
                .map_err(|e| format!("cannot remove stale {}: {e}", data.display()))?;
        }
        let out = runner
            .command(&bin.join("initdb"))
            .current_dir(&cluster)
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
            ])
            .output()
            .map_err(|e| format!("cannot run initdb: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "initdb failed ({}):\n{}{}",
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        let mut conf = OpenOptions::new()
            .append(true)
            .open(data.join("postgresql.conf"))
            .map_err(|e| format!("cannot open postgresql.conf: {e}"))?;
        conf.write_all(CONF.as_bytes())
            .map_err(|e| format!("cannot write postgresql.conf: {e}"))?;
    }

    let log = cluster.join("log");
    let mut last_error = String::new();
    for _ in 0..5 {
        let port = free_port()?;
        let out = runner
            .command(&bin.join("pg_ctl"))
            .current_dir(&cluster)
            .arg("-D")
            .arg(&data)
            .arg("-l")
            .arg(&log)
            .args(["-w", "-t", "60", "-o"])
            .arg(format!("-p {port}"))
            .arg("start")
            .stdin(std::process::Stdio::null())
            .output()
            .map_err(|e| format!("cannot run pg_ctl: {e}"))?;
        if out.status.success() {
            if let Some(port) = running_port(&data) {
                return Ok(url(port));
            }
        }
        let log_tail = fs::read_to_string(&log)
            .map(|l| {
                let lines: Vec<&str> = l.lines().collect();
                lines[lines.len().saturating_sub(20)..].join("\n")
            })
            .unwrap_or_default();
        last_error = format!(
            "pg_ctl start failed ({}):\n{}{}\n--- {} ---\n{log_tail}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            log.display()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    Err(last_error)
}

fn url(port: u16) -> String {
    format!("postgres://postgres@127.0.0.1:{port}/postgres")
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

/// The port of the server running on `data`, if it runs and answers.
fn running_port(data: &Path) -> Option<u16> {
    let pidfile = fs::read_to_string(data.join("postmaster.pid")).ok()?;
    let lines: Vec<&str> = pidfile.lines().collect();
    let pid: u32 = lines.first()?.trim().parse().ok()?;
    let port: u16 = lines.get(3)?.trim().parse().ok()?;
    if !Path::new(&format!("/proc/{pid}")).exists() {
        return None;
    }
    if lines.get(7).map(|s| s.trim()) != Some("ready") {
        return None;
    }
    let addr = ([127, 0, 0, 1], port).into();
    TcpStream::connect_timeout(&addr, Duration::from_secs(2)).ok()?;
    Some(port)
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("cannot bind: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

/// A directory holding both `initdb` and `pg_ctl`: `JUSTIFY_PG_BIN`, `PATH`,
/// then the newest `/usr/lib/postgresql/<major>/bin`.
fn find_bin_dir() -> Result<PathBuf, String> {
    let has_both = |d: &Path| d.join("initdb").is_file() && d.join("pg_ctl").is_file();
    if let Some(dir) = std::env::var_os("JUSTIFY_PG_BIN") {
        let dir = PathBuf::from(dir);
        return if has_both(&dir) {
            Ok(dir)
        } else {
            Err(format!(
                "JUSTIFY_PG_BIN={} has no initdb and pg_ctl",
                dir.display()
            ))
        };
    }
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            if has_both(&dir) {
                // Resolve symlinks (e.g. /usr/local/bin/initdb ->
                // /usr/lib/postgresql/15/bin/initdb) so that both tools and
                // the `postgres` binary come from one installation.
                let real = dir
                    .join("initdb")
                    .canonicalize()
                    .ok()
                    .and_then(|p| p.parent().map(Path::to_path_buf))
                    .unwrap_or(dir);
                if has_both(&real) {
                    return Ok(real);
                }
            }
        }
    }
    let mut versions: Vec<(u32, PathBuf)> = fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let major = e.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            has_both(&bin).then_some((major, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin).ok_or_else(|| {
        "no PostgreSQL server binaries (initdb, pg_ctl) on PATH or under /usr/lib/postgresql/*/bin; \
         install them (e.g. `apt-get install postgresql`), set JUSTIFY_PG_BIN, or set DATABASE_URL"
            .to_string()
    })
}

fn major_version(bin: &Path) -> Result<String, String> {
    let out = Command::new(bin.join("pg_ctl"))
        .arg("--version")
        .output()
        .map_err(|e| format!("cannot run pg_ctl --version: {e}"))?;
    // "pg_ctl (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace()
        .nth(2)
        .and_then(|v| v.split('.').next())
        .filter(|m| !m.is_empty() && m.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .ok_or_else(|| format!("cannot parse pg_ctl --version output {text:?}"))
}

/// Runs the PostgreSQL tools as ourselves, or — since they refuse to run as
/// root — as the `postgres` user when we are root.
enum Runner {
    Me,
    Postgres { uid: u32, gid: u32, via: PathBuf },
}

impl Runner {
    fn new() -> Result<Runner, String> {
        // SAFETY: geteuid has no preconditions and cannot fail.
        if unsafe { libc::geteuid() } != 0 {
            return Ok(Runner::Me);
        }
        let id = |flag: &str| -> Result<u32, String> {
            let out = Command::new("id")
                .args([flag, "postgres"])
                .output()
                .map_err(|e| format!("cannot run id: {e}"))?;
            String::from_utf8_lossy(&out.stdout)
                .trim()
                .parse()
                .map_err(|_| {
                    "running as root, and there is no `postgres` user to run initdb/pg_ctl as \
                     (create one, run the tests as another user, or set DATABASE_URL)"
                        .to_string()
                })
        };
        let (uid, gid) = (id("-u")?, id("-g")?);
        let via = [
            "/usr/sbin/runuser",
            "/sbin/runuser",
            "/usr/bin/runuser",
            "/usr/bin/setpriv",
            "/bin/setpriv",
        ]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
        .ok_or("running as root, but neither runuser nor setpriv is installed (util-linux)")?;
        Ok(Runner::Postgres { uid, gid, via })
    }

    fn command(&self, program: &Path) -> Command {
        match self {
            Runner::Me => Command::new(program),
            Runner::Postgres { via, .. } => {
                let mut cmd = Command::new(via);
                if via.ends_with("setpriv") {
                    cmd.args([
                        "--reuid=postgres",
                        "--regid=postgres",
                        "--init-groups",
                        "--",
                    ]);
                } else {
                    cmd.args(["-u", "postgres", "--"]);
                }
                cmd.arg(program);
                cmd
            }
        }
    }

    /// Hands `dir` to the user that runs the server.
    fn give(&self, dir: &Path) -> Result<(), String> {
        if let Runner::Postgres { uid, gid, .. } = self {
            std::os::unix::fs::chown(dir, Some(*uid), Some(*gid))
                .map_err(|e| format!("cannot chown {} to postgres: {e}", dir.display()))?;
            // The postgres user must be able to reach the directory.
            let mut ancestor = dir.parent();
            while let Some(a) = ancestor {
                if let Ok(meta) = fs::metadata(a) {
                    use std::os::unix::fs::PermissionsExt;
                    if meta.permissions().mode() & 0o001 == 0 {
                        return Err(format!(
                            "{} is not searchable by the postgres user; set JUSTIFY_TESTKIT_DIR \
                             to a directory it can reach, or set DATABASE_URL",
                            a.display()
                        ));
                    }
                }
                ancestor = a.parent();
            }
        }
        Ok(())
    }
}

/// An exclusive `flock`, released on drop (and by the kernel if we die).
struct Flock<'a>(&'a File);

impl<'a> Flock<'a> {
    fn exclusive(file: &'a File) -> std::io::Result<Flock<'a>> {
        loop {
            // SAFETY: the fd is valid for the lifetime of `file`.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } == 0 {
                return Ok(Flock(file));
            }
            let err = std::io::Error::last_os_error();
            if err.kind() != std::io::ErrorKind::Interrupted {
                return Err(err);
            }
        }
    }
}

impl Drop for Flock<'_> {
    fn drop(&mut self) {
        // SAFETY: as above.
        unsafe { libc::flock(self.0.as_raw_fd(), libc::LOCK_UN) };
    }
}
