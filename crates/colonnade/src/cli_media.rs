//! `colonnade columnists photo NAME --file PATH | --url URL | --remove`: the operator's choice of a
//! columnist's photo, which the crawl then leaves alone.

use std::path::PathBuf;
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
