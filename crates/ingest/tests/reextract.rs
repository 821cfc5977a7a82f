//! Issue 10: the crawl and `reextract` assemble articles with one function from the same page and
//! evidence, so they agree; the operator's declared kind holds after re-extraction.

use colonnade_model::Kind;

use super::*;

/// Three columns by a publication whose pages say "Opinion" but which the operator declared news.
async fn crawl_declared(kind: Option<Kind>) -> (Server, tempfile::TempDir, Arc<dyn Store>, Config) {
    let s = Server::start(ip("127.0.0.9"), Site::new()).await.unwrap();
    let base = s.base();
    s.set_route("/robots.txt", Route::page("text/plain", "User-agent: *\nAllow: /\n"));
    let items = [
        ("/opinion/trees.html", "Why cities need trees", "Jane Doe"),
        ("/opinion/rivers.html", "Rivers deserve rights", "Ahmet Yılmaz"),
        ("/opinion/roads.html", "Fewer roads, better towns", "Kim Park"),
    ];
    for (path, title, author) in items {
        // No date on the page: the feed's date is what the article gets (evidence, not page).
        let page = article(title, author, "", &format!("{base}{path}"), title)
            .replace(r#"<meta property="article:published_time" content="">"#, "");
        s.set_route(path, Route::page("text/html; charset=utf-8", page));
    }
    s.set_route("/feed.xml", Route::page("application/rss+xml", rss(&base, &items)));
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let mut p = publication("Declared", &format!("{base}/"), vec![format!("{base}/feed.xml")]);
    p.kind = kind;
    let mut cfg = config(vec![p]);
    cfg.crawl.per_host_delay_ms = 0;
    let ingest = Ingest::new(Arc::new(cfg.clone()), Arc::clone(&store)).unwrap();
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    assert_eq!(summary.totals().new, 3, "{summary:#?}");
    (s, dir, store, cfg)
}

fn articles_json(store: &dyn Store) -> Vec<String> {
    store.articles(0, 100).unwrap().iter().map(|a| serde_json::to_string(&a.article).unwrap()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_10_a_store_crawled_with_kind_news_keeps_news_after_reextract() {
    let (_server, _dir, store, cfg) = crawl_declared(Some(Kind::News)).await;
    let kinds = |store: &dyn Store| store.articles(0, 100).unwrap().iter().map(|a| a.article.kind).collect::<Vec<_>>();
    assert_eq!(kinds(store.as_ref()), [Kind::News; 3]);
    let summary = colonnade_ingest::reextract::reextract(store.as_ref(), &cfg, &|_| {}).unwrap();
    assert_eq!((summary.updated, summary.unchanged, summary.failed), (0, 3, 0), "{summary:?}");
    assert_eq!(kinds(store.as_ref()), [Kind::News; 3]);
    // The declaration stored with the page holds without a configuration too.
    let summary = colonnade_ingest::reextract::reextract(store.as_ref(), &Config::default(), &|_| {}).unwrap();
    assert_eq!((summary.updated, summary.failed), (0, 0), "{summary:?}");
    assert_eq!(kinds(store.as_ref()), [Kind::News; 3]);
    // An operator who drops the declaration gets the pages' own signals (opinion) back.
    let mut undeclared = cfg.clone();
    undeclared.publications[0].kind = None;
    let summary = colonnade_ingest::reextract::reextract(store.as_ref(), &undeclared, &|_| {}).unwrap();
    assert_eq!(summary.updated, 3, "{summary:?}");
    assert_eq!(kinds(store.as_ref()), [Kind::Opinion; 3]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_10_crawl_and_reextract_give_byte_identical_articles() {
    let (_server, _dir, store, cfg) = crawl_declared(None).await;
    let crawled = articles_json(store.as_ref());
    // The feed gave what the pages lack (their dates): it must survive re-extraction.
    assert!(store.articles(0, 100).unwrap().iter().all(|a| a.article.published.is_some()));
    let summary = colonnade_ingest::reextract::reextract(store.as_ref(), &cfg, &|_| {}).unwrap();
    assert_eq!((summary.updated, summary.unchanged, summary.failed), (0, 3, 0), "{summary:?}");
    assert_eq!(articles_json(store.as_ref()), crawled);
}
