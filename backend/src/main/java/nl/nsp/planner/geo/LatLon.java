package nl.nsp.planner.geo;

/**
 * A WGS84 position in decimal degrees.
 *
 * @param lat latitude, -90..90
 * @param lon longitude, -180..180
 */
public record LatLon(double lat, double lon) {
    public LatLon {
        if (!(-90 <= lat && lat <= 90) || !(-180 <= lon && lon <= 180)) {
            throw new IllegalArgumentException("not a WGS84 position: lat " + lat + ", lon " + lon);
        }
    }
}
