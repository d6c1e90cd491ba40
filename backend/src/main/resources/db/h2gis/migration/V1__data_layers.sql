-- nsp-planner embedded store (H2GIS). Geometry in RD New, EPSG:28992. Version 1 of the Flyway migrations:
-- a schema change is a new V<n>__*.sql file.
CREATE TABLE IF NOT EXISTS nsp_meta (
    id                       INT PRIMARY KEY CHECK (id = 1),
    schema_version           INT NOT NULL,
    data_version             BIGINT NOT NULL,
    imported_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    municipalities           BIGINT NOT NULL,
    regions                  BIGINT NOT NULL,
    inhabitants_total        BIGINT NOT NULL,
    demand_points            BIGINT NOT NULL,
    demand_inhabitants_total DOUBLE PRECISION NOT NULL,
    candidates               BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS import_file (
    seq         INT PRIMARY KEY,
    file        VARCHAR NOT NULL,
    layer       VARCHAR NOT NULL,
    format      VARCHAR NOT NULL,
    accepted    BIGINT NOT NULL,
    rejected    BIGINT NOT NULL,
    inhabitants DOUBLE PRECISION NOT NULL
);

CREATE TABLE IF NOT EXISTS import_rejected (
    seq    INT PRIMARY KEY,
    file   VARCHAR NOT NULL,
    line   BIGINT NOT NULL,
    field  VARCHAR NOT NULL,
    reason VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS import_note (
    seq    INT PRIMARY KEY,
    file   VARCHAR NOT NULL,
    line   BIGINT NOT NULL,
    field  VARCHAR NOT NULL,
    reason VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS safety_region (
    code VARCHAR(8) PRIMARY KEY,
    seq  INT NOT NULL,
    name VARCHAR NOT NULL,
    geom GEOMETRY(GEOMETRY, 28992)
);

CREATE TABLE IF NOT EXISTS region_member (
    region_code       VARCHAR(8) NOT NULL,
    seq               INT NOT NULL,
    municipality_code VARCHAR(8) NOT NULL,
    PRIMARY KEY (region_code, seq)
);

CREATE TABLE IF NOT EXISTS municipality (
    code           VARCHAR(8) PRIMARY KEY,
    seq            INT NOT NULL,
    name           VARCHAR NOT NULL,
    region_code    VARCHAR(8) NOT NULL,
    inhabitants    BIGINT NOT NULL,
    urbanity_class INT NOT NULL,
    geom           GEOMETRY(GEOMETRY, 28992) NOT NULL
);
CREATE INDEX IF NOT EXISTS municipality_region ON municipality (region_code);
CREATE SPATIAL INDEX IF NOT EXISTS municipality_geom ON municipality (geom);

CREATE TABLE IF NOT EXISTS demand_layer (
    name             VARCHAR PRIMARY KEY,
    seq              INT NOT NULL,
    description      VARCHAR NOT NULL,
    points           BIGINT NOT NULL,
    inhabitants      DOUBLE PRECISION NOT NULL,
    known_65plus     BIGINT NOT NULL,
    cell_size_metres INT NOT NULL
);

-- Demand points are stored in blocks: one row per layer, municipality and 5 km tile, holding the points packed
-- (see DemandBlocks). A national layer has about a million points; one row each would make an import take minutes.
-- geom is the envelope of the block's points, so a bbox query finds its blocks through the spatial index.
CREATE TABLE IF NOT EXISTS demand_block (
    layer             VARCHAR NOT NULL,
    block             INT NOT NULL,
    municipality_code VARCHAR(8) NOT NULL,
    points            INT NOT NULL,
    geom              GEOMETRY(GEOMETRY, 28992) NOT NULL,
    data              VARBINARY NOT NULL,
    PRIMARY KEY (layer, block)
);
CREATE INDEX IF NOT EXISTS demand_block_municipality ON demand_block (layer, municipality_code);
CREATE SPATIAL INDEX IF NOT EXISTS demand_block_geom ON demand_block (geom);

CREATE TABLE IF NOT EXISTS candidate_site (
    seq               INT PRIMARY KEY,
    id                VARCHAR NOT NULL UNIQUE,
    name              VARCHAR NOT NULL,
    address           VARCHAR NOT NULL,
    x                 DOUBLE PRECISION NOT NULL,
    y                 DOUBLE PRECISION NOT NULL,
    municipality_code VARCHAR(8) NOT NULL,
    kind              VARCHAR NOT NULL,
    accessibility     VARCHAR NOT NULL,
    building_use      VARCHAR NOT NULL,
    attributes        VARCHAR NOT NULL,
    geom              GEOMETRY(POINT, 28992) NOT NULL
);
CREATE INDEX IF NOT EXISTS candidate_site_municipality ON candidate_site (municipality_code);
CREATE SPATIAL INDEX IF NOT EXISTS candidate_site_geom ON candidate_site (geom);
