package nl.nsp.planner.geo;

/**
 * A position in RD New (EPSG:28992), in metres.
 *
 * @param x easting in metres
 * @param y northing in metres
 */
public record RdPoint(double x, double y) {
    public RdPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("RD coordinates must be finite, got (" + x + ", " + y + ")");
        }
    }

    /** Straight-line distance in metres. */
    public double distanceTo(RdPoint other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
