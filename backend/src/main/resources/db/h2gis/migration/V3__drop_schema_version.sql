-- Kept in step with the PostGIS migrations (whose stores had a hand-made schema_version table); a no-op here.
DROP TABLE IF EXISTS schema_version;
