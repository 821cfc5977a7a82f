//! The saved pages the extraction and crawl benchmarks read: the same files, in the same order,
//! as `colonnade extract` and `colonnade eval extract` read them (`colonnade_eval::pages`).

use std::path::{Path, PathBuf};

use anyhow::Result;
pub use colonnade_eval::pages::pages_dir;

/// The development corpus, relative to the repository root.
pub const DEFAULT_CORPUS: &str = "../shared/corpus/readability";

/// A page's bytes, gunzipped when the name ends in `.gz`.
pub fn read_page(path: &Path) -> Result<Vec<u8>> {
    Ok(colonnade_eval::pages::read_page(path)?)
}

/// Every page file under `dir`, sorted by path relative to `dir`.
pub fn list_pages(dir: &Path) -> Result<Vec<PathBuf>> {
    Ok(colonnade_eval::pages::list_pages(dir)?.into_iter().map(|(path, _)| path).collect())
}
