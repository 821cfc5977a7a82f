//! `colonnade columnists photo NAME --file PATH | --url URL | --remove`: the operator's choice of a
//! columnist's photo, which the crawl then leaves alone.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use colonnade_fetch::Fetcher;
use colonnade_ingest::media::{ImageOutcome, MAX_IMAGE_BYTES, MediaDir, fetch_image};
use colonnade_store::{ColumnistRow, ImageFetch, ImagePurpose, NewImage, Store};
use colonnade_url::Url;

use crate::cli_ingest::{Paths, load_or_default, open_store, runtime, store_location};

#[derive(Subcommand, Debug)]
pub enum ColumnistsCommand {
    /// Choose a columnist's photo (from a file or a URL) or remove it (initials are shown).
    Photo(PhotoArgs),
}

/// Exactly one of `--file`, `--url` and `--remove`.
#[derive(Args, Debug)]
#[group(skip)]
#[command(group(clap::ArgGroup::new("photo").required(true).multiple(false).args(["file", "url", "remove"])))]
pub struct PhotoArgs {
    /// The columnist's name, as shown on the site.
    name: String,
    /// Only the columnist of this publication (its name), when several have the name.
    #[arg(long)]
    publication: Option<String>,
    /// A JPEG, PNG, WebP or GIF file.
    #[arg(long, value_name = "PATH")]
    file: Option<PathBuf>,
    /// An image URL, fetched as the crawler fetches (robots.txt, SSRF guard, size cap).
    #[arg(long, value_name = "URL")]
    url: Option<String>,
    /// Show initials instead of a photo.
    #[arg(long)]
    remove: bool,
}

pub fn run(paths: &Paths, cmd: ColumnistsCommand) -> Result<ExitCode> {
    match cmd {
        ColumnistsCommand::Photo(args) => photo(paths, args),
    }
}

fn find(store: &dyn Store, name: &str, publication: Option<&str>) -> Result<ColumnistRow> {
    let mut found: Vec<ColumnistRow> = store
        .columnists(None)?
        .into_iter()
        .filter(|c| c.name.eq_ignore_ascii_case(name.trim()))
        .filter(|c| publication.is_none_or(|p| c.publication_name.eq_ignore_ascii_case(p.trim())))
        .collect();
    match found.len() {
        0 => bail!("no columnist named {name:?}{}", publication.map(|p| format!(" at {p:?}")).unwrap_or_default()),
        1 => Ok(found.remove(0)),
        _ => {
            let at: Vec<String> = found.iter().map(|c| format!("{:?}", c.publication_name)).collect();
            bail!("{} columnists are named {name:?} (at {}); add --publication NAME", found.len(), at.join(", "))
        }
    }
}

fn photo(paths: &Paths, args: PhotoArgs) -> Result<ExitCode> {
    let config = load_or_default(&paths.config)?;
    let store = open_store(&store_location(paths, &config))?;
    let columnist = find(store.as_ref(), &args.name, args.publication.as_deref())?;
    let media = MediaDir::in_data_dir(&paths.data);
    let image_id = if args.remove {
        None
    } else if let Some(file) = &args.file {
        let size = std::fs::metadata(file).with_context(|| format!("reading {}", file.display()))?.len();
        if size > MAX_IMAGE_BYTES {
            bail!("{} is {size} bytes; photos are at most {MAX_IMAGE_BYTES} bytes", file.display());
        }
        let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let (source_size, variants) = media
            .process_and_write(&bytes, None, ImagePurpose::Face)
            .map_err(anyhow::Error::msg)
            .with_context(|| format!("processing {}", file.display()))?;
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let key = format!("file:{name}");
        let now = colonnade_model::Timestamp::new(jiff::Timestamp::now(), 0);
        let id = store.save_image(&NewImage {
            url: &key,
            purpose: ImagePurpose::Face,
            publication_id: None,
            etag: None,
            last_modified: None,
            fetched_at: now,
            next_fetch_at: now,
            fetch: ImageFetch::Processed { source_size, variants },
        })?;
        Some(id)
    } else if let Some(url) = &args.url {
        let parsed = Url::parse(url).with_context(|| format!("reading the URL {url:?}"))?;
        let fetcher = Fetcher::new(colonnade_ingest::fetch_options(&config)).context("building the fetcher")?;
        let store2 = Arc::clone(&store);
        let outcome = runtime()?.block_on(fetch_image(
            &fetcher,
            &store2,
            &media,
            &parsed,
            ImagePurpose::Face,
            Some(columnist.publication_id),
        ))?;
        match outcome {
            ImageOutcome::Stored(id) => Some(id),
            ImageOutcome::Refused(reason) => bail!("{url}: {reason}"),
        }
    } else {
        bail!("give --file, --url or --remove");
    };
    store.choose_columnist_photo(columnist.id, image_id)?;
    match image_id {
        Some(_) => println!("{} ({}): photo set", columnist.name, columnist.publication_name),
        None => println!("{} ({}): photo removed; initials are shown", columnist.name, columnist.publication_name),
    }
    Ok(ExitCode::SUCCESS)
}

/// One line of `images.jsonl` (`colonnade export --media DIR`).
#[derive(serde::Serialize)]
struct ImageLine<'a> {
    id: i64,
    /// Where it came from (`file:NAME` for one the operator gave).
    url: &'a str,
    /// `face` or `lead`.
    purpose: &'static str,
    /// The publication whose page named it: the licence-relevant origin.
    publication: Option<&'a str>,
    fetched: colonnade_model::Timestamp,
    source_width: Option<u32>,
    source_height: Option<u32>,
    /// The processed files in DIR, smallest first.
    variants: &'a [colonnade_store::ImageVariant],
}

/// Whether a stored file name is a plain name (no folder, not hidden), so a damaged row cannot
/// make the export read or write outside the two folders.
fn plain_file_name(name: &str) -> bool {
    !name.is_empty() && !name.starts_with('.') && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
}

/// `colonnade export --media DIR`: copies every processed image file into `dir` and writes
/// `dir/images.jsonl`. Files the store names but the media folder lacks are reported, and make
/// the exit code 1; the rest is exported all the same.
pub fn export_media(store: &dyn Store, media: &MediaDir, dir: &Path) -> Result<ExitCode> {
    fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let names: HashMap<i64, String> = store.publications()?.into_iter().map(|p| (p.id, p.record.name)).collect();
    let manifest = dir.join("images.jsonl");
    let mut out =
        BufWriter::new(fs::File::create(&manifest).with_context(|| format!("creating {}", manifest.display()))?);
    let (mut after, mut images, mut files, mut bytes) = (0, 0u64, 0u64, 0u64);
    let mut copied: HashSet<String> = HashSet::new();
    let mut missing: Vec<String> = Vec::new();
    loop {
        let batch = store.images(after, 500).context("reading the stored images")?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        for image in batch.iter().filter(|i| !i.variants.is_empty()) {
            for v in &image.variants {
                if !plain_file_name(&v.file) {
                    missing.push(format!("{:?} (not a media file name)", v.file));
                    continue;
                }
                if !copied.insert(v.file.clone()) {
                    continue; // the same bytes under another URL or purpose
                }
                let from = media.path().join(&v.file);
                match fs::copy(&from, dir.join(&v.file)) {
                    Ok(n) => {
                        files += 1;
                        bytes += n;
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => missing.push(from.display().to_string()),
                    Err(e) => {
                        return Err(e).with_context(|| format!("copying {} into {}", from.display(), dir.display()));
                    }
                }
            }
            let line = ImageLine {
                id: image.id,
                url: &image.url,
                purpose: image.purpose.as_str(),
                publication: image.publication_id.and_then(|p| names.get(&p)).map(String::as_str),
                fetched: image.fetched_at,
                source_width: image.source_size.map(|(w, _)| w),
                source_height: image.source_size.map(|(_, h)| h),
                variants: &image.variants,
            };
            serde_json::to_writer(&mut out, &line)?;
            writeln!(out)?;
            images += 1;
        }
    }
    out.flush().with_context(|| format!("writing {}", manifest.display()))?;
    eprintln!(
        "colonnade: wrote {images} images ({files} files, {:.1} MB) and images.jsonl to {}",
        bytes as f64 / 1e6,
        dir.display()
    );
    if missing.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!(
        "colonnade: {} files the store names are missing from {}: {}{}",
        missing.len(),
        media.path().display(),
        missing.iter().take(5).cloned().collect::<Vec<_>>().join(", "),
        if missing.len() > 5 { ", …" } else { "" }
    );
    Ok(ExitCode::from(1))
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Parser, Debug)]
    struct Cli {
        #[command(subcommand)]
        cmd: ColumnistsCommand,
    }

    #[test]
    fn a_name_takes_exactly_one_of_file_url_and_remove() {
        let ok = Cli::try_parse_from(["c", "photo", "Bradley M. Kuhn", "--file", "p.png", "--publication", "GV"]);
        let ColumnistsCommand::Photo(args) = ok.expect("name, --file and --publication together").cmd;
        assert_eq!((args.name.as_str(), args.publication.as_deref()), ("Bradley M. Kuhn", Some("GV")));
        assert!(Cli::try_parse_from(["c", "photo", "A", "--remove"]).is_ok());
        assert!(Cli::try_parse_from(["c", "photo", "A", "--file", "p.png", "--remove"]).is_err());
        assert!(Cli::try_parse_from(["c", "photo", "A"]).is_err());
        assert!(Cli::try_parse_from(["c", "photo", "--remove"]).is_err());
    }
}
