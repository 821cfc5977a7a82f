//! `colonnade stories cluster` and `colonnade eval stories|dedup`: the stories stage run offline
//! over JSON lines, so any labelled set can be clustered and scored without a store.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use colonnade_ingest::stories::{RebuildReport, StoryStage};
use colonnade_store::Store;
use colonnade_stories::jsonl::{self, Labelled};
use colonnade_stories::score::{self, Item, Prf, Scores};
use colonnade_stories::{Article, Assignment, Constraints, Options, baseline};
use serde::Serialize;

use crate::cli_ingest::{Paths, open_configured_store};

#[derive(Subcommand, Debug)]
pub enum StoriesCommand {
    /// Cluster articles read as JSON lines ({"id","title","text","lang","published","outlet","url"},
    /// the last four may be null; optional "canonical" and "links") and print one line per
    /// article: {"id","story","copy_of"}. Runs the online stage in publication order.
    Cluster(ClusterArgs),
    /// Recompute every stored article's story and original from the store (obeying the stored
    /// operator decisions) and report articles per second.
    Rebuild(StoreStageArgs),
    /// Merge the stories of two articles (story ids are article ids); kept for every rebuild.
    Merge {
        /// An article (or story) id.
        a: String,
        /// The other.
        b: String,
        #[command(flatten)]
        stage: StoreStageArgs,
    },
    /// Move articles out of a story into one of their own; kept for every rebuild.
    Split {
        /// The story's id, as the site shows it.
        story: String,
        /// The articles that leave it.
        #[arg(required = true)]
        articles: Vec<String>,
        #[command(flatten)]
        stage: StoreStageArgs,
    },
}

/// Flags of the stories commands that work on the store.
#[derive(Args, Debug)]
pub struct StoreStageArgs {
    /// Days between articles of one story (the time window).
    #[arg(long, value_name = "DAYS", default_value_t = 7.0)]
    window_days: f64,
}

impl StoreStageArgs {
    fn options(&self) -> Result<Options> {
        StageArgs { window_days: self.window_days, constraints: None }.options()
    }
}

/// Rebuilds the stage from the whole store, printing progress and the figures.
fn rebuild_stage(paths: &Paths, args: &StoreStageArgs) -> Result<(StoryStage, RebuildReport)> {
    let store = open_configured_store(paths)?;
    let opts = args.options()?;
    let mut last = Instant::now();
    StoryStage::rebuild(store, opts, &mut |n| {
        if last.elapsed().as_secs() >= 2 {
            eprintln!("colonnade: stories: {n} articles assigned");
            last = Instant::now();
        }
    })
    .context("recomputing stories from the store")
}

fn store_command(paths: &Paths, cmd: StoriesCommand) -> Result<ExitCode> {
    match cmd {
        StoriesCommand::Cluster(args) => run(paths, StoriesCommand::Cluster(args)),
        StoriesCommand::Rebuild(args) => {
            let (_, r) = rebuild_stage(paths, &args)?;
            let rate = if r.assign_seconds > 0.0 { r.articles as f64 / r.assign_seconds } else { 0.0 };
            let overall = if r.seconds > 0.0 { r.articles as f64 / r.seconds } else { 0.0 };
            println!(
                "stories rebuilt: {} articles, {} stories, {} copies in {:.2} s ({overall:.0} articles/s; assigning alone {rate:.0} articles/s)",
                r.articles, r.stories, r.copies, r.seconds
            );
            Ok(ExitCode::SUCCESS)
        }
        StoriesCommand::Merge { a, b, stage } => {
            let (mut s, _) = rebuild_stage(paths, &stage)?;
            let story = s.merge(&a, &b).with_context(|| format!("merging the stories of {a} and {b}"))?;
            println!("merged into story {story}");
            Ok(ExitCode::SUCCESS)
        }
        StoriesCommand::Split { story, articles, stage } => {
            let (mut s, _) = rebuild_stage(paths, &stage)?;
            let list: Vec<&str> = articles.iter().map(String::as_str).collect();
            let new = s.split(&story, &list).with_context(|| format!("splitting story {story}"))?;
            println!("split into story {new}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Keeps stories current in `serve` and `crawl`: the stage opened from the store (its window
/// replayed) on a blocking thread, then a catch-up every `every`; `changed` is called when
/// assignments changed (listings must drop copies).
pub(crate) fn spawn_stories(
    store: Arc<dyn Store>,
    every: Duration,
    changed: impl Fn() + Send + Sync + 'static,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let opened = tokio::task::spawn_blocking(move || StoryStage::open(store, Options::default())).await;
        let stage = match opened {
            Ok(Ok(stage)) => Arc::new(std::sync::Mutex::new(stage)),
            Ok(Err(e)) => {
                eprintln!("colonnade: stories stopped: {:#}", anyhow::Error::from(e));
                return;
            }
            Err(e) => {
                eprintln!("colonnade: stories stopped: {e}");
                return;
            }
        };
        changed();
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let stage = Arc::clone(&stage);
            let done = tokio::task::spawn_blocking(move || {
                stage.lock().unwrap_or_else(std::sync::PoisonError::into_inner).catch_up()
            })
            .await;
            match done {
                Ok(Ok(0)) => {}
                Ok(Ok(_)) => changed(),
                Ok(Err(e)) => eprintln!("colonnade: stories: {:#}", anyhow::Error::from(e)),
                Err(e) => eprintln!("colonnade: stories thread failed: {e}"),
            }
        }
    })
}

#[derive(Args, Debug)]
pub struct ClusterArgs {
    /// The JSON-lines file (`-` for standard input).
    file: PathBuf,
    #[command(flatten)]
    stage: StageArgs,
}

/// Flags shared by `stories cluster` and `eval stories|dedup`.
#[derive(Args, Debug)]
pub struct StageArgs {
    /// Days between articles of one story (the time window).
    #[arg(long, value_name = "DAYS", default_value_t = 7.0)]
    window_days: f64,
    /// Operator decisions to obey, as JSON: {"must_link": [["a","b"], …], "cannot_link": [[…]]}.
    #[arg(long, value_name = "FILE")]
    constraints: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct EvalStoriesArgs {
    /// JSON lines as for `stories cluster`, each with its label (`event` for stories,
    /// `copy_group` for dedup; a line without one is a group of its own).
    file: PathBuf,
    #[command(flatten)]
    stage: StageArgs,
    /// Print the figures as JSON.
    #[arg(long)]
    json: bool,
}

impl StageArgs {
    fn options(&self) -> Result<Options> {
        anyhow::ensure!(
            self.window_days.is_finite() && self.window_days > 0.0,
            "--window-days must be a positive number of days (got {})",
            self.window_days
        );
        Ok(Options { window_secs: (self.window_days * 86_400.0).round() as i64, ..Options::default() })
    }

    fn constraints(&self) -> Result<Constraints> {
        let Some(path) = &self.constraints else { return Ok(Constraints::default()) };
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        serde_json::from_str(&text).with_context(|| format!("{}: not a constraints object", path.display()))
    }
}

fn read_set(path: &Path) -> Result<Vec<Labelled>> {
    let text = if path.as_os_str() == "-" {
        io::read_to_string(io::stdin()).context("reading standard input")?
    } else {
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?
    };
    jsonl::parse(&text).with_context(|| format!("reading {}", path.display()))
}

fn run_stage(set: &[Labelled], stage: &StageArgs) -> Result<(Vec<Assignment>, f64)> {
    let articles: Vec<Article> = set.iter().map(|l| l.article.clone()).collect();
    let (opts, constraints) = (stage.options()?, stage.constraints()?);
    let started = Instant::now();
    let got = colonnade_stories::cluster(&articles, &opts, &constraints).context("clustering")?;
    Ok((got, started.elapsed().as_secs_f64()))
}

pub fn run(paths: &Paths, cmd: StoriesCommand) -> Result<ExitCode> {
    let args = match cmd {
        StoriesCommand::Cluster(args) => args,
        other => return store_command(paths, other),
    };
    let set = read_set(&args.file)?;
    let (got, secs) = run_stage(&set, &args.stage)?;
    #[derive(Serialize)]
    struct Line<'a> {
        id: &'a str,
        story: &'a str,
        copy_of: Option<&'a str>,
    }
    let mut out = BufWriter::new(io::stdout().lock());
    for (l, a) in set.iter().zip(&got) {
        let line = Line { id: &l.article.id, story: &a.story, copy_of: a.copy_of.as_deref() };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    let stories = got.iter().map(|a| a.story.as_str()).collect::<std::collections::HashSet<_>>().len();
    let copies = got.iter().filter(|a| a.copy_of.is_some()).count();
    eprintln!(
        "colonnade: {} articles, {stories} stories, {copies} copies in {secs:.2} s ({:.0} articles/s)",
        set.len(),
        set.len() as f64 / secs.max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}

fn items<'a>(set: &'a [Labelled], predicted: &'a [String], gold: fn(&Labelled) -> Option<&str>) -> Vec<Item<'a>> {
    set.iter()
        .zip(predicted)
        .map(|(l, p)| Item { predicted: p, gold: gold(l).unwrap_or(&l.article.id), lang: l.article.lang.as_deref() })
        .collect()
}

fn line(label: &str, s: &Scores, cross: bool) {
    let prf = |p: &Prf| format!("P {:.3}  R {:.3}  F1 {:.3}", p.precision, p.recall, p.f1);
    print!("{label:<34} BCubed {}   pairwise {}", prf(&s.bcubed), prf(&s.pairwise));
    if cross {
        print!("   cross-language pairwise {}", prf(&s.cross_lang));
    }
    println!("   ({} clusters)", s.predicted_clusters);
}

/// `colonnade eval stories`: the stage's stories against the `event` labels, beside the TF-IDF
/// baseline at its usual threshold and at the threshold best for this very set.
pub fn eval_stories(args: EvalStoriesArgs) -> Result<ExitCode> {
    let set = read_set(&args.file)?;
    let (got, secs) = run_stage(&set, &args.stage)?;
    let predicted: Vec<String> = got.into_iter().map(|a| a.story).collect();
    let gold: fn(&Labelled) -> Option<&str> = |l| l.event.as_deref();
    let its = items(&set, &predicted, gold);
    let ours = score::score(&its);
    let pairs = score::by_language_pair(&its);
    let articles: Vec<Article> = set.iter().map(|l| l.article.clone()).collect();
    let base = |t: f32| {
        let p: Vec<String> = baseline::cluster(&articles, t).into_iter().map(|c| c.to_string()).collect();
        score::score(&items(&set, &p, gold))
    };
    let base_default = base(baseline::DEFAULT_THRESHOLD);
    let (tuned_t, tuned) = (1..=18)
        .map(|i| i as f32 * 0.05)
        .map(|t| (t, base(t)))
        .max_by(|a, b| a.1.bcubed.f1.total_cmp(&b.1.bcubed.f1))
        .context("no threshold")?;
    if args.json {
        let pairs: Vec<_> = pairs
            .iter()
            .map(|((a, b), p, n)| serde_json::json!({"langs": [a, b], "cross_lang": p, "positive_pairs": n}))
            .collect();
        let report = serde_json::json!({
            "stories": ours, "by_language_pair": pairs, "seconds": secs,
            "baseline": {"threshold": baseline::DEFAULT_THRESHOLD, "scores": base_default},
            "baseline_tuned": {"threshold": tuned_t, "scores": tuned},
        });
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "set       {} ({} articles, {} events; clustered in {secs:.2} s)",
        args.file.display(),
        ours.items,
        ours.gold_clusters
    );
    let cross = ours.cross_lang_pairs > 0;
    line("stories", &ours, cross);
    line(&format!("baseline TF-IDF t={:.2}", baseline::DEFAULT_THRESHOLD), &base_default, cross);
    line(&format!("baseline tuned on this set t={tuned_t:.2}"), &tuned, cross);
    if cross {
        println!("\ncross-language pairs by language pair (stories):");
        for ((a, b), p, n) in pairs {
            println!("  {a}-{b}  P {:.3}  R {:.3}  F1 {:.3}  ({n} pairs)", p.precision, p.recall, p.f1);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `colonnade eval dedup`: copy groups (each article with its original) against `copy_group`.
pub fn eval_dedup(args: EvalStoriesArgs) -> Result<ExitCode> {
    let set = read_set(&args.file)?;
    let (got, secs) = run_stage(&set, &args.stage)?;
    let predicted: Vec<String> =
        got.into_iter().zip(&set).map(|(a, l)| a.copy_of.unwrap_or_else(|| l.article.id.clone())).collect();
    let s = score::score(&items(&set, &predicted, |l| l.copy_group.as_deref()));
    if args.json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({"copies": s, "seconds": secs}))?);
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "set       {} ({} articles, {} copy groups; clustered in {secs:.2} s)",
        args.file.display(),
        s.items,
        s.gold_clusters
    );
    line("copies", &s, false);
    Ok(ExitCode::SUCCESS)
}
