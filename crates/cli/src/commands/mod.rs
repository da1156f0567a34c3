pub mod dev_db;
pub mod format;
pub mod generate;
pub mod migrate_db;
pub mod migrate_dev;
pub mod migrate_diff;
pub mod seed;
pub mod validate;
