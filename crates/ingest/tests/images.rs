//! Issue 13: columnist photos and lead images, fetched through the crawler over real sockets. Good
//! images are stored once under the media folder and offered to their columnist; hostile ones
//! (a decompression bomb, an HTML answer, a 50 MB body, a redirect to the metadata address, SVG)
//! are refused with their reason on the image's row, and nothing is written.

use std::io::Cursor;

use colonnade_ingest::media::MediaDir;
use colonnade_store::{ArticleFilter, ImagePurpose};

use super::*;

/// A column whose JSON-LD author has `photo`, with `lead` as its og:image.
fn column_with_images(title: &str, author: &str, photo: &str, lead: Option<&str>) -> String {
    let page = article(title, author, "2024-05-01T09:00:00+02:00", "", "Harbours");
    let ld = format!(
        r#"<script type="application/ld+json">{{"@context":"https://schema.org","@type":"OpinionNewsArticle",
        "headline":"{title}","author":{{"@type":"Person","name":"{author}","image":"{photo}"}}}}</script>"#
    );
    let og = lead.map(|l| format!(r#"<meta property="og:image" content="{l}">"#)).unwrap_or_default();
    page.replace("<link rel=\"canonical\" href=\"\">", "").replace("</head>", &format!("{ld}{og}</head>"))
}

fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 120]));
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Jpeg).unwrap();
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A PNG of a few dozen bytes whose header claims 50,000 × 50,000 pixels.
fn png_bomb() -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1A\n".to_vec();
    let mut chunk = |kind: &[u8; 4], data: &[u8]| {
        out.extend((data.len() as u32).to_be_bytes());
        let start = out.len();
        out.extend(kind);
        out.extend(data);
        let crc = crc32(&out[start..]);
        out.extend(crc.to_be_bytes());
    };
    let mut ihdr = 50_000u32.to_be_bytes().to_vec();
    ihdr.extend(50_000u32.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    chunk(b"IHDR", &ihdr);
    chunk(b"IDAT", &[0x78, 0x01, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0x01]);
    chunk(b"IEND", &[]);
    out
}

fn media_files(dir: &tempfile::TempDir) -> Vec<String> {
    let mut names: Vec<String> = match std::fs::read_dir(dir.path().join("media")) {
        Ok(entries) => entries.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    names
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_13_hostile_images_are_refused_with_their_reason_and_nothing_is_stored() {
    let a = Server::start(ip("127.0.0.40"), Site::new()).await.unwrap();
    let ab = a.base();
    let cases = [
        ("/bomb.png", "Bea Bomb", Route::page("image/png", png_bomb())),
        ("/html.jpg", "Hal Html", Route::page("text/html", "<html><body>Not a photo</body></html>")),
        ("/big.jpg", "Bo Big", Route::page("image/jpeg", vec![0xFFu8; 50 * 1024 * 1024])),
        ("/meta.jpg", "Ray Redirect", Route::Redirect { status: 302, location: "http://169.254.169.254/x.jpg".into() }),
        ("/svg-typed.jpg", "Sue Svg", Route::page("image/svg+xml", "<svg onload=\"alert(1)\"></svg>")),
        (
            "/face-svg.jpg",
            "Sam Svg",
            Route::page("image/jpeg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
        ),
    ];
    let mut items = Vec::new();
    for (i, (path, author, route)) in cases.into_iter().enumerate() {
        a.set_route(path, route);
        let page = format!("/opinion/{i}.html");
        a.set_route(
            &page,
            Route::page("text/html", column_with_images(&format!("Column {i}"), author, &format!("{ab}{path}"), None)),
        );
        items.push((page, format!("Column {i}"), author));
    }
    let items: Vec<(&str, &str, &str)> = items.iter().map(|(p, t, a)| (p.as_str(), t.as_str(), *a)).collect();
    a.set_route("/feed.xml", Route::page("application/rss+xml", rss(&ab, &items)));
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let cfg = config(vec![publication("Hostile", &format!("{ab}/"), vec![a.url("/feed.xml")])]);
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap().with_media(MediaDir::in_data_dir(dir.path()));
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    let t = summary.totals();
    assert_eq!((t.new, t.failed), (6, 0), "the columns are stored, whatever their photos: {summary:#?}");

    assert_eq!(media_files(&dir), Vec::<String>::new(), "nothing written");
    let stats = store.stats().unwrap();
    assert_eq!((stats.images, stats.image_files), (0, 0));
    let expect = [
        ("/bomb.png", "50000×50000 pixels exceeds"),
        ("/html.jpg", "served as \"text/html\""),
        ("/big.jpg", "exceeds"),
        ("/meta.jpg", "169.254.169.254"),
        ("/svg-typed.jpg", "image/svg+xml"),
        ("/face-svg.jpg", "SVG"),
    ];
    for (path, reason) in expect {
        let row =
            store.image(&format!("{ab}{path}"), ImagePurpose::Face).unwrap().unwrap_or_else(|| panic!("{path} tried"));
        assert!(row.variants.is_empty(), "{path}");
        let error = row.error.unwrap_or_default();
        assert!(error.contains(reason), "{path}: {error:?} should say {reason:?}");
        assert_eq!(row.failures, 1, "{path}");
    }
    assert_eq!(count(&a, "/big.jpg"), 1);
    for c in store.columnists(None).unwrap() {
        assert!(c.photo.is_empty() && c.photo_url.is_none(), "{c:?}");
    }
    // Refused images are not asked for again in the next cycle.
    a.clear_log();
    let again = ingest.run_cycle(true, &|_| {}).await.unwrap();
    assert_eq!(again.totals().failed, 0);
    for (path, _) in expect {
        assert_eq!(count(&a, path), 0, "{path} fetched again: {:?}", paths(&a));
    }
}

fn paths(server: &Server) -> Vec<String> {
    server.requests().into_iter().map(|r| r.path).collect()
}

fn count(server: &Server, path: &str) -> usize {
    paths(server).iter().filter(|p| *p == path).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn issue_13_a_good_photo_is_fetched_once_stored_by_content_and_offered_to_its_columnist() {
    let a = Server::start(ip("127.0.0.41"), Site::new()).await.unwrap();
    let ab = a.base();
    a.set_route(
        "/jane.jpg",
        Route::cached_page("image/jpeg", jpeg(400, 500), "\"jane-1\"", "Wed, 01 May 2024 10:00:00 GMT"),
    );
    a.set_route("/lead.jpg", Route::page("image/jpeg", jpeg(1600, 900)));
    let photo = format!("{ab}/jane.jpg");
    for (i, lead) in [(1, Some(format!("{ab}/lead.jpg"))), (2, None)] {
        let page = column_with_images(&format!("Column {i}"), "Jane Doe", &photo, lead.as_deref());
        a.set_route(&format!("/opinion/{i}.html"), Route::page("text/html", page));
    }
    a.set_route(
        "/feed.xml",
        Route::page(
            "application/rss+xml",
            rss(&ab, &[("/opinion/1.html", "Column 1", "Jane Doe"), ("/opinion/2.html", "Column 2", "Jane Doe")]),
        ),
    );
    // A second publication asked for no photos: its columnist keeps initials.
    let b = Server::start(ip("127.0.0.42"), Site::new()).await.unwrap();
    let bb = b.base();
    b.set_route("/joe.jpg", Route::page("image/jpeg", jpeg(300, 300)));
    b.set_route(
        "/opinion/3.html",
        Route::page("text/html", column_with_images("Column 3", "Joe Bloggs", &format!("{bb}/joe.jpg"), None)),
    );
    b.set_route(
        "/feed.xml",
        Route::page("application/rss+xml", rss(&bb, &[("/opinion/3.html", "Column 3", "Joe Bloggs")])),
    );
    let dir = tempfile::tempdir().unwrap();
    let store: Arc<dyn Store> = Arc::new(SqliteStore::open(dir.path()).unwrap());
    let mut quiet = publication("Quiet", &format!("{bb}/"), vec![b.url("/feed.xml")]);
    quiet.photos = false;
    let cfg = config(vec![publication("Good", &format!("{ab}/"), vec![a.url("/feed.xml")]), quiet]);
    let ingest = Ingest::new(Arc::new(cfg), Arc::clone(&store)).unwrap().with_media(MediaDir::in_data_dir(dir.path()));
    let summary = ingest.run_cycle(true, &|_| {}).await.unwrap();
    assert_eq!((summary.totals().new, summary.totals().failed), (3, 0), "{summary:#?}");

    assert_eq!(count(&a, "/jane.jpg"), 1, "one request for two columns: {:?}", paths(&a));
    assert_eq!(count(&b, "/joe.jpg"), 0, "photos = false");
    let files = media_files(&dir);
    assert_eq!(files.len(), 4, "two face sizes and two lead widths: {files:?}");
    assert!(files.iter().all(|f| f.len() == 36 && f.ends_with(".jpg")), "{files:?}");

    let cards = store.cards(&ArticleFilter::default(), 0, 10).unwrap();
    let jane: Vec<_> = cards.iter().filter(|c| c.columnist_name.as_deref() == Some("Jane Doe")).collect();
    assert_eq!(jane.len(), 2);
    for c in &jane {
        let sizes: Vec<(u32, u32)> = c.columnist_photo.iter().map(|v| (v.width, v.height)).collect();
        assert_eq!(sizes, [(96, 96), (192, 192)]);
        assert!(c.columnist_photo.iter().all(|v| files.contains(&v.file)));
    }
    let with_lead = jane.iter().find(|c| c.title.as_deref() == Some("Column 1")).unwrap();
    assert_eq!(with_lead.lead_image.iter().map(|v| v.width).collect::<Vec<_>>(), [720, 1440]);
    let joe = cards.iter().find(|c| c.columnist_name.as_deref() == Some("Joe Bloggs")).unwrap();
    assert!(joe.columnist_photo.is_empty());
    let face = store.image(&photo, ImagePurpose::Face).unwrap().unwrap();
    assert_eq!((face.source_size, face.etag.as_deref()), (Some((400, 500)), Some("\"jane-1\"")));
    assert!(face.publication_id.is_some());
    assert_eq!(store.stats().unwrap().images, 2);
}
