-- 0002: per-day view/like counters for the web front end, and the indexes the
-- read paths need (newest first, per publication, per columnist, the feed
-- schedule, the fetch log by time).

CREATE TABLE counters (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    day         INTEGER NOT NULL,  -- days since 1970-01-01 (UTC)
    views       INTEGER NOT NULL DEFAULT 0,
    likes       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, day)
) STRICT, WITHOUT ROWID;

CREATE INDEX articles_published ON articles(published_us DESC);
CREATE INDEX articles_publication ON articles(publication_id, published_us DESC);
CREATE INDEX articles_columnist ON articles(columnist_id, published_us DESC) WHERE columnist_id IS NOT NULL;
CREATE INDEX feeds_next_fetch ON feeds(next_fetch_us);
CREATE INDEX fetch_log_at ON fetch_log(at_us);
