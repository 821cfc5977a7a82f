-- 0006: robots.txt shared by crawl nodes (issue 12): the outcome of the last fetch of each
-- origin's robots.txt, until it expires (a day; five minutes when the site could not be reached),
-- so one node fetches it and the others read it here.
CREATE TABLE robots (
    origin      TEXT   PRIMARY KEY,            -- scheme://host[:port]
    verdict     TEXT   NOT NULL CHECK (verdict IN ('allow', 'disallow', 'file')),
    body        BYTEA,                         -- the file, for 'file'
    fetched_us  BIGINT NOT NULL,               -- the database's clock
    expires_us  BIGINT NOT NULL
);
