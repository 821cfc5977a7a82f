//! HTML page to clean [`Article`]: the extraction stage of Colonnade.
#![allow(missing_docs)]
pub mod dom;
pub mod parse;
pub use colonnade_model::Article;
