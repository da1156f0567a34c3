pub mod format;
pub mod generate;
pub mod migrate_diff;
pub mod seed;
pub mod validate;
