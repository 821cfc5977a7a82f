//! The `colonnade` command: wires the pipeline stages to the command line. Policy (flags, exit
//! codes, printing errors) lives here; the work lives in the library crates.

mod cli_eval;
mod cli_extract;
mod cli_ingest;
mod cli_media;
mod cli_serve;
mod cli_store;
mod cli_stories;
#[cfg(test)]
mod error_chain_tests;

use std::process::ExitCode;

/// mimalloc instead of the system allocator: a search builds and drops many short-lived
/// strings and vectors across threads, where glibc's malloc spent about a sixth of the CPU
/// time (consolidating and unlinking chunks).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::{Parser, Subcommand};

/// Colonnade: an open aggregator of opinion columns.
#[derive(Parser, Debug)]
#[command(name = "colonnade", version, about, propagate_version = true)]
struct Cli {
    #[command(flatten)]
    paths: cli_ingest::Paths,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Serve the public site from the store, crawling in the background (the bundled demo
    /// when no publication is configured).
    Serve(cli_serve::ServeArgs),
    /// Extract the article from a saved page (or every page under a folder, with --jsonl).
    Extract(cli_extract::ExtractArgs),
    /// Crawl the configured publications: with --once one full cycle, else on a schedule.
    Crawl(cli_ingest::CrawlArgs),
    /// Add, list, import and export the publications to crawl.
    #[command(subcommand)]
    Sources(cli_ingest::SourcesCommand),
    /// Counts of what the store holds.
    Stats(cli_ingest::StatsArgs),
    /// Columnists: choose or remove a columnist's photo.
    #[command(subcommand)]
    Columnists(cli_media::ColumnistsCommand),
    /// Run the extractor again over every stored page (no fetching).
    Reextract,
    /// Rebuild the search index from the store.
    Reindex,
    /// Export the stored pages (WARC), articles (JSON lines) or processed images (files and a
    /// JSON-lines manifest).
    Export(cli_ingest::ExportArgs),
    /// Score a stage against a corpus with expected output.
    #[command(subcommand)]
    Eval(cli_eval::EvalCommand),
    /// Manage the store itself: copy it into PostgreSQL.
    #[command(subcommand)]
    Store(cli_store::StoreCommand),
    /// Syndicated copies and stories, offline over JSON lines.
    #[command(subcommand)]
    Stories(cli_stories::StoriesCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => cli_serve::serve(&cli.paths, args),
        Command::Reindex => cli_serve::reindex(&cli.paths),
        Command::Extract(args) => cli_extract::run(args),
        Command::Crawl(args) => cli_ingest::crawl(&cli.paths, args),
        Command::Sources(cmd) => cli_ingest::sources(&cli.paths, cmd),
        Command::Stats(args) => cli_ingest::stats(&cli.paths, args),
        Command::Columnists(cmd) => cli_media::run(&cli.paths, cmd),
        Command::Reextract => cli_ingest::reextract(&cli.paths),
        Command::Export(args) => cli_ingest::export(&cli.paths, args),
        Command::Eval(cmd) => cli_eval::run_eval(cmd),
        Command::Stories(cmd) => cli_stories::run(&cli.paths, cmd),
        Command::Store(cmd) => cli_store::run(cmd),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("colonnade: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
