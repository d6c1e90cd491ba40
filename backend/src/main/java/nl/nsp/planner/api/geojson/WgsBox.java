package nl.nsp.planner.api.geojson;

import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.store.RdEnvelope;

/**
 * A longitude/latitude box, written as GeoJSON writes a bbox: {@code [minLon, minLat, maxLon, maxLat]}.
 */
public record WgsBox(double minLon, double minLat, double maxLon, double maxLat) {
    public WgsBox {
        if (!(-180 <= minLon && minLon <= maxLon && maxLon <= 180 && -90 <= minLat && minLat <= maxLat && maxLat <= 90)) {
            throw new IllegalArgumentException("not a lon/lat box: " + minLon + "," + minLat + "," + maxLon + "," + maxLat);
        }
    }

    /** As {@code [minLon, minLat, maxLon, maxLat]}, rounded to 6 decimals. */
    public double[] toArray() {
        return new double[] {MapGeometry.round(minLon), MapGeometry.round(minLat), MapGeometry.round(maxLon),
                MapGeometry.round(maxLat)};
    }

    /**
     * The smallest WGS84 box holding an RD envelope: RD axes are turned by up to ~2 degrees against the
     * meridians, so the four corners and the edge midpoints are projected.
     */
    public static WgsBox of(RdEnvelope rd) {
        double[] xs = {rd.minX(), (rd.minX() + rd.maxX()) / 2, rd.maxX()};
        double[] ys = {rd.minY(), (rd.minY() + rd.maxY()) / 2, rd.maxY()};
        double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
        for (double x : xs) {
            for (double y : ys) {
                LatLon p = RdProjection.toWgs84(new RdPoint(x, y));
                minLon = Math.min(minLon, p.lon());
                maxLon = Math.max(maxLon, p.lon());
                minLat = Math.min(minLat, p.lat());
                maxLat = Math.max(maxLat, p.lat());
            }
        }
        return new WgsBox(minLon, minLat, maxLon, maxLat);
    }

    /** The smallest RD envelope holding this box (corners and edge midpoints projected). */
    public RdEnvelope toRd() {
        double[] lons = {minLon, (minLon + maxLon) / 2, maxLon};
        double[] lats = {minLat, (minLat + maxLat) / 2, maxLat};
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (double lon : lons) {
            for (double lat : lats) {
                RdPoint p = RdProjection.toRd(new LatLon(lat, lon));
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
        }
        return new RdEnvelope(minX, minY, maxX, maxY);
    }

    /** True when the position lies in the box (edges included). */
    public boolean contains(double lon, double lat) {
        return minLon <= lon && lon <= maxLon && minLat <= lat && lat <= maxLat;
    }
}
