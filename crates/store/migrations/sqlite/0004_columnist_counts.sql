-- 0004: counts from indexes alone: columnists' article and opinion counts (the columnist directory
-- counts every columnist's articles; without this it reads every article row).
CREATE INDEX articles_columnist_kind ON articles(columnist_id, kind) WHERE columnist_id IS NOT NULL;
-- Counting a country's or a publication's columns of one kind: a range per publication.
CREATE INDEX articles_publication_kind ON articles(publication_id, kind);
