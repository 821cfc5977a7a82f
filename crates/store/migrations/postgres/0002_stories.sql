-- 0002: stories (issue 11); the same tables as SQLite's 0008_stories.sql.
CREATE TABLE article_stories (
    article_id   BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id     BIGINT NOT NULL,
    copy_of      BIGINT,
    byline       TEXT,
    byline_note  TEXT
);
CREATE INDEX article_stories_story ON article_stories(story_id);
CREATE INDEX article_stories_copy_of ON article_stories(copy_of) WHERE copy_of IS NOT NULL;

CREATE TABLE story_constraints (
    a     BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b     BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    link  TEXT   NOT NULL CHECK (link IN ('must', 'cannot')),
    PRIMARY KEY (a, b)
);

CREATE TABLE story_cursor (
    one         INTEGER PRIMARY KEY CHECK (one = 1),
    updated_us  BIGINT NOT NULL,
    article_id  BIGINT NOT NULL
);
