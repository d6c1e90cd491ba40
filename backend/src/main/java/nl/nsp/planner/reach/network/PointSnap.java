package nl.nsp.planner.reach.network;

/**
 * How one site or demand point was attached to the network.
 *
 * @param index      the point's dense index (0..n-1) in the arrays the model was built from
 * @param status     {@link SnapStatus#SNAPPED} or the reason it could not be snapped
 * @param snapMetres distance from the point to its snapped position on the nearest usable edge; for
 *                   {@link SnapStatus#BEYOND_MAX_SNAP_DISTANCE} the distance to that too-far edge; NaN when no
 *                   edge was found or the point lies outside the network area
 */
public record PointSnap(int index, SnapStatus status, double snapMetres) {
    public PointSnap {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
        if (status == null) {
            throw new IllegalArgumentException("point " + index + ": status missing");
        }
        boolean needsDistance = status == SnapStatus.SNAPPED || status == SnapStatus.BEYOND_MAX_SNAP_DISTANCE;
        if (needsDistance && !(snapMetres >= 0 && snapMetres < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("point " + index + ": " + status.code()
                    + " needs a finite snap distance >= 0, got " + snapMetres);
        }
        if (!needsDistance && !Double.isNaN(snapMetres)) {
            throw new IllegalArgumentException("point " + index + ": " + status.code()
                    + " has no snap distance, got " + snapMetres);
        }
    }

    /** True if the point is on the network and can reach or be reached. */
    public boolean snapped() {
        return status == SnapStatus.SNAPPED;
    }
}
