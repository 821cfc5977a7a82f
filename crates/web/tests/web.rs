//! The public site, specified over a real socket: a real SQLite store in a temporary
//! directory, an in-RAM search index, the real server on 127.0.0.1:0 and HTTP requests.
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "test helpers: a panic is a test failure")]

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use colonnade_model::{Article, Kind, Timestamp};
use colonnade_search::{IndexDoc, SearchIndex};
use colonnade_store::{Id, NewArticle, PublicationRecord, SqliteStore, Store};
use colonnade_web::{Site, SiteOptions};
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderValue};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
const CHROME: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

mod hostile;

// ---- fixtures -----------------------------------------------------------------------------

/// A running server with its store and index.
struct Server {
    addr: SocketAddr,
    site: Site,
    store: Arc<SqliteStore>,
    index: Arc<SearchIndex>,
    ids: Ids,
    client: reqwest::Client,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    _dir: tempfile::TempDir,
}

/// Ids of the fixture rows.
#[derive(Debug, Clone, Copy, Default)]
struct Ids {
    times: Id,
    monde: Id,
    trees: Id,
    bikes: Id,
    rivers: Id,
    zola_one: Id,
    zola_two: Id,
    hostile: Id,
}

/// The text of the trees column: long enough to be cut.
fn trees_text() -> String {
    let para = "Shade is infrastructure. Cities that plant trees along their streets cool faster in summer, \
                drain better in storms and keep their people healthier for longer.";
    format!("{para}\n\n{}", "Every street deserves a canopy of green leaves and quiet. ".repeat(30))
}

fn hours_ago(h: i64) -> Timestamp {
    let t = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(h);
    Timestamp::new(t, 3600)
}

fn publication(store: &SqliteStore, name: &str, host: &str, country: &str, lang: &str) -> Id {
    store
        .upsert_publication(&PublicationRecord {
            name: name.into(),
            homepage: format!("https://{host}/"),
            country: Some(country.into()),
            language: Some(lang.into()),
        })
        .unwrap()
}

#[allow(clippy::too_many_arguments)]
fn add(
    store: &SqliteStore,
    index: &SearchIndex,
    (pub_id, pub_name, country): (Id, &str, &str),
    url: &str,
    title: &str,
    author: &str,
    text: &str,
    kind: Kind,
    lang: &str,
    published: Timestamp,
) -> Id {
    let article = Article {
        url: Some(url.into()),
        title: Some(title.into()),
        description: None,
        authors: vec![author.into()],
        byline: Some(format!("By {author}")),
        published: Some(published),
        site_name: Some(pub_name.into()),
        lang: Some(lang.into()),
        kind,
        text: text.into(),
        html: String::new(),
        excerpt: colonnade_text_excerpt(text),
        word_count: text.split_whitespace().count(),
        confidence: 0.9,
        ..Article::default()
    };
    let id = store
        .save_article(&NewArticle {
            publication_id: pub_id,
            article: &article,
            url_key: url,
            alt_url_keys: &[],
            raw: None,
            seen_at: published,
        })
        .unwrap()
        .id();
    index
        .upsert(&IndexDoc {
            id,
            title: title.into(),
            text: text.into(),
            columnists: vec![author.into()],
            publication: pub_name.into(),
            publication_id: pub_id,
            lang: Some(lang.into()),
            country: Some(country.into()),
            kind,
            published: Some(published),
        })
        .unwrap();
    id
}

/// The first 60 words, as the extractor stores them.
fn colonnade_text_excerpt(text: &str) -> String {
    text.split_whitespace().take(60).collect::<Vec<_>>().join(" ")
}

/// Two publications, three columnists, columns, a news item and a column with hostile strings.
fn fill(store: &SqliteStore, index: &SearchIndex) -> Ids {
    let times = publication(store, "The Example Times", "times.example", "GB", "en");
    let monde = publication(store, "Le Monde Exemple", "monde.example", "FR", "fr");
    let t = (times, "The Example Times", "GB");
    let m = (monde, "Le Monde Exemple", "FR");
    let trees = add(
        store,
        index,
        t,
        "https://times.example/opinion/trees",
        "Why cities need more trees",
        "Jane Doe",
        &trees_text(),
        Kind::Opinion,
        "en",
        hours_ago(2),
    );
    let bikes = add(
        store,
        index,
        t,
        "https://times.example/opinion/bikes",
        "Bicycles are the future of the city",
        "Jane Doe",
        "Cycling lanes change how a city breathes and moves.",
        Kind::Opinion,
        "en",
        hours_ago(30),
    );
    let rivers = add(
        store,
        index,
        t,
        "https://times.example/opinion/rivers",
        "Give the rivers back",
        "Jane Doe",
        "Buried rivers should see the light again.",
        Kind::Opinion,
        "en",
        hours_ago(24 * 20),
    );
    let zola_one = add(
        store,
        index,
        m,
        "https://monde.example/opinion/jaccuse",
        "J'accuse… la ville sans arbres",
        "Émile Zola",
        "Les gouvernements oublient les arbres et la ville étouffe.",
        Kind::Opinion,
        "fr",
        hours_ago(5),
    );
    let zola_two = add(
        store,
        index,
        m,
        "https://monde.example/opinion/paris",
        "Paris, ville lumière",
        "Émile Zola",
        "La lumière de Paris appartient à tous.",
        Kind::Opinion,
        "fr",
        hours_ago(50),
    );
    add(
        store,
        index,
        t,
        "https://times.example/news/council",
        "Council approves the budget",
        "Sam Reporter",
        "The council approved the budget on Tuesday.",
        Kind::News,
        "en",
        hours_ago(1),
    );
    let hostile = add(
        store,
        index,
        t,
        "https://times.example/opinion/hostile",
        "<script>alert('title')</script> \"><img src=x onerror=alert(1)> </script><!--",
        "\"><img src=x onerror=alert(2)>",
        "Hostile text </script><script>alert(3)</script> & <b>bold</b> with trees.",
        Kind::Opinion,
        "en",
        hours_ago(48 * 10),
    );
    index.commit().unwrap();
    // One story across two countries: the trees column and Zola's (issue 11).
    let member = |article_id, story_id| colonnade_store::StoryAssignment {
        article_id,
        story_id,
        copy_of: None,
        byline: None,
        byline_note: None,
    };
    store.save_story_assignments(&[member(trees, trees), member(zola_one, trees)], None).unwrap();
    Ids { times, monde, trees, bikes, rivers, zola_one, zola_two, hostile }
}

fn client() -> reqwest::Client {
    // In a workspace build, cargo unifies reqwest's features with colonnade-fetch's
    // (`rustls-no-provider`), and a client then needs a crypto provider even for plain http.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let mut headers = HeaderMap::new();
    headers.insert(reqwest::header::USER_AGENT, HeaderValue::from_static(FIREFOX));
    // Likewise colonnade-fetch turns on reqwest's decompression, which would hide the site's own
    // Content-Encoding from the compression tests: off, so every test sees the bytes as sent.
    reqwest::Client::builder()
        .no_gzip()
        .no_brotli()
        .no_deflate()
        .no_zstd()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

impl Server {
    async fn start(options: SiteOptions) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(SqliteStore::open(dir.path()).unwrap());
        let index = Arc::new(SearchIndex::open_in_ram().unwrap());
        let ids = fill(&store, &index);
        let site = Site::new(store.clone(), index.clone(), options);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(colonnade_web::serve(listener, site.clone(), async move {
            let _ = rx.await;
        }));
        Server { addr, site, store, index, ids, client: client(), shutdown: Some(tx), task: Some(task), _dir: dir }
    }

    async fn default() -> Server {
        Server::start(SiteOptions::default()).await
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    /// GET, expect 200, return the body.
    async fn page(&self, path: &str) -> String {
        let r = self.get(path).await;
        assert_eq!(r.status(), StatusCode::OK, "GET {path}");
        r.text().await.unwrap()
    }

    async fn status(&self, path: &str) -> StatusCode {
        self.get(path).await.status()
    }

    async fn json(&self, path: &str) -> serde_json::Value {
        let r = self.get(path).await;
        assert_eq!(r.status(), StatusCode::OK, "GET {path}");
        r.json().await.unwrap()
    }

    /// The canonical path of a column, read from its 301.
    async fn column_path(&self, id: Id) -> String {
        let r = self.get(&format!("/columns/{id}")).await;
        assert_eq!(r.status(), StatusCode::MOVED_PERMANENTLY);
        r.headers()["location"].to_str().unwrap().to_owned()
    }

    async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.unwrap().unwrap();
        }
    }
}

/// Sends raw bytes and returns the response's status code.
async fn raw_status(addr: SocketAddr, request: &[u8]) -> u16 {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut chunk)).await.unwrap().unwrap();
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let head = String::from_utf8_lossy(&buf);
    head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}

/// The JSON-LD block of a page, parsed.
fn json_ld(html: &str) -> serde_json::Value {
    let start = html.find("<script type=\"application/ld+json\">").expect("a JSON-LD block") + 35;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

// ---- pages --------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn home_lists_the_latest_columns_with_most_read_and_the_hooks() {
    let s = Server::default().await;
    let html = s.page("/").await;
    for needle in [
        "<html lang=\"en\">",
        "data-test=\"column-card\"",
        "data-test=\"column-link\"",
        "data-test=\"columnist-link\"",
        "Why cities need more trees",
        "J&#39;accuse… la ville sans arbres",
        "data-test=\"nav-home\"",
        "data-test=\"nav-columnists\"",
        "data-test=\"nav-publications\"",
        "role=\"search\"",
        "data-test=\"search-input\"",
        "data-test=\"no-cookies\"",
        "No cookies, no tracking: this site sets no cookies, so there is no cookie banner.",
        "Most read",
        "<link rel=\"canonical\"",
        "property=\"og:title\"",
        "property=\"og:site_name\" content=\"Colonnade\"",
        "<link rel=\"alternate\" type=\"application/atom+xml\"",
        "<option value=\"FR\"",
        "<option value=\"fr\"",
        "lang=\"fr\"",
        "2 hours ago",
        "<a class=\"skip\" href=\"#main\">",
    ] {
        assert!(html.contains(needle), "home lacks {needle:?}");
    }
    // Opinion first: the news item is only on /news.
    assert!(!html.contains("Council approves the budget"));
    let news = s.page("/news").await;
    assert!(news.contains("Council approves the budget"));
    assert!(!news.contains("Why cities need more trees"));
    assert_eq!(json_ld(&html)["@type"], "CollectionPage");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn column_page_shows_the_excerpt_attribution_counters_and_structured_data() {
    let s = Server::default().await;
    let path = s.column_path(s.ids.trees).await;
    assert_eq!(path, format!("/columns/{}-why-cities-need-more-trees", s.ids.trees));
    let html = s.page(&path).await;
    for needle in [
        "<h1 data-test=\"column-title\" lang=\"en\">Why cities need more trees</h1>",
        "data-test=\"columnist-link\">Jane Doe</a>",
        "<span data-test=\"publication-name\">The Example Times</span>",
        "href=\"https://times.example/opinion/trees\" rel=\"noopener\" data-test=\"original-link\">",
        ">Read the full column at The Example Times</a>",
        "© The Example Times",
        "data-test=\"excerpt\"",
        "<span data-test=\"views\">1</span>",
        "<span data-test=\"likes\" aria-live=\"polite\">0</span>",
        "data-test=\"like-form\"",
        "data-test=\"like-button\"",
        "data-test=\"published\"",
        "2 hours ago",
        "More by Jane Doe",
        "Bicycles are the future of the city",
        "property=\"og:type\" content=\"article\"",
        "/static/like.",
    ] {
        assert!(html.contains(needle), "column page lacks {needle:?}");
    }
    // One columnist link on the page (the "More by" cards do not repeat it).
    assert_eq!(html.matches("data-test=\"columnist-link\"").count(), 1);
    // The excerpt is cut at 120 words with an ellipsis, and the rest of the text is not there.
    let excerpt_start = html.find("data-test=\"excerpt\"").unwrap();
    let excerpt = &html[excerpt_start..excerpt_start + html[excerpt_start..].find("</blockquote>").unwrap()];
    assert!(excerpt.contains("…</p>"), "{excerpt}");
    let words = excerpt.split("<p>").nth(1).unwrap().split_whitespace().count();
    assert!((115..=121).contains(&words), "{words} words");
    // The exact time with its offset is in the tooltip.
    assert!(html.contains("datetime=\"") && html.contains("UTC+01:00\""));
    let ld = json_ld(&html);
    assert_eq!(ld["@type"], "OpinionNewsArticle");
    assert_eq!(ld["headline"], "Why cities need more trees");
    assert_eq!(ld["author"]["@type"], "Person");
    assert_eq!(ld["author"]["name"], "Jane Doe");
    assert_eq!(ld["publisher"]["@type"], "Organization");
    assert_eq!(ld["isBasedOn"], "https://times.example/opinion/trees");
    assert_eq!(ld["url"], s.url(&path));
    assert!(ld["datePublished"].as_str().unwrap().ends_with("+01:00"));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_or_missing_slugs_redirect_permanently_to_the_canonical_url() {
    let s = Server::default().await;
    let canonical = format!("/columns/{}-why-cities-need-more-trees", s.ids.trees);
    for wrong in [format!("/columns/{}", s.ids.trees), format!("/columns/{}-old-title", s.ids.trees)] {
        let r = s.get(&wrong).await;
        assert_eq!(r.status(), StatusCode::MOVED_PERMANENTLY, "{wrong}");
        assert_eq!(r.headers()["location"], canonical.as_str());
    }
    // Columnists and publications too, keeping the page.
    let r = s.get(&format!("/publications/{}-old-name?page=1", s.ids.monde)).await;
    assert_eq!(r.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(r.headers()["location"], format!("/publications/{}-le-monde-exemple", s.ids.monde).as_str());
    let home = s.page("/").await;
    let columnist_href = home.split("href=\"/columnists/").nth(1).unwrap().split('"').next().unwrap();
    let id = columnist_href.split('-').next().unwrap();
    let r = s.get(&format!("/columnists/{id}-nobody")).await;
    assert_eq!(r.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(s.status(&format!("/columns/{}", 999_999)).await, StatusCode::NOT_FOUND);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn columnists_publications_and_their_pages() {
    let s = Server::default().await;
    let dir = s.page("/columnists").await;
    assert!(dir.contains("id=\"letter-J\""), "{dir}");
    assert!(dir.contains("id=\"letter-E\""), "Émile files under E");
    assert!(dir.contains(">Jane Doe</a>") && dir.contains("3 columns"));
    assert!(!dir.contains("Sam Reporter"), "news-only bylines are not columnists");
    let href =
        dir.split("href=\"/columnists/").skip(1).find(|h| h.contains("jane-doe")).unwrap().split('"').next().unwrap();
    let page = s.page(&format!("/columnists/{href}")).await;
    assert!(page.contains("<h1 data-test=\"columnist-name\">Jane Doe</h1>"));
    assert!(page.contains("Give the rivers back") && page.contains("Why cities need more trees"));
    assert!(page.contains(&format!("/columnists/{href}/feed.atom")));
    assert!(page.contains("class=\"avatar big av"), "initials avatar without a photo");
    assert_eq!(json_ld(&page)["@type"], "Person");

    let pubs = s.page("/publications").await;
    assert!(pubs.contains("Le Monde Exemple") && pubs.contains("The Example Times"));
    let monde = s.page(&format!("/publications/{}-le-monde-exemple", s.ids.monde)).await;
    assert!(monde.contains("Émile Zola") && monde.contains("Paris, ville lumière"));
    assert!(!monde.contains("Why cities need more trees"));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pagination_edges_and_filters() {
    let s = Server::start(SiteOptions { page_size: 2, ..SiteOptions::default() }).await;
    // Six opinion pieces: three pages of two.
    let one = s.page("/").await;
    assert!(one.contains("Page 1 of 3") && one.contains("?page=2"));
    let three = s.page("/?page=3").await;
    assert!(three.contains("Page 3 of 3") && three.contains("rel=\"prev\""));
    assert_eq!(s.status("/?page=4").await, StatusCode::NOT_FOUND);
    assert_eq!(s.status("/?page=100000").await, StatusCode::NOT_FOUND);
    for bad in ["/?page=0", "/?page=-1", "/?page=abc", "/?page=1e3", "/?page=99999999999999999999", "/?page=100001"] {
        assert_eq!(s.status(bad).await, StatusCode::BAD_REQUEST, "{bad}");
    }
    // Filters.
    let fr = s.page("/?country=fr").await;
    assert!(fr.contains("Paris, ville lumière") && !fr.contains("Why cities need more trees"));
    assert!(fr.contains("<option value=\"FR\" selected>"));
    let en = s.page("/?lang=en&page=2").await;
    assert!(!en.contains("Paris, ville lumière"));
    assert_eq!(s.status("/?country=France").await, StatusCode::BAD_REQUEST);
    assert_eq!(s.status("/?period=month").await, StatusCode::BAD_REQUEST);
    assert!(s.page("/?period=week").await.contains("aria-current=\"page\">7 days"));
    // An empty filter result is a page, not an error.
    assert!(s.page("/?country=US").await.contains("No columns yet for these filters"));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_highlights_counts_and_filters() {
    let s = Server::default().await;
    let html = s.page("/search?q=trees").await;
    assert!(html.contains("data-test=\"search-total\">2 results for “trees”"), "{html}");
    assert!(html.contains("data-test=\"search-result\""));
    assert!(html.contains("<mark>trees</mark>"));
    assert!(html.contains("name=\"robots\" content=\"noindex, follow\""));
    assert!(html.contains("value=\"trees\" placeholder=\"Search columns\""), "the header keeps the query");
    // Structured data: the page and its results in order, with absolute URLs.
    let ld = json_ld(&html);
    assert_eq!(ld["@type"], "SearchResultsPage");
    assert_eq!(ld["name"], "Search: trees");
    assert_eq!(ld["mainEntity"]["numberOfItems"], 2);
    let items = ld["mainEntity"]["itemListElement"].as_array().expect("an item list");
    assert_eq!(items.len(), 2);
    assert_eq!((items[0]["@type"].as_str(), items[1]["position"].as_u64()), (Some("ListItem"), Some(2)));
    assert!(items[0]["url"].as_str().is_some_and(|u| u.starts_with("http") && u.contains("/columns/")), "{ld}");
    let fr = s.page("/search?q=arbres&lang=fr").await;
    assert!(fr.contains("1 result for") && fr.contains("la ville sans <mark>arbres</mark>"));
    // News only when asked.
    assert!(s.page("/search?q=budget").await.contains("0 results"));
    assert!(s.page("/search?q=budget&kind=all").await.contains("1 result for"));
    assert!(s.page("/search").await.contains("Type words in the search box"));
    assert_eq!(s.status("/search?q=trees&from=2024-13-01").await, StatusCode::BAD_REQUEST);
    assert_eq!(s.status("/search?q=trees&kind=poems").await, StatusCode::BAD_REQUEST);
    assert_eq!(s.status("/search?q=trees&page=9").await, StatusCode::NOT_FOUND);
    assert!(s.page("/search?q=trees&from=2000-01-01&to=2100-01-01").await.contains("2 results"));
    s.stop().await;
}

// ---- feeds, sitemap, robots ---------------------------------------------------------------

async fn parse_feed(s: &Server, path: &str) -> colonnade_feed::Feed {
    let r = s.get(path).await;
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    let ct = r.headers()["content-type"].to_str().unwrap().to_owned();
    let body = r.bytes().await.unwrap();
    colonnade_feed::parse_feed(&body, Some(&ct), None).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feeds_parse_back_and_point_at_our_pages() {
    let s = Server::default().await;
    let latest = parse_feed(&s, "/feed.atom").await;
    assert_eq!(latest.items.len(), 6);
    let first = &latest.items[0];
    assert_eq!(first.title.as_deref(), Some("Why cities need more trees"));
    assert!(first.url.as_ref().unwrap().as_str().starts_with(&s.url("/columns/")));
    assert_eq!(parse_feed(&s, "/feed.json").await.items.len(), 6);

    let monde = format!("/publications/{}-le-monde-exemple/feed", s.ids.monde);
    assert_eq!(parse_feed(&s, &format!("{monde}.atom")).await.items.len(), 2);
    assert_eq!(parse_feed(&s, &format!("{monde}.json")).await.items.len(), 2);
    let page = s.page(&format!("/publications/{}-le-monde-exemple", s.ids.monde)).await;
    let columnist = page.split("href=\"/columnists/").nth(1).unwrap().split('"').next().unwrap().to_owned();
    let zola = parse_feed(&s, &format!("/columnists/{columnist}/feed.atom")).await;
    assert_eq!(zola.items.len(), 2);
    assert_eq!(zola.items[0].authors, vec!["Émile Zola".to_owned()]);
    let search = parse_feed(&s, "/search/feed.json?q=trees").await;
    assert_eq!(search.items.len(), 2);
    assert_eq!(parse_feed(&s, "/search/feed.atom?q=arbres").await.items.len(), 1);
    let atom = s.page("/search/feed.atom?q=trees").await;
    assert!(atom.contains("/search/feed.atom?q=trees"), "the feed's own link keeps the query");
    assert_eq!(s.status("/columnists/999999-x/feed.atom").await, StatusCode::NOT_FOUND);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sitemap_and_robots() {
    let s = Server::default().await;
    let xml = s.page("/sitemap.xml").await;
    assert!(xml.contains("<urlset"));
    assert!(xml.contains(&format!("{}/columns/{}-why-cities-need-more-trees</loc>", s.url(""), s.ids.trees)));
    assert!(xml.contains(&format!("{}/columnists</loc>", s.url(""))));
    let robots = s.page("/robots.txt").await;
    assert!(robots.contains("User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /search?\n"));
    assert!(robots.contains(&format!("Sitemap: {}/sitemap.xml", s.url(""))));
    s.stop().await;

    // Many columns: an index of child sitemaps of at most `sitemap_urls_per_file` URLs.
    let s = Server::start(SiteOptions { sitemap_urls_per_file: 3, ..SiteOptions::default() }).await;
    let index = s.page("/sitemap.xml").await;
    assert!(index.contains("<sitemapindex"), "{index}");
    for part in ["pages.xml", "columns-1.xml", "columns-2.xml", "columns-3.xml"] {
        assert!(index.contains(&format!("/sitemaps/{part}</loc>")), "{part}");
    }
    let mut columns = 0;
    for n in 1..=3 {
        let part = s.page(&format!("/sitemaps/columns-{n}.xml")).await;
        let count = part.matches("<loc>").count();
        assert!(count <= 3);
        columns += count;
    }
    assert_eq!(columns, 7);
    assert!(s.page("/sitemaps/pages.xml").await.contains("/publications</loc>"));
    for missing in ["/sitemaps/columns-4.xml", "/sitemaps/columns-0.xml", "/sitemaps/columns-01.xml", "/sitemaps/x.xml"]
    {
        assert_eq!(s.status(missing).await, StatusCode::NOT_FOUND, "{missing}");
    }
    s.stop().await;
}

// ---- API ----------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_answers_json_of_the_documented_shapes() {
    let s = Server::default().await;
    let list = s.json("/api/articles").await;
    assert_eq!(list["total"], 6);
    assert_eq!(list["page"], 1);
    let first = &list["items"][0];
    assert_eq!(first["title"], "Why cities need more trees");
    assert_eq!(first["kind"], "opinion");
    assert_eq!(first["original_url"], "https://times.example/opinion/trees");
    assert_eq!(first["publication"]["name"], "The Example Times");
    assert_eq!(first["columnist"]["name"], "Jane Doe");
    assert!(first["published"].as_str().unwrap().ends_with("+01:00"));
    assert_eq!(s.json("/api/articles?kind=all").await["total"], 7);
    assert_eq!(s.json("/api/articles?country=FR").await["total"], 2);
    let one = s.json(&format!("/api/articles/{}", s.ids.trees)).await;
    assert_eq!(one["id"], s.ids.trees);
    assert!(one["excerpt"].as_str().unwrap().ends_with('…'));
    let columnists = s.json("/api/columnists").await;
    assert_eq!(columnists["total"], 4);
    let cid = columnists["items"][0]["id"].as_i64().unwrap();
    assert!(s.json(&format!("/api/columnists/{cid}")).await["latest"].is_array());
    assert_eq!(s.json("/api/publications").await["total"], 2);
    let monde = s.json(&format!("/api/publications/{}", s.ids.monde)).await;
    assert_eq!(monde["publication"]["country"], "FR");
    let search = s.json("/api/search?q=trees").await;
    assert_eq!(search["total"], 2);
    assert!(search["items"][0]["title_html"].as_str().unwrap().contains("<mark>"));
    // Errors are JSON too.
    for (path, status) in [
        ("/api/articles/abc", 404),
        ("/api/articles/999999", 404),
        ("/api/articles?page=0", 400),
        ("/api/nothing", 404),
    ] {
        let r = s.get(path).await;
        assert_eq!(r.status().as_u16(), status, "{path}");
        let body: serde_json::Value = r.json().await.unwrap();
        assert_eq!(body["status"], status, "{path}");
    }
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_documented_api_path_answers() {
    let s = Server::default().await;
    let spec = s.json("/api/openapi.json").await;
    assert!(spec["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = spec["paths"].as_object().unwrap();
    assert!(paths.len() >= 8);
    for path in paths.keys() {
        // Story ids are article ids.
        let id = if path.starts_with("/api/stories/") { s.ids.trees } else { s.ids.times };
        let concrete = path.replace("{id}", &id.to_string());
        let r = s.get(&concrete).await;
        assert_eq!(r.status(), StatusCode::OK, "{concrete}");
        assert!(r.headers()["content-type"].to_str().unwrap().starts_with("application/json"), "{concrete}");
    }
    s.stop().await;
}

// ---- stories (issue 11) -------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_11_story_pages_and_a_syndicated_copy_shown_once() {
    let s = Server::default().await;
    // The story list: the trees story, two publications in two countries, under the headline of
    // its earliest article (Zola's).
    let list = s.page("/stories").await;
    assert_eq!(list.matches("data-test=\"story-entry\"").count(), 1, "{list}");
    assert!(
        list.contains("J&#39;accuse… la ville sans arbres") && list.contains("2 publications · 2 countries"),
        "{list}"
    );
    let story_path = format!("/stories/{}-j-accuse-la-ville-sans-arbres", s.ids.trees);
    assert!(list.contains(&format!("href=\"{story_path}\"")), "{list}");
    let story = s.page(&story_path).await;
    assert_eq!(story.matches("data-test=\"perspective\"").count(), 2, "{story}");
    assert!(story.contains("GB · en") && story.contains("FR · fr"), "grouped by country and language:\n{story}");
    assert!(story.contains("data-test=\"story-summary\">Les gouvernements oublient les arbres"), "{story}");
    assert!(story.contains("<span class=\"pill\">FR 1</span>") && story.contains("<span class=\"pill\">GB 1</span>"));
    assert!(!story.contains("data-test=\"blindspot\""), "every configured publication covered it:\n{story}");
    // The timeline: its articles in publication order, with outlet, country and language, and
    // the story's first and last dates.
    let entries: Vec<&str> = story.split("data-test=\"timeline-entry\">").skip(1).collect();
    assert_eq!(entries.len(), 2, "{story}");
    assert!(
        entries[0].contains("J&#39;accuse… la ville sans arbres") && entries[0].contains("Le Monde Exemple · FR · fr")
    );
    assert!(entries[1].contains("Why cities need more trees") && entries[1].contains("The Example Times · GB · en"));
    let zola_time = s.store.cards_by_id(&[s.ids.zola_one]).unwrap()[0].sort_time();
    assert!(entries[0].starts_with(&format!("<time datetime=\"{zola_time}\">")), "{}", entries[0]);
    assert!(story.contains("data-test=\"story-span\""), "{story}");
    assert!(story.contains(&format!("datetime=\"{zola_time}\"")), "{story}");
    // A wrong slug moves; an unknown story is 404.
    assert_eq!(s.get(&format!("/stories/{}-x", s.ids.trees)).await.status(), StatusCode::MOVED_PERMANENTLY);
    assert_eq!(s.get("/stories/999999-x").await.status(), StatusCode::NOT_FOUND);
    assert_eq!(s.get("/api/stories/999999").await.status(), StatusCode::NOT_FOUND);
    let api = s.json(&format!("/api/stories/{}", s.ids.trees)).await;
    assert_eq!(api["story"]["publications"], 2);
    assert_eq!(api["articles"].as_array().unwrap().len(), 2);
    // The column page links its story.
    let column = s.page(&s.column_path(s.ids.trees).await).await;
    assert!(column.contains(&format!("href=\"{story_path}\"")), "{column}");

    // A copy of the trees column in Le Monde: left out of listings, named on the column page,
    // its own page sends readers (and their views) to the original.
    let before = s.page("/").await.matches("data-test=\"column-card\"").count();
    let copy = add(
        &s.store,
        &s.index,
        (s.ids.monde, "Le Monde Exemple", "FR"),
        "https://monde.example/opinion/trees-copy",
        "Why our cities need trees",
        "Jane Doe",
        &trees_text(),
        Kind::Opinion,
        "en",
        hours_ago(1),
    );
    let row = colonnade_store::StoryAssignment {
        article_id: copy,
        story_id: s.ids.trees,
        copy_of: Some(s.ids.trees),
        byline: None,
        byline_note: None,
    };
    s.store.save_story_assignments(&[row], None).unwrap();
    s.site.changed();
    let home = s.page("/").await;
    assert!(!home.contains("Why our cities need trees"), "{home}");
    assert_eq!(home.matches("data-test=\"column-card\"").count(), before, "{home}");
    let column = s.page(&s.column_path(s.ids.trees).await).await;
    assert!(column.contains("data-test=\"also-published\""), "{column}");
    assert!(column.contains("href=\"https://monde.example/opinion/trees-copy\""), "{column}");
    let story = s.page(&story_path).await;
    assert_eq!(story.matches("data-test=\"timeline-entry\"").count(), 2, "a copy is no entry of its own:\n{story}");
    assert!(story.contains("· also in Le Monde Exemple ("), "{story}");
    let r = s.get(&format!("/columns/{copy}-why-our-cities-need-trees")).await;
    assert_eq!(r.status(), StatusCode::TEMPORARY_REDIRECT);
    assert_eq!(r.headers()["location"], format!("/columns/{}", s.ids.trees).as_str());
    s.stop().await;
}

/// Every start tag closed by its own end tag, every entity known: a strict XML parse. Returns
/// the text, references resolved.
fn well_formed_xml(xml: &str) -> String {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut text = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => return text,
            Ok(Event::Text(t)) => text.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) => match r.resolve_char_ref() {
                Ok(Some(c)) => text.push(c),
                _ => text.push_str(
                    quick_xml::escape::resolve_predefined_entity(&r)
                        .unwrap_or_else(|| panic!("unknown entity &{};\n{xml}", &*r)),
                ),
            },
            Ok(_) => {}
            Err(e) => panic!("not well-formed XML at {}: {e}\n{xml}", reader.buffer_position()),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_11_story_feeds_in_atom_and_json_feed() {
    let s = Server::default().await;
    // Linked from the pages they belong to.
    let story_path = format!("/stories/{}-j-accuse-la-ville-sans-arbres", s.ids.trees);
    let list = s.page("/stories").await;
    for (href, mime) in
        [("/stories/feed.atom", "application/atom+xml"), ("/stories/feed.json", "application/feed+json")]
    {
        let link = format!("<link rel=\"alternate\" type=\"{mime}\"");
        assert!(list.contains(&link) && list.contains(&s.url(href)), "{href}:\n{list}");
    }
    let page = s.page(&story_path).await;
    assert!(page.contains(&s.url(&format!("{story_path}/feed.atom"))), "{page}");
    assert!(page.contains(&s.url(&format!("{story_path}/feed.json"))), "{page}");

    // The stories: one entry per story, pointing at its page.
    let atom = s.get("/stories/feed.atom").await;
    assert!(atom.headers()["content-type"].to_str().unwrap().starts_with("application/atom+xml"));
    let atom = atom.text().await.unwrap();
    well_formed_xml(&atom);
    let parsed = parse_feed(&s, "/stories/feed.atom").await;
    assert_eq!(parsed.items.len(), 1);
    assert_eq!(parsed.items[0].title.as_deref(), Some("J'accuse… la ville sans arbres"));
    assert_eq!(parsed.items[0].url.as_ref().unwrap().as_str(), s.url(&story_path));
    assert!(atom.contains("2 articles · 2 publications · 2 countries"), "{atom}");
    let json = s.get("/stories/feed.json").await;
    assert!(json.headers()["content-type"].to_str().unwrap().starts_with("application/feed+json"));
    let json: serde_json::Value = json.json().await.unwrap();
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(json["home_page_url"], s.url("/stories"));
    assert_eq!(json["feed_url"], s.url("/stories/feed.json"));
    let item = &json["items"][0];
    assert_eq!(item["id"], s.url(&story_path));
    assert_eq!(item["url"], s.url(&story_path));
    assert_eq!(item["title"], "J'accuse… la ville sans arbres");
    assert!(item["date_modified"].is_string(), "{item}");

    // One story: its articles, newest first, each pointing at our column page and the original.
    let one = parse_feed(&s, &format!("{story_path}/feed.atom")).await;
    let titles: Vec<_> = one.items.iter().map(|i| i.title.clone().unwrap()).collect();
    assert_eq!(titles, ["Why cities need more trees", "J'accuse… la ville sans arbres"]);
    let json: serde_json::Value = s.json(&format!("{story_path}/feed.json")).await;
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(json["items"].as_array().unwrap().len(), 2);
    assert_eq!(json["items"][0]["external_url"], "https://times.example/opinion/trees");
    assert_eq!(json["items"][1]["language"], "fr");
    assert_eq!(json["items"][1]["authors"][0]["name"], "Émile Zola");
    assert_eq!(s.status(&format!("/stories/{}/feed.json", s.ids.trees)).await, StatusCode::OK, "the slug is optional");
    assert_eq!(s.status("/stories/999999-x/feed.atom").await, StatusCode::NOT_FOUND);
    assert_eq!(s.status("/stories/x/feed.json").await, StatusCode::NOT_FOUND);

    // Hostile strings are escaped: a story whose first article has the hostile title.
    let member = |article_id| colonnade_store::StoryAssignment {
        article_id,
        story_id: s.ids.hostile,
        copy_of: None,
        byline: None,
        byline_note: None,
    };
    s.store.save_story_assignments(&[member(s.ids.hostile), member(s.ids.bikes)], None).unwrap();
    s.site.changed();
    let path = format!("/stories/{}/feed.atom", s.ids.hostile);
    let atom = s.page(&path).await;
    let text = well_formed_xml(&atom);
    assert!(!atom.contains("<script>") && !atom.contains("<img"), "{atom}");
    assert!(text.contains("<script>alert('title')</script>"), "the title survives as text: {text}");
    let json: serde_json::Value = s.json(&format!("/stories/{}/feed.json", s.ids.hostile)).await;
    assert!(json["title"].as_str().unwrap().starts_with("<script>alert('title')</script>"), "{json}");
    s.stop().await;
}

/// A syndicated copy indexed before the stories stage marked it (what a running serve does):
/// once the indexer has caught up, searches on the site and the API find and count the column
/// once, through its original.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_11_search_counts_a_syndicated_column_once() {
    let s = Server::default().await;
    let results = |html: &str| html.matches("data-test=\"search-result\"").count();
    let page = s.page("/search?q=trees").await;
    assert!(page.contains("2 results for"), "{page}");
    let copy = add(
        &s.store,
        &s.index,
        (s.ids.monde, "Le Monde Exemple", "FR"),
        "https://monde.example/opinion/trees-copy",
        "Why our cities need trees",
        "Jane Doe",
        &trees_text(),
        Kind::Opinion,
        "en",
        hours_ago(1),
    );
    s.index.commit().unwrap();
    let index = s.index.clone();
    let store: Arc<dyn colonnade_store::Store> = s.store.clone();
    let mut indexer = tokio::task::spawn_blocking(move || {
        let mut indexer = colonnade_ingest::index::Indexer::new(index, store).unwrap();
        indexer.catch_up(&mut |_| {}).unwrap();
        indexer
    })
    .await
    .unwrap();
    s.site.changed();
    assert!(s.page("/search?q=trees").await.contains("3 results for"), "not a copy yet: three columns");
    let row = colonnade_store::StoryAssignment {
        article_id: copy,
        story_id: s.ids.trees,
        copy_of: Some(s.ids.trees),
        byline: None,
        byline_note: None,
    };
    s.store.save_story_assignments(&[row], None).unwrap();
    let caught_up = tokio::task::spawn_blocking(move || indexer.catch_up(&mut |_| {}).unwrap()).await.unwrap();
    assert_eq!(caught_up, 1, "the copy comes back in the change order");
    s.site.changed();
    let page = s.page("/search?q=trees").await;
    assert!(page.contains("2 results for"), "{page}");
    assert_eq!(results(&page), 2, "{page}");
    assert!(!page.contains("Why our cities need trees"), "{page}");
    assert!(page.contains("Why cities need more trees"), "the original stands for it:\n{page}");
    let api = s.json("/api/search?q=trees").await;
    assert_eq!(api["total"], 2);
    let ids: Vec<i64> = api["items"].as_array().unwrap().iter().map(|i| i["article"]["id"].as_i64().unwrap()).collect();
    assert!(ids.contains(&s.ids.trees) && !ids.contains(&copy), "{ids:?}");
    let feed = parse_feed(&s, "/search/feed.json?q=trees").await;
    assert_eq!(feed.items.len(), 2);
    s.stop().await;
}

// ---- counters -----------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn views_count_once_per_visitor_per_day_and_never_for_bots() {
    let s = Server::default().await;
    let path = s.column_path(s.ids.bikes).await;
    let views = |html: &str| -> u64 {
        html.split("<span data-test=\"views\">").nth(1).unwrap().split('<').next().unwrap().parse().unwrap()
    };
    assert_eq!(views(&s.page(&path).await), 1);
    assert_eq!(views(&s.page(&path).await), 1, "same visitor, same day");
    // Another browser on the same address is another visitor.
    let other = s.client.get(s.url(&path)).header("user-agent", CHROME).send().await.unwrap().text().await.unwrap();
    assert_eq!(views(&other), 2);
    for bot in ["", "Googlebot/2.1 (+http://www.google.com/bot.html)", "facebookexternalhit/1.1", "curl/8.0"] {
        let html = s.client.get(s.url(&path)).header("user-agent", bot).send().await.unwrap().text().await.unwrap();
        assert_eq!(views(&html), 2, "{bot:?} was counted");
    }
    // HEAD is not a view.
    let head = s.client.head(s.url(&path)).header("user-agent", "Other/1.0").send().await.unwrap();
    assert_eq!(head.status(), StatusCode::OK);
    // Flushed in one batch to the store; the page shows the same total after the flush.
    let site = s.site.clone();
    tokio::task::spawn_blocking(move || site.flush_counts()).await.unwrap().unwrap();
    assert_eq!(s.store.counts(s.ids.bikes).unwrap().views, 2);
    assert_eq!(views(&s.page(&path).await), 2);
    // And "Most read" sees it (after the listing cache is dropped).
    s.site.changed();
    let home = s.page("/").await;
    let most = &home[home.find("Most read").unwrap()..];
    assert!(most.contains("Bicycles are the future of the city"));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn likes_count_once_answer_json_or_redirect_and_reject_cross_site_posts() {
    let s = Server::default().await;
    let like = format!("/columns/{}/like", s.ids.trees);
    let post = |headers: &[(&str, &str)]| {
        let mut req = s.client.post(s.url(&like));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send()
    };
    let r = post(&[("sec-fetch-site", "same-origin"), ("accept", "application/json")]).await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["likes"], 1);
    // Once per visitor and day.
    let again: serde_json::Value =
        post(&[("sec-fetch-site", "same-origin"), ("accept", "application/json")]).await.unwrap().json().await.unwrap();
    assert_eq!(again["likes"], 1);
    // The form without JavaScript: 303 back to the page, which shows the like.
    let r = post(&[("origin", &s.url("")), ("content-type", "application/x-www-form-urlencoded")]).await.unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let location = r.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with(&format!("/columns/{}-why-cities", s.ids.trees)));
    let html = s.page(location.split('#').next().unwrap()).await;
    assert!(html.contains("<span data-test=\"likes\" aria-live=\"polite\">1</span>"));
    // Cross-site: refused, and not counted.
    for headers in [
        vec![("sec-fetch-site", "cross-site")],
        vec![("sec-fetch-site", "same-site")],
        vec![("origin", "https://evil.example")],
    ] {
        let r = post(&headers).await.unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{headers:?}");
    }
    let html = s.page(location.split('#').next().unwrap()).await;
    assert!(html.contains("<span data-test=\"likes\" aria-live=\"polite\">1</span>"));
    // Unknown columns.
    assert_eq!(s.client.post(s.url("/columns/999999/like")).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    // GET on the like URL is not allowed.
    assert_eq!(s.status(&like).await, StatusCode::METHOD_NOT_ALLOWED);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn likes_are_rate_limited_per_client() {
    let s = Server::start(SiteOptions { likes_per_minute: 3, ..SiteOptions::default() }).await;
    let ids = [s.ids.trees, s.ids.bikes, s.ids.rivers, s.ids.zola_one, s.ids.zola_two];
    let mut statuses = Vec::new();
    let mut retry_after = None;
    for id in ids {
        let r = s
            .client
            .post(s.url(&format!("/columns/{id}/like")))
            .header("accept", "application/json")
            .send()
            .await
            .unwrap();
        statuses.push(r.status().as_u16());
        if r.status() == StatusCode::TOO_MANY_REQUESTS {
            retry_after = r.headers().get("retry-after").map(|v| v.to_str().unwrap().parse::<u64>().unwrap());
        }
    }
    assert_eq!(statuses, vec![200, 200, 200, 429, 429]);
    assert!(retry_after.is_some_and(|s| (1..=60).contains(&s)), "{retry_after:?}");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_flushes_the_counters() {
    let s = Server::start(SiteOptions { flush_interval: Duration::from_secs(3600), ..SiteOptions::default() }).await;
    let path = s.column_path(s.ids.rivers).await;
    s.page(&path).await;
    let store = s.store.clone();
    let id = s.ids.rivers;
    assert_eq!(store.counts(id).unwrap().views, 0, "not flushed yet");
    s.stop().await;
    assert_eq!(store.counts(id).unwrap().views, 1);
}

// ---- safety -------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_response_sets_a_cookie_and_every_one_has_the_security_headers() {
    let s = Server::default().await;
    let column = s.column_path(s.ids.trees).await;
    let paths = [
        "/",
        "/news",
        "/columnists",
        "/publications",
        column.as_str(),
        "/search?q=trees",
        "/feed.atom",
        "/feed.json",
        "/sitemap.xml",
        "/robots.txt",
        "/api/articles",
        "/healthz",
        "/metrics",
        "/nowhere",
        "/?page=0",
    ];
    for path in paths {
        let r = s.get(path).await;
        assert!(r.headers().get("set-cookie").is_none(), "{path} sets a cookie");
        let csp = r.headers().get("content-security-policy").unwrap_or_else(|| panic!("{path}: no CSP"));
        assert_eq!(
            csp,
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'; \
             form-action 'self'; frame-ancestors 'none'"
        );
        assert_eq!(r.headers()["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(r.headers()["referrer-policy"], "strict-origin-when-cross-origin", "{path}");
    }
    let r = s.client.post(s.url(&format!("/columns/{}/like", s.ids.trees))).send().await.unwrap();
    assert!(r.headers().get("set-cookie").is_none());
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_strings_are_escaped_everywhere() {
    let s = Server::default().await;
    let column = s.column_path(s.ids.hostile).await;
    let pages = [
        s.page(&column).await,
        s.page("/?page=1").await,
        s.page("/search?q=hostile").await,
        s.page("/columnists").await,
        s.page("/feed.atom").await,
    ];
    for (i, html) in pages.iter().enumerate() {
        for bad in ["<script>alert", "<img src=x", "<b>bold", "\"><img", "<!--"] {
            assert!(!html.contains(bad), "page {i} contains {bad:?}");
        }
    }
    let page = &pages[0];
    assert!(page.contains("&#60;script&#62;alert(&#39;title&#39;)&#60;/script&#62;"), "{page}");
    // The only </script> are the closing tags of our own two script elements.
    assert_eq!(page.matches("</script>").count(), 2);
    let ld = json_ld(page);
    assert_eq!(ld["headline"], "<script>alert('title')</script> \"><img src=x onerror=alert(1)> </script><!--");
    // The search page's highlights stay escaped apart from <mark>.
    assert!(pages[2].contains("&lt;b&gt;bold&lt;/b&gt;") || pages[2].contains("&#60;b&#62;bold"), "{}", pages[2]);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_requests_get_4xx_and_the_server_keeps_answering() {
    let s = Server::default().await;
    let host = format!("Host: {}\r\n", s.addr);
    let long = "a".repeat(10_000);
    let cases: Vec<(String, u16)> = vec![
        (format!("GET /search?q={long} HTTP/1.1\r\n{host}\r\n"), 414),
        (format!("GET /search?q=%FF%FE HTTP/1.1\r\n{host}\r\n"), 400),
        (format!("GET /search?q=%zz HTTP/1.1\r\n{host}\r\n"), 400),
        (format!("GET /columns/%C3%28-x HTTP/1.1\r\n{host}\r\n"), 400),
        (format!("GET /nowhere HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /columns/abc HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /columns/-1 HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /columns/99999999999999999999999 HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /columnists/0-x HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /publications/999999-x HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /?page=-5 HTTP/1.1\r\n{host}\r\n"), 400),
        (format!("GET /?page=18446744073709551616 HTTP/1.1\r\n{host}\r\n"), 400),
        (format!("GET /columnists/1-x?page=abc HTTP/1.1\r\n{host}\r\n"), 400),
        (format!("DELETE / HTTP/1.1\r\n{host}\r\n"), 405),
        (format!("PUT /columns/1/like HTTP/1.1\r\n{host}Content-Length: 0\r\n\r\n"), 405),
        (
            format!(
                "POST /columns/{}/like HTTP/1.1\r\n{host}Content-Length: 100000\r\n\r\n{}",
                s.ids.trees,
                "x".repeat(100_000)
            ),
            413,
        ),
        (format!("GET /static/nothing.css HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /api/search?q=x&from=tomorrow HTTP/1.1\r\n{host}\r\n"), 400),
        // Issue 14: bodies and references no handler can read.
        (
            format!(
                "POST /columns/{}/like HTTP/1.1\r\n{host}Content-Type: application/x-www-form-urlencoded\r\n\
                 Content-Length: 8\r\n\r\n%zz{{{{{{=x",
                s.ids.trees
            ),
            400,
        ),
        (
            format!(
                "POST /columns/{}/like HTTP/1.1\r\n{host}Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{{}}",
                s.ids.trees
            ),
            400,
        ),
        (format!("POST /columns/abc/like HTTP/1.1\r\n{host}Content-Length: 0\r\n\r\n"), 404),
        (format!("POST /columns/99999999/like HTTP/1.1\r\n{host}Content-Length: 0\r\n\r\n"), 404),
        (format!("GET /columnists/abc/feed.atom HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /publications/0-x/feed.json HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /sitemaps/garbage.xml HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /sitemaps/..%2f..%2fetc%2fpasswd HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /search/feed.atom?page=abc HTTP/1.1\r\n{host}\r\n"), 400),
        (format!("GET /api/articles?page=-1 HTTP/1.1\r\n{host}\r\n"), 400),
        (format!("GET /api/articles/abc HTTP/1.1\r\n{host}\r\n"), 404),
        (format!("GET /metrics HTTP/1.1\r\n{host}Authorization: Bearer \r\n\r\n"), 404),
        ("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n".to_owned(), 421),
    ];
    for (request, want) in &cases {
        let got = raw_status(s.addr, request.as_bytes()).await;
        assert_eq!(got, *want, "{}", &request[..request.len().min(80)]);
        assert!((400..500).contains(&got), "never 5xx, never a redirect");
    }
    // Raw non-UTF-8 bytes in the request line.
    let got = raw_status(s.addr, format!("GET /columns/\u{0}\u{1} HTTP/1.1\r\n{host}\r\n").as_bytes()).await;
    assert!((400..500).contains(&got), "{got}");
    let mut bytes = b"GET /search?q=".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    bytes.extend_from_slice(format!(" HTTP/1.1\r\n{host}\r\n").as_bytes());
    let got = raw_status(s.addr, &bytes).await;
    assert!((400..500).contains(&got), "{got}");
    // Friendly 404 page.
    let r = s.get("/no/such/page").await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert!(r.text().await.unwrap().contains("Page not found"));
    // Still alive.
    assert!(s.page("/").await.contains("data-test=\"column-card\""));
    assert_eq!(s.json("/healthz").await["status"], "ok");
    s.stop().await;
}

// ---- caching, operations, assets ----------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listings_are_cached_until_changed() {
    let s = Server::start(SiteOptions { cache_ttl: Duration::from_secs(3600), ..SiteOptions::default() }).await;
    assert!(!s.page("/").await.contains("A brand new column"));
    add(
        &s.store,
        &s.index,
        (s.ids.times, "The Example Times", "GB"),
        "https://times.example/opinion/new",
        "A brand new column",
        "Jane Doe",
        "Fresh words.",
        Kind::Opinion,
        "en",
        hours_ago(0),
    );
    s.index.commit().unwrap();
    assert!(!s.page("/").await.contains("A brand new column"), "served from the cache");
    s.site.changed();
    assert!(s.page("/").await.contains("A brand new column"));
    assert!(s.page("/search?q=brand").await.contains("1 result for"));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stale_listings_are_refreshed_in_the_background() {
    let s = Server::start(SiteOptions { cache_ttl: Duration::from_millis(200), ..SiteOptions::default() }).await;
    assert!(!s.page("/").await.contains("Another new column"));
    add(
        &s.store,
        &s.index,
        (s.ids.times, "The Example Times", "GB"),
        "https://times.example/opinion/another",
        "Another new column",
        "Jane Doe",
        "More fresh words.",
        Kind::Opinion,
        "en",
        hours_ago(0),
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Stale: served once more while it is rendered again.
    s.page("/").await;
    let mut fresh = false;
    for _ in 0..50 {
        if s.page("/").await.contains("Another new column") {
            fresh = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(fresh);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_metrics_and_static_assets() {
    let token = "a-token-of-sixteen-chars";
    let s =
        Server::start(SiteOptions { db_path: None, metrics_token: Some(token.into()), ..SiteOptions::default() }).await;
    let health = s.json("/healthz").await;
    assert_eq!(health["status"], "ok");
    assert_eq!(health["articles"], 7);
    s.page("/").await;
    let metrics = s.client.get(s.url("/metrics")).bearer_auth(token).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("colonnade_http_requests_total"), "{metrics}");
    assert!(metrics.contains("route=\"/\""));
    assert!(metrics.contains("colonnade_http_request_duration_seconds_bucket"));
    assert!(metrics.contains("colonnade_store_articles"));
    // The stylesheet: linked by hash, immutable; the plain name revalidates with its ETag.
    let home = s.page("/").await;
    let css = home.split("<link rel=\"stylesheet\" href=\"").nth(1).unwrap().split('"').next().unwrap().to_owned();
    assert!(css.starts_with("/static/site.") && css.ends_with(".css") && css.len() > 20, "{css}");
    let r = s.get(&css).await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(r.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    assert!(r.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
    let etag = r.headers()["etag"].clone();
    let r = s.client.get(s.url("/static/site.css")).header("if-none-match", etag).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);
    let js = s.page("/static/like.js").await;
    assert!(js.contains("application/json"));
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_configured_base_url_is_used_for_absolute_links() {
    let s = Server::start(SiteOptions { base_url: Some("https://columns.example/".into()), ..SiteOptions::default() })
        .await;
    let html = s.page("/").await;
    assert!(html.contains("<link rel=\"canonical\" href=\"https://columns.example/\">"));
    assert!(s.page("/robots.txt").await.contains("Sitemap: https://columns.example/sitemap.xml"));
    let feed = parse_feed(&s, "/feed.json").await;
    assert!(feed.items[0].url.as_ref().unwrap().as_str().starts_with("https://columns.example/columns/"));
    s.stop().await;
}

/// Issue 9: the agencies a byline credits are shown beside the columnist ("with dpa") and given
/// in the API; a piece credited to an agency alone shows the agency as its byline.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_9_credited_agencies_are_shown_with_the_person_and_in_the_api() {
    let s = Server::default().await;
    let save = |url: &str, title: &str, authors: Vec<String>| {
        let article = Article {
            url: Some(url.into()),
            title: Some(title.into()),
            authors,
            credits: vec!["dpa".into()],
            published: Some(hours_ago(1)),
            kind: Kind::News,
            text: "The harbour reopened on Monday after a month of repairs, officials said.".into(),
            excerpt: "The harbour reopened on Monday after a month of repairs, officials said.".into(),
            word_count: 12,
            confidence: 0.9,
            ..Article::default()
        };
        s.store
            .save_article(&NewArticle {
                publication_id: s.ids.times,
                article: &article,
                url_key: url,
                alt_url_keys: &[],
                raw: None,
                seen_at: hours_ago(1),
            })
            .unwrap()
            .id()
    };
    let with_person = save("https://times.example/news/harbour", "Harbour reopens", vec!["Kim Park".into()]);
    let agency_only = save("https://times.example/news/ferries", "Ferries run again", vec![]);
    let html = s.page(&s.column_path(with_person).await).await;
    assert!(html.contains("<span class=\"credits\" data-test=\"credits\">with dpa</span>"), "{html}");
    let html = s.page(&s.column_path(agency_only).await).await;
    assert!(!html.contains("data-test=\"credits\""), "the agency is the byline, not 'with' it");
    assert!(html.contains("<span class=\"columnist\">dpa</span>"), "{html}");
    let json = s.json(&format!("/api/articles/{with_person}")).await;
    assert_eq!(json["credits"], serde_json::json!(["dpa"]), "{json}");
}

// ---- issue 13: photos and lead images from our own origin ----

fn media_variant(file: &str, width: u32, height: u32) -> colonnade_store::ImageVariant {
    colonnade_store::ImageVariant { file: file.into(), mime: "image/jpeg".into(), width, height, bytes: 12 }
}

fn save_processed(
    store: &SqliteStore,
    url: &str,
    purpose: colonnade_store::ImagePurpose,
    variants: Vec<colonnade_store::ImageVariant>,
) -> Id {
    let now = Timestamp::new(jiff::Timestamp::now(), 0);
    store
        .save_image(&colonnade_store::NewImage {
            url,
            purpose,
            publication_id: None,
            etag: None,
            last_modified: None,
            fetched_at: now,
            next_fetch_at: now,
            fetch: colonnade_store::ImageFetch::Processed { source_size: (400, 400), variants },
        })
        .unwrap()
}

/// Gives article `id` the lead image at `url`, processed into `variants`.
fn give_lead(s: &Server, id: Id, url: &str, variants: Vec<colonnade_store::ImageVariant>) {
    let stored = s.store.article(id).unwrap().unwrap();
    let mut article = stored.article.clone();
    article.image = Some(url.into());
    s.store.update_extraction(id, &article, Timestamp::new(jiff::Timestamp::now(), 0)).unwrap();
    save_processed(&s.store, url, colonnade_store::ImagePurpose::Lead, variants);
}

/// The `content` of `<meta property|name="{key}" …>` in a page's head, when there is one.
fn meta<'a>(html: &'a str, key: &str) -> Option<&'a str> {
    let at = html.find(&format!("=\"{key}\" content=\""))?;
    let rest = &html[at + key.len() + 13..];
    Some(&rest[..rest.find('"')?])
}

/// Issue 13: a story's page shows its columns' lead images from our own origin with their sizes
/// (the first ones at once, later ones lazily), and column, story and columnist pages carry a
/// link preview: `og:image` as an absolute URL on the site's public address with its size, and
/// `twitter:card` large under a lead image, small otherwise.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_13_story_pages_show_lead_images_and_pages_carry_link_previews() {
    let s = Server::start(SiteOptions { base_url: Some("https://columns.example/".into()), ..SiteOptions::default() })
        .await;
    let ids = s.ids;
    let name = |n: u8| format!("{n}{}.jpg", "0123456789abcdef0123456789abcde");
    // The story: Zola's column (FR), then Jane Doe's rivers, bikes and trees (GB), oldest first.
    let member = |article_id| colonnade_store::StoryAssignment {
        article_id,
        story_id: ids.trees,
        copy_of: None,
        byline: None,
        byline_note: None,
    };
    s.store.save_story_assignments(&[member(ids.bikes), member(ids.rivers)], None).unwrap();
    give_lead(
        &s,
        ids.zola_one,
        "https://monde.example/z.jpg",
        vec![media_variant(&name(1), 720, 405), media_variant(&name(2), 1440, 810)],
    );
    give_lead(&s, ids.bikes, "https://times.example/b.jpg", vec![media_variant(&name(3), 720, 480)]);
    give_lead(
        &s,
        ids.trees,
        "https://times.example/t.jpg",
        vec![media_variant(&name(4), 720, 540), media_variant(&name(5), 1440, 1080)],
    );
    let face = save_processed(
        &s.store,
        "https://times.example/jane.jpg",
        colonnade_store::ImagePurpose::Face,
        vec![media_variant(&name(6), 96, 96), media_variant(&name(7), 192, 192)],
    );
    assert!(s.store.offer_columnist_photo(ids.times, "Jane Doe", face).unwrap());

    let moved = s.get(&format!("/stories/{}-x", ids.trees)).await;
    assert_eq!(moved.status(), StatusCode::MOVED_PERMANENTLY);
    let story = s.page(moved.headers()["location"].to_str().unwrap()).await;
    assert_eq!(story.matches("data-test=\"perspective\"").count(), 4, "{story}");
    let thumbs: Vec<&str> = story
        .match_indices("<img class=\"thumb\"")
        .map(|(at, _)| &story[at..at + story[at..].find('>').unwrap() + 1])
        .collect();
    assert_eq!(
        thumbs,
        [
            format!(
                "<img class=\"thumb\" src=\"/media/{}\" alt=\"\" width=\"720\" height=\"405\" data-test=\"lead-image\">",
                name(1)
            ),
            format!(
                "<img class=\"thumb\" src=\"/media/{}\" alt=\"\" width=\"720\" height=\"480\" data-test=\"lead-image\">",
                name(3)
            ),
            format!(
                "<img class=\"thumb\" src=\"/media/{}\" alt=\"\" width=\"720\" height=\"540\" loading=\"lazy\" data-test=\"lead-image\">",
                name(4)
            ),
        ],
        "the two first thumbnails at once, the third lazily; rivers has none"
    );
    assert_eq!(meta(&story, "og:image"), Some(format!("https://columns.example/media/{}", name(2)).as_str()));
    assert_eq!((meta(&story, "og:image:width"), meta(&story, "og:image:height")), (Some("1440"), Some("810")));
    assert_eq!(meta(&story, "twitter:card"), Some("summary_large_image"));

    // A column with a lead image: the largest as the preview, also in its JSON-LD.
    let trees = s.page(&s.column_path(ids.trees).await).await;
    let big = format!("https://columns.example/media/{}", name(5));
    assert_eq!(meta(&trees, "og:image"), Some(big.as_str()));
    assert_eq!((meta(&trees, "og:image:width"), meta(&trees, "og:image:height")), (Some("1440"), Some("1080")));
    assert_eq!(meta(&trees, "twitter:card"), Some("summary_large_image"));
    assert!(trees.contains(&format!("\"image\":\"{big}\"")), "JSON-LD image:\n{trees}");
    // Without one: the columnist's face as a small card; with neither, a small card alone.
    let rivers = s.page(&s.column_path(ids.rivers).await).await;
    assert_eq!(meta(&rivers, "og:image"), Some(format!("https://columns.example/media/{}", name(7)).as_str()));
    assert_eq!(meta(&rivers, "twitter:card"), Some("summary"));
    let paris = s.page(&s.column_path(ids.zola_two).await).await;
    assert_eq!((meta(&paris, "og:image"), meta(&paris, "twitter:card")), (None, Some("summary")));
    let jane = s.store.cards_by_id(&[ids.trees]).unwrap()[0].columnist_id.unwrap();
    let columnist = s.page(&format!("/columnists/{jane}-jane-doe")).await;
    assert_eq!(meta(&columnist, "og:image"), Some(format!("https://columns.example/media/{}", name(7)).as_str()));
    // Listings are about many things: no preview image there, and no image leaves our origin.
    let home = s.page("/").await;
    assert_eq!((meta(&home, "og:image"), meta(&home, "twitter:card")), (None, None));
    for page in [&story, &trees, &rivers, &home] {
        assert!(!page.contains("src=\"http") && !page.contains("src=\"//") && !page.contains("srcset=\"http"));
    }
    s.stop().await;
}

/// Issue 13: a stored photo is served at /media/<hash>.jpg as immutable with its ETag, type and
/// nosniff, and cards and the column page show it (with its size and a 2x source) and the lead
/// image; names that are not ours never reach the file system.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_13_photos_are_served_from_our_origin_as_immutable_and_shown_with_their_sizes() {
    use colonnade_store::ImagePurpose;
    let media = tempfile::tempdir().unwrap();
    let s = Server::start(SiteOptions { media_dir: Some(media.path().to_owned()), ..SiteOptions::default() }).await;
    let small = "0123456789abcdef0123456789abcdef.jpg";
    let big = "1123456789abcdef0123456789abcdef.jpg";
    let lead = "2123456789abcdef0123456789abcdef.jpg";
    for name in [small, big, lead] {
        std::fs::write(media.path().join(name), format!("\u{FF}jpeg {name}")).unwrap();
    }
    std::fs::write(media.path().join("secret.txt"), "no").unwrap();
    let stored = s.store.article(s.ids.trees).unwrap().unwrap();
    let face = save_processed(
        &s.store,
        "https://times.example/jane.jpg",
        ImagePurpose::Face,
        vec![media_variant(small, 96, 96), media_variant(big, 192, 192)],
    );
    assert!(s.store.offer_columnist_photo(stored.publication_id, "Jane Doe", face).unwrap());
    let mut article = stored.article.clone();
    article.image = Some("https://times.example/lead.jpg".into());
    s.store.update_extraction(s.ids.trees, &article, Timestamp::new(jiff::Timestamp::now(), 0)).unwrap();
    save_processed(&s.store, "https://times.example/lead.jpg", ImagePurpose::Lead, vec![media_variant(lead, 720, 405)]);

    let r = s.get(&format!("/media/{small}")).await;
    assert_eq!(r.status(), StatusCode::OK);
    let h = r.headers().clone();
    assert_eq!(h["content-type"], "image/jpeg");
    assert_eq!(h["cache-control"], "public, max-age=31536000, immutable");
    assert_eq!(h["etag"], "\"0123456789abcdef0123456789abcdef\"");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h["content-security-policy"].to_str().unwrap().contains("img-src 'self'"));
    assert_eq!(r.bytes().await.unwrap(), format!("\u{FF}jpeg {small}").as_bytes());
    let again = s
        .client
        .get(s.url(&format!("/media/{small}")))
        .header("if-none-match", "\"0123456789abcdef0123456789abcdef\"")
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    for bad in [
        "/media/3123456789abcdef0123456789abcdef.jpg",
        "/media/secret.txt",
        "/media/..%2Fcolonnade.db",
        "/media/0123456789abcdef0123456789abcdef.svg",
        "/media/0123456789ABCDEF0123456789ABCDEF.jpg",
    ] {
        assert_eq!(s.status(bad).await, StatusCode::NOT_FOUND, "{bad}");
    }

    let path = s.column_path(s.ids.trees).await;
    let html = s.page(&path).await;
    let avatar = format!(
        "<img class=\"avatar big\" src=\"/media/{small}\" srcset=\"/media/{small} 1x, /media/{big} 2x\" \
         alt=\"Photo of Jane Doe\" width=\"96\" height=\"96\" data-test=\"avatar-photo\">"
    );
    assert!(html.contains(&avatar), "{html}");
    assert!(html.contains(&format!("src=\"/media/{lead}\" srcset=\"/media/{lead} 1x\" alt=\"\" width=\"720\" height=\"405\" data-test=\"lead-image\"")), "{html}");
    let home = s.page("/").await;
    assert!(home.contains(&format!("src=\"/media/{small}\" srcset=\"/media/{small} 1x, /media/{big} 2x\"")), "{home}");
    // Another columnist still shows initials, and no image on the page leaves our origin.
    assert!(home.contains("class=\"avatar "), "initials for the others");
    assert!(!home.contains("src=\"http") && !home.contains("src=\"//"));
    s.stop().await;
}
