package nl.nsp.planner.reach;

/**
 * Exact straight-line nearest neighbour among a fixed set of points (e.g. the open sites), by ring search in
 * a uniform grid sized to about one point per cell.
 *
 * <p>Distances are {@code Math.hypot(qx - px, qy - py)}, the same expression as {@link EuclideanDistance}, so a
 * distance found here equals the one the coverage index stores for the same pair. Ties go to the lowest
 * point index. Immutable after construction.
 */
public final class GridNearestNeighbour {
    private static final int MAX_CELLS_PER_AXIS = 2048;

    private final double[] px;
    private final double[] py;
    private final double originX;
    private final double originY;
    private final double cell;
    private final int nx;
    private final int ny;
    private final int[] cellStart;
    private final int[] members;

    /**
     * @param x      eastings of all points
     * @param y      northings of all points
     * @param subset indices of the points to search among (e.g. the open sites)
     */
    public GridNearestNeighbour(double[] x, double[] y, int[] subset) {
        px = x;
        py = y;
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int s : subset) {
            minX = Math.min(minX, x[s]);
            minY = Math.min(minY, y[s]);
            maxX = Math.max(maxX, x[s]);
            maxY = Math.max(maxY, y[s]);
        }
        if (subset.length == 0) {
            minX = minY = maxX = maxY = 0;
        }
        double w = Math.max(maxX - minX, 1);
        double h = Math.max(maxY - minY, 1);
        double c = Math.max(Math.sqrt(w * h / Math.max(subset.length, 1)), 50);
        c = Math.max(c, Math.max(w, h) / MAX_CELLS_PER_AXIS);
        cell = c;
        originX = minX;
        originY = minY;
        nx = (int) Math.floor(w / c) + 1;
        ny = (int) Math.floor(h / c) + 1;
        cellStart = new int[nx * ny + 1];
        for (int s : subset) {
            cellStart[cellOf(s) + 1]++;
        }
        for (int k = 0; k < nx * ny; k++) {
            cellStart[k + 1] += cellStart[k];
        }
        int[] fill = java.util.Arrays.copyOf(cellStart, nx * ny);
        members = new int[subset.length];
        for (int s : subset) {
            members[fill[cellOf(s)]++] = s;
        }
    }

    private int cellOf(int s) {
        int cx = Math.min(nx - 1, (int) ((px[s] - originX) / cell));
        int cy = Math.min(ny - 1, (int) ((py[s] - originY) / cell));
        return cy * nx + cx;
    }

    /** True when there is no point to find. */
    public boolean isEmpty() {
        return members.length == 0;
    }

    /** The index of the nearest point to (x, y), lowest index on ties, or -1 when the set is empty. */
    public int nearest(double x, double y) {
        if (members.length == 0) {
            return -1;
        }
        int cx = (int) Math.floor((x - originX) / cell);
        int cy = (int) Math.floor((y - originY) / cell);
        // start inside the grid; the stopping bound below is measured from the query point itself
        int sx = Math.max(0, Math.min(nx - 1, cx));
        int sy = Math.max(0, Math.min(ny - 1, cy));
        int best = -1;
        double bestMetres = Double.POSITIVE_INFINITY;
        double bestSquared = Double.POSITIVE_INFINITY;
        for (int r = 0; ; r++) {
            int x0 = sx - r, x1 = sx + r, y0 = sy - r, y1 = sy + r;
            for (int gy = Math.max(0, y0); gy <= Math.min(ny - 1, y1); gy++) {
                boolean edgeRow = gy == y0 || gy == y1;
                for (int gx = Math.max(0, x0); gx <= Math.min(nx - 1, x1); gx++) {
                    if (!edgeRow && gx != x0 && gx != x1) {
                        gx = x1 - 1; // skip the interior, already searched
                        continue;
                    }
                    for (int k = cellStart[gy * nx + gx], end = cellStart[gy * nx + gx + 1]; k < end; k++) {
                        int s = members[k];
                        double dx = x - px[s];
                        double dy = y - py[s];
                        // clearly farther by the squared distance: skip the (slow, exact) hypot
                        if (dx * dx + dy * dy > bestSquared) {
                            continue;
                        }
                        double d = Math.hypot(dx, dy);
                        if (d < bestMetres || (d == bestMetres && s < best)) {
                            best = s;
                            bestMetres = d;
                            bestSquared = d * d * (1 + 1e-9);
                        }
                    }
                }
            }
            boolean coversGrid = x0 <= 0 && y0 <= 0 && x1 >= nx - 1 && y1 >= ny - 1;
            if (coversGrid) {
                return best;
            }
            // every unsearched cell lies beyond a side of the searched square that still has grid cells behind
            // it, and the query point is on the inner side of each such side: its distance to them bounds them
            double inf = Double.POSITIVE_INFINITY;
            double bound = Math.min(
                    Math.min(x0 <= 0 ? inf : x - (originX + x0 * cell), x1 >= nx - 1 ? inf : (originX + (x1 + 1) * cell) - x),
                    Math.min(y0 <= 0 ? inf : y - (originY + y0 * cell), y1 >= ny - 1 ? inf : (originY + (y1 + 1) * cell) - y));
            if (best >= 0 && bound > bestMetres) {
                return best;
            }
        }
    }
}
