package nl.nsp.planner.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Converts between RD New (EPSG:28992) and WGS84 with proj4j's EPSG definition, which uses the standard
 * 7-parameter datum shift (accuracy about 0.3 m; the official RDNAPTRANS grid would be exact, but a
 * third of a metre is far below what walking-distance analysis can resolve).
 *
 * <p>Thread-safe: proj4j transforms keep scratch state, so each thread gets its own pair.
 */
public final class RdProjection {
    private static final ThreadLocal<CoordinateTransform[]> TRANSFORMS = ThreadLocal.withInitial(() -> {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem rd = crs.createFromName("EPSG:28992");
        CoordinateReferenceSystem wgs = crs.createFromName("EPSG:4326");
        CoordinateTransformFactory f = new CoordinateTransformFactory();
        return new CoordinateTransform[] {f.createTransform(rd, wgs), f.createTransform(wgs, rd)};
    });

    private RdProjection() {
    }

    /** RD metres to WGS84 degrees. */
    public static LatLon toWgs84(RdPoint p) {
        ProjCoordinate out = new ProjCoordinate();
        TRANSFORMS.get()[0].transform(new ProjCoordinate(p.x(), p.y()), out);
        return new LatLon(out.y, out.x);
    }

    /** WGS84 degrees to RD metres. */
    public static RdPoint toRd(LatLon p) {
        ProjCoordinate out = new ProjCoordinate();
        TRANSFORMS.get()[1].transform(new ProjCoordinate(p.lon(), p.lat()), out);
        return new RdPoint(out.x, out.y);
    }

    /**
     * Returns a copy of an RD geometry in WGS84, with x = longitude and y = latitude (GeoJSON order).
     */
    public static Geometry toWgs84(Geometry rd) {
        return transform(rd, TRANSFORMS.get()[0]);
    }

    /** Returns a copy of a WGS84 geometry (x = longitude) in RD metres. */
    public static Geometry toRd(Geometry wgs84) {
        return transform(wgs84, TRANSFORMS.get()[1]);
    }

    private static Geometry transform(Geometry g, CoordinateTransform t) {
        Geometry copy = g.copy();
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                t.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.setSRID(0);
        return copy;
    }
}
