//! `colonnade-bench stories`: speed and memory of the stories stage (copies and stories) with
//! ≥ 100,000 articles in its index, on one thread.
//!
//! Synthetic articles over six days (so all stay inside the 7-day window): many events, each
//! with its own names, numbers and date, reported in seven languages with words drawn Zipf-wise
//! from `fixture::synth`'s made-up vocabularies, and some syndicated copies with other
//! boilerplate. Figures: time per `assign` (median, p99, max), articles/s, resident memory per
//! article (RSS growth over the run, divided by articles, at several sizes to show it is linear)
//! and the time `cluster` takes on the first 1,000 articles.
//!
//! Then `colonnade stories rebuild`'s own work on a store: the first `--rebuild-articles` of the
//! same articles saved into a fresh SQLite store (300 publications in 10 countries), and
//! `ingest::stories::StoryStage::rebuild` over it twice — the first saves every assignment, the
//! second finds nothing to change — in articles/s overall (reading the store and saving
//! included) and assigning only. `--store-dir DIR` keeps the store, so the command itself can be
//! timed on it (`colonnade stories rebuild --data DIR`).

use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, ensure};
use clap::Args;
use colonnade_fixture::synth::{Corpus, Options as SynthOptions, Rng, Zipf};
use colonnade_stories::{Article, Constraints, Options, Stories};

use crate::procfs::{cpu_model, current_rss, peak_rss};

/// Flags of `colonnade-bench stories`.
#[derive(Args, Debug)]
pub struct StoriesArgs {
    /// Articles to assign.
    #[arg(long, default_value_t = 100_000)]
    articles: usize,
    /// Mean articles per event.
    #[arg(long, default_value_t = 8)]
    per_event: usize,
    /// Share of articles that are syndicated copies of an earlier one.
    #[arg(long, default_value_t = 0.08)]
    copies: f64,
    /// Words per article (a range `LO..=HI`).
    #[arg(long, default_value_t = 300)]
    min_words: usize,
    /// See `--min-words`.
    #[arg(long, default_value_t = 700)]
    max_words: usize,
    /// Articles saved into a SQLite store for the `stories rebuild` figures (0: skip them).
    #[arg(long, default_value_t = 100_000)]
    rebuild_articles: usize,
    /// Where that store goes (kept after the run); a temporary directory by default.
    #[arg(long, value_name = "DIR")]
    store_dir: Option<std::path::PathBuf>,
}

const LANGS: [&str; 7] = ["en", "es", "de", "fr", "it", "tr", "ru"];
const SPAN_SECS: i64 = 6 * 86_400;
const START: i64 = 1_717_200_000;

struct Event {
    names: Vec<String>,
    numbers: Vec<String>,
    day: u32,
    time: i64,
}

/// The synthetic articles, in publication order.
fn generate(args: &StoriesArgs) -> Result<Vec<Article>> {
    let corpus =
        Corpus::new(SynthOptions { vocabulary: 12_000, publications: 30, columnists: 30, ..Default::default() });
    let all: Vec<&str> = colonnade_fixture::synth::languages().collect();
    let lang_ix: Vec<usize> = LANGS.iter().map(|l| all.iter().position(|a| a == l).unwrap_or(0)).collect();
    let zipf = Zipf::new(12_000, 1.0);
    let mut rng = Rng::new(11);
    let n_events = (args.articles / args.per_event.max(1)).max(1);
    let cap = |w: &str| {
        let mut c = w.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
    };
    let events: Vec<Event> = (0..n_events)
        .map(|e| {
            let lang = lang_ix[rng.below(lang_ix.len())];
            let vocab = corpus.vocabulary(lang);
            Event {
                names: (0..6).map(|_| cap(&vocab[2_000 + rng.below(10_000)])).collect(),
                numbers: (0..3).map(|_| format!("{}", 10 + rng.below(100_000))).collect(),
                day: 1 + rng.below(28) as u32,
                time: START + (e as i64 * SPAN_SECS) / n_events as i64,
            }
        })
        .collect();
    let mut out: Vec<Article> = Vec::with_capacity(args.articles);
    for i in 0..args.articles {
        if i > 0 && rng.chance(args.copies) {
            let j = i - 1 - rng.below(i.min(2_000));
            let orig = &out[j];
            let mut copy = orig.clone();
            copy.id = format!("a{i}");
            copy.outlet = Some(format!("outlet{}", rng.below(300)));
            copy.text = format!("Subscribe to our newsletter\n{}\nShare this article", orig.text);
            copy.published = orig.published.and_then(|t| jiff::Timestamp::from_second(t.as_second() + 3_600).ok());
            out.push(copy);
            continue;
        }
        let ev = &events[(i * n_events / args.articles + rng.below(3)).min(n_events - 1)];
        let l = rng.below(LANGS.len());
        let vocab = corpus.vocabulary(lang_ix[l]);
        let words = rng.range(args.min_words, args.max_words.max(args.min_words));
        let mut text = String::with_capacity(words * 8);
        for w in 0..words {
            if w % 12 == 0 && w > 0 {
                text.push_str(". ");
            }
            if rng.chance(0.05) {
                text.push_str(rng.pick::<String>(&ev.names));
            } else if rng.chance(0.01) {
                text.push_str(rng.pick::<String>(&ev.numbers));
            } else {
                text.push_str(&vocab[zipf.sample(&mut rng)]);
            }
            text.push(' ');
        }
        text.push_str(&format!("{} June.", ev.day));
        let title = (0..8).map(|_| vocab[zipf.sample(&mut rng)].as_str()).collect::<Vec<_>>().join(" ");
        out.push(Article {
            id: format!("a{i}"),
            title: format!("{} {title}", rng.pick::<String>(&ev.names)),
            text,
            lang: Some(LANGS[l].to_string()),
            published: jiff::Timestamp::from_second(ev.time + rng.below(7_200) as i64).ok(),
            outlet: Some(format!("outlet{}", rng.below(300))),
            url: Some(format!("https://outlet.example/{i}")),
            ..Article::default()
        });
    }
    out.sort_by_key(|a| a.published);
    Ok(out)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// Runs the benchmark and prints its figures.
pub fn run(args: StoriesArgs) -> Result<ExitCode> {
    ensure!(args.articles >= 1_000, "--articles must be at least 1000");
    let t0 = Instant::now();
    let articles = generate(&args)?;
    let words: usize = articles.iter().map(|a| a.text.split_whitespace().count()).sum();
    println!(
        "bench stories: {} synthetic articles ({} languages, ~{} events, {:.0}% copies, {:.0} words each on average), generated in {:.1} s",
        articles.len(),
        LANGS.len(),
        articles.len() / args.per_event.max(1),
        args.copies * 100.0,
        words as f64 / articles.len() as f64,
        t0.elapsed().as_secs_f64()
    );
    println!("cpu           {} (one thread)", cpu_model());

    // Clustering 1,000 articles, the `stories cluster` path.
    let first: Vec<Article> = articles[..1_000].to_vec();
    let started = Instant::now();
    let got = colonnade_stories::cluster(&first, &Options::default(), &Constraints::default())?;
    let cluster_secs = started.elapsed().as_secs_f64();
    ensure!(got.len() == 1_000, "cluster returned {} assignments", got.len());

    let rss_before = current_rss().unwrap_or(0);
    let mut engine = Stories::new(Options::default());
    let mut times: Vec<Duration> = Vec::with_capacity(articles.len());
    let checkpoints = [articles.len() / 4, articles.len() / 2, articles.len()];
    let mut memory: Vec<(usize, u64, usize)> = Vec::new();
    let started = Instant::now();
    let mut copies = 0usize;
    for (i, a) in articles.iter().enumerate() {
        let t = Instant::now();
        let got = engine.assign(a)?;
        times.push(t.elapsed());
        copies += usize::from(got.copy_of.is_some());
        if checkpoints.contains(&(i + 1)) {
            memory.push((i + 1, current_rss().unwrap_or(0).saturating_sub(rss_before), engine.heap_bytes()));
        }
    }
    let total = started.elapsed().as_secs_f64();
    let mut sorted = times.clone();
    sorted.sort_unstable();
    let stories = engine.assignments().map(|(_, a)| a.story).collect::<std::collections::HashSet<_>>().len();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("in index      {} live articles at the end (window 7 days)", engine.live());
    println!(
        "assign        median {:.3} ms  p99 {:.3} ms  max {:.3} ms",
        ms(percentile(&sorted, 0.5)),
        ms(percentile(&sorted, 0.99)),
        ms(percentile(&sorted, 1.0))
    );
    let tail: Vec<Duration> = {
        let mut t = times[times.len() * 9 / 10..].to_vec();
        t.sort_unstable();
        t
    };
    println!(
        "assign, last 10% (index full)  median {:.3} ms  p99 {:.3} ms",
        ms(percentile(&tail, 0.5)),
        ms(percentile(&tail, 0.99))
    );
    println!("articles/s    {:.0}", articles.len() as f64 / total);
    println!("found         {stories} stories, {copies} copies");
    for (n, rss, heap) in &memory {
        println!(
            "memory        {n:>7} articles: RSS +{:.1} MB = {:.0} bytes/article (engine's own estimate {:.0} bytes/article)",
            *rss as f64 / 1e6,
            *rss as f64 / *n as f64,
            *heap as f64 / *n as f64
        );
    }
    if let Some(peak) = peak_rss() {
        println!("peak RSS      {:.0} MB (the generated articles included)", peak as f64 / 1e6);
    }
    println!("cluster 1,000 {cluster_secs:.3} s");
    drop(engine);
    if args.rebuild_articles > 0 {
        let n = args.rebuild_articles.min(articles.len());
        rebuild(&articles[..n], args.store_dir.as_deref())?;
    }
    Ok(ExitCode::SUCCESS)
}

const COUNTRIES: [&str; 10] = ["GB", "US", "ES", "DE", "FR", "IT", "TR", "RU", "IE", "MX"];

/// Saves `articles` into a fresh SQLite store and times `StoryStage::rebuild` over it (what
/// `colonnade stories rebuild` runs), twice.
fn rebuild(articles: &[Article], dir: Option<&std::path::Path>) -> Result<()> {
    use colonnade_store::{NewArticle, PublicationRecord, SqliteStore, Store};
    use std::sync::Arc;

    let temp;
    let path = match dir {
        Some(d) => {
            std::fs::create_dir_all(d).with_context(|| format!("creating {}", d.display()))?;
            d.to_path_buf()
        }
        None => {
            temp = tempfile::tempdir().context("creating a temporary directory")?;
            temp.path().to_path_buf()
        }
    };
    let store = Arc::new(SqliteStore::open(&path).with_context(|| format!("opening a store in {}", path.display()))?);
    let started = Instant::now();
    let mut publications = std::collections::HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        let outlet = a.outlet.clone().unwrap_or_else(|| "outlet0".into());
        let p = match publications.get(&outlet) {
            Some(&p) => p,
            None => {
                let n: usize = outlet.trim_start_matches("outlet").parse().unwrap_or(0);
                let p = store.upsert_publication(&PublicationRecord {
                    name: outlet.clone(),
                    homepage: format!("https://{outlet}.example/"),
                    country: Some(COUNTRIES[n % COUNTRIES.len()].into()),
                    language: None,
                })?;
                publications.insert(outlet.clone(), p);
                p
            }
        };
        let when = colonnade_model::Timestamp::new(a.published.unwrap_or_else(jiff::Timestamp::now), 0);
        let url = format!("https://{outlet}.example/{i}");
        let article = colonnade_model::Article {
            url: Some(url.clone()),
            title: Some(a.title.clone()),
            text: a.text.clone(),
            lang: a.lang.clone(),
            published: Some(when),
            kind: if i % 3 == 0 { colonnade_model::Kind::News } else { colonnade_model::Kind::Opinion },
            word_count: a.text.split_whitespace().count(),
            ..colonnade_model::Article::default()
        };
        store.save_article(&NewArticle {
            publication_id: p,
            article: &article,
            url_key: &url,
            alt_url_keys: &[],
            raw: None,
            seen_at: when,
        })?;
    }
    println!(
        "rebuild store {} articles saved into SQLite at {} in {:.1} s",
        articles.len(),
        path.display(),
        started.elapsed().as_secs_f64()
    );
    let store: Arc<dyn Store> = store;
    for run in ["first", "second"] {
        let rss = current_rss().unwrap_or(0);
        let (stage, r) =
            colonnade_ingest::stories::StoryStage::rebuild(Arc::clone(&store), Options::default(), &mut |_| {})
                .context("rebuilding stories from the store")?;
        let grown = current_rss().unwrap_or(0).saturating_sub(rss);
        drop(stage);
        println!(
            "rebuild ({run:<6}) {} articles, {} stories, {} copies in {:.2} s: {:.0} articles/s overall, {:.0} articles/s assigning, RSS +{:.0} MB",
            r.articles,
            r.stories,
            r.copies,
            r.seconds,
            r.articles as f64 / r.seconds.max(1e-9),
            r.articles as f64 / r.assign_seconds.max(1e-9),
            grown as f64 / 1e6
        );
    }
    Ok(())
}
