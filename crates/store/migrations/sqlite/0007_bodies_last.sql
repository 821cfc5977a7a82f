-- The text and the cleaned HTML move to the end of each article row. SQLite stores a row's
-- columns in order and keeps what does not fit in the page in a chain of overflow pages, so
-- any column after a 5–10 KB body was reached only by reading the body's overflow pages:
-- every card of a listing, a search page or a feed read two bodies it did not show. Added
-- columns go last; the old ones are dropped (which rewrites the table once).
ALTER TABLE articles ADD COLUMN body_text TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN body_html TEXT NOT NULL DEFAULT '';
UPDATE articles SET body_text = text, body_html = html;
ALTER TABLE articles DROP COLUMN text;
ALTER TABLE articles DROP COLUMN html;
ALTER TABLE articles RENAME COLUMN body_text TO text;
ALTER TABLE articles RENAME COLUMN body_html TO html;
