-- Scenarios: a planner's saved NSPs and CPs for one safety region, with the norms and the data version they were
-- made on. version is the optimistic lock: every change names the version it read and increases it by one.
CREATE TABLE scenario (
    id                  VARCHAR(36) PRIMARY KEY,
    version             BIGINT NOT NULL,
    name                VARCHAR(200) NOT NULL,
    description         VARCHAR(4000) NOT NULL,
    author              VARCHAR(200) NOT NULL,
    region_code         VARCHAR(8) NOT NULL,
    demand_layer        VARCHAR(200) NOT NULL,
    radius_m            DOUBLE PRECISION NOT NULL,
    radius65_m          DOUBLE PRECISION NOT NULL,
    urbanity_radius_m   VARCHAR(200) NOT NULL,
    link_range_m        DOUBLE PRECISION NOT NULL,
    max_nsp_per_cp      INT NOT NULL,
    inhabitants_per_nsp DOUBLE PRECISION NOT NULL,
    data_version        BIGINT NOT NULL,
    published           BOOLEAN NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX scenario_region ON scenario (region_code);

-- One row per site of a scenario with its roles; name, address and position are copied at saving, so the rows
-- can be mapped in a GIS without the candidate table.
CREATE TABLE scenario_site (
    scenario_id       VARCHAR(36) NOT NULL,
    seq               INT NOT NULL,
    site_id           VARCHAR(100) NOT NULL,
    name              VARCHAR NOT NULL,
    address           VARCHAR NOT NULL,
    municipality_code VARCHAR(8) NOT NULL,
    is_own            BOOLEAN NOT NULL,
    is_nsp            BOOLEAN NOT NULL,
    is_cp             BOOLEAN NOT NULL,
    is_fixed          BOOLEAN NOT NULL,
    is_excluded       BOOLEAN NOT NULL,
    x                 DOUBLE PRECISION NOT NULL,
    y                 DOUBLE PRECISION NOT NULL,
    geom              GEOMETRY(POINT, 28992) NOT NULL,
    PRIMARY KEY (scenario_id, seq),
    CONSTRAINT scenario_site_unique UNIQUE (scenario_id, site_id),
    CONSTRAINT scenario_site_scenario FOREIGN KEY (scenario_id) REFERENCES scenario (id) ON DELETE CASCADE
);
CREATE INDEX scenario_site_geom ON scenario_site USING GIST (geom);
-- at most one published scenario per region (the public lookup page shows it)
CREATE UNIQUE INDEX scenario_published_region ON scenario (region_code) WHERE published;
