-- What the crawl knew about a page besides its bytes: the feed item's fields and the operator's
-- declarations, as JSON written by colonnade-ingest (opaque to the store). Re-extraction reads it so
-- that a crawl and a re-extraction of the same page give the same article. NULL for pages stored
-- before this migration.
ALTER TABLE raw_pages ADD COLUMN evidence TEXT;
