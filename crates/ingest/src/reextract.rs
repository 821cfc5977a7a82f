//! Re-extraction: a newer extractor run over the stored pages, without fetching.
//!
//! Each stored page is extracted again and assembled with the evidence the crawl stored beside it
//! ([`crate::merge::assemble`], the same function the crawl uses), so a crawl and a re-extraction
//! of one page agree; the operator's current declarations (`kind = …`) replace the stored ones
//! for the publications still configured.

use std::collections::HashMap;

use colonnade_config::Config;
use colonnade_extract::Kind;
use colonnade_model::Timestamp;
use colonnade_store::{Id, SaveOutcome, Store, StoredPage};
use colonnade_url::Url;
use rayon::prelude::*;
use serde::Serialize;

use crate::IngestError;
use crate::merge::{Evidence, FeedEvidence, assemble};

/// Pages read from the store per batch.
const BATCH: usize = 256;

/// What a re-extraction did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct ReextractSummary {
    /// Articles whose stored fields changed.
    pub updated: u64,
    /// Articles the new extraction left as they were.
    pub unchanged: u64,
    /// Pages that could not be extracted (see `errors`).
    pub failed: u64,
    /// The first errors, as messages.
    pub errors: Vec<String>,
}

/// The kind each configured publication declares, by store id; `Some(None)` for a configured
/// publication that declares none (its stored declaration, if any, no longer holds).
pub fn declared_kinds(store: &dyn Store, config: &Config) -> Result<HashMap<Id, Option<Kind>>, IngestError> {
    let rows = store.publications()?;
    Ok(config
        .publications
        .iter()
        .filter_map(|p| rows.iter().find(|r| r.record.homepage == p.homepage).map(|r| (r.id, p.kind)))
        .collect())
}

/// Runs the extractor over every stored page (in parallel, a batch at a time) and writes each
/// article that changed. `progress` is told how many pages are done after each batch. A page that
/// cannot be extracted is counted and skipped; only a store failure stops the run.
pub fn reextract(
    store: &dyn Store,
    config: &Config,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<ReextractSummary, IngestError> {
    let declared = declared_kinds(store, config)?;
    let mut summary = ReextractSummary::default();
    let mut after = 0;
    let mut done = 0u64;
    loop {
        let pages = store.raw_pages(after, BATCH)?;
        let Some(last) = pages.last() else { break };
        after = last.article_id;
        let results: Vec<(Id, Result<colonnade_extract::Article, String>)> =
            pages.par_iter().map(|p| (p.article_id, extract_page(store, p, &declared))).collect();
        for (id, result) in results {
            match result {
                Ok(article) => {
                    match store.update_extraction(id, &article, Timestamp::new(jiff::Timestamp::now(), 0))? {
                        SaveOutcome::Updated(_) => summary.updated += 1,
                        _ => summary.unchanged += 1,
                    }
                }
                Err(e) => {
                    summary.failed += 1;
                    if summary.errors.len() < 20 {
                        summary.errors.push(format!("article {id}: {e}"));
                    }
                }
            }
        }
        done += pages.len() as u64;
        progress(done);
    }
    Ok(summary)
}

/// One stored page to its article, as the crawl would assemble it.
fn extract_page(
    store: &dyn Store,
    page: &StoredPage,
    declared: &HashMap<Id, Option<Kind>>,
) -> Result<colonnade_extract::Article, String> {
    let url = Url::parse(&page.url).map_err(|e| format!("stored URL {:?}: {e}", page.url))?;
    let ct = page.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case("content-type")).map(|(_, v)| v.as_str());
    let extracted =
        colonnade_extract::extract_with(&page.body, Some(&url), ct, &Default::default()).map_err(|e| e.to_string())?;
    let mut evidence = match &page.evidence {
        Some(json) => Evidence::from_json(Some(json)),
        // A page stored before evidence was kept: what the stored article holds beyond the page
        // (the feed's authors, dates and title) stands in for the feed item.
        None => legacy_evidence(store, page.article_id),
    };
    if let Some(kind) = declared.get(&page.publication_id) {
        evidence.declared_kind = *kind;
    }
    Ok(assemble(extracted, &evidence, &url, &page.headers))
}

fn legacy_evidence(store: &dyn Store, id: Id) -> Evidence {
    let Ok(Some(old)) = store.article(id) else { return Evidence::default() };
    let a = old.article;
    Evidence {
        feed: Some(FeedEvidence {
            title: a.title,
            authors: a.authors,
            published: a.published,
            updated: a.modified,
            summary: a.description,
            image: a.image,
            categories: Vec::new(),
        }),
        declared_kind: None,
    }
}
