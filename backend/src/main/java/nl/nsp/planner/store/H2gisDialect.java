package nl.nsp.planner.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2gis.functions.factory.H2GISFunctions;

/** {@link SpatialDialect} for H2 with the H2GIS functions; spatial indexes are H2's native R-trees. */
final class H2gisDialect implements SpatialDialect {
    @Override
    public String migrationLocation() {
        return "classpath:db/h2gis/migration";
    }

    @Override
    public void initialise(Connection connection) throws SQLException {
        // H2GIS registers its functions as persistent aliases: load them once per database file
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = 'ST_MAKEENVELOPE'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getInt(1) == 0) {
                H2GISFunctions.load(connection);
            }
        }
    }

    @Override
    public String geometryFromEwkb() {
        // H2 converts EWKB to its native GEOMETRY itself: no function call per row
        return "CAST(? AS GEOMETRY)";
    }

    @Override
    public String geometryToWkb(String column) {
        // H2 hands out its native geometry as EWKB, which JTS reads
        return column;
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
        return table + " " + alias + " USE INDEX (" + table + "_geom)";
    }
}
