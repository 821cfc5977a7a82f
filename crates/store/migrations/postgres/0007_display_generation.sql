-- As SQLite's 0010_display_generation.sql: a number that moves whenever something the pages show
-- changes without an article changing (a columnist's photo, an image processed anew), which every
-- `serve` node polls to drop its cached pages.
CREATE TABLE display_generation (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    n   BIGINT  NOT NULL
);
INSERT INTO display_generation (id, n) VALUES (1, 0);
