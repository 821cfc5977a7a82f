-- 0003: indexes for the public site's listings. Listings sort by the publication date, or the
-- date the article was first seen when the page gave none; the expression below is the one the
-- queries use, so SQLite can walk these indexes newest first and stop after a page.

DROP INDEX IF EXISTS articles_published;
DROP INDEX IF EXISTS articles_publication;
DROP INDEX IF EXISTS articles_columnist;

CREATE INDEX articles_latest ON articles(coalesce(published_us, first_seen_us) DESC, id DESC);
CREATE INDEX articles_kind_latest ON articles(kind, coalesce(published_us, first_seen_us) DESC, id DESC);
CREATE INDEX articles_publication_latest
    ON articles(publication_id, coalesce(published_us, first_seen_us) DESC, id DESC);
CREATE INDEX articles_columnist_latest
    ON articles(columnist_id, coalesce(published_us, first_seen_us) DESC, id DESC) WHERE columnist_id IS NOT NULL;
-- The search indexer reads what changed since its last run.
CREATE INDEX articles_updated ON articles(updated_us, id);
-- Most read: views of recent days.
CREATE INDEX counters_day ON counters(day, article_id);
CREATE INDEX columnists_name ON columnists(name COLLATE NOCASE);
