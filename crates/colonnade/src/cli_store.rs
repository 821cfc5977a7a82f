//! `colonnade store copy`: a store copied into PostgreSQL (the work is in `colonnade_store::copy_store`).

use std::ops::ControlFlow;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::Subcommand;
use colonnade_store::{CopyProgress, StoreLocation};

#[derive(Subcommand, Debug)]
pub enum StoreCommand {
    /// Copy a store (SQLite data directory or PostgreSQL URL) into an empty PostgreSQL database:
    /// publications, feeds, columnists, articles, aliases, raw pages, fetch log and counters, in
    /// batches. Run it again after an interruption to resume; counts are compared at the end.
    Copy {
        /// The store to copy: a data directory (its colonnade.db) or a postgres:// URL.
        #[arg(long, value_name = "DIR_OR_URL")]
        from: String,
        /// The PostgreSQL database to copy into (postgres://…).
        #[arg(long, value_name = "URL")]
        to: String,
    },
}

pub fn run(cmd: StoreCommand) -> Result<ExitCode> {
    match cmd {
        StoreCommand::Copy { from, to } => copy(&StoreLocation::parse(&from), &StoreLocation::parse(&to)),
    }
}

fn copy(from: &StoreLocation, to: &StoreLocation) -> Result<ExitCode> {
    eprintln!("colonnade: copying {from} into {to}");
    let started = Instant::now();
    let mut last: Option<(&'static str, Instant)> = None;
    let mut progress = |p: &CopyProgress| {
        // A line per table when it ends, and at most one a second while it goes on.
        let done = p.copied >= p.total;
        let due = last.is_none_or(|(table, at)| table != p.table || at.elapsed() >= Duration::from_secs(1));
        if done || due {
            eprintln!("colonnade: {:<13} {:>10} of {:>10} rows", p.table, p.copied, p.total);
            last = Some((p.table, Instant::now()));
        }
        ControlFlow::Continue(())
    };
    let summary = colonnade_store::copy_store(from, to, &mut progress)
        .with_context(|| format!("copying {from} into {to} (run the same command again to resume)"))?;
    if summary.resumed {
        eprintln!("colonnade: resumed an unfinished copy");
    }
    for (table, source, target) in &summary.tables {
        println!("{table:<13} {source:>10} in the source {target:>10} in the target");
    }
    println!("copied and verified in {:.1} s", started.elapsed().as_secs_f64());
    Ok(ExitCode::SUCCESS)
}
