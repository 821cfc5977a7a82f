-- 0008: stories (issue 11). Each article's place as the stories stage last saw it: its story
-- (story ids are article ids: the story's first article) and, for a syndicated copy, the
-- original it copies. `byline` is the person a copy names when this article names none (an
-- agency or desk byline); `byline_note` records the disagreement. Kept apart from `articles`,
-- whose large columns stay last (0007).
CREATE TABLE article_stories (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id     INTEGER NOT NULL,
    copy_of      INTEGER,
    byline       TEXT,
    byline_note  TEXT
) STRICT;
CREATE INDEX article_stories_story ON article_stories(story_id);
CREATE INDEX article_stories_copy_of ON article_stories(copy_of) WHERE copy_of IS NOT NULL;

-- The operator's decisions (`colonnade stories merge|split`), which every rebuild obeys.
CREATE TABLE story_constraints (
    a     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    link  TEXT    NOT NULL CHECK (link IN ('must', 'cannot')),
    PRIMARY KEY (a, b)
) STRICT, WITHOUT ROWID;

-- Where the stories stage stopped in `changed_since` order; one row.
CREATE TABLE story_cursor (
    one         INTEGER PRIMARY KEY CHECK (one = 1),
    updated_us  INTEGER NOT NULL,
    article_id  INTEGER NOT NULL
) STRICT;
