package nl.nsp.planner.geo;

/**
 * Plausibility checks for coordinates in the European Netherlands, used to detect a wrong or missing
 * CRS in input files (for example WGS84 degrees in a file that claims RD, or swapped axes).
 *
 * <p>The boxes are the RD New validity area and its WGS84 equivalent with a small margin, so every
 * Dutch municipality, the Wadden islands and the territorial coastal water fall inside.
 */
public final class DutchExtent {
    /** RD New easting range in metres. */
    public static final double RD_MIN_X = -7_000, RD_MAX_X = 300_000;
    /** RD New northing range in metres. */
    public static final double RD_MIN_Y = 289_000, RD_MAX_Y = 629_000;
    /** WGS84 range in degrees. */
    public static final double MIN_LON = 3.2, MAX_LON = 7.3, MIN_LAT = 50.7, MAX_LAT = 53.7;

    private DutchExtent() {
    }

    /** True when (x, y) lies in the RD New area of the Netherlands. */
    public static boolean isPlausibleRd(double x, double y) {
        return RD_MIN_X <= x && x <= RD_MAX_X && RD_MIN_Y <= y && y <= RD_MAX_Y;
    }

    /** True when (lon, lat) lies in the Netherlands in WGS84 degrees. */
    public static boolean isPlausibleWgs84(double lon, double lat) {
        return MIN_LON <= lon && lon <= MAX_LON && MIN_LAT <= lat && lat <= MAX_LAT;
    }
}
