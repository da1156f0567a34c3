use crate::config;
use crate::output::Output;
use anyhow::{Context, Result};
use justify_psl::model::Schema;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    /// Schema file or folder of .prisma files [default: justify.toml's `schema`, else schema/schema.prisma]
    #[arg(long)]
    schema: Option<PathBuf>,
    /// Output folder of the client crate [default: the generator's `output`, relative to the schema, else generated/]
    #[arg(long)]
    out: Option<PathBuf>,
    /// Write nothing; exit 1 and print a diff when the files on disk are stale.
    #[arg(long)]
    check: bool,
}

pub fn run(args: Args, out: &Output) -> Result<ExitCode> {
    let schema_path = config::schema_path(args.schema)?;
    let sources = justify_psl::SourceSet::load(&schema_path)
        .with_context(|| format!("reading schema {}", schema_path.display()))?;
    let checked = justify_psl::check(sources);
    out.diagnostics(&checked.diagnostics, &checked.sources);
    let Some(model) = checked.model else {
        out.error("the schema is invalid; nothing generated");
        return Ok(ExitCode::from(1));
    };
    let dir = output_dir(args.out, &schema_path, &model);
    let options = options_for(&schema_path);
    let files = justify_codegen::generate(&model, &options)?;
    if args.check {
        let stale = justify_codegen::check(&files, &dir);
        if stale.is_empty() {
            out.success(&format!("The client in {} is up to date", dir.display()));
            return Ok(ExitCode::SUCCESS);
        }
        for s in &stale {
            print!("{}", s.diff);
        }
        out.error(&format!(
            "{} file{} in {} stale: run `justify-schema generate`",
            stale.len(),
            if stale.len() == 1 { " is" } else { "s are" },
            dir.display()
        ));
        return Ok(ExitCode::from(1));
    }
    let changed = justify_codegen::write(&files, &dir)?;
    out.success(&format!(
        "Generated crate `{}` in {} ({} file{} changed)",
        justify_codegen::crate_name(&model),
        dir.display(),
        changed.len(),
        if changed.len() == 1 { "" } else { "s" }
    ));
    Ok(ExitCode::SUCCESS)
}

/// `--out`, else the generator's `output` relative to the schema, else `generated/`.
fn output_dir(arg: Option<PathBuf>, schema_path: &Path, model: &Schema) -> PathBuf {
    match arg {
        Some(dir) => dir,
        None => match justify_codegen::configured_output(model) {
            Some(o) => {
                let base = if schema_path.is_dir() {
                    schema_path.to_path_buf()
                } else {
                    schema_path.parent().map(PathBuf::from).unwrap_or_default()
                };
                base.join(o)
            }
            None => PathBuf::from("generated"),
        },
    }
}

fn options_for(schema_path: &Path) -> justify_codegen::Options {
    justify_codegen::Options {
        // Only the file name, so the output does not depend on how the path was written.
        schema_name: schema_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        ..Default::default()
    }
}

/// The client generation `migrate dev` runs, as Prisma regenerates its client: only when the
/// schema configures our generator (`provider = "justify-schema-client"`; other generators are
/// kept, not run). Rendering without rustfmt takes a few milliseconds, so its fingerprint is
/// compared with the one recorded in `.justify/` at the last generation, and the costly
/// formatted render runs only when it changed, on its own thread while the database work goes
/// on; files are written only once that work succeeded.
pub enum PendingClient {
    UpToDate {
        dir: PathBuf,
    },
    Rendering {
        dir: PathBuf,
        key: String,
        render: std::thread::JoinHandle<
            Result<Vec<justify_codegen::GeneratedFile>, justify_codegen::Error>,
        >,
    },
}

const FINGERPRINT_FILE: &str = ".justify/generated-client.sha256";

impl PendingClient {
    pub fn start(schema_path: &Path, model: &Schema) -> Option<PendingClient> {
        let ours = model.generators.iter().any(|g| {
            matches!(&g.provider, justify_psl::model::ConfigValue::String(p) if p == justify_codegen::PROVIDER)
        });
        if !ours {
            return None;
        }
        let dir = output_dir(None, schema_path, model);
        let options = options_for(schema_path);
        let quick = justify_codegen::Options {
            skip_rustfmt: true,
            ..options_for(schema_path)
        };
        let rendered = justify_codegen::generate(model, &quick).unwrap_or_default();
        let mut bytes = Vec::new();
        bytes.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
        for f in &rendered {
            bytes.extend_from_slice(f.path.to_string_lossy().as_bytes());
            bytes.push(0);
            bytes.extend_from_slice(f.contents.as_bytes());
            bytes.push(0);
        }
        let key = format!(
            "{}\t{}\n",
            dir.display(),
            justify_migrate::folder::checksum(&bytes)
        );
        let recorded = std::fs::read_to_string(FINGERPRINT_FILE).unwrap_or_default();
        if recorded == key && dir.join("src/lib.rs").is_file() {
            return Some(PendingClient::UpToDate { dir });
        }
        // Format the render just fingerprinted (a failed render is redone for its error).
        let model = model.clone();
        let render = std::thread::spawn(move || {
            if rendered.is_empty() {
                justify_codegen::generate(&model, &options)
            } else {
                justify_codegen::format(rendered, &options)
            }
        });
        Some(PendingClient::Rendering { dir, key, render })
    }

    pub fn write(self, out: &Output) -> Result<()> {
        let (dir, key, render) = match self {
            PendingClient::UpToDate { dir } => {
                out.success(&format!("The client in {} is up to date", dir.display()));
                return Ok(());
            }
            PendingClient::Rendering { dir, key, render } => (dir, key, render),
        };
        let files = render
            .join()
            .map_err(|_| anyhow::anyhow!("client generation panicked"))??;
        let changed = justify_codegen::write(&files, &dir)?;
        // A cache only: failing to record it just means rendering again next time.
        if std::fs::create_dir_all(".justify").is_ok() {
            if !Path::new(".justify/.gitignore").exists() {
                let _ = std::fs::write(".justify/.gitignore", "*\n");
            }
            let _ = std::fs::write(FINGERPRINT_FILE, key);
        }
        out.success(&format!(
            "Regenerated the client in {} ({} file{} changed)",
            dir.display(),
            changed.len(),
            if changed.len() == 1 { "" } else { "s" }
        ));
        Ok(())
    }
}
