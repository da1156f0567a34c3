//! # justify-codegen — the typed Rust client
//!
//! Validated model → Tera context ([`context`]) → the files of a standalone Cargo crate, rendered
//! from the top-level `templates/` (embedded at build time) and formatted with `rustfmt`.
//! Output is deterministic: the same schema always gives the same bytes.

pub mod context;
pub mod names;

use justify_psl::model::{ConfigValue, Generator, Schema};
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const TEMPLATES: &[(&str, &str)] = &[
    (
        "Cargo.toml",
        include_str!("../../../templates/Cargo.toml.tera"),
    ),
    ("lib.rs", include_str!("../../../templates/lib.rs.tera")),
    (
        "runtime.rs",
        include_str!("../../../templates/runtime.rs.tera"),
    ),
    ("enums.rs", include_str!("../../../templates/enums.rs.tera")),
    ("model.rs", include_str!("../../../templates/model.rs.tera")),
];

/// The provider of this client's generator block.
pub const PROVIDER: &str = "justify-schema-client";

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("template error: {0}")]
    Template(String),
    #[error("rustfmt failed on {file}: {message}")]
    Rustfmt { file: String, message: String },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// One file of the generated crate, relative to its root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// The generator block of this client: provider `justify-schema-client`, else the one named
/// `client`.
pub fn generator(schema: &Schema) -> Option<&Generator> {
    let is_ours = |g: &&Generator| matches!(&g.provider, ConfigValue::String(p) if p == PROVIDER);
    schema
        .generators
        .iter()
        .find(is_ours)
        .or_else(|| schema.generators.iter().find(|g| g.name == "client"))
}

/// The generator's `output`, when it is a string (relative to the schema file).
pub fn configured_output(schema: &Schema) -> Option<String> {
    match &generator(schema)?.output {
        Some(ConfigValue::String(s)) => Some(s.clone()),
        _ => None,
    }
}

/// The crate name: the generator's `crateName`, else the last component of its `output`, else
/// `prisma-client`.
pub fn crate_name(schema: &Schema) -> String {
    let g = generator(schema);
    let configured = g.and_then(|g| {
        g.config.iter().find_map(|(k, v)| match v {
            ConfigValue::String(s) if k == "crateName" => Some(s.clone()),
            _ => None,
        })
    });
    let from_output = || {
        configured_output(schema).and_then(|o| {
            Path::new(&o)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
        })
    };
    let name = configured
        .or_else(from_output)
        .unwrap_or_else(|| "prisma-client".to_owned());
    let clean: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if clean.starts_with(|c: char| c.is_ascii_alphabetic()) {
        clean
    } else {
        format!("client-{clean}")
    }
}

/// Options of [`generate`].
#[derive(Debug, Clone)]
pub struct Options {
    /// Overrides [`crate_name`].
    pub crate_name: Option<String>,
    /// Named in the generated Cargo.toml's header comment.
    pub schema_name: String,
    /// Leave the Rust files as the templates wrote them (no `rustfmt`).
    pub skip_rustfmt: bool,
    /// Where formatted files are kept, by their unformatted text ([`DEFAULT_FORMAT_CACHE`],
    /// relative to the current directory, by default): a file whose render did not change since
    /// an earlier generation is not formatted again. `None`: format every file.
    pub format_cache: Option<PathBuf>,
}

/// The default [`Options::format_cache`], in the project's `.justify/` folder (git-ignored).
pub const DEFAULT_FORMAT_CACHE: &str = ".justify/rustfmt-cache";

impl Default for Options {
    fn default() -> Self {
        Options {
            crate_name: None,
            schema_name: String::new(),
            skip_rustfmt: false,
            format_cache: Some(PathBuf::from(DEFAULT_FORMAT_CACHE)),
        }
    }
}

/// Renders the client crate of `schema`.
pub fn generate(schema: &Schema, options: &Options) -> Result<Vec<GeneratedFile>, Error> {
    let files = render(schema, options)?
        .into_iter()
        .map(|(path, contents)| GeneratedFile {
            path: PathBuf::from(path),
            contents,
        })
        .collect();
    if options.skip_rustfmt {
        Ok(files)
    } else {
        format(files, options)
    }
}

/// Formats files [`generate`] rendered with `skip_rustfmt` as `generate` would have (through
/// `options.format_cache`): for callers that look at the unformatted render first.
pub fn format(files: Vec<GeneratedFile>, options: &Options) -> Result<Vec<GeneratedFile>, Error> {
    let mut raw: Vec<(String, String)> = files
        .into_iter()
        .map(|f| (f.path.to_string_lossy().into_owned(), f.contents))
        .collect();
    format_rust(&mut raw, options.format_cache.as_deref())?;
    Ok(raw
        .into_iter()
        .map(|(path, contents)| GeneratedFile {
            path: PathBuf::from(path),
            contents,
        })
        .collect())
}

/// The files as the templates write them (path, contents).
fn render(schema: &Schema, options: &Options) -> Result<Vec<(String, String)>, Error> {
    let crate_name = options
        .crate_name
        .clone()
        .unwrap_or_else(|| crate_name(schema));
    let ctx = context::build(schema, &crate_name, &options.schema_name);
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![]);
    // A template without tags (the runtime) is its own output: parsing it would only cost time.
    let is_static = |text: &str| !["{{", "{%", "{#"].iter().any(|tag| text.contains(tag));
    tera.add_raw_templates(TEMPLATES.iter().copied().filter(|(_, t)| !is_static(t)))
        .map_err(template_error)?;
    let render = |name: &str, ctx: &tera::Context| match TEMPLATES
        .iter()
        .find(|(n, t)| *n == name && is_static(t))
    {
        Some((_, text)) => Ok(text.to_string()),
        None => tera.render(name, ctx).map_err(template_error),
    };
    let full = tera::Context::from_serialize(&ctx).map_err(template_error)?;

    let mut files = vec![
        ("Cargo.toml".to_owned(), render("Cargo.toml", &full)?),
        ("src/lib.rs".to_owned(), render("lib.rs", &full)?),
        ("src/runtime.rs".to_owned(), render("runtime.rs", &full)?),
    ];
    if !ctx.enums.is_empty() {
        files.push(("src/enums.rs".to_owned(), render("enums.rs", &full)?));
    }
    for m in &ctx.models {
        let mut c = tera::Context::new();
        c.insert("m", m);
        files.push((format!("src/{}.rs", m.module), render("model.rs", &c)?));
    }
    Ok(files)
}

/// `rustfmt` processes at most, each formatting a share of the files.
const MAX_RUSTFMT_PROCESSES: usize = 4;

/// Formats every `.rs` file. Files found in the cache (same unformatted text, same rustfmt
/// command) are taken from it; the others are shared out, by size, among up to one `rustfmt`
/// process per core, each formatting its share in one run (a process costs ~20 ms before it
/// formats anything), and added to the cache.
fn format_rust(files: &mut [(String, String)], cache: Option<&Path>) -> Result<(), Error> {
    let command = rustfmt_command();
    let cache = cache.map(|dir| FormatCache::new(dir, &command));
    let mut misses = Vec::new();
    for (i, (path, contents)) in files.iter_mut().enumerate() {
        if !path.ends_with(".rs") {
            continue;
        }
        match cache.as_ref().and_then(|c| c.get(contents)) {
            Some(formatted) => *contents = formatted,
            None => misses.push(i),
        }
    }
    if misses.is_empty() {
        return Ok(());
    }
    let processes = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MAX_RUSTFMT_PROCESSES)
        .min(misses.len());
    // Largest first, each to the least loaded process.
    misses.sort_by_key(|&i| std::cmp::Reverse(files[i].1.len()));
    let mut shares: Vec<(usize, Vec<usize>)> = vec![(0, Vec::new()); processes];
    for &i in &misses {
        let share = shares.iter_mut().min_by_key(|s| s.0).expect("one share");
        share.0 += files[i].1.len();
        share.1.push(i);
    }
    let formatted: Vec<Result<Vec<String>, Error>> = std::thread::scope(|scope| {
        let files = &*files;
        let command = &command;
        let handles: Vec<_> = shares
            .iter()
            .map(|(_, share)| {
                scope.spawn(move || {
                    let sources: Vec<(&str, &str)> = share
                        .iter()
                        .map(|&i| (files[i].0.as_str(), files[i].1.as_str()))
                        .collect();
                    rustfmt_files(command, &sources)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("rustfmt thread"))
            .collect()
    });
    for ((_, share), result) in shares.iter().zip(formatted) {
        for (&i, contents) in share.iter().zip(result?) {
            if let Some(cache) = &cache {
                cache.put(&files[i].1, &contents);
            }
            files[i].1 = contents;
        }
    }
    if let Some(cache) = &cache {
        cache.prune();
    }
    Ok(())
}

fn rustfmt_command() -> std::ffi::OsString {
    std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into())
}

/// Formats `files` (name, source) with one `rustfmt` process: they are written under flat
/// names to a private temporary folder, formatted in place without following their `mod`
/// declarations (`skip_children`; each file is formatted once, as itself), and read back.
/// Should that fail (a syntax error, or a rustfmt that does not know `skip_children`), each
/// file is formatted on its own through stdin, which names the file at fault.
fn rustfmt_files(command: &std::ffi::OsStr, files: &[(&str, &str)]) -> Result<Vec<String>, Error> {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "justify-codegen-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let together = (|| -> std::io::Result<Option<Vec<String>>> {
        std::fs::create_dir_all(&dir)?;
        let mut names = Vec::new();
        for (n, (_, source)) in files.iter().enumerate() {
            let name = format!("f{n}.rs");
            std::fs::write(dir.join(&name), source)?;
            names.push(name);
        }
        let out = Command::new(command)
            .args([
                "--edition",
                "2021",
                "--quiet",
                "--config",
                "skip_children=true",
            ])
            .args(&names)
            .current_dir(&dir)
            .stdin(Stdio::null())
            .output()?;
        if !out.status.success() {
            return Ok(None);
        }
        names
            .iter()
            .map(|name| std::fs::read_to_string(dir.join(name)))
            .collect::<std::io::Result<Vec<String>>>()
            .map(Some)
    })();
    let _ = std::fs::remove_dir_all(&dir);
    match together {
        Ok(Some(formatted)) => Ok(formatted),
        _ => files
            .iter()
            .map(|(name, source)| rustfmt(name, source))
            .collect(),
    }
}

/// Formatted files by their unformatted text, one file per entry named by a hash of the text:
/// a header (format version, rustfmt command, length of the unformatted text), the unformatted
/// text (compared in full on lookup, so a hash collision is only a miss), then the formatted
/// text. Written through a temporary file and a rename, so concurrent generations never read a
/// partial entry. A cache only: any failure to read or write it is a miss.
struct FormatCache {
    dir: PathBuf,
    header: String,
}

/// Entries kept at most; the least recently used beyond it are removed.
const FORMAT_CACHE_ENTRIES: usize = 2048;

impl FormatCache {
    fn new(dir: &Path, command: &std::ffi::OsStr) -> Self {
        FormatCache {
            dir: dir.to_path_buf(),
            header: format!(
                "justify-codegen rustfmt cache 1\n{} --edition 2021\n",
                command.to_string_lossy()
            ),
        }
    }

    fn entry(&self, source: &str) -> PathBuf {
        use sha2::{Digest, Sha256};
        let digest = Sha256::new()
            .chain_update(self.header.as_bytes())
            .chain_update(source.as_bytes())
            .finalize();
        let name: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("{name}.rs"))
    }

    fn get(&self, source: &str) -> Option<String> {
        let path = self.entry(source);
        let text = std::fs::read_to_string(&path).ok()?;
        let rest = text.strip_prefix(&self.header)?;
        let (len, rest) = rest.split_once('\n')?;
        let len: usize = len.parse().ok()?;
        let (raw, formatted) = (rest.get(..len)?, rest.get(len..)?);
        if raw != source {
            return None;
        }
        // Marks the entry as used (pruning removes the least recently used).
        if let Ok(f) = std::fs::File::options().append(true).open(&path) {
            let _ = f.set_modified(std::time::SystemTime::now());
        }
        Some(formatted.to_owned())
    }

    fn put(&self, source: &str, formatted: &str) {
        let _ = (|| -> std::io::Result<()> {
            if !self.dir.is_dir() {
                // A new `.justify/` gets a `.gitignore` that ignores all of it.
                if let Some(parent) = self.dir.parent() {
                    if parent.file_name().is_some_and(|n| n == ".justify") && !parent.exists() {
                        std::fs::create_dir_all(parent)?;
                        std::fs::write(parent.join(".gitignore"), "*\n")?;
                    }
                }
                std::fs::create_dir_all(&self.dir)?;
            }
            let path = self.entry(source);
            static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let tmp = path.with_extension(format!("tmp{}-{n}", std::process::id()));
            let mut text =
                String::with_capacity(self.header.len() + source.len() + formatted.len() + 16);
            text.push_str(&self.header);
            text.push_str(&format!("{}\n", source.len()));
            text.push_str(source);
            text.push_str(formatted);
            std::fs::write(&tmp, text)?;
            std::fs::rename(&tmp, &path)
        })();
    }

    /// Keeps the [`FORMAT_CACHE_ENTRIES`] most recently used entries.
    fn prune(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let mut found: Vec<(std::time::SystemTime, PathBuf)> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
            .map(|e| {
                let time = e.metadata().and_then(|m| m.modified());
                (time.unwrap_or(std::time::UNIX_EPOCH), e.path())
            })
            .collect();
        if found.len() <= FORMAT_CACHE_ENTRIES {
            return;
        }
        found.sort();
        let excess = found.len() - FORMAT_CACHE_ENTRIES;
        for (_, path) in found.into_iter().take(excess) {
            let _ = std::fs::remove_file(path);
        }
    }
}

fn template_error(e: tera::Error) -> Error {
    let mut msg = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    Error::Template(msg)
}

/// Formats Rust source with `rustfmt` (edition 2021, default style), through stdin.
pub fn rustfmt(name: &str, source: &str) -> Result<String, Error> {
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Command::new(rustfmt)
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::Rustfmt {
            file: name.to_owned(),
            message: format!("cannot run rustfmt: {e}"),
        })?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output()?;
    let _ = writer.join();
    if !out.status.success() {
        return Err(Error::Rustfmt {
            file: name.to_owned(),
            message: String::from_utf8_lossy(&out.stderr).into_owned(),
        });
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// A file whose contents on disk differ from the generated ones.
#[derive(Debug, Clone)]
pub struct Stale {
    pub path: PathBuf,
    /// A unified diff from the file on disk to the generated file.
    pub diff: String,
}

/// Generated `.rs` files under `src/` that would be removed (left over from older schemas).
fn leftovers(files: &[GeneratedFile], out: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(out.join("src")) else {
        return Vec::new();
    };
    let mut extra: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| PathBuf::from("src").join(e.file_name()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .filter(|p| !files.iter().any(|f| &f.path == p))
        .collect();
    extra.sort();
    extra
}

/// Compares generated files with those in `out`.
pub fn check(files: &[GeneratedFile], out: &Path) -> Vec<Stale> {
    let mut stale = Vec::new();
    for f in files {
        let on_disk = std::fs::read_to_string(out.join(&f.path)).unwrap_or_default();
        if on_disk != f.contents {
            stale.push(Stale {
                path: f.path.clone(),
                diff: unified_diff(&f.path, &on_disk, &f.contents),
            });
        }
    }
    for p in leftovers(files, out) {
        let on_disk = std::fs::read_to_string(out.join(&p)).unwrap_or_default();
        stale.push(Stale {
            diff: unified_diff(&p, &on_disk, ""),
            path: p,
        });
    }
    stale
}

fn unified_diff(path: &Path, old: &str, new: &str) -> String {
    let name = path.display().to_string();
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

/// Writes the files into `out` (creating folders), removing leftover `src/*.rs` files; returns
/// the paths that changed.
pub fn write(files: &[GeneratedFile], out: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut changed = Vec::new();
    for p in leftovers(files, out) {
        std::fs::remove_file(out.join(&p))?;
        changed.push(p);
    }
    for f in files {
        let path = out.join(&f.path);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(f.contents.as_str()) {
            continue;
        }
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, &f.contents)?;
        changed.push(f.path.clone());
    }
    Ok(changed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rustfmt_files_formats_each_file_once_and_names_a_broken_one() {
        let command = rustfmt_command();
        // A `mod` whose file is not there: only `skip_children` lets this through.
        let ok = rustfmt_files(&command, &[("src/lib.rs", "pub mod a;\nfn  f(){}\n")]).unwrap();
        assert_eq!(ok, ["pub mod a;\nfn f() {}\n"]);
        let err = rustfmt_files(
            &command,
            &[("src/good.rs", "fn  f(){}\n"), ("src/broken.rs", "fn (")],
        )
        .unwrap_err();
        assert!(err.to_string().contains("src/broken.rs"), "{err}");
    }
}
