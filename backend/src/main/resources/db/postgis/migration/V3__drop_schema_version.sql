-- The hand-made schema_version table of stores from before the Flyway migrations; flyway_schema_history replaces it.
DROP TABLE IF EXISTS schema_version;
