//! # justify-migrate — the live database
//!
//! Connects the differ to real PostgreSQL: reads the catalog into a [`justify_sql::SqlSchema`]
//! (`introspect`), keeps the migrations folder in Prisma's layout (`folder`), the
//! `_prisma_migrations` history table (`history`), and applies migrations safely (`deploy`).
//!
//! This crate owns every round trip to the database; it never parses schema text itself (it is
//! given validated models by its callers) and never prints (it returns reports the CLI renders).
pub mod connection;
pub mod deploy;
pub mod dev;
pub mod folder;
pub mod history;
pub mod introspect;
pub mod pull;
pub mod push;
pub mod rename;
pub mod reset;
pub mod resolve;
pub mod script;
pub mod shadow;
pub mod status;
