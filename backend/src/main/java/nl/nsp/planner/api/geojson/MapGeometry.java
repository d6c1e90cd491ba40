package nl.nsp.planner.api.geojson;

import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Turns RD geometry into map-ready GeoJSON: simplified in RD metres with JTS's topology-preserving
 * simplifier (no self-intersections, holes kept), projected to WGS84, coordinates rounded to 6 decimals
 * (about 0.1 m).
 */
public final class MapGeometry {
    private MapGeometry() {
    }

    /**
     * GeoJSON for an RD polygon or multipolygon (or point).
     *
     * @param toleranceMetres simplification distance; 0 keeps every vertex
     * @throws IllegalArgumentException for geometry types other than (multi)polygon and point
     */
    public static GeoJsonGeometry toGeoJson(Geometry rd, double toleranceMetres) {
        Geometry simple = toleranceMetres > 0 ? TopologyPreservingSimplifier.simplify(rd, toleranceMetres) : rd;
        Geometry wgs = RdProjection.toWgs84(simple);
        if (wgs instanceof Polygon p) {
            return new GeoJsonGeometry("Polygon", polygon(p));
        }
        if (wgs instanceof MultiPolygon mp) {
            double[][][][] parts = new double[mp.getNumGeometries()][][][];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = polygon((Polygon) mp.getGeometryN(i));
            }
            return new GeoJsonGeometry("MultiPolygon", parts);
        }
        if (wgs instanceof Point pt) {
            return new GeoJsonGeometry("Point", position(pt.getCoordinate()));
        }
        throw new IllegalArgumentException("cannot draw a " + rd.getGeometryType() + " as an area");
    }

    /** GeoJSON point for RD coordinates. */
    public static GeoJsonGeometry point(double x, double y) {
        LatLon p = RdProjection.toWgs84(new RdPoint(x, y));
        return new GeoJsonGeometry("Point", new double[] {round(p.lon()), round(p.lat())});
    }

    /** The WGS84 box of an RD geometry's envelope. */
    public static WgsBox boxOf(Geometry rd) {
        org.locationtech.jts.geom.Envelope e = rd.getEnvelopeInternal();
        return WgsBox.of(new nl.nsp.planner.store.RdEnvelope(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
    }

    static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static double[][][] polygon(Polygon p) {
        double[][][] rings = new double[1 + p.getNumInteriorRing()][][];
        rings[0] = ring(p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings[i + 1] = ring(p.getInteriorRingN(i));
        }
        return rings;
    }

    private static double[][] ring(LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        double[][] out = new double[cs.length][];
        for (int i = 0; i < cs.length; i++) {
            out[i] = position(cs[i]);
        }
        return out;
    }

    private static double[] position(Coordinate c) {
        return new double[] {round(c.x), round(c.y)};
    }
}
