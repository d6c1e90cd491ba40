package nl.nsp.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@link SpatialDialect} for PostgreSQL with PostGIS: geometry travels as (E)WKB, spatial indexes are GIST.
 * Municipality and region outlines are stored as {@code MultiPolygon} (one geometry type per column, as QGIS
 * likes it) and read back as a Polygon when they have one part.
 */
final class PostgisDialect implements SpatialDialect {
    @Override
    public String migrationLocation() {
        return "classpath:db/postgis/migration";
    }

    @Override
    public void initialise(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pg_extension WHERE extname = 'postgis'");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return;
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        } catch (SQLException e) {
            throw new StoreException("the database " + connection.getCatalog() + " has no PostGIS extension and this "
                    + "account may not create it: run CREATE EXTENSION postgis; in it as a superuser (" + e.getMessage()
                    + ")", e);
        }
    }

    @Override
    public String geometryFromEwkb() {
        return "ST_GeomFromEWKB(?)";
    }

    @Override
    public String geometryToWkb(String column) {
        return "ST_AsBinary(" + column + ")";
    }

    @Override
    public String areaFromEwkb() {
        return "ST_Multi(ST_GeomFromEWKB(?))";
    }

    @Override
    public String areaToWkb(String column) {
        return "ST_AsBinary(CASE WHEN ST_NumGeometries(" + column + ") = 1 THEN ST_GeometryN(" + column + ", 1) ELSE "
                + column + " END)";
    }

    @Override
    public String envelopeIntersects(String column) {
        return column + " && ST_MakeEnvelope(?, ?, ?, ?, " + SRID + ")";
    }

    @Override
    public String intersects(String pointColumn, String areaColumn) {
        return "ST_Intersects(" + areaColumn + ", " + pointColumn + ")";
    }

    @Override
    public String tableWithSpatialIndex(String table, String alias) {
        // PostgreSQL's planner picks the GIST index itself when the && condition is selective
        return table + " " + alias;
    }
}
