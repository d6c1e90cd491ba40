-- Kept in step with the H2GIS migrations, which drop the spatial index of scenario_site (H2's R-tree does not survive
-- a killed process). PostGIS keeps its GIST index: the write-ahead log makes it crash-safe. A no-op here.
COMMENT ON TABLE scenario_site IS 'One row per site of a saved scenario (table scenario), with its roles; geom in EPSG:28992';
