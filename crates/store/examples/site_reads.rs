//! Times the site's store reads on an existing data directory (e.g. the one `colonnade bench
//! serve` fills): `cargo run --release -p colonnade-store --example site_reads -- DIR`.
//! Opening the store applies pending migrations.

use std::time::Instant;

use colonnade_store::{ArticleFilter, Kind, SqliteStore, Store, StoreError};

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> Result<T, StoreError>) -> Result<(), StoreError> {
    f()?; // warm the page cache and the statement cache
    let started = Instant::now();
    for _ in 0..runs {
        f()?;
    }
    let each = started.elapsed().as_secs_f64() * 1000.0 / f64::from(runs);
    println!("{label:<40} {each:>9.3} ms");
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).ok_or("usage: site_reads DATA_DIR")?;
    let store = SqliteStore::open(std::path::Path::new(&dir))?;
    let opinion = ArticleFilter { kind: Some(Kind::Opinion), ..ArticleFilter::default() };
    let country = store.publications()?.into_iter().find_map(|p| p.record.country).unwrap_or_else(|| "GB".into());
    let by_country = ArticleFilter { country: Some(country.clone()), ..opinion.clone() };
    let by_lang = ArticleFilter { language: Some("tr".into()), ..opinion.clone() };
    let columnist = store.cards(&opinion, 0, 1)?.first().and_then(|c| c.columnist_id);
    let by_columnist = ArticleFilter { columnist_id: columnist, ..opinion.clone() };
    let today = jiff::Timestamp::now().as_second() / 86_400;
    time("cards, opinion, page 1", 50, || store.cards(&opinion, 0, 20))?;
    time("cards, opinion, page 200", 20, || store.cards(&opinion, 20 * 199, 20))?;
    time(&format!("cards, country {country}"), 50, || store.cards(&by_country, 0, 20))?;
    time("cards, language tr", 50, || store.cards(&by_lang, 0, 20))?;
    time("cards, one columnist", 50, || store.cards(&by_columnist, 0, 20))?;
    time("count, opinion", 10, || store.count_cards(&opinion))?;
    time(&format!("count, country {country}"), 10, || store.count_cards(&by_country))?;
    time("most read, 7 days", 20, || store.most_read(&opinion, today - 7, 10))?;
    time("columnists, all", 5, || store.columnists(None))?;
    time("columnist, one", 50, || store.columnist(columnist.unwrap_or(1)))?;
    time("publications", 20, || store.publications())?;
    time("article, one", 200, || store.article(1))?;
    Ok(())
}
