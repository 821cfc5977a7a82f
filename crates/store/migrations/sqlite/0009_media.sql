-- Columnist photos and lead images (issue 13). One row per source image and purpose; the
-- processed files live content-addressed under <data>/media/ and `variants` lists them (JSON:
-- file, mime, width, height, bytes, smallest first). A refused or failed fetch is a row too, with
-- its error and the next try, so an image URL is fetched once, not once per page naming it.
-- (Numbered 0009: 0008 belongs to a parallel branch.)
CREATE TABLE images (
    id              INTEGER PRIMARY KEY,
    url             TEXT    NOT NULL,
    purpose         TEXT    NOT NULL CHECK (purpose IN ('face', 'lead')),
    publication_id  INTEGER REFERENCES publications(id) ON DELETE SET NULL,
    etag            TEXT,
    last_modified   TEXT,
    fetched_us      INTEGER NOT NULL,
    next_fetch_us   INTEGER NOT NULL,
    failures        INTEGER NOT NULL DEFAULT 0,
    error           TEXT,
    source_width    INTEGER,
    source_height   INTEGER,
    variants        TEXT    NOT NULL DEFAULT '[]',
    UNIQUE (url, purpose)
) STRICT;

-- The columnist's chosen photo; `photo_chosen` = 1 when the operator chose it (or chose none), so
-- the crawl leaves it alone.
ALTER TABLE columnists ADD COLUMN photo_image_id INTEGER REFERENCES images(id) ON DELETE SET NULL;
ALTER TABLE columnists ADD COLUMN photo_chosen INTEGER NOT NULL DEFAULT 0;
