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
  justify-schema migrate dev --name add_posts  # development: write and apply a migration
  justify-schema migrate deploy                # production: apply pending migrations
  justify-schema generate && justify-schema seed
  justify-schema validate --schema prisma/ --json

The database is --database-url, else DATABASE_URL (environment or .env), else the schema's
datasource url, else a local cluster under .justify/ (see `justify-schema dev-db`).

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
    /// Prototyping: make the database match the schema directly, without migration files.
    #[command(subcommand)]
    Db(DbCommand),
    /// The local development database: a PostgreSQL cluster under .justify/pg, used when no
    /// DATABASE_URL is set.
    #[command(subcommand)]
    DevDb(DevDbCommand),
}

#[derive(Subcommand)]
enum DevDbCommand {
    /// Start the development database (created on first use) and its `justify_dev` database.
    #[command(after_help = "Examples:
  justify-schema dev-db start                      # initdb + pg_ctl start under .justify/pg
  JUSTIFY_PG_BIN=/usr/lib/postgresql/16/bin justify-schema dev-db start

Needs the PostgreSQL server binaries (initdb, pg_ctl) on PATH or under /usr/lib/postgresql/*/bin.
Exit codes: 0 running (started or already running), 1 could not start.")]
    Start(commands::dev_db::StartArgs),
    /// Stop the development database (its data stays in .justify/pg).
    #[command(after_help = "Examples:
  justify-schema dev-db stop

Exit codes: 0 stopped (or was not running), 1 could not stop.")]
    Stop(commands::dev_db::StopArgs),
    /// Show whether the development database runs, on which port, and its URL.
    #[command(after_help = "Examples:
  justify-schema dev-db status
  justify-schema dev-db status --json

Exit codes: 0 running, 1 stopped or not created.")]
    Status(commands::dev_db::StatusArgs),
    /// Print the development database's URL, starting it when needed.
    #[command(after_help = "Examples:
  justify-schema dev-db url
  export DATABASE_URL=$(justify-schema dev-db url)

Exit codes: 0 printed, 1 could not start.")]
    Url(commands::dev_db::UrlArgs),
}

#[derive(Subcommand)]
enum MigrateCommand {
    /// Compare two sources (empty, schema, live database, migrations folder): the changes, or the SQL.
    #[command(after_help = "Examples:
  justify-schema migrate diff --from-empty --to-schema schema/schema.prisma --script
  justify-schema migrate diff --from-schema old.prisma --to-schema schema/ --exit-code
  justify-schema migrate diff --from-schema a.prisma --to-schema b.prisma --json
  justify-schema migrate diff --from-url \"$DATABASE_URL\" --to-schema schema/ --script   # what the database lacks
  justify-schema migrate diff --from-migrations migrations/ --to-schema schema/ --shadow-database-url \"$SHADOW\"

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
  justify-schema migrate status --check-drift      # also replay into a shadow database and compare

Exit codes: 0 up to date, 1 pending, failed, modified or missing migrations, drift (with
--check-drift), or no database.")]
    Status(commands::migrate_db::StatusArgs),
    /// Mark a migration as applied (baselining) or a failed one as rolled back (recovery).
    #[command(after_help = "Examples:
  justify-schema migrate resolve --applied 20240101000000_init          # baseline an existing database
  justify-schema migrate resolve --rolled-back 20240301120000_add_index  # after fixing a failed migration

Exit codes: 0 recorded, 1 refused (unknown migration, not failed, already applied).")]
    Resolve(commands::migrate_db::ResolveArgs),
    /// Development: replay migrations in a shadow database, check for drift, apply pending ones,
    /// then create (and apply) the migration from the schema file.
    #[command(after_help = "Examples:
  justify-schema migrate dev --name add_posts
  justify-schema migrate dev --name rename --rename User.name=fullName --rename Post=Article
  justify-schema migrate dev --create-only --name custom_sql      # write it, edit it, run dev again
  justify-schema migrate dev --name drop_x --accept-data-loss --json

A temporary shadow database <db>_shadow_<random> is created on the same server (needs
CREATEDB), unless SHADOW_DATABASE_URL or the datasource's shadowDatabaseUrl names one.
Dropped and added tables, columns or enum values of the same shape are asked about as
renames (data kept), or answered with --rename. Without a terminal, drift and unconfirmed
warnings are refused.
Exit codes: 0 created, applied or in sync, 1 refused (drift, data loss, --rename) or failed.")]
    Dev(commands::migrate_dev::DevArgs),
    /// Drop and recreate the database's schema, apply every migration, then seed.
    #[command(after_help = "Examples:
  justify-schema migrate reset                     # asks first
  justify-schema migrate reset --force --skip-seed # without a terminal: --force is required

Seeds from examples/fixtures when it exists, unless --skip-seed.
Exit codes: 0 reset, 1 refused (no terminal and no --force, or not confirmed) or failed.")]
    Reset(commands::migrate_dev::ResetArgs),
}

#[derive(Subcommand)]
enum DbCommand {
    /// Push the schema to the database without a migration (one transaction).
    #[command(after_help = "Examples:
  justify-schema db push
  justify-schema db push --accept-data-loss
  justify-schema db push --force-reset             # empty the schema first

Exit codes: 0 pushed or already in sync, 1 refused (warnings without --accept-data-loss) or failed.")]
    Push(commands::migrate_dev::PushArgs),
    /// Introspect the database and write the schema from it (as `prisma db pull`).
    #[command(after_help = "Examples:
  justify-schema db pull                           # write schema/schema.prisma from DATABASE_URL
  justify-schema db pull --print                   # print it instead
  justify-schema db pull --force                   # ignore the names the current schema gives

Keeps the current file's datasource and generator blocks and its model, field and relation names.
Exit codes: 0 written, 1 empty database, unreadable schema or a database error.")]
    Pull(commands::db_pull::PullArgs),
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
        Command::Migrate(MigrateCommand::Dev(args)) => commands::migrate_dev::dev(args, &out),
        Command::Migrate(MigrateCommand::Reset(args)) => commands::migrate_dev::reset(args, &out),
        Command::Db(DbCommand::Push(args)) => commands::migrate_dev::push(args, &out),
        Command::Db(DbCommand::Pull(args)) => commands::db_pull::run(args, &out),
        Command::Seed(args) => commands::seed::run(args, &out),
        Command::DevDb(DevDbCommand::Start(args)) => commands::dev_db::start(args, &out),
        Command::DevDb(DevDbCommand::Stop(args)) => commands::dev_db::stop(args, &out),
        Command::DevDb(DevDbCommand::Status(args)) => commands::dev_db::status(args, &out),
        Command::DevDb(DevDbCommand::Url(args)) => commands::dev_db::url(args, &out),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            out.error(&format!("{err:#}"));
            ExitCode::from(1)
        }
    }
}
