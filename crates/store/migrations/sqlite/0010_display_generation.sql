-- A number that moves whenever something the pages show changes without an article changing
-- (issue 13): a columnist's photo chosen, offered or removed, an image processed anew. A running
-- `serve` polls it (`Store::display_generation`) and drops its cached pages when it moves. The
-- articles' change order (`updated_us`) stays about content, so feeds, sitemaps, the search index
-- and the stories stage do not take a new photo for an edit of every column its columnist wrote.
CREATE TABLE display_generation (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    n   INTEGER NOT NULL
) STRICT;
INSERT INTO display_generation (id, n) VALUES (1, 0);
