-- 0005: several serve nodes count a visitor once, whichever node answers (issue 12, third part).
--
-- Every node takes the day's salt from `visitor_salts` (0001), so one visitor gets one key on
-- every node. A node's flush inserts the keys it counted into `visitor_keys` (ON CONFLICT DO
-- NOTHING) and adds to `counters` only the keys that were new there, in one transaction: a key
-- another node already counted adds nothing. Keys are 64-bit hashes under the salt; the salt of
-- a past day is deleted when the next day's is made, so old keys can no longer be tied to anyone.
CREATE TABLE visitor_keys (
    day  BIGINT NOT NULL,  -- days since 1970-01-01 (UTC)
    key  BIGINT NOT NULL,
    PRIMARY KEY (day, key)
);

-- When a counter last changed (the database's clock), so each serve node can refresh the totals
-- it shows from what the other nodes flushed.
ALTER TABLE counters ADD COLUMN changed_us BIGINT NOT NULL DEFAULT 0;
CREATE INDEX counters_changed ON counters(changed_us);
