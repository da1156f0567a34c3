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
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Overrides [`crate_name`].
    pub crate_name: Option<String>,
    /// Named in the generated Cargo.toml's header comment.
    pub schema_name: String,
    /// Leave the Rust files as the templates wrote them (no `rustfmt`).
    pub skip_rustfmt: bool,
}

/// Renders the client crate of `schema`.
pub fn generate(schema: &Schema, options: &Options) -> Result<Vec<GeneratedFile>, Error> {
    let crate_name = options
        .crate_name
        .clone()
        .unwrap_or_else(|| crate_name(schema));
    let ctx = context::build(schema, &crate_name, &options.schema_name);
    let mut tera = tera::Tera::default();
    tera.autoescape_on(vec![]);
    tera.add_raw_templates(TEMPLATES.iter().copied())
        .map_err(template_error)?;
    let render = |name: &str, ctx: &tera::Context| tera.render(name, ctx).map_err(template_error);
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
    if !options.skip_rustfmt {
        rustfmt_all(&mut files)?;
    }
    Ok(files
        .into_iter()
        .map(|(path, contents)| GeneratedFile {
            path: PathBuf::from(path),
            contents,
        })
        .collect())
}

/// Formats every `.rs` file with ONE `rustfmt` process (one per file cost ~40 ms each, most of
/// the generation time): the files are written to a private temporary folder, formatted in
/// place, and read back.
fn rustfmt_all(files: &mut [(String, String)]) -> Result<(), Error> {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "justify-codegen-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let result = (|| {
        let mut paths = Vec::new();
        for (path, contents) in files.iter().filter(|(p, _)| p.ends_with(".rs")) {
            let full = dir.join(path);
            if let Some(parent) = full.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&full, contents)?;
            paths.push(full);
        }
        if paths.is_empty() {
            return Ok(());
        }
        let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
        let out = Command::new(rustfmt)
            .args(["--edition", "2021", "--quiet"])
            .args(&paths)
            .current_dir(&dir)
            .output()
            .map_err(|e| Error::Rustfmt {
                file: dir.display().to_string(),
                message: format!("cannot run rustfmt: {e}"),
            })?;
        if !out.status.success() {
            return Err(Error::Rustfmt {
                file: dir.display().to_string(),
                message: String::from_utf8_lossy(&out.stderr).into_owned(),
            });
        }
        for (path, contents) in files.iter_mut().filter(|(p, _)| p.ends_with(".rs")) {
            *contents = std::fs::read_to_string(dir.join(path.as_str()))?;
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&dir);
    result
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
