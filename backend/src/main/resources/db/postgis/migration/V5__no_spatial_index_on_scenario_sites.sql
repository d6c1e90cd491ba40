-- Kept in step with the H2GIS migrations, which drop the spatial index of scenario_site (H2's R-tree does not survive
-- a killed process). PostGIS keeps its GIST index: the write-ahead log makes it crash-safe. A no-op here.
SELECT 1;
