-- The organisations a byline credits (agencies, desks: "dpa", "Associated Press"), as a JSON list;
-- people stay in `authors`.
ALTER TABLE articles ADD COLUMN credits TEXT NOT NULL DEFAULT '[]';
