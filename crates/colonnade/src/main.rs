//! The `colonnade` command: wires the pipeline stages to the command line. Policy (flags, exit
//! codes, printing errors) lives here; the work lives in the library crates.

mod cli_eval;
mod cli_extract;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Colonnade: an open aggregator of opinion columns.
#[derive(Parser, Debug)]
#[command(name = "colonnade", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract the article from a saved page (or every page under a folder, with --jsonl).
    Extract(cli_extract::ExtractArgs),
    /// Score a stage against a corpus with expected output.
    #[command(subcommand)]
    Eval(cli_eval::EvalCommand),
    /// Measure a stage's speed and memory.
    #[command(subcommand)]
    Bench(cli_eval::BenchCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cli_extract::run(args),
        Command::Eval(cmd) => cli_eval::run_eval(cmd),
        Command::Bench(cmd) => cli_eval::run_bench(cmd),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("colonnade: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
