//! A local PostgreSQL cluster run from the machine's own server binaries (`initdb`, `pg_ctl`):
//! the development database of `justify-schema dev-db` and the testkit's throwaway cluster.
//!
//! A [`Cluster`] lives in one directory (its *root*):
//!
//! - `data/`: the cluster itself (`initdb`); its port is in `data/postmaster.pid` while it runs;
//! - `log`: the server log (`pg_ctl -l`);
//! - `port`: the port of the last successful start, tried first on the next one, so that a
//!   development URL stays the same across restarts when it can;
//! - `lock` (unless [`Cluster::lock_file`] puts it elsewhere): an exclusive `flock` held while
//!   starting or stopping, so that concurrent processes share one server instead of racing.
//!
//! The server listens on `127.0.0.1` only (TCP, no unix socket: socket paths have a length limit
//! and the root may be deep), with `trust` authentication for the superuser `postgres`.
//!
//! PostgreSQL refuses to run as root. When the current user is root, the tools run as the
//! `postgres` user through `runuser` (or `setpriv`), and the root directory is handed to that user.
//!
//! Everything is plain `std::process`: no async runtime, no client library.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Why a cluster could not be found, set up, started or stopped. The message is meant for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(String);

impl Error {
    fn new(msg: impl Into<String>) -> Error {
        Error(msg.into())
    }

    pub fn message(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl From<Error> for String {
    fn from(e: Error) -> String {
        e.0
    }
}

type Result<T> = std::result::Result<T, Error>;

/// Settings always appended to `postgresql.conf`: loopback TCP only, no unix socket.
const BASE_SETTINGS: &str = "listen_addresses = '127.0.0.1'
unix_socket_directories = ''
";

/// The URL of database `database` on a cluster listening on `port`, as superuser `postgres`.
pub fn url(port: u16, database: &str) -> String {
    format!("postgres://postgres@127.0.0.1:{port}/{database}")
}

/// A PostgreSQL installation: a directory holding `initdb`, `pg_ctl` (and usually `postgres`,
/// `createdb`, `psql`), and its major version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgBin {
    dir: PathBuf,
    major: String,
}

impl PgBin {
    /// The installation to use: `JUSTIFY_PG_BIN`, else the first directory on `PATH` with both
    /// `initdb` and `pg_ctl` (symlinks resolved), else the newest `/usr/lib/postgresql/<major>/bin`.
    pub fn find() -> Result<PgBin> {
        PgBin::at(find_bin_dir()?)
    }

    /// The installation in `dir`.
    pub fn at(dir: impl Into<PathBuf>) -> Result<PgBin> {
        let dir = dir.into();
        if !has_server_tools(&dir) {
            return Err(Error::new(format!(
                "{} has no initdb and pg_ctl",
                dir.display()
            )));
        }
        let major = major_version(&dir)?;
        Ok(PgBin { dir, major })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The major version, e.g. `"16"`.
    pub fn major(&self) -> &str {
        &self.major
    }

    /// The path of tool `name` of this installation (`createdb`, `psql`, ...), else `name` as
    /// found on `PATH` (client tools are sometimes packaged apart from the server's).
    pub fn tool(&self, name: &str) -> PathBuf {
        let own = self.dir.join(name);
        if own.is_file() {
            own
        } else {
            PathBuf::from(name)
        }
    }
}

/// What [`Cluster::status`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// No data directory yet (never started).
    Uninitialised,
    /// Set up, not running (or not answering).
    Stopped,
    /// Running and accepting TCP connections on `127.0.0.1:port`.
    Running { port: u16, pid: u32 },
}

impl Status {
    /// The port, when running.
    pub fn port(&self) -> Option<u16> {
        match self {
            Status::Running { port, .. } => Some(*port),
            _ => None,
        }
    }
}

/// A cluster in a root directory; see the crate docs for the layout. Building one touches
/// nothing: [`Cluster::ensure_running`] creates, initialises and starts it on demand.
#[derive(Debug, Clone)]
pub struct Cluster {
    root: PathBuf,
    lock: Option<PathBuf>,
    bin: Option<PgBin>,
    marker: String,
    settings: String,
    disposable: bool,
}

impl Cluster {
    /// The cluster in `root`. Its PostgreSQL installation is [`PgBin::find`] unless
    /// [`Cluster::with_bin`] gives one.
    pub fn new(root: impl Into<PathBuf>) -> Cluster {
        Cluster {
            root: root.into(),
            lock: None,
            bin: None,
            marker: "justify-pgcluster".to_string(),
            settings: String::new(),
            disposable: false,
        }
    }

    /// Use this PostgreSQL installation.
    pub fn with_bin(mut self, bin: PgBin) -> Cluster {
        self.bin = Some(bin);
        self
    }

    /// Hold the start/stop lock on `path` instead of `<root>/lock`.
    pub fn lock_file(mut self, path: impl Into<PathBuf>) -> Cluster {
        self.lock = Some(path.into());
        self
    }

    /// Extra `postgresql.conf` settings, written after `initdb` under the comment line
    /// `# --- <marker> ---`. A data directory without that line was not set up by this code; a
    /// [disposable](Cluster::disposable) one is then re-created, another gets the settings added.
    pub fn settings(mut self, marker: &str, settings: &str) -> Cluster {
        self.marker = marker.to_string();
        self.settings = settings.to_string();
        self
    }

    /// Whether the data may be thrown away and re-created when it does not fit (set up by another
    /// major version, or not by this code). Off by default: such a cluster is an error instead.
    pub fn disposable(mut self, yes: bool) -> Cluster {
        self.disposable = yes;
        self
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn data_dir(&self) -> PathBuf {
        self.root.join("data")
    }

    pub fn log_file(&self) -> PathBuf {
        self.root.join("log")
    }

    fn lock_path(&self) -> PathBuf {
        self.lock.clone().unwrap_or_else(|| self.root.join("lock"))
    }

    fn port_file(&self) -> PathBuf {
        self.root.join("port")
    }

    /// The PostgreSQL installation this cluster uses.
    pub fn bin(&self) -> Result<PgBin> {
        match &self.bin {
            Some(b) => Ok(b.clone()),
            None => PgBin::find(),
        }
    }

    /// Whether the cluster runs, without touching it (no lock, no binaries needed).
    pub fn status(&self) -> Status {
        let data = self.data_dir();
        match running(&data) {
            Some((pid, port)) => Status::Running { port, pid },
            None if data.join("PG_VERSION").is_file() => Status::Stopped,
            None => Status::Uninitialised,
        }
    }

    /// The port of the last successful start (kept after a stop).
    pub fn last_port(&self) -> Option<u16> {
        fs::read_to_string(self.port_file())
            .ok()?
            .trim()
            .parse()
            .ok()
    }

    /// Starts the cluster unless it runs (creating and initialising it first when needed);
    /// returns its port. Safe to call from concurrent processes: one starts it, the others wait
    /// and reuse it.
    pub fn ensure_running(&self) -> Result<u16> {
        fs::create_dir_all(&self.root)
            .map_err(|e| Error::new(format!("cannot create {}: {e}", self.root.display())))?;
        let _lock = Flock::exclusive(&self.lock_path())?;
        let data = self.data_dir();
        if let Some((_, port)) = running(&data) {
            return Ok(port);
        }
        let bin = self.bin()?;
        let runner = Runner::new()?;
        runner.give(&self.root)?;
        self.initialise(&bin, &runner)?;
        self.start(&bin, &runner)
    }

    /// Stops the cluster (`pg_ctl stop -m fast`); `Ok(false)` when it was not running.
    pub fn stop(&self) -> Result<bool> {
        let data = self.data_dir();
        if !data.join("PG_VERSION").is_file() {
            return Ok(false);
        }
        let _lock = Flock::exclusive(&self.lock_path())?;
        if !data.join("postmaster.pid").is_file() {
            return Ok(false);
        }
        let bin = self.bin()?;
        let runner = Runner::new()?;
        let out = runner
            .command(&bin.dir.join("pg_ctl"))
            .current_dir(&self.root)
            .arg("-D")
            .arg(&data)
            .args(["-m", "fast", "-w", "-t", "60", "stop"])
            .stdin(Stdio::null())
            .output()
            .map_err(|e| Error::new(format!("cannot run pg_ctl: {e}")))?;
        if out.status.success() {
            return Ok(true);
        }
        // A stale postmaster.pid (the server died): nothing to stop.
        if running(&data).is_none() && !pid_alive(&data) {
            return Ok(false);
        }
        Err(Error::new(format!(
            "pg_ctl stop failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )))
    }

    /// Creates database `name` on the running cluster (listening on `port`) with the
    /// installation's `createdb`; `Ok(false)` when it exists already.
    pub fn create_database(&self, port: u16, name: &str) -> Result<bool> {
        let bin = self.bin()?;
        let createdb = bin.tool("createdb");
        let out = Command::new(&createdb)
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &port.to_string(),
                "-U",
                "postgres",
                "-w",
            ])
            .arg("--")
            .arg(name)
            .env_remove("PGDATABASE")
            .stdin(Stdio::null())
            .output()
            .map_err(|e| Error::new(format!("cannot run {}: {e}", createdb.display())))?;
        if out.status.success() {
            return Ok(true);
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        if stderr.contains("already exists") {
            return Ok(false);
        }
        Err(Error::new(format!(
            "createdb {name} failed ({}): {}",
            out.status,
            stderr.trim()
        )))
    }

    /// `initdb` unless the data directory is set up (by this major version, with our settings).
    fn initialise(&self, bin: &PgBin, runner: &Runner) -> Result<()> {
        let data = self.data_dir();
        let marker = format!("# --- {} ---", self.marker);
        let version = fs::read_to_string(data.join("PG_VERSION")).ok();
        let conf_path = data.join("postgresql.conf");
        let conf = fs::read_to_string(&conf_path).ok();
        let fits_version = version.as_deref().map(str::trim) == Some(bin.major.as_str());
        let has_marker = conf.as_deref().is_some_and(|c| c.contains(&marker));
        if fits_version && has_marker {
            return Ok(());
        }
        if let Some(v) = &version {
            if !fits_version && !self.disposable {
                return Err(Error::new(format!(
                    "{} holds a PostgreSQL {} cluster, but the server binaries in {} are version {}; \
                     start it with those (set JUSTIFY_PG_BIN), or remove {} to start afresh",
                    data.display(),
                    v.trim(),
                    bin.dir.display(),
                    bin.major,
                    self.root.display()
                )));
            }
            if fits_version && conf.is_some() && !self.disposable {
                // Initialised, but our settings were never added (interrupted set-up, or another
                // tool's cluster): add them, keep the data.
                return self.append_settings(&conf_path, &marker);
            }
        }
        if data.exists() {
            let empty = fs::read_dir(&data)
                .map(|mut d| d.next().is_none())
                .unwrap_or(false);
            if !empty && !self.disposable {
                return Err(Error::new(format!(
                    "{} exists but is not a PostgreSQL data directory; remove it to start afresh",
                    data.display()
                )));
            }
            fs::remove_dir_all(&data)
                .map_err(|e| Error::new(format!("cannot remove stale {}: {e}", data.display())))?;
        }
        let out = runner
            .command(&bin.dir.join("initdb"))
            .current_dir(&self.root)
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
            .stdin(Stdio::null())
            .output()
            .map_err(|e| Error::new(format!("cannot run initdb: {e}")))?;
        if !out.status.success() {
            return Err(Error::new(format!(
                "initdb failed ({}):\n{}{}",
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )));
        }
        self.append_settings(&conf_path, &marker)
    }

    fn append_settings(&self, conf_path: &Path, marker: &str) -> Result<()> {
        let mut conf = OpenOptions::new()
            .append(true)
            .open(conf_path)
            .map_err(|e| Error::new(format!("cannot open {}: {e}", conf_path.display())))?;
        let text = format!("\n{marker}\n{BASE_SETTINGS}{}\n", self.settings.trim());
        conf.write_all(text.as_bytes())
            .map_err(|e| Error::new(format!("cannot write {}: {e}", conf_path.display())))
    }

    /// `pg_ctl start` on the last port if free, else on a free one; a few attempts, since another
    /// process may take the port between our probe and the server's bind.
    fn start(&self, bin: &PgBin, runner: &Runner) -> Result<u16> {
        let data = self.data_dir();
        let log = self.log_file();
        let mut last_error = String::new();
        let mut preferred = self.last_port();
        for _ in 0..5 {
            let port = match preferred.take().filter(|p| port_is_free(*p)) {
                Some(p) => p,
                None => free_port()?,
            };
            let out = runner
                .command(&bin.dir.join("pg_ctl"))
                .current_dir(&self.root)
                .arg("-D")
                .arg(&data)
                .arg("-l")
                .arg(&log)
                .args(["-w", "-t", "60", "-o"])
                .arg(format!("-p {port}"))
                .arg("start")
                .stdin(Stdio::null())
                .output()
                .map_err(|e| Error::new(format!("cannot run pg_ctl: {e}")))?;
            if out.status.success() {
                if let Some((_, port)) = running(&data) {
                    let _ = fs::write(self.port_file(), format!("{port}\n"));
                    return Ok(port);
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
        Err(Error::new(last_error))
    }
}

/// `(pid, port)` of the server running on `data`, if it runs, is ready and answers on TCP.
fn running(data: &Path) -> Option<(u32, u16)> {
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
    Some((pid, port))
}

/// Whether the process named in `data/postmaster.pid` exists.
fn pid_alive(data: &Path) -> bool {
    fs::read_to_string(data.join("postmaster.pid"))
        .ok()
        .and_then(|p| p.lines().next()?.trim().parse::<u32>().ok())
        .is_some_and(|pid| Path::new(&format!("/proc/{pid}")).exists())
}

fn port_is_free(port: u16) -> bool {
    TcpListener::bind(("127.0.0.1", port)).is_ok()
}

fn free_port() -> Result<u16> {
    let listener = TcpListener::bind("127.0.0.1:0")
        .map_err(|e| Error::new(format!("cannot bind a free port: {e}")))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| Error::new(e.to_string()))
}

fn has_server_tools(dir: &Path) -> bool {
    dir.join("initdb").is_file() && dir.join("pg_ctl").is_file()
}

fn find_bin_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("JUSTIFY_PG_BIN") {
        let dir = PathBuf::from(dir);
        return if has_server_tools(&dir) {
            Ok(dir)
        } else {
            Err(Error::new(format!(
                "JUSTIFY_PG_BIN={} has no initdb and pg_ctl",
                dir.display()
            )))
        };
    }
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            if has_server_tools(&dir) {
                // Resolve symlinks (e.g. /usr/local/bin/initdb ->
                // /usr/lib/postgresql/15/bin/initdb) so that both tools and
                // the `postgres` binary come from one installation.
                let real = dir
                    .join("initdb")
                    .canonicalize()
                    .ok()
                    .and_then(|p| p.parent().map(Path::to_path_buf))
                    .unwrap_or(dir);
                if has_server_tools(&real) {
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
            has_server_tools(&bin).then_some((major, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin).ok_or_else(|| {
        Error::new(
            "no PostgreSQL server binaries (initdb, pg_ctl) on PATH or under \
             /usr/lib/postgresql/*/bin; install them (e.g. `apt-get install postgresql`) or set \
             JUSTIFY_PG_BIN",
        )
    })
}

fn major_version(bin: &Path) -> Result<String> {
    let out = Command::new(bin.join("pg_ctl"))
        .arg("--version")
        .output()
        .map_err(|e| Error::new(format!("cannot run pg_ctl --version: {e}")))?;
    // "pg_ctl (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace()
        .nth(2)
        .and_then(|v| v.split('.').next())
        .filter(|m| !m.is_empty() && m.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .ok_or_else(|| Error::new(format!("cannot parse pg_ctl --version output {text:?}")))
}

/// Runs the PostgreSQL server tools as ourselves, or — since they refuse to run as root — as the
/// `postgres` user when we are root.
enum Runner {
    Me,
    Postgres { uid: u32, gid: u32, via: PathBuf },
}

impl Runner {
    fn new() -> Result<Runner> {
        // SAFETY: geteuid has no preconditions and cannot fail.
        if unsafe { libc::geteuid() } != 0 {
            return Ok(Runner::Me);
        }
        let id = |flag: &str| -> Result<u32> {
            let out = Command::new("id")
                .args([flag, "postgres"])
                .output()
                .map_err(|e| Error::new(format!("cannot run id: {e}")))?;
            String::from_utf8_lossy(&out.stdout)
                .trim()
                .parse()
                .map_err(|_| {
                    Error::new(
                        "running as root, and there is no `postgres` user to run initdb/pg_ctl \
                         as (create one, or run as another user)",
                    )
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
        .ok_or_else(|| {
            Error::new("running as root, but neither runuser nor setpriv is installed (util-linux)")
        })?;
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
    fn give(&self, dir: &Path) -> Result<()> {
        if let Runner::Postgres { uid, gid, .. } = self {
            std::os::unix::fs::chown(dir, Some(*uid), Some(*gid)).map_err(|e| {
                Error::new(format!("cannot chown {} to postgres: {e}", dir.display()))
            })?;
            // The postgres user must be able to reach the directory.
            let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
            let mut ancestor = dir.parent();
            while let Some(a) = ancestor {
                if let Ok(meta) = fs::metadata(a) {
                    use std::os::unix::fs::{MetadataExt, PermissionsExt};
                    let mode = meta.permissions().mode();
                    let searchable = mode & 0o001 != 0
                        || (meta.uid() == *uid && mode & 0o100 != 0)
                        || (meta.gid() == *gid && mode & 0o010 != 0);
                    if !searchable {
                        return Err(Error::new(format!(
                            "{} is not searchable by the postgres user, which runs the server \
                             because we run as root",
                            a.display()
                        )));
                    }
                }
                ancestor = a.parent();
            }
        }
        Ok(())
    }
}

/// An exclusive `flock` on a file, released on drop (and by the kernel if we die). The file is
/// opened close-on-exec, so the server started under the lock does not inherit it.
struct Flock(File);

impl Flock {
    fn exclusive(path: &Path) -> Result<Flock> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path)
            .map_err(|e| Error::new(format!("cannot open {}: {e}", path.display())))?;
        loop {
            // SAFETY: the fd is valid for the lifetime of `file`.
            if unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX) } == 0 {
                return Ok(Flock(file));
            }
            let err = std::io::Error::last_os_error();
            if err.kind() != std::io::ErrorKind::Interrupted {
                return Err(Error::new(format!("cannot lock {}: {err}", path.display())));
            }
        }
    }
}

impl Drop for Flock {
    fn drop(&mut self) {
        // SAFETY: as above.
        unsafe { libc::flock(self.0.as_raw_fd(), libc::LOCK_UN) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_names_the_database() {
        assert_eq!(
            url(5433, "justify_dev"),
            "postgres://postgres@127.0.0.1:5433/justify_dev"
        );
    }

    #[test]
    fn a_missing_root_is_uninitialised() {
        let c = Cluster::new("/nonexistent/justify-pgcluster-test");
        assert_eq!(c.status(), Status::Uninitialised);
        assert_eq!(c.status().port(), None);
        assert_eq!(c.last_port(), None);
        assert_eq!(c.stop(), Ok(false));
    }
}
