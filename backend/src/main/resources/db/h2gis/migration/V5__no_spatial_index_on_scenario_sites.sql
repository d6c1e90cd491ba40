-- H2's R-tree (the spatial index) does not survive the server process being killed while it is written: killed in the
-- middle of scenario saves, a store with this index could often not be opened again ("Unable to read the page ...
-- ValueDataType cannot be cast to SpatialDataType": 16 of 20 trials; without the index none of 32). Scenario sites are
-- read per scenario, never by area, so the embedded store drops it; PostGIS keeps its GIST index (its WAL protects it).
DROP INDEX IF EXISTS scenario_site_geom;
