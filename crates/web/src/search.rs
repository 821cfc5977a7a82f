//! The search parameters every search route shares (the page, its feeds, the API) and the
//! search itself: the index's hits joined with the store's cards.

use std::collections::HashMap;

use colonnade_search::{Hit, SearchQuery};
use colonnade_store::{ArticleCard, Kind};

use crate::error::WebError;
use crate::params::{KindFilter, Params, query_string};
use crate::state::Inner;

/// The parameters of a search, validated and normalised.
#[derive(Debug, Clone, Default)]
pub(crate) struct SearchParams {
    pub q: String,
    pub publication: Option<i64>,
    pub columnist: Option<String>,
    pub lang: Option<String>,
    pub country: Option<String>,
    pub kind: Option<KindFilter>,
    pub from: Option<jiff::civil::Date>,
    pub to: Option<jiff::civil::Date>,
    pub page: usize,
}

/// Longest search text accepted.
const MAX_QUERY_CHARS: usize = 500;

impl SearchParams {
    pub(crate) fn parse(p: &Params<'_>) -> Result<SearchParams, WebError> {
        Ok(SearchParams {
            q: p.text("q", MAX_QUERY_CHARS)?.unwrap_or_default(),
            publication: p.id("publication")?,
            columnist: p.text("columnist", 200)?,
            lang: p.lang()?,
            country: p.country()?,
            kind: Some(p.kind(KindFilter::Only(Kind::Opinion))?),
            from: p.date("from")?,
            to: p.date("to")?,
            page: p.page()?,
        })
    }

    /// The kind filter: opinion unless asked otherwise.
    pub(crate) fn kind(&self) -> KindFilter {
        self.kind.unwrap_or(KindFilter::Only(Kind::Opinion))
    }

    /// True when there is something to search for.
    pub(crate) fn is_search(&self) -> bool {
        !self.q.is_empty()
            || self.publication.is_some()
            || self.columnist.is_some()
            || self.lang.is_some()
            || self.country.is_some()
            || self.from.is_some()
            || self.to.is_some()
    }

    /// The normalised query string for page `page` (the kind only when not the default).
    pub(crate) fn query(&self, page: usize) -> String {
        let publication = self.publication.map(|p| p.to_string());
        let kind = self.kind();
        let from = self.from.map(|d| d.to_string());
        let to = self.to.map(|d| d.to_string());
        let page = (page > 1).then(|| page.to_string());
        query_string(&[
            ("q", Some(self.q.as_str()).filter(|q| !q.is_empty())),
            ("publication", publication.as_deref()),
            ("columnist", self.columnist.as_deref()),
            ("lang", self.lang.as_deref()),
            ("country", self.country.as_deref()),
            ("kind", (kind != KindFilter::Only(Kind::Opinion)).then(|| kind.as_str())),
            ("from", from.as_deref()),
            ("to", to.as_deref()),
            ("page", page.as_deref()),
        ])
    }

    /// The index query for `offset`/`limit`.
    pub(crate) fn to_query(&self, offset: usize, limit: usize, newest_first: bool) -> SearchQuery {
        let instant = |d: jiff::civil::Date, end: bool| {
            let time = if end { jiff::civil::Time::MAX } else { jiff::civil::Time::midnight() };
            jiff::tz::Offset::UTC.to_timestamp(d.to_datetime(time)).ok().map(|t| colonnade_model::Timestamp::new(t, 0))
        };
        SearchQuery {
            text: self.q.clone(),
            publication_id: self.publication,
            columnist: self.columnist.clone(),
            lang: self.lang.clone(),
            country: self.country.clone(),
            kind: self.kind().kind(),
            from: self.from.and_then(|d| instant(d, false)),
            to: self.to.and_then(|d| instant(d, true)),
            offset,
            limit,
            newest_first,
        }
    }
}

/// Runs a search and loads the hits' cards, in hit order (blocking).
pub(crate) fn run_search(inner: &Inner, query: &SearchQuery) -> Result<(usize, Vec<(Hit, ArticleCard)>), WebError> {
    // The index keeps no texts: highlighting reads each hit's title and text from the store.
    let texts = |id: i64| {
        let stored = inner.store.article(id).ok().flatten()?;
        Some((stored.article.title.unwrap_or_default(), stored.article.text))
    };
    let results = inner.search.search_highlighted(query, &texts)?;
    let ids: Vec<i64> = results.hits.iter().map(|h| h.id).collect();
    let mut cards: HashMap<i64, ArticleCard> = inner.store.cards_by_id(&ids)?.into_iter().map(|c| (c.id, c)).collect();
    let hits = results.hits.into_iter().filter_map(|h| cards.remove(&h.id).map(|c| (h, c))).collect();
    Ok((results.total, hits))
}
