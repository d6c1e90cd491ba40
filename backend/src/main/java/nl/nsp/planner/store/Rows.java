package nl.nsp.planner.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SiteKind;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Conversions between table rows and domain records, shared by the reader and writer of the store. */
final class Rows {
    static final String CANDIDATE_COLUMNS = "c.id, c.name, c.address, c.x, c.y, c.municipality_code, c.kind, "
            + "c.accessibility, c.building_use, c.attributes";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> STRING_MAP = new TypeReference<>() {
    };
    private static final GeometryFactory RD = new GeometryFactory(new PrecisionModel(), SpatialDialect.SRID);

    private Rows() {
    }

    static CandidateSite candidate(ResultSet rs) throws SQLException {
        return new CandidateSite(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5),
                rs.getString(6), SiteKind.valueOf(rs.getString(7)), Accessibility.valueOf(rs.getString(8)),
                rs.getString(9), attributesFromJson(rs.getString(10)));
    }

    /** Reads a municipality from columns code, name, region_code, inhabitants, urbanity_class, WKB. */
    static Municipality municipality(ResultSet rs) throws SQLException {
        return new Municipality(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5),
                geometry(rs.getBytes(6)));
    }

    static Geometry geometry(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            Geometry g = new WKBReader(RD).read(wkb);
            g.setSRID(SpatialDialect.SRID);
            return g;
        } catch (ParseException e) {
            throw new IllegalStateException("stored geometry is not valid WKB: " + e.getMessage(), e);
        }
    }

    /** EWKB (with SRID 28992) of a geometry. */
    static byte[] ewkb(Geometry g) {
        Geometry copy = g.getSRID() == SpatialDialect.SRID ? g : g.copy();
        copy.setSRID(SpatialDialect.SRID);
        return new WKBWriter(2, true).write(copy);
    }

    /** The envelope as a geometry (a point or line when it is degenerate). */
    static Geometry envelope(org.locationtech.jts.geom.Envelope e) {
        return RD.toGeometry(e);
    }

    /** EWKB (with SRID 28992) of a point. */
    static byte[] ewkbPoint(double x, double y) {
        return ewkb(RD.createPoint(new org.locationtech.jts.geom.Coordinate(x, y)));
    }

    static String attributesToJson(Map<String, String> attributes) {
        return JSON.writeValueAsString(new TreeMap<>(attributes));
    }

    static Map<String, String> attributesFromJson(String json) {
        return JSON.readValue(json, STRING_MAP);
    }
}
