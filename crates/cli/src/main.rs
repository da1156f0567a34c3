//! `justify-schema`: the command line. It parses arguments, finds the schema and configuration,
//! calls the stage crates and prints their results. It holds no logic of its own.

mod commands;
mod config;
mod output;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Schema-first migrations, code generation and seeding for PostgreSQL, from a Prisma schema.
#[derive(Parser)]
#[command(name = "justify-schema", version, about, long_about = None)]
#[command(after_help = "Examples:
  justify-schema validate                      # check schema/schema.prisma
  justify-schema format --check                # fail when the schema is not formatted
  justify-schema validate --schema prisma/ --json

Exit codes: 0 success, 1 the schema or database check failed, 2 usage error.")]
struct Cli {
    /// When to colour output.
    #[arg(long, global = true, value_enum, default_value_t = output::ColorMode::Auto)]
    color: output::ColorMode,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse and validate the schema; print every error and warning.
    #[command(after_help = "Examples:
  justify-schema validate
  justify-schema validate --schema prisma/schema.prisma
  justify-schema validate --schema prisma/         # a folder of .prisma files
  justify-schema validate --json                   # machine-readable diagnostics

Exit codes: 0 valid (warnings allowed), 1 invalid, 2 usage error.")]
    Validate(commands::validate::Args),
    /// Rewrite the schema in its canonical layout (as `prisma format`).
    #[command(after_help = "Examples:
  justify-schema format                            # rewrite schema/schema.prisma in place
  justify-schema format --check                    # exit 1 and show a diff when not formatted
  justify-schema format --schema prisma/

Exit codes: 0 formatted (or nothing to do), 1 --check found differences or a syntax error, 2 usage error.")]
    Format(commands::format::Args),
    /// Generate the typed Rust client crate from the schema.
    #[command(after_help = "Examples:
  justify-schema generate                          # into the generator's `output` (generated/)
  justify-schema generate --out /tmp/client
  justify-schema generate --check                  # exit 1 and show a diff when stale

Exit codes: 0 success (or up to date), 1 invalid schema or --check found stale files, 2 usage error.")]
    Generate(commands::generate::Args),
    /// Load fixtures (YAML/JSON) into DATABASE_URL: checked first, one transaction, idempotent.
    #[command(after_help = "Examples:
  justify-schema seed                              # examples/fixtures into DATABASE_URL
  justify-schema seed --fixtures fixtures/ more.yaml
  justify-schema seed --reset --force              # truncate the seeded tables first
  justify-schema seed --check                      # check the fixtures, touch no database

Exit codes: 0 seeded (or valid with --check), 1 invalid fixtures or a database error, 2 usage error.")]
    Seed(commands::seed::Args),
    /// Migrations: compare schemas and databases, create and apply migrations.
    #[command(subcommand)]
    Migrate(MigrateCommand),
}

#[derive(Subcommand)]
enum MigrateCommand {
    /// Compare two schemas (or empty) and print the changes, or the SQL migration between them.
    #[command(after_help = "Examples:
  justify-schema migrate diff --from-empty --to-schema schema/schema.prisma --script
  justify-schema migrate diff --from-schema old.prisma --to-schema schema/ --exit-code
  justify-schema migrate diff --from-schema a.prisma --to-schema b.prisma --json

Exit codes: 0 success (with --exit-code: no changes), 2 changes (with --exit-code) or usage error, 1 invalid schema.")]
    Diff(commands::migrate_diff::Args),
    /// Apply pending migrations (production): under an advisory lock, each file atomically.
    #[command(after_help = "Examples:
  justify-schema migrate deploy                                  # DATABASE_URL, migrations/ beside the schema
  justify-schema migrate deploy --migrations prisma/migrations --json
  DATABASE_URL=postgres://app@db/app?schema=tenant justify-schema migrate deploy

Never creates a migration. Refuses (exit 1, nothing applied) when a failed migration is recorded, or an
applied migration's file changed or is missing. Exit codes: 0 applied or nothing to do, 1 refused or failed.")]
    Deploy(commands::migrate_db::DeployArgs),
    /// Compare the migrations folder with the database's history.
    #[command(after_help = "Examples:
  justify-schema migrate status
  justify-schema migrate status --json

Exit codes: 0 up to date, 1 pending, failed, modified or missing migrations (or no database).")]
    Status(commands::migrate_db::StatusArgs),
    /// Mark a migration as applied (baselining) or a failed one as rolled back (recovery).
    #[command(after_help = "Examples:
  justify-schema migrate resolve --applied 20240101000000_init          # baseline an existing database
  justify-schema migrate resolve --rolled-back 20240301120000_add_index  # after fixing a failed migration

Exit codes: 0 recorded, 1 refused (unknown migration, not failed, already applied).")]
    Resolve(commands::migrate_db::ResolveArgs),
}

fn main() -> ExitCode {
    // `.env` fills in what the environment lacks (never overrides it), before clap reads `env = ...`.
    let _ = dotenvy::dotenv();
    let cli = Cli::parse();
    let out = output::Output::new(cli.color);
    let result = match cli.command {
        Command::Validate(args) => commands::validate::run(args, &out),
        Command::Format(args) => commands::format::run(args, &out),
        Command::Generate(args) => commands::generate::run(args, &out),
        Command::Migrate(MigrateCommand::Diff(args)) => commands::migrate_diff::run(args, &out),
        Command::Migrate(MigrateCommand::Deploy(args)) => commands::migrate_db::deploy(args, &out),
        Command::Migrate(MigrateCommand::Status(args)) => commands::migrate_db::status(args, &out),
        Command::Migrate(MigrateCommand::Resolve(args)) => {
            commands::migrate_db::resolve(args, &out)
        }
        Command::Seed(args) => commands::seed::run(args, &out),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            out.error(&format!("{err:#}"));
            ExitCode::from(1)
        }
    }
}
