pub mod format;
pub mod migrate_diff;
pub mod validate;
