//! Finding and listing sources: a publication's feeds discovered from its home page, OPML merged
//! into the configuration and written out of it.

use colonnade_config::{Config, Publication};
use colonnade_feed::Outline;
use colonnade_fetch::{FetchError, Fetcher};
use colonnade_url::Url;

/// What a publication's home page told about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Discovered {
    /// Its feeds: `<link rel=alternate>` on the page, else the first of the usual paths that
    /// answers with a readable feed.
    pub feeds: Vec<Url>,
    /// The site's name, as the page gives it.
    pub name: Option<String>,
    /// The page's language (primary subtag).
    pub language: Option<String>,
}

/// Why discovery failed.
#[derive(Debug, thiserror::Error)]
pub enum DiscoverError {
    /// The home page could not be fetched.
    #[error("fetching {url}")]
    Fetch {
        /// The home page.
        url: Url,
        /// The cause.
        #[source]
        source: FetchError,
    },
    /// The home page answered with an error status.
    #[error("{url} answered HTTP {status}")]
    Status {
        /// The home page.
        url: Url,
        /// The status.
        status: u16,
    },
}

/// Fetches `homepage` and finds its feeds, name and language.
pub async fn discover(fetcher: &Fetcher, homepage: &Url) -> Result<Discovered, DiscoverError> {
    let page =
        fetcher.get(homepage, None).await.map_err(|source| DiscoverError::Fetch { url: homepage.clone(), source })?;
    if page.status >= 400 {
        return Err(DiscoverError::Status { url: homepage.clone(), status: page.status });
    }
    let article = colonnade_extract::extract(&page.body, Some(&page.final_url), page.content_type.as_deref()).ok();
    let mut feeds = colonnade_feed::discover_feed_links(&page.body, &page.final_url);
    if feeds.is_empty() {
        for path in colonnade_feed::COMMON_FEED_PATHS {
            let Ok(candidate) = page.final_url.join(path) else { continue };
            if let Ok(r) = fetcher.get(&candidate, None).await
                && r.status < 400
                && colonnade_feed::parse_feed(&r.body, r.content_type.as_deref(), Some(&r.final_url)).is_ok()
            {
                feeds.push(r.final_url.clone());
                break;
            }
        }
    }
    let name = article.as_ref().and_then(|a| a.site_name.clone());
    let language =
        article.and_then(|a| a.lang).map(|l| l.split('-').next().unwrap_or("").to_string()).filter(|l| !l.is_empty());
    Ok(Discovered { feeds, name, language })
}

/// Adds `publication` to the configuration, replacing one with the same home page.
pub fn add_publication(config: &mut Config, publication: Publication) {
    if let Some(existing) = config.publications.iter_mut().find(|p| p.homepage == publication.homepage) {
        *existing = publication;
    } else {
        config.publications.push(publication);
    }
}

/// Merges OPML outlines into the configuration: a feed joins the publication with its home page
/// (`htmlUrl`, else the feed's site root), or a new publication named by the outline's title.
/// Returns how many feeds were added (feeds already listed are not added again).
pub fn merge_opml(config: &mut Config, outlines: Vec<Outline>) -> usize {
    let mut added = 0;
    for o in outlines {
        let homepage =
            o.html_url.clone().unwrap_or_else(|| o.xml_url.join("/").unwrap_or_else(|_| o.xml_url.clone())).to_string();
        let feed = o.xml_url.to_string();
        if let Some(p) = config.publications.iter_mut().find(|p| p.homepage == homepage) {
            if !p.feeds.contains(&feed) {
                p.feeds.push(feed);
                added += 1;
            }
        } else {
            let name = o.title.clone().unwrap_or_else(|| o.xml_url.host_str().unwrap_or("unnamed").to_string());
            config.publications.push(Publication {
                name,
                homepage,
                country: None,
                language: None,
                feeds: vec![feed],
                columnist_pages: vec![],
                sitemaps: vec![],
                kind: None,
                photos: true,
            });
            added += 1;
        }
    }
    added
}

/// Every configured feed as an OPML outline (the publication's name, home page and country).
pub fn outlines(config: &Config) -> Vec<Outline> {
    let mut out = Vec::new();
    for p in &config.publications {
        for f in &p.feeds {
            let Ok(xml_url) = Url::parse(f) else { continue };
            out.push(Outline {
                title: Some(p.name.clone()),
                xml_url,
                html_url: Url::parse(&p.homepage).ok(),
                category: p.country.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(xml: &str, html: Option<&str>, title: &str) -> Outline {
        Outline {
            title: Some(title.into()),
            xml_url: Url::parse(xml).unwrap(),
            html_url: html.map(|h| Url::parse(h).unwrap()),
            category: None,
        }
    }

    #[test]
    fn opml_joins_feeds_to_their_publication_and_counts_only_new_ones() {
        let mut config = Config::default();
        let added = merge_opml(
            &mut config,
            vec![
                outline("https://a.example/feed", Some("https://a.example/"), "A"),
                outline("https://a.example/opinion/feed", Some("https://a.example/"), "A opinion"),
                outline("https://b.example/rss.xml", None, "B"),
            ],
        );
        assert_eq!(added, 3);
        assert_eq!(config.publications.len(), 2);
        assert_eq!(config.publications[0].feeds.len(), 2);
        assert_eq!(config.publications[1].homepage, "https://b.example/");
        assert_eq!(
            merge_opml(&mut config, vec![outline("https://a.example/feed", Some("https://a.example/"), "A")]),
            0
        );
        assert_eq!(outlines(&config).len(), 3);
        let mut replaced = config.publications[1].clone();
        replaced.name = "Bee".into();
        add_publication(&mut config, replaced);
        assert_eq!(config.publications.len(), 2);
        assert_eq!(config.publications[1].name, "Bee");
    }
}
