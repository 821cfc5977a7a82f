-- 0001: the core tables. Times are integers: UTC microseconds (`*_us`), plus the
-- offset in seconds the source printed (`*_offset`) where a page gave one.
-- STRICT tables make SQLite enforce the declared column types.

CREATE TABLE publications (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    homepage    TEXT    NOT NULL UNIQUE,
    country     TEXT,
    language    TEXT,
    created_us  INTEGER NOT NULL
) STRICT;

CREATE TABLE feeds (
    id              INTEGER PRIMARY KEY,
    publication_id  INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
    url             TEXT    NOT NULL UNIQUE,
    kind            TEXT    NOT NULL,  -- rss | atom | json | sitemap | listing | unknown
    etag            TEXT,
    last_modified   TEXT,
    last_fetch_us   INTEGER,
    next_fetch_us   INTEGER,
    interval_secs   INTEGER NOT NULL DEFAULT 0,
    failures        INTEGER NOT NULL DEFAULT 0,
    last_status     INTEGER,
    last_error      TEXT,
    items_seen      INTEGER NOT NULL DEFAULT 0,
    new_items_seen  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX feeds_publication ON feeds(publication_id);

CREATE TABLE columnists (
    id              INTEGER PRIMARY KEY,
    publication_id  INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
    name            TEXT    NOT NULL,
    page_url        TEXT,
    photo_url       TEXT,
    UNIQUE (publication_id, name)
) STRICT;

CREATE TABLE articles (
    id                INTEGER PRIMARY KEY,
    publication_id    INTEGER NOT NULL REFERENCES publications(id) ON DELETE CASCADE,
    columnist_id      INTEGER REFERENCES columnists(id) ON DELETE SET NULL,
    url               TEXT    NOT NULL UNIQUE,  -- canonical URL
    url_key           TEXT    NOT NULL UNIQUE,  -- dedup key it was first stored under
    title             TEXT,
    description       TEXT,
    authors           TEXT    NOT NULL DEFAULT '[]',  -- JSON array of names
    byline            TEXT,
    published_us      INTEGER,
    published_offset  INTEGER,
    modified_us       INTEGER,
    modified_offset   INTEGER,
    site_name         TEXT,
    lang              TEXT,
    image             TEXT,
    section           TEXT,
    kind              TEXT    NOT NULL,  -- opinion | news | other
    text              TEXT    NOT NULL,
    html              TEXT    NOT NULL,
    excerpt           TEXT    NOT NULL,
    word_count        INTEGER NOT NULL,
    confidence        REAL    NOT NULL,
    content_hash      INTEGER NOT NULL,  -- xxh3-64 of title + "\n" + text, as i64
    first_seen_us     INTEGER NOT NULL,
    updated_us        INTEGER NOT NULL
) STRICT;

-- Every dedup key an article was seen under: feed link, redirect target, canonical.
CREATE TABLE article_urls (
    url_key     TEXT    PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX article_urls_article ON article_urls(article_id);

-- The page an article was extracted from; body compressed with zstd (level 3).
CREATE TABLE raw_pages (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    url         TEXT    NOT NULL,
    status      INTEGER NOT NULL,
    headers     TEXT    NOT NULL,  -- JSON array of [name, value] pairs
    body        BLOB    NOT NULL,
    fetched_us  INTEGER NOT NULL
) STRICT;

CREATE TABLE fetch_log (
    id           INTEGER PRIMARY KEY,
    url          TEXT    NOT NULL,
    host         TEXT    NOT NULL,
    status       INTEGER,
    bytes        INTEGER NOT NULL,
    duration_ms  INTEGER NOT NULL,
    outcome      TEXT    NOT NULL,
    error        TEXT,
    at_us        INTEGER NOT NULL
) STRICT;
