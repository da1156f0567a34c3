//! # justify-sql — the PostgreSQL schema, as data
//!
//! The middle of the migration pipeline:
//!
//! ```text
//! validated model ──lower──▶ SqlSchema ◀── introspected catalog (justify-migrate)
//!                                │
//!                          diff(from, to)
//!                                ▼
//!                        ordered Vec<Step> ──render──▶ SQL text (Prisma's layout)
//! ```
//!
//! This crate is pure: it never connects to a database and never reads files. Every identifier it
//! writes goes through [`sql_text::quote_ident`] and every literal through
//! [`sql_text::quote_literal`]; no other module builds SQL by hand.

pub mod diff;
pub mod lower;
pub mod render;
pub mod schema;
pub mod sql_text;
pub mod steps;

pub use schema::*;
