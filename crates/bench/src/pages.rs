//! The saved pages the extraction and crawl benchmarks read: the same files, in the same order,
//! as `colonnade extract` and `colonnade eval extract` read them.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The development corpus, relative to the repository root.
pub const DEFAULT_CORPUS: &str = "../shared/corpus/readability";

/// At most this many bytes of a page are read (so a gzip bomb stops there).
const MAX_READ: u64 = 64 * 1024 * 1024;

/// A corpus's `pages/` folder when it has one, else `path` itself.
pub fn pages_dir(path: &Path) -> PathBuf {
    let pages = path.join("pages");
    if pages.is_dir() { pages } else { path.to_path_buf() }
}

/// A page's bytes, gunzipped when the name ends in `.gz`.
pub fn read_page(path: &Path) -> Result<Vec<u8>> {
    let file = fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut buf = Vec::new();
    if path.extension().is_some_and(|e| e == "gz") {
        flate2::read::MultiGzDecoder::new(file)
            .take(MAX_READ)
            .read_to_end(&mut buf)
            .with_context(|| format!("gunzipping {}", path.display()))?;
    } else {
        file.take(MAX_READ).read_to_end(&mut buf).with_context(|| format!("reading {}", path.display()))?;
    }
    Ok(buf)
}

fn is_page(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".html.gz") || name.ends_with(".htm.gz")
}

/// Every page file under `dir`, sorted by path relative to `dir`.
pub fn list_pages(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut pages = Vec::new();
    for entry in walkdir::WalkDir::new(dir).follow_links(false) {
        let entry = entry.with_context(|| format!("walking {}", dir.display()))?;
        if entry.file_type().is_file() && is_page(entry.path()) {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            pages.push((rel, entry.path().to_path_buf()));
        }
    }
    pages.sort();
    Ok(pages.into_iter().map(|(_, path)| path).collect())
}
