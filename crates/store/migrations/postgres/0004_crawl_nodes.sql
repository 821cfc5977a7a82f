-- 0004: several crawl nodes on one database (issue 12, second part).
--
-- A host's turn names the node that holds it and which of that node's turns it is, so a node
-- releasing a turn late never frees a newer one. `article_claims` keeps two nodes from fetching
-- one article at once: a node claims a URL key before fetching it (INSERT … ON CONFLICT DO
-- NOTHING, or over an expired claim), renews its claims with its feed leases and deletes them when
-- its source is done, so a killed node's claims lapse with its leases.
ALTER TABLE hosts ADD COLUMN in_flight_turn BIGINT;

CREATE TABLE article_claims (
    url_key   TEXT   PRIMARY KEY,
    owner     TEXT   NOT NULL,
    until_us  BIGINT NOT NULL
);
CREATE INDEX article_claims_owner ON article_claims(owner);

-- Leases are renewed and released by owner.
CREATE INDEX feeds_lease_owner ON feeds(lease_owner) WHERE lease_owner IS NOT NULL;
