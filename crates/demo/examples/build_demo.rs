//! Builds the bundled demo folder from the shared corpus: copies the pages unchanged, writes one
//! RSS feed per publication, `colonnade.toml`, the licence files and `README.md`.
//!
//! ```sh
//! cargo run -p colonnade-demo --example build_demo -- ../shared/corpus demo
//! ```
//!
//! The corpus is `demo/` (Global Voices, CC BY 3.0) and `readability/` (Mozilla Readability's
//! test pages, Apache-2.0). Which Readability cases are real articles, and which publication
//! each belongs to, is decided by hand in [`PUBLICATIONS`]. Feed items take their title,
//! author, date and excerpt from the corpus metadata (`expected/<case>.json`) and, where it has
//! none, from what Colonnade's extractor reads on the page; no date is made up.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Upstream of the Readability pages (from the corpus README).
const READABILITY_UPSTREAM: &str =
    "https://github.com/mozilla/readability/tree/ab4027a8b37669745016869a37a504727992b2ba/test/test-pages";
/// Upstream of the Global Voices 2009 feed and pages (from the corpus README).
const GV_UPSTREAM: &str =
    "https://github.com/mediacloud/backend/tree/55e83d20555568377eaa831f0ae5764eb1e1fb24/t/data/crawler/gv";
/// The placeholder the 2009 feed was kept with, and what it becomes.
const GV_OLD_BASE: &str = "<BASE_WEBSITE_URL/>gv/";
/// Upstream of the Global Voices 2004 WordPress export (from the corpus README).
const GV_2004_UPSTREAM: &str =
    "https://github.com/OpenGenderTracking/globalvoices/tree/17ea787368b9388220141da11bae131be5f5c551/data/full";
/// Posts of the 2004 export with less text than this are left out (a link, a line).
const MIN_TEXT: usize = 300;

/// A publication of the demo with the Readability cases that are its pages.
struct Publication {
    slug: &'static str,
    name: &'static str,
    homepage: &'static str,
    country: Option<&'static str>,
    language: &'static str,
    /// Every demo page of it is a column, opinion piece or personal blog post by a named writer.
    opinion: bool,
    cases: &'static [&'static str],
}

const fn p(
    slug: &'static str,
    name: &'static str,
    homepage: &'static str,
    country: Option<&'static str>,
    language: &'static str,
    opinion: bool,
    cases: &'static [&'static str],
) -> Publication {
    Publication { slug, name, homepage, country, language, opinion, cases }
}

const US: Option<&str> = Some("US");
const GB: Option<&str> = Some("GB");

/// The Readability cases kept, by publication (grouped by the site the page comes from:
/// canonical link, og:url, site name). Left out: unit tests of one feature with synthetic or
/// trimmed pages (003–005, base-url*, basic-tags-cleaning, comment-inside-script-parsing,
/// data-url-image, dev418, embedded-videos, hidden-nodes, invalid-attributes,
/// js-link-replacement, lazy-image-3, metadata-content-missing, missing-paragraphs,
/// normalize-spaces, ol, parsely-metadata, remove-*, reordering-paragraphs, replace-*, rtl-*,
/// social-buttons, style-tags-removal, svg-parsing, title-*, visibility-hidden); pages that are
/// not articles of a publication (archive-of-our-own and royal-road: fiction; clean-links: a
/// book; daringfireball-1: a colophon; google-sre-book-1: a book chapter; hukumusume: a
/// children's story; ietf-1: an Internet-Draft; mathjax, mercurial: documentation; mozilla-1,
/// mozilla-2: product pages; nytimes-5: a front page; wikipedia*: encyclopedia entries); and
/// lifehacker-working, the same article as lifehacker-post-comment-load.
#[rustfmt::skip]
const PUBLICATIONS: &[Publication] = &[
    p("aclu", "American Civil Liberties Union", "https://www.aclu.org/", US, "en", true, &["aclu"]),
    p("aktualne", "Aktuálně.cz", "https://www.aktualne.cz/", Some("CZ"), "cs", false, &["aktualne"]),
    p("android-developers", "Android Developers Blog", "https://android-developers.googleblog.com/", US, "en", false, &["links-in-tables"]),
    p("ars-technica", "Ars Technica", "https://arstechnica.com/", US, "en", false, &["ars-1"]),
    p("atlas-obscura", "Atlas Obscura", "https://www.atlasobscura.com/", US, "en", false, &["article-author-tag"]),
    p("backchannel", "Backchannel", "https://medium.com/backchannel", US, "en", false, &["keep-images"]),
    p("bbc-news", "BBC News", "https://www.bbc.com/news", GB, "en", false, &["bbc-1"]),
    p("breitbart", "Breitbart", "https://www.breitbart.com/", US, "en", false, &["breitbart"]),
    p("buzzfeed", "BuzzFeed", "https://www.buzzfeed.com/", US, "en", false, &["buzzfeed-1"]),
    p("citylab", "CityLab", "https://www.citylab.com/", US, "en", false, &["citylab-1"]),
    p("cnet", "CNET", "https://www.cnet.com/", US, "en", false, &["cnet"]),
    p("cnet-es", "CNET en Español", "https://www.cnet.com/es/", None, "es", false, &["cnet-svg-classes"]),
    p("cnn-money", "CNNMoney", "https://money.cnn.com/", US, "en", false, &["cnn"]),
    p("dropbox-tech", "Dropbox Tech Blog", "https://dropbox.tech/", US, "en", false, &["dropbox-blog"]),
    p("ebb-org", "Bradley M. Kuhn's blog", "http://ebb.org/bkuhn/blog/", US, "en", true, &["ebb-org"]),
    p("ehow", "eHow", "https://www.ehow.com/", US, "en", false, &["ehow-1", "ehow-2"]),
    p("engadget", "Engadget", "https://www.engadget.com/", US, "en", false, &["engadget"]),
    p("factorio", "Factorio", "https://www.factorio.com/", Some("CZ"), "en", false, &["keep-tabular-data"]),
    p("fandom", "Fandom", "https://www.fandom.com/", US, "en", false, &["wikia"]),
    p("firefox-nightly", "Firefox Nightly News", "https://blog.nightly.mozilla.org/", None, "en", false, &["firefox-nightly-blog"]),
    p("folha", "Folha de S.Paulo", "https://www.folha.uol.com.br/", Some("BR"), "pt-BR", false, &["folha"]),
    p("gitlab", "GitLab Blog", "https://about.gitlab.com/blog/", US, "en", false, &["gitlab-blog"]),
    p("gmw", "Guangming Online (光明网)", "https://www.gmw.cn/", Some("CN"), "zh-CN", false, &["gmw"]),
    p("guardian", "The Guardian", "https://www.theguardian.com/", GB, "en", false, &["guardian-1"]),
    p("haki-benita", "Haki Benita", "https://hakibenita.com/", None, "en", true, &["toc-missing"]),
    p("heise-mac-and-i", "heise online: Mac & i", "https://www.heise.de/mac-and-i/", Some("DE"), "de", false, &["heise"]),
    p("herald-sun", "Herald Sun", "https://www.heraldsun.com.au/", Some("AU"), "en", true, &["herald-sun-1"]),
    p("iab", "IAB", "https://www.iab.com/", US, "en", false, &["iab-1"]),
    p("independent", "The Independent", "https://www.independent.co.uk/", GB, "en", false, &["bug-1255978"]),
    p("jwz", "jwz", "https://www.jwz.org/", US, "en", true, &["table-style-attributes"]),
    p("kotaku", "Kotaku", "https://kotaku.com/", US, "en", false, &["lazy-image-2"]),
    p("la-nacion", "La Nación", "https://www.lanacion.com.ar/", Some("AR"), "es", true, &["la-nacion"]),
    p("le-monde", "Le Monde", "https://www.lemonde.fr/", Some("FR"), "fr", false, &["lemonde-1"]),
    p("liberation", "Libération", "https://www.liberation.fr/", Some("FR"), "fr", false, &["liberation-1", "videos-2"]),
    p("lifehacker", "Lifehacker", "https://lifehacker.com/", US, "en", false, &["lifehacker-post-comment-load"]),
    p("lwn", "LWN.net", "https://lwn.net/", US, "en", false, &["lwn-1"]),
    p("medical-news-today", "Medical News Today", "https://www.medicalnewstoday.com/", None, "en", false, &["medicalnewstoday"]),
    p("medium", "Medium", "https://medium.com/", None, "en", true, &["medium-1", "medium-2", "medium-3"]),
    p("minecraft-update-news", "Minecraft Update News", "http://mcupdate.tumblr.com/", None, "en", false, &["tumblr"]),
    p("mozilla-hacks", "Mozilla Hacks", "https://hacks.mozilla.org/", None, "en", false, &["002"]),
    p("msn", "MSN", "https://www.msn.com/", US, "en", false, &["msn"]),
    p("nbc-news", "NBC News", "https://www.nbcnews.com/", US, "en", false, &["schema-org-context-object"]),
    p("nicolas-perriault", "Nicolas Perriault", "https://nicolas.perriault.net/", Some("FR"), "en", true, &["001"]),
    p("nytimes", "The New York Times", "https://www.nytimes.com/", US, "en", false, &["nytimes-1", "nytimes-2", "nytimes-3", "nytimes-4"]),
    p("quanta", "Quanta Magazine", "https://www.quantamagazine.org/", US, "en", false, &["quanta-1"]),
    p("qq", "Tencent News (腾讯网)", "https://www.qq.com/", Some("CN"), "zh-CN", false, &["qq"]),
    p("salon", "Salon", "https://www.salon.com/", US, "en", false, &["salon-1"]),
    p("seattle-times", "The Seattle Times", "https://www.seattletimes.com/", US, "en", false, &["seattletimes-1"]),
    p("silicon-exposed", "Silicon Exposed", "http://siliconexposed.blogspot.com/", US, "en", true, &["blogger"]),
    p("simplyfound", "SimplyFound", "https://simplyfound.com/", None, "en", false, &["simplyfound-1"]),
    p("spiceworks", "Spiceworks", "https://www.spiceworks.com/", US, "en", false, &["spiceworks"]),
    p("stevenhgm", "史蒂文的家 (stevenhgm)", "http://stevenhgm.pixnet.net/blog", Some("TW"), "zh-TW", true, &["pixnet"]),
    p("telegraph", "The Telegraph", "https://www.telegraph.co.uk/", GB, "en", false, &["telegraph"]),
    p("the-verge", "The Verge", "https://www.theverge.com/", US, "en", false, &["theverge"]),
    p("tmz", "TMZ", "https://www.tmz.com/", US, "en", false, &["tmz-1"]),
    p("topicseed", "topicseed", "https://topicseed.com/", None, "en", false, &["topicseed-1"]),
    p("v8", "V8", "https://v8.dev/", None, "en", false, &["v8-blog"]),
    p("voodoo-engineering", "Voodoo Engineering", "https://medium.com/voodoo-engineering", Some("FR"), "en", false, &["lazy-image-1"]),
    p("vox", "Vox", "https://www.vox.com/", US, "en", false, &["videos-1"]),
    p("washington-post", "The Washington Post", "https://www.washingtonpost.com/", US, "en", false, &["wapo-1", "wapo-2"]),
    p("webmd", "WebMD", "https://www.webmd.com/", US, "en", false, &["webmd-1", "webmd-2"]),
    p("wp-tavern", "WP Tavern", "https://wptavern.com/", US, "en", false, &["wordpress"]),
    p("yahoo", "Yahoo", "https://www.yahoo.com/", US, "en", false, &["yahoo-1", "yahoo-2", "yahoo-3"]),
    p("yahoo-japan", "Yahoo!ニュース", "https://news.yahoo.co.jp/", Some("JP"), "ja", false, &["yahoo-4"]),
    p("youth-cn", "China Youth Network (中国青年网)", "http://www.youth.cn/", Some("CN"), "zh-CN", false, &["youth"]),
];

/// Authors set by hand where neither the corpus metadata nor the extractor gives the person the
/// page names (`&[]`: none, because what the extractor finds is not a person).
const AUTHORS: &[(&str, &[&str])] = &[
    // "Posted by Andrew Hayden, Software Engineer on Google Play"
    ("links-in-tables", &["Andrew Hayden"]),
];

/// Headlines set by hand (the page's own `<h1>`) where the corpus title is the site's or carries
/// the site's name and the extractor does not give the bare headline.
const TITLES: &[(&str, &str)] = &[
    ("gmw", "宇航员在太空中喝酒会怎么样？后果很严重"),
    ("pixnet", "新竹尖石_美樹營地賞楓 (2)"),
    ("qq", "DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶"),
    ("yahoo-2", "Russia: Space ship malfunctions, breaks up over Siberia"),
    ("youth", "海外留学生看两会：出国前后关注点大不同"),
];

/// Original addresses of Readability pages that name none in a canonical link or og:url, found
/// elsewhere in the page itself: `(case, URL, text of the page that gives it, where)`. The
/// generator checks that the page holds that text and names no canonical address of its own.
/// Served as `Link: <URL>; rel="canonical"` through `canonical.tsv`. Left out, because the page
/// gives only a pattern, not the address: ebb-org, keep-tabular-data, table-style-attributes
/// (jwz) and v8-blog.
#[rustfmt::skip]
const ORIGINALS: &[(&str, &str, &str, &str)] = &[
    ("001", "https://nicolas.perriault.net/code/2013/get-your-frontend-javascript-code-covered/",
     "?url=https://nicolas.perriault.net/code/2013/get-your-frontend-javascript-code-covered/",
     "the post's <link itemprop=\"url\"> (a path) and its Flattr button's url parameter (absolute)"),
    ("gmw", "http://tech.gmw.cn/2017-03/10/content_23937776.htm",
     "url=http%3A%2F%2Ftech.gmw.cn%2F2017-03%2F10%2Fcontent_23937776.htm",
     "the bShare share button's url parameter, with the page's contentid 23937776"),
    ("lwn-1", "http://lwn.net/Articles/637393/",
     "href=\"/Articles/637393/?format=printable\"",
     "the page's \"Printable page\" link and the edition menu's current entry (on lwn.net)"),
    ("qq", "http://tech.qq.com/a/20161014/006270.htm",
     "article_url: 'http://tech.qq.com/a/20161014/006270.htm'",
     "ARTICLE_INFO.article_url in the page's script"),
    ("webmd-1", "http://www.webmd.com/allergies/news/20150220/child-peanut-allergy-findings",
     "s_pagename=\"www.webmd.com/allergies/news/20150220/child-peanut-allergy-findings\"",
     "the page's analytics variables s_pagename and s_furl"),
    ("webmd-2", "http://www.webmd.com/news/20150417/superbugs-what-they-are",
     "s_pagename = \"www.webmd.com/news/20150417/superbugs-what-they-are\"",
     "the page's analytics variables s_pagename and s_furl"),
    ("youth", "http://edu.youth.cn/jyzx/jyxw/201703/t20170310_9260562.htm",
     "ltu=http%3A%2F%2Fedu.youth.cn%2Fjyzx%2Fjyxw%2F201703%2Ft20170310_9260562.htm",
     "the saved ad requests' page-URL parameter (ltu, u), with the page's contentid 9260562"),
];

/// The head of every `canonical.tsv`.
const CANONICAL_HEAD: &str = "# Original addresses of the pages of this folder that name none themselves (no canonical link,\n\
     # no og:url). crates/demo serves each page with `Link: <address>; rel=\"canonical\"`, so a crawl stores\n\
     # it under its original address. Written by crates/demo/examples/build_demo.rs.\n\
     # file\toriginal address\n";

/// One feed item and the row of the README that names its origin.
struct Item {
    file: String,
    title: String,
    authors: Vec<String>,
    published: Option<colonnade_model::Timestamp>,
    description: Option<String>,
    original_url: Option<String>,
}

fn main() {
    let mut args = std::env::args_os().skip(1);
    let corpus = PathBuf::from(args.next().expect("usage: build_demo CORPUS_DIR OUT_DIR"));
    let out = PathBuf::from(args.next().expect("usage: build_demo CORPUS_DIR OUT_DIR"));
    assert!(corpus.join("readability/expected").is_dir(), "{} is not the shared corpus", corpus.display());
    let sites = out.join("sites");
    if sites.exists() {
        fs::remove_dir_all(&sites).unwrap();
    }
    fs::create_dir_all(&sites).unwrap();

    let gv = global_voices(&corpus.join("demo/globalvoices-en-2009"), &sites.join("globalvoices"));
    let gv_2004 = global_voices_2004(
        &corpus.join("demo/globalvoices-en-2004-wxr/globalvoices-2004.wxr.xml"),
        &sites.join("globalvoices-2004"),
    );
    let mut readability = Vec::new();
    let mut seen = BTreeMap::new();
    for publication in PUBLICATIONS {
        let items = readability_publication(&corpus.join("readability"), &sites, publication);
        for item in &items {
            if let Some(u) = &item.original_url
                && let Some(other) = seen.insert(u.clone(), item.file.clone())
            {
                panic!("{} and {other} are the same article ({u})", item.file);
            }
        }
        readability.push((publication, items));
    }

    fs::write(out.join("colonnade.toml"), config_toml()).unwrap();
    fs::copy(corpus.join("demo/LICENSE-CC-BY-3.0.txt"), out.join("LICENSE-CC-BY-3.0.txt")).unwrap();
    fs::copy(corpus.join("readability/LICENSE"), out.join("LICENSE-APACHE-2.0.txt")).unwrap();
    fs::copy(corpus.join("readability/NOTICE"), out.join("NOTICE-readability.txt")).unwrap();
    fs::write(out.join("README.md"), readme(&gv, &gv_2004, &readability)).unwrap();
    let pages: usize = readability.iter().map(|(_, items)| items.len()).sum();
    eprintln!(
        "{} publications, {} pages ({} Global Voices 2009, {} Global Voices 2004)",
        readability.len() + 1,
        pages + gv.len() + gv_2004.len(),
        gv.len(),
        gv_2004.len()
    );
}

/// Global Voices, June 2009: the 15 saved pages and their real feed, whose links are moved
/// from the corpus's placeholder to `{demo}/globalvoices/`.
fn global_voices(src: &Path, dst: &Path) -> Vec<Vec<String>> {
    fs::create_dir_all(dst).unwrap();
    let feed = fs::read_to_string(src.join("feed.rss")).unwrap();
    assert_eq!(feed.matches(GV_OLD_BASE).count(), 15, "the 2009 feed has one placeholder per item");
    fs::write(dst.join("feed.xml"), feed.replace(GV_OLD_BASE, "{demo}/globalvoices/")).unwrap();
    let index = fs::read_to_string(src.join("index.tsv")).unwrap();
    assert!(index.starts_with("page\toriginal_url\t"), "index.tsv columns changed");
    let mut rows = Vec::new();
    let mut canonical = format!("{CANONICAL_HEAD}# (from the corpus's index.tsv, column original_url)\n");
    for line in index.lines().skip(1) {
        let cols: Vec<String> = line.split('\t').map(str::to_string).collect();
        let file = cols[0].strip_prefix("pages/").unwrap();
        fs::copy(src.join(&cols[0]), dst.join(file)).unwrap();
        assert!(cols[1].starts_with("http://globalvoicesonline.org/2009/"), "{}", cols[1]);
        writeln!(canonical, "{file}\t{}", cols[1]).unwrap();
        rows.push(cols);
    }
    assert_eq!(rows.len(), 15);
    fs::write(dst.join("canonical.tsv"), canonical).unwrap();
    rows
}

/// Global Voices, October–December 2004: the posts of the WordPress export, each turned into a
/// plain HTML page (the export holds post bodies, not pages), and a feed of them.
fn global_voices_2004(wxr: &Path, dst: &Path) -> Vec<Item> {
    fs::create_dir_all(dst).unwrap();
    let feed = colonnade_feed::parse_feed(&fs::read(wxr).unwrap(), Some("application/rss+xml"), None).unwrap();
    assert_eq!(feed.items.len(), 29, "the export holds 29 posts");
    let mut items = Vec::new();
    for post in feed.items {
        let url = post.url.clone().unwrap();
        let title = collapse(post.title.as_deref().unwrap());
        let body = wpautop(post.content_html.as_deref().unwrap_or_default());
        let text = collapse(&strip_tags(&body));
        if text.len() < MIN_TEXT {
            eprintln!("globalvoices-2004     left out, {} characters: {url}", text.len());
            continue;
        }
        let published = post.published.unwrap();
        // /2004/10/26/slug/ → 2004-10-26-slug.html
        let file = format!("{}.html", url.path().trim_matches('/').replace('/', "-"));
        let author = post.authors.first().cloned().unwrap();
        let page = format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t} | Global Voices</title>\n\
             <link rel=\"canonical\" href=\"{u}\">\n<meta name=\"author\" content=\"{a}\">\n\
             <meta property=\"og:site_name\" content=\"Global Voices\">\n<meta property=\"og:type\" content=\"article\">\n\
             <meta property=\"article:published_time\" content=\"{d}\">\n</head>\n<body>\n<article>\n<h1>{t}</h1>\n\
             <p class=\"byline\">By {a}, <time datetime=\"{d}\">{d}</time></p>\n<div class=\"entry\">\n{body}\n</div>\n\
             </article>\n<footer>\n<p>© {a} / Global Voices, <a rel=\"license\" \
             href=\"https://creativecommons.org/licenses/by/3.0/\">CC BY 3.0</a>. First published at <a href=\"{u}\">{u}</a>; \
             this page was made for Colonnade's demo from Global Voices' WordPress export of 2004 (post text \
             unchanged, paragraphs marked up).</p>\n</footer>\n</body>\n</html>\n",
            t = esc(&title),
            u = esc(url.as_str()),
            a = esc(&author),
            d = published,
        );
        fs::write(dst.join(&file), page).unwrap();
        eprintln!("globalvoices-2004     {file:<70} {author} {published}");
        items.push(Item {
            file: format!("globalvoices-2004/{file}"),
            title,
            authors: post.authors.clone(),
            published: Some(published),
            description: Some(shorten(&text, 300)),
            original_url: Some(url.to_string()),
        });
    }
    items.sort_by_key(|i| std::cmp::Reverse(i.published.map(|t| t.unix_seconds())));
    let channel = Publication {
        slug: "globalvoices-2004",
        name: "Global Voices",
        homepage: "https://globalvoices.org/",
        country: None,
        language: "en",
        opinion: true,
        cases: &[],
    };
    let mut xml = feed_xml(&channel, &items);
    xml = xml.replace(
        "pages of Global Voices kept in Mozilla Readability's test suite",
        "Global Voices posts of October to December 2004, from its WordPress export",
    );
    fs::write(dst.join("feed.xml"), xml).unwrap();
    items
}

/// WordPress's own rule for post bodies, in short: a blank line ends a paragraph, a line break is a
/// `<br>`; paragraphs the author indented (quotations) become block quotes; blocks that already
/// start with a block element are left alone.
fn wpautop(body: &str) -> String {
    let body = body.replace("\r\n", "\n");
    let mut out = Vec::new();
    for block in body.split("\n\n").filter(|b| !b.trim().is_empty()) {
        let quoted = block.starts_with("    ") || block.starts_with('\t');
        let inner = block.trim();
        let lower = inner.to_ascii_lowercase();
        let is_block = ["<p", "<div", "<ul", "<ol", "<blockquote", "<table", "<h1", "<h2", "<h3", "<h4", "<pre"]
            .iter()
            .any(|t| lower.starts_with(t));
        if is_block {
            out.push(inner.to_string());
        } else {
            let para = format!("<p>{}</p>", inner.lines().map(str::trim).collect::<Vec<_>>().join("<br />\n"));
            out.push(if quoted { format!("<blockquote>{para}</blockquote>") } else { para });
        }
    }
    out.join("\n")
}

fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn readability_publication(src: &Path, sites: &Path, publication: &Publication) -> Vec<Item> {
    let dst = sites.join(publication.slug);
    fs::create_dir_all(&dst).unwrap();
    let mut items = Vec::new();
    let mut canonical = String::new();
    for case in publication.cases {
        let page = src.join("pages").join(format!("{case}.html"));
        let file = format!("{case}.html");
        fs::copy(&page, dst.join(&file)).unwrap();
        let bytes = fs::read(&page).unwrap();
        let meta: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(src.join("expected").join(format!("{case}.json"))).unwrap())
                .unwrap();
        let text = fs::read_to_string(src.join("expected").join(format!("{case}.txt"))).unwrap();
        assert!(text.len() >= 300, "{case}: under 300 characters of expected text");
        let page_article = colonnade_extract::extract(&bytes, None, Some("text/html")).unwrap();
        let string = |key: &str| meta.get(key).and_then(|v| v.as_str()).map(str::trim).filter(|s| !s.is_empty());

        // The corpus title is Readability's, sometimes with the site's name around it; the
        // extractor's headline is used when it is that title without the decoration.
        let corpus_title = string("title").map(collapse);
        let by_hand = TITLES.iter().find(|(c, _)| c == case).map(|(_, t)| t.to_string());
        let title = match (corpus_title, page_article.title.clone()) {
            _ if by_hand.is_some() => by_hand.unwrap_or_default(),
            (Some(c), Some(e)) if c.contains(&e) && e.len() >= 10 => e,
            (Some(c), _) => c,
            (None, Some(e)) => e,
            (None, None) => panic!("{case}: no title"),
        };
        let authors = if let Some((_, set)) = AUTHORS.iter().find(|(c, _)| c == case) {
            set.iter().map(|s| s.to_string()).collect()
        } else if let Some(list) = meta.get("authors").and_then(|v| v.as_array()).filter(|a| !a.is_empty()) {
            list.iter().filter_map(|v| v.as_str()).map(str::to_string).collect()
        } else if string("byline").is_none() {
            page_article.authors.clone()
        } else {
            // Readability saw a byline that is not a person (an organisation, page furniture).
            Vec::new()
        };
        let published = match string("published") {
            Some(s) => Some(colonnade_text::parse_date(s).unwrap_or_else(|| panic!("{case}: date {s:?}")).timestamp),
            None => page_article.published,
        };
        let description = string("excerpt").map(|s| shorten(&collapse(s), 300));
        let mut original_url = page_article.url.clone();
        if let Some((_, url, evidence, place)) = ORIGINALS.iter().find(|(c, ..)| c == case) {
            assert!(original_url.is_none(), "{case}: names its own address, {original_url:?}");
            assert!(
                bytes.windows(evidence.len()).any(|w| w == evidence.as_bytes()),
                "{case}: the page does not hold {evidence:?}"
            );
            writeln!(canonical, "# {file}: {place}\n{file}\t{url}").unwrap();
            original_url = Some(url.to_string());
        }
        eprintln!(
            "{:<20} {:<32} {:<40.40} {:?} {:?} {:?}",
            publication.slug,
            case,
            title,
            authors,
            published.map(|t| t.to_string()),
            page_article.url
        );
        items.push(Item {
            file: format!("{}/{file}", publication.slug),
            title,
            authors,
            published,
            description,
            original_url,
        });
    }
    if !canonical.is_empty() {
        fs::write(dst.join("canonical.tsv"), format!("{CANONICAL_HEAD}{canonical}")).unwrap();
    }
    // Newest first, undated last, as a real feed lists them.
    items.sort_by_key(|i| std::cmp::Reverse(i.published.map(|t| t.unix_seconds())));
    fs::write(dst.join("feed.xml"), feed_xml(publication, &items)).unwrap();
    items
}

fn feed_xml(publication: &Publication, items: &[Item]) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n");
    writeln!(out, "  <title>{}</title>", esc(publication.name)).unwrap();
    writeln!(out, "  <link>{}</link>", esc(publication.homepage)).unwrap();
    writeln!(
        out,
        "  <description>Colonnade demo: pages of {} kept in Mozilla Readability's test suite, served from \
         demo/sites/{}/ (see demo/README.md).</description>",
        esc(publication.name),
        publication.slug
    )
    .unwrap();
    writeln!(out, "  <language>{}</language>", publication.language).unwrap();
    for item in items {
        let link = format!("{{demo}}/{}", item.file);
        out.push_str("  <item>\n");
        writeln!(out, "    <title>{}</title>", esc(&item.title)).unwrap();
        writeln!(out, "    <link>{}</link>", esc(&link)).unwrap();
        writeln!(out, "    <guid isPermaLink=\"false\">{}</guid>", esc(item.original_url.as_deref().unwrap_or(&link)))
            .unwrap();
        for a in &item.authors {
            writeln!(out, "    <dc:creator>{}</dc:creator>", esc(a)).unwrap();
        }
        if let Some(t) = item.published {
            writeln!(out, "    <pubDate>{}</pubDate>", rfc2822(t)).unwrap();
        }
        if let Some(d) = &item.description {
            writeln!(out, "    <description>{}</description>", esc(d)).unwrap();
        }
        out.push_str("  </item>\n");
    }
    out.push_str("</channel>\n</rss>\n");
    out
}

fn config_toml() -> String {
    let mut out = String::from(
        "# The bundled demo: `colonnade serve` with no sources configured crawls these publications from a\n\
         # loopback server (crates/demo) that serves demo/sites/. `{demo}` stands for that server's address,\n\
         # e.g. http://127.0.0.1:7331. Home pages are the publications' real ones: they identify them.\n\
         # Written by crates/demo/examples/build_demo.rs; see README.md for where every file comes from.\n\
         #\n\
         # kind = \"opinion\": every demo page of that publication is a column, opinion piece or personal\n\
         # blog post by a named writer.\n\n",
    );
    let gv = Publication {
        slug: "globalvoices",
        name: "Global Voices",
        homepage: "https://globalvoices.org/",
        country: None,
        language: "en",
        opinion: true,
        cases: &[],
    };
    for p in std::iter::once(&gv).chain(PUBLICATIONS) {
        out.push_str("[[publication]]\n");
        writeln!(out, "name = {}", toml_str(p.name)).unwrap();
        writeln!(out, "homepage = {}", toml_str(p.homepage)).unwrap();
        if let Some(c) = p.country {
            writeln!(out, "country = \"{c}\"").unwrap();
        }
        writeln!(out, "language = \"{}\"", p.language).unwrap();
        if p.opinion {
            out.push_str("kind = \"opinion\"\n");
        }
        if p.slug == "globalvoices" {
            out.push_str("feeds = [\"{demo}/globalvoices/feed.xml\", \"{demo}/globalvoices-2004/feed.xml\"]\n\n");
        } else {
            writeln!(out, "feeds = [\"{{demo}}/{}/feed.xml\"]\n", p.slug).unwrap();
        }
    }
    out
}

fn readme(gv: &[Vec<String>], gv_2004: &[Item], readability: &[(&Publication, Vec<Item>)]) -> String {
    let mut out = String::from(README_HEAD);
    out.push_str(
        "\n## Global Voices, June 2009 — `sites/globalvoices/`\n\n\
         Origin: `shared/corpus/demo/globalvoices-en-2009/`, taken from ",
    );
    writeln!(out, "[mediacloud/backend `t/data/crawler/gv/`]({GV_UPSTREAM}) (commit 55e83d2, 2017).").unwrap();
    out.push_str(
        "Licence: © each author / Global Voices, [CC BY 3.0](https://creativecommons.org/licenses/by/3.0/) \
         (`LICENSE-CC-BY-3.0.txt`). Credit the author and Global Voices and link to the original.\n\n\
         | file | article | author | published | original |\n|---|---|---|---|---|\n",
    );
    writeln!(
        out,
        "| `feed.xml` | Global Voices' \"Feature\" RSS feed (WordPress 2.7), `feed.rss` in the corpus (`test.rss` upstream). \
         Changed: the 15 item links, `{GV_OLD_BASE}index_N.html` → `{{demo}}/globalvoices/index_N.html`; nothing else | \
         the authors in each item's `dc:creator` | 5–11 June 2009 | http://globalvoicesonline.org/-/type/feature/feed/ |"
    )
    .unwrap();
    out.push_str(
        "| `canonical.tsv` | the original address of each page below (the corpus's `index.tsv`), served as \
         `Link: <…>; rel=\"canonical\"`; written by `build_demo` | | | |\n",
    );
    for row in gv {
        let file = row[0].strip_prefix("pages/").unwrap_or(&row[0]);
        writeln!(out, "| `{file}` | {} | {} | {} | <{}> |", md(&row[4]), md(&row[3]), md(&row[2]), row[1]).unwrap();
    }
    out.push_str(&README_GV_2004.replace("GV_2004_UPSTREAM", GV_2004_UPSTREAM));
    out.push_str("| file | article | author | published | original |\n|---|---|---|---|---|\n");
    out.push_str(
        "| `globalvoices-2004/feed.xml` | feed of the pages below, written by `build_demo` for this demo | | | |\n",
    );
    for item in gv_2004 {
        writeln!(
            out,
            "| `{}` | {} | {} | {} | <{}> |",
            item.file,
            md(&item.title),
            md(&item.authors.join(", ")),
            item.published.map(|t| t.to_string()).unwrap_or_default(),
            item.original_url.as_deref().unwrap_or_default()
        )
        .unwrap();
    }
    out.push_str(&README_READABILITY.replace("READABILITY_UPSTREAM", READABILITY_UPSTREAM));
    out.push_str("| file | publication | article | author | published | original |\n|---|---|---|---|---|---|\n");
    for (p, items) in readability {
        writeln!(out, "| `{}/feed.xml` | {} | feed written by `build_demo` for this demo | | | |", p.slug, md(p.name))
            .unwrap();
        for item in items {
            writeln!(
                out,
                "| `{}` | {} | {} | {} | {} | {} |",
                item.file,
                md(p.name),
                md(&item.title),
                md(&item.authors.join(", ")),
                item.published.map(|t| t.to_string()).unwrap_or_default(),
                item.original_url
                    .as_deref()
                    .map(|u| format!("<{u}>"))
                    .unwrap_or_else(|| "not named in the page".into())
            )
            .unwrap();
        }
    }
    out
}

const README_HEAD: &str = "# Bundled demo data

Real saved pages and feeds shipped with Colonnade, so that `colonnade serve` shows a populated site offline on a
fresh machine. The `colonnade-demo` crate (`crates/demo`) serves `sites/` on a loopback HTTP server and crawls it
through the real path: feeds → fetch → extract → store.

- `colonnade.toml` — a normal Colonnade configuration: one `[[publication]]` per site, with its **real** home page
  (which identifies the publication) and one feed on the demo server. `kind = \"opinion\"` marks publications whose
  demo pages are all columns, opinion pieces or personal blog posts by a named writer.
- `sites/<slug>/` — one folder per publication: its pages, **copied byte for byte** from the corpus (only file names
  differ), and `feed.xml`, an RSS 2.0 feed listing them.
- `sites/<slug>/canonical.tsv` — where a page names no address of its own (no canonical link, no og:url) but its
  original address is known (from the corpus, or given elsewhere in the page itself, as each line's comment says):
  `file<TAB>original address`. The demo server is not a copy of the original site, so it serves those pages with
  `Link: <original address>; rel=\"canonical\"` (RFC 6596), and a crawl stores them under their original address. The
  file itself is not served.
- **`{demo}`** — feed item links and the configuration's feed URLs are written as `{demo}/<slug>/<file>`. When the
  demo starts, `{demo}` is replaced (in the configuration and in every served file except HTML pages) by the
  server's base URL, `http://127.0.0.1:7331` when that port is free, otherwise `http://127.0.0.1:<free port>`.
  The server serves `sites/<slug>/<file>` at `/<slug>/<file>`, HTML as `text/html` without a charset (each page
  declares its own), and a `robots.txt` that allows everything.
- The files in `sites/`, `colonnade.toml` and this README are written by
  `cargo run -p colonnade-demo --example build_demo -- ../shared/corpus demo`; edit the generator, not the output.
  Feed items take title, author, date and excerpt from the corpus metadata and, where it has none, from what
  Colonnade's extractor reads on the page itself. No date is made up: an item without a date in the page or the
  corpus has no `pubDate` (a date without a time is written as 00:00 UTC).

The demo site shows excerpts, credits the author and the publication, and links to the original address.

| file | origin | licence |
|---|---|---|
| `colonnade.toml`, `README.md`, every `sites/*/feed.xml` except `sites/globalvoices/feed.xml`, every `sites/*/canonical.tsv` | written by `build_demo` | Apache-2.0, as Colonnade |
| `LICENSE-CC-BY-3.0.txt` | `shared/corpus/demo/LICENSE-CC-BY-3.0.txt`: the text of CC BY 3.0 Unported | — |
| `LICENSE-APACHE-2.0.txt` | `shared/corpus/readability/LICENSE`: Readability's licence, the Apache License 2.0 | — |
| `NOTICE-readability.txt` | `shared/corpus/readability/NOTICE`: Readability's NOTICE (© Arc90 Inc, Mozilla and contributors) | Apache-2.0 |
| `sites/globalvoices/` | Global Voices, June 2009: see below | CC BY 3.0 |
| `sites/globalvoices-2004/` | Global Voices, 2004, pages made from its WordPress export: see below | CC BY 3.0 |
| every other `sites/<slug>/<case>.html` | Mozilla Readability's test pages: see below | Apache-2.0 (test suite); pages © their publishers |
";

const README_GV_2004: &str = "
## Global Voices, October–December 2004 — `sites/globalvoices-2004/`

Origin: `shared/corpus/demo/globalvoices-en-2004-wxr/globalvoices-2004.wxr.xml`, a WordPress export of Global
Voices' first three months, from [OpenGenderTracking/globalvoices `data/full/`](GV_2004_UPSTREAM) (commit 17ea787,
2013; reader comments removed in the corpus). The export holds post bodies, not pages, so each page here was
**made for the demo**: the post's title, author (`dc:creator`, as given: `jonl` is a WordPress login), date and
body, unchanged, in a plain HTML page with a canonical link to the original address; paragraphs are marked up as
WordPress does (blank line → paragraph, line break → `<br>`, indented paragraphs → block quotes). Posts with under
300 characters of text are left out. Licence: © each author / Global Voices, CC BY 3.0 (an adaptation in the
licence's sense, as just described; `LICENSE-CC-BY-3.0.txt`).

";

const README_READABILITY: &str = "
## Pages from Mozilla Readability's test suite — `sites/<slug>/`

Origin: `shared/corpus/readability/pages/<case>.html`, which is `test/test-pages/<case>/source.html` in
[mozilla/readability](https://github.com/mozilla/readability) at commit `ab4027a8b37669745016869a37a504727992b2ba`
(READABILITY_UPSTREAM); the file name here is `<case>.html`. Item metadata comes from the corpus's `expected/<case>.json` (Readability's
own output, with author names read by hand from its byline) and from the page.

Licence: shipped by Mozilla's Readability test suite under the Apache License 2.0 (`LICENSE-APACHE-2.0.txt`,
`NOTICE-readability.txt`). The pages themselves are snapshots of public web pages, © their publishers and authors,
included here as test fixtures, as upstream does; the demo site shows only excerpts, with credit and a link to the
original address below (the page's canonical link or og:url; for a page with neither, the address it gives elsewhere,
as its folder's `canonical.tsv` says; \"not named in the page\" when it gives none).

";

/// Whitespace runs to one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// At most about `max` bytes, cut at a space, with "…" when cut.
fn shorten(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_string();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let cut = s[..end].rfind(' ').filter(|&i| i > max / 2).unwrap_or(end);
    format!("{}…", s[..cut].trim_end_matches([',', ';', ':', ' ']))
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Text for a Markdown table cell.
fn md(s: &str) -> String {
    collapse(s).replace('|', "\\|")
}

fn toml_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// RFC 2822 at the offset the page printed.
fn rfc2822(t: colonnade_model::Timestamp) -> String {
    let offset = jiff::tz::Offset::from_seconds(t.offset_seconds).unwrap();
    t.instant.to_zoned_datetime(jiff::tz::TimeZone::fixed(offset)).strftime("%a, %d %b %Y %H:%M:%S %z").to_string()
}
