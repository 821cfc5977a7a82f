//! `colonnade eval …`: quality against a corpus. (Speed is measured by `colonnade-bench`.)

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Args, Subcommand};
use colonnade_eval::{CaseScore, Output};
use rayon::prelude::*;

use colonnade_eval::pages::read_page;

/// The development corpus, relative to the repository root.
pub const DEFAULT_CORPUS: &str = "../shared/corpus/readability";

#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// Score the extractor: text P/R/F1 (full-text cases), snippets found and kept (snippet
    /// cases), title, author and date accuracy, and kind against kind.json.
    Extract(EvalArgs),
    /// Score `stories cluster` on JSON lines labelled with `event`: BCubed and pairwise P/R/F1,
    /// cross-language pairs, and the TF-IDF baseline beside it.
    Stories(crate::cli_stories::EvalStoriesArgs),
    /// Score syndicated-copy detection on JSON lines labelled with `copy_group`.
    Dedup(crate::cli_stories::EvalStoriesArgs),
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Corpus folder with pages/ and expected/, and optionally kind.json (see crates/eval):
    /// the readability layout (`expected/CASE.txt` for every case) or the webmix one
    /// (`expected/CASE.json` with `with`/`without` snippets, .txt for some cases).
    #[arg(long, default_value = DEFAULT_CORPUS)]
    corpus: PathBuf,
    /// Extra kind labels, in the format of kind.json (`{"<case>": {"kind": "opinion|news|other",
    /// "sure": bool, "why": "..."}}`); they replace the corpus's own labels for the same cases.
    #[arg(long, value_name = "FILE")]
    kind: Option<PathBuf>,
    /// Print every case's scores as JSON instead of the table.
    #[arg(long)]
    json: bool,
    /// List the N worst cases of each family (by F1; snippet cases by share of snippets wrong)
    /// and N kind mistakes, with what went wrong.
    #[arg(long, value_name = "N", default_value_t = 10)]
    worst: usize,
    /// Score another extractor's output instead of running Colonnade's: JSON lines with "file"
    /// (the page's file name, e.g. "ars-1.html") and any of "text", "title", "authors"
    /// (list or string), "published", "kind" (opinion|news|other; kind is scored only if the
    /// lines carry it), "error".
    #[arg(long, value_name = "FILE")]
    from_jsonl: Option<PathBuf>,
    /// Also write, for every labelled case, the kind model's inputs as JSON lines to FILE:
    /// "corpus", "case", "url", "label", "sure", "rule" (the kind the strong signals settle, or
    /// null), "got" and "features" (name → value). bench/kind/fit.py fits the model on them.
    #[arg(long, value_name = "FILE")]
    features: Option<PathBuf>,
}

/// Reads another extractor's JSON lines into outputs keyed by page file name.
fn read_foreign(path: &Path) -> Result<std::collections::HashMap<String, Result<Output, String>>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut out = std::collections::HashMap::new();
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: serde_json::Value =
            serde_json::from_str(line).with_context(|| format!("{} line {}: not JSON", path.display(), i + 1))?;
        let file = v["file"].as_str().with_context(|| format!("{} line {}: no \"file\"", path.display(), i + 1))?;
        let name = file.rsplit('/').next().unwrap_or(file).to_string();
        if let Some(err) = v["error"].as_str() {
            out.insert(name, Err(err.to_string()));
            continue;
        }
        let s = |k: &str| v[k].as_str().map(str::to_string).filter(|s| !s.is_empty());
        let authors = match &v["authors"] {
            serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
            serde_json::Value::String(a) if !a.is_empty() => vec![a.clone()],
            _ => Vec::new(),
        };
        let kind = serde_json::from_value::<colonnade_eval::Kind>(v["kind"].clone()).ok();
        let output =
            Output { text: s("text").unwrap_or_default(), title: s("title"), authors, published: s("published"), kind };
        out.insert(name, Ok(output));
    }
    Ok(out)
}

pub fn run_eval(cmd: EvalCommand) -> Result<ExitCode> {
    let args = match cmd {
        EvalCommand::Extract(args) => args,
        EvalCommand::Stories(args) => return crate::cli_stories::eval_stories(args),
        EvalCommand::Dedup(args) => return crate::cli_stories::eval_dedup(args),
    };
    let mut cases = colonnade_eval::load_corpus(&args.corpus)
        .with_context(|| format!("loading the corpus at {}", args.corpus.display()))?;
    if let Some(path) = &args.kind {
        let labels = colonnade_eval::load_kinds(path).with_context(|| format!("reading {}", path.display()))?;
        let unused = colonnade_eval::apply_kinds(&mut cases, &labels);
        if !unused.is_empty() {
            let shown: Vec<&str> = unused.iter().take(5).map(String::as_str).collect();
            eprintln!(
                "colonnade: {} of the {} labels in {} match no case of the corpus ({}{})",
                unused.len(),
                labels.len(),
                path.display(),
                shown.join(", "),
                if unused.len() > shown.len() { ", …" } else { "" }
            );
        }
    }
    let started = Instant::now();
    let scores: Vec<CaseScore> = if let Some(path) = &args.from_jsonl {
        let foreign = read_foreign(path)?;
        cases
            .iter()
            .map(|case| {
                let file = case.page.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
                match foreign.get(&file) {
                    Some(Ok(o)) => colonnade_eval::score_case(case, Ok(o)),
                    Some(Err(e)) => colonnade_eval::score_case(case, Err(e)),
                    None => colonnade_eval::score_case(case, Err("missing from the JSON lines")),
                }
            })
            .collect()
    } else {
        let scored: Vec<(CaseScore, Option<serde_json::Value>)> = cases
            .par_iter()
            .map(|case| {
                let url = case.expected.url.as_deref().and_then(|u| colonnade_extract::Url::parse(u).ok());
                let result = read_page(&case.page).map_err(anyhow::Error::from).and_then(|bytes| {
                    colonnade_extract::extract_with(&bytes, url.as_ref(), None, &colonnade_extract::Options::default())
                        .map_err(anyhow::Error::from)
                });
                match result {
                    Ok(e) => {
                        let row = args.features.is_some().then(|| feature_row(&args.corpus, case, &e)).flatten();
                        let a = e.article;
                        let out = Output {
                            text: a.text,
                            title: a.title,
                            authors: a.authors,
                            published: a.published.map(|p| p.to_string()),
                            kind: Some(a.kind),
                        };
                        (colonnade_eval::score_case(case, Ok(&out)), row)
                    }
                    Err(e) => (colonnade_eval::score_case(case, Err(&format!("{e:#}"))), None),
                }
            })
            .collect();
        if let Some(path) = &args.features {
            let mut lines = String::new();
            for row in scored.iter().filter_map(|(_, row)| row.as_ref()) {
                lines.push_str(&serde_json::to_string(row)?);
                lines.push('\n');
            }
            std::fs::write(path, lines).with_context(|| format!("writing {}", path.display()))?;
        }
        scored.into_iter().map(|(score, _)| score).collect()
    };
    let secs = started.elapsed().as_secs_f64();
    let summary = colonnade_eval::summarise(&scores);
    if args.json {
        let by_lang: serde_json::Map<String, serde_json::Value> = colonnade_eval::summarise_by_lang(&scores)
            .into_iter()
            .map(|(lang, s)| serde_json::to_value(s).map(|v| (lang, v)))
            .collect::<Result<_, _>>()?;
        let report = serde_json::json!({ "summary": summary, "by_lang": by_lang, "cases": scores });
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(ExitCode::SUCCESS);
    }
    print_summary(&args, &summary, secs);
    if summary.snippets.is_some() {
        print_by_lang(&scores);
    }
    if args.worst > 0 {
        print_worst(&args, &cases, &scores);
    }
    Ok(ExitCode::SUCCESS)
}

fn print_summary(args: &EvalArgs, summary: &colonnade_eval::Summary, secs: f64) {
    println!("corpus      {} ({} cases, {secs:.1} s)", args.corpus.display(), summary.cases);
    if summary.text_cases > 0 {
        let of = if summary.text_cases == summary.cases {
            String::new()
        } else {
            format!("  ({} full-text cases)", summary.text_cases)
        };
        println!(
            "text        precision {:.4}  recall {:.4}  F1 mean {:.4}  median {:.4}{of}",
            summary.precision_mean, summary.recall_mean, summary.f1_mean, summary.f1_median
        );
    }
    let snippets = |label: &str, s: &colonnade_eval::SnippetSummary, what: &str| {
        println!(
            "{label:<11} precision {:.4}  recall {:.4}  F1 {:.4}  accuracy {:.4}  perfect {:.4}  ({} {what}; TP {} FN {} FP {} TN {})",
            s.precision, s.recall, s.f1, s.accuracy, s.perfect, s.cases, s.tp, s.fn_, s.fp, s.tn
        );
    };
    if let Some(s) = &summary.snippets {
        snippets("snippets", s, "snippet cases");
    }
    if let Some(s) = &summary.snippets_all {
        snippets("snippets+", s, "cases with snippets, full-text ones too");
    }
    let acc = |(a, n): (f64, usize)| format!("{a:.4} of {n}");
    println!("title       {}", acc(summary.title_accuracy));
    println!("author      {}", acc(summary.author_accuracy));
    println!("date        {}", acc(summary.date_accuracy));
    println!(
        "empty       {} of {} pages with ≥{} expected words ({} empty outputs in all)",
        summary.empty_long.0,
        summary.empty_long.1,
        colonnade_eval::LONG_PAGE_WORDS,
        summary.empty
    );
    for (label, kind) in [("kind", &summary.kind), ("kind, sure", &summary.kind_sure)] {
        if let Some(k) = kind {
            print_kind(label, k);
        }
    }
    if summary.errors > 0 {
        println!("errors      {}", summary.errors);
    }
}

fn print_kind(label: &str, k: &colonnade_eval::KindSummary) {
    println!(
        "{label:<11} accuracy {:.4} of {}  opinion precision {:.4}  recall {:.4}  F1 {:.4}",
        k.accuracy, k.cases, k.opinion_precision, k.opinion_recall, k.opinion_f1
    );
    println!("              label \\ got   opinion     news    other");
    for (kind, row) in colonnade_eval::KINDS.iter().zip(k.confusion) {
        println!("              {:<11} {:>8} {:>8} {:>8}", kind.as_str(), row[0], row[1], row[2]);
    }
}

fn print_by_lang(scores: &[CaseScore]) {
    let dash = || "–".to_string();
    let pct = |(a, n): (f64, usize)| if n == 0 { dash() } else { format!("{a:.3}") };
    println!("\nlang   cases  text F1  snip P  snip R snip F1     acc perfect  title author   date   kind empty");
    for (lang, s) in colonnade_eval::summarise_by_lang(scores) {
        let (p, r, f, a, perfect) = match &s.snippets {
            Some(x) => (
                format!("{:.3}", x.precision),
                format!("{:.3}", x.recall),
                format!("{:.3}", x.f1),
                format!("{:.3}", x.accuracy),
                format!("{:.3}", x.perfect),
            ),
            None => (dash(), dash(), dash(), dash(), dash()),
        };
        let text = if s.text_cases > 0 { format!("{:.3}", s.f1_mean) } else { dash() };
        let kind = s.kind.as_ref().map_or_else(dash, |k| format!("{:.3}", k.accuracy));
        println!(
            "{lang:<6} {:>5} {text:>8} {p:>7} {r:>7} {f:>7} {a:>7} {perfect:>7} {:>6} {:>6} {:>6} {kind:>6} {:>5}",
            s.cases,
            pct(s.title_accuracy),
            pct(s.author_accuracy),
            pct(s.date_accuracy),
            s.empty
        );
    }
}

/// The kind model's inputs for a labelled case, as one JSON object (`--features`).
fn feature_row(
    corpus: &Path,
    case: &colonnade_eval::Case,
    e: &colonnade_extract::Extracted,
) -> Option<serde_json::Value> {
    use colonnade_extract::kind;
    let label = case.kind.as_ref()?;
    let features: serde_json::Map<String, serde_json::Value> =
        kind::FEATURES.iter().zip(e.kind_signals.features()).map(|(n, v)| (n.to_string(), v.into())).collect();
    Some(serde_json::json!({
        "corpus": corpus.display().to_string(),
        "case": case.name,
        "url": case.expected.url,
        "label": label.kind.as_str(),
        "sure": label.sure,
        "rule": kind::rule(&e.kind_signals).map(|k| k.as_str()),
        "got": e.article.kind.as_str(),
        "features": features,
    }))
}

/// Cuts a snippet for display.
fn short(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX { s.to_string() } else { format!("{}…", s.chars().take(MAX).collect::<String>()) }
}

fn print_worst(args: &EvalArgs, cases: &[colonnade_eval::Case], scores: &[CaseScore]) {
    let mut text: Vec<&CaseScore> = scores.iter().filter(|s| s.is_text_case()).collect();
    if !text.is_empty() {
        text.sort_by(|a, b| b.badness().total_cmp(&a.badness()));
        println!("\nworst by F1:");
        for s in text.iter().take(args.worst) {
            let (f, p, r) = (s.f1.unwrap_or(0.0), s.precision.unwrap_or(0.0), s.recall.unwrap_or(0.0));
            println!("  {:<45} F1 {f:.3}  P {p:.3}  R {r:.3}", s.name);
        }
    }
    let mut snippet: Vec<&CaseScore> = scores.iter().filter(|s| s.is_snippet_case()).collect();
    if !snippet.is_empty() {
        snippet.sort_by(|a, b| b.badness().total_cmp(&a.badness()));
        println!("\nworst snippet cases (share of snippets wrong: `with` missed + `without` kept):");
        for s in snippet.iter().take(args.worst).filter(|s| s.badness() > 0.0) {
            let Some(x) = &s.snippets else { continue };
            println!(
                "  {:<45} wrong {:.3}  missed {}/{}  kept {}/{}{}",
                s.name,
                s.badness(),
                x.fn_,
                x.tp + x.fn_,
                x.fp,
                x.fp + x.tn,
                if s.empty { "  (empty output)" } else { "" }
            );
            for m in &x.missed {
                println!("      missed: {}", short(m));
            }
            for k in &x.kept {
                println!("      kept:   {}", short(k));
            }
        }
    }
    let mut mistakes: Vec<&CaseScore> = scores.iter().filter(|s| s.kind.is_some_and(|k| k.expected != k.got)).collect();
    // Opinion missed or wrongly claimed first, sure labels before soft ones.
    mistakes.sort_by_key(|s| {
        s.kind.map(|k| (k.expected != colonnade_eval::Kind::Opinion && k.got != colonnade_eval::Kind::Opinion, !k.sure))
    });
    if !mistakes.is_empty() {
        let labelled = scores.iter().filter(|s| s.kind.is_some()).count();
        println!("\nkind mistakes ({} of {labelled}; first {}):", mistakes.len(), args.worst.min(mistakes.len()));
        for s in mistakes.iter().take(args.worst) {
            let Some(k) = s.kind else { continue };
            let why = cases
                .iter()
                .find(|c| c.name == s.name)
                .and_then(|c| c.kind.as_ref())
                .and_then(|l| l.why.clone())
                .unwrap_or_default();
            println!(
                "  {:<45} label {:<7}{} got {:<7}  {why}",
                s.name,
                k.expected.as_str(),
                if k.sure { "  " } else { "? " },
                k.got.as_str()
            );
        }
    }
    let long_empty: Vec<&str> = scores
        .iter()
        .filter(|s| s.empty && s.expected_words >= colonnade_eval::LONG_PAGE_WORDS)
        .map(|s| s.name.as_str())
        .collect();
    if !long_empty.is_empty() {
        let min = colonnade_eval::LONG_PAGE_WORDS;
        println!("\nempty on pages with ≥{min} expected words: {}", long_empty.join(", "));
    }
    let wrong = |label: &str, pick: &dyn Fn(&CaseScore) -> Option<bool>| {
        let names: Vec<&str> = scores.iter().filter(|s| pick(s) == Some(false)).map(|s| s.name.as_str()).collect();
        if !names.is_empty() {
            println!("{label} wrong ({}): {}", names.len(), names.join(", "));
        }
    };
    wrong("\ntitle", &|s| s.title);
    wrong("author", &|s| s.authors);
    wrong("date", &|s| s.date);
}
