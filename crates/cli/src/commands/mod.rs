pub mod format;
pub mod validate;
