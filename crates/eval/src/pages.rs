//! The saved pages of a corpus folder, read the same way by `colonnade extract`, `colonnade eval`
//! and the benchmarks: page files (`.html`, `.htm`, and those gzipped) sorted by their path
//! relative to the folder, each read up to a size cap.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::EvalError;

/// At most this many bytes of a page are read (so a gzip bomb stops there).
pub const MAX_READ: u64 = 64 * 1024 * 1024;

/// A corpus's `pages/` folder when it has one, else `path` itself.
pub fn pages_dir(path: &Path) -> PathBuf {
    let pages = path.join("pages");
    if pages.is_dir() { pages } else { path.to_path_buf() }
}

/// A page's bytes, gunzipped when the name ends in `.gz`, at most [`MAX_READ`] of them.
pub fn read_page(path: &Path) -> Result<Vec<u8>, EvalError> {
    let io = |source| EvalError::Io { path: path.to_path_buf(), source };
    let file = fs::File::open(path).map_err(io)?;
    let mut buf = Vec::new();
    if path.extension().is_some_and(|e| e == "gz") {
        flate2::read::MultiGzDecoder::new(file).take(MAX_READ).read_to_end(&mut buf).map_err(io)?;
    } else {
        file.take(MAX_READ).read_to_end(&mut buf).map_err(io)?;
    }
    Ok(buf)
}

fn is_page(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    name.ends_with(".html") || name.ends_with(".htm") || name.ends_with(".html.gz") || name.ends_with(".htm.gz")
}

/// Every page file under `dir`, sorted by its path relative to `dir`, as (path, relative path
/// with `/`).
pub fn list_pages(dir: &Path) -> Result<Vec<(PathBuf, String)>, EvalError> {
    let mut pages = Vec::new();
    for entry in walkdir::WalkDir::new(dir).follow_links(false) {
        let entry = entry.map_err(|e| EvalError::Io { path: dir.to_path_buf(), source: e.into() })?;
        if entry.file_type().is_file() && is_page(entry.path()) {
            let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            pages.push((entry.path().to_path_buf(), rel));
        }
    }
    pages.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_listed_in_relative_path_order_and_gzipped_ones_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("b")).unwrap();
        fs::write(dir.path().join("b/z.html"), "<p>z</p>").unwrap();
        fs::write(dir.path().join("a.htm"), "<p>a</p>").unwrap();
        fs::write(dir.path().join("notes.txt"), "not a page").unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gz, b"<p>gz</p>").unwrap();
        fs::write(dir.path().join("c.html.gz"), gz.finish().unwrap()).unwrap();
        let pages = list_pages(dir.path()).unwrap();
        let rel: Vec<&str> = pages.iter().map(|(_, r)| r.as_str()).collect();
        assert_eq!(rel, ["a.htm", "b/z.html", "c.html.gz"]);
        assert_eq!(read_page(&pages[2].0).unwrap(), b"<p>gz</p>");
        assert!(matches!(read_page(&dir.path().join("missing.html")), Err(EvalError::Io { .. })));
        assert_eq!(pages_dir(dir.path()), dir.path());
    }
}
