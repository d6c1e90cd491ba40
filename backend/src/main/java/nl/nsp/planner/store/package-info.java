/**
 * Persistence adapter: keeps the imported layers (municipalities, safety regions, demand layers, candidate
 * sites) and the last import report in a spatial database, behind {@link nl.nsp.planner.store.PlannerStore}.
 * The default is an embedded H2GIS file database ({@link nl.nsp.planner.store.H2gisStore}); database
 * differences live in {@link nl.nsp.planner.store.SpatialDialect}; {@link nl.nsp.planner.store.PostgisStore} keeps
 * the same tables in a PostgreSQL + PostGIS database (selected by a {@code postgis://} store location).
 *
 * <p>Adapter: depends on the core ({@code domain}, {@code geo}, {@code ingest} records), JDBC, HikariCP and JTS; the
 * core never imports it. Geometry is stored in RD New (EPSG:28992) with spatial indexes.
 */
package nl.nsp.planner.store;
