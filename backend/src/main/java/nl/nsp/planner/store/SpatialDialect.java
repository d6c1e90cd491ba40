package nl.nsp.planner.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The SQL that differs between spatial databases (H2GIS, PostGIS): everything else in the JDBC store is
 * plain SQL. All geometry is RD New, {@link #SRID}.
 */
public interface SpatialDialect {
    /** EPSG code of every geometry column. */
    int SRID = 28992;

    /** Flyway location of the schema migrations, e.g. {@code classpath:db/h2gis/migration}. */
    String migrationLocation();

    /** Makes the database's spatial functions available on a fresh or existing database. */
    void initialise(Connection connection) throws SQLException;

    /** SQL expression for a geometry from one parameter ({@code ?}) bound to EWKB bytes with SRID {@link #SRID}. */
    String geometryFromEwkb();

    /** SQL expression turning a geometry column into WKB. */
    String geometryToWkb(String column);

    /**
     * Like {@link #geometryFromEwkb()} for the (multi)polygon columns of municipalities and regions; a dialect may
     * store them as MultiPolygon, as long as {@link #areaToWkb(String)} gives back the same polygons (a Polygon comes
     * back as a Polygon; a MultiPolygon of one part may come back as that Polygon).
     */
    default String areaFromEwkb() {
        return geometryFromEwkb();
    }

    /** Like {@link #geometryToWkb(String)} for a column written with {@link #areaFromEwkb()}. */
    default String areaToWkb(String column) {
        return geometryToWkb(column);
    }

    /**
     * Predicate that is true when the envelope of {@code column} meets the box given by four parameters
     * ({@code ?, ?, ?, ?}: minX, minY, maxX, maxY), answered from the spatial index.
     */
    String envelopeIntersects(String column);

    /** Predicate that is true when the geometry {@code pointColumn} lies inside or on {@code areaColumn}. */
    String intersects(String pointColumn, String areaColumn);

    /** Table reference that makes the planner use the spatial index of {@code table}, e.g. an index hint. */
    String tableWithSpatialIndex(String table, String alias);
}
