package nl.nsp.planner.analysis;

import java.util.Arrays;

/**
 * Connected components of a point set under "within {@code linkMetres} of each other" (single-linkage
 * clusters), by union-find over a uniform grid of {@code linkMetres} cells: each point is compared only with
 * points in its own and the 8 neighbouring cells, found through an array of all cells when the grid is small enough
 * for the point count, else by binary search in the points sorted by cell. A pair exactly {@code linkMetres} apart is
 * linked. The labels do not depend on the search: every component's root is its smallest position.
 */
final class SingleLinkClustering {
    private SingleLinkClustering() {
    }

    /**
     * Labels the points with their component.
     *
     * @param x          eastings, indexed by {@code points}
     * @param y          northings
     * @param points     the indices of the points to cluster
     * @param linkMetres link distance, >= 0
     * @return for each entry of {@code points}, the position in {@code points} of its component's first member
     */
    static int[] components(double[] x, double[] y, int[] points, double linkMetres) {
        int m = points.length;
        int[] parent = new int[m];
        for (int k = 0; k < m; k++) {
            parent[k] = k;
        }
        // cells at least 1 m wide keep the cell numbers small; a cell >= linkMetres means linked points are
        // always in the same or a neighbouring cell
        double cell = Math.max(linkMetres, 1.0);
        long[] cx = new long[m];
        long[] cy = new long[m];
        long minX = Long.MAX_VALUE, minY = Long.MAX_VALUE, maxY = Long.MIN_VALUE;
        for (int k = 0; k < m; k++) {
            cx[k] = (long) Math.floor(x[points[k]] / cell);
            cy[k] = (long) Math.floor(y[points[k]] / cell);
            minX = Math.min(minX, cx[k]);
            minY = Math.min(minY, cy[k]);
            maxY = Math.max(maxY, cy[k]);
        }
        long originX = minX - 1;
        long originY = minY - 1;
        long spanY = maxY - minY + 3;
        long[] cellKey = new long[m];
        for (int k = 0; k < m; k++) {
            cellKey[k] = (cx[k] - originX) * spanY + (cy[k] - originY);
        }
        double link2 = linkMetres * linkMetres;
        long cells = (maxX(cx) - originX + 2) * spanY;
        if (m > 0 && cells <= Math.min(MAX_DENSE_CELLS, DENSE_CELLS_PER_POINT * (long) m)) {
            linkDense(x, y, points, cx, cy, cellKey, (int) cells, originX, originY, spanY, linkMetres, link2, parent);
        } else {
            linkSorted(x, y, points, cx, cy, cellKey, originX, originY, spanY, linkMetres, link2, parent);
        }
        int[] label = new int[m];
        for (int k = 0; k < m; k++) {
            label[k] = find(parent, k);
        }
        return label;
    }

    /** Most cells of the dense grid, and most cells per point (a region's 150 m grid: about 20 per uncovered point). */
    private static final long MAX_DENSE_CELLS = 16_000_000;
    private static final long DENSE_CELLS_PER_POINT = 64;

    private static long maxX(long[] cx) {
        long max = Long.MIN_VALUE;
        for (long v : cx) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** The neighbour search over an array of all cells (a linked list of points per cell): no sorting, no searching. */
    private static void linkDense(double[] x, double[] y, int[] points, long[] cx, long[] cy, long[] cellKey, int cells,
            long originX, long originY, long spanY, double linkMetres, double link2, int[] parent) {
        int m = points.length;
        int[] head = new int[cells];
        Arrays.fill(head, -1);
        int[] next = new int[m];
        for (int k = m - 1; k >= 0; k--) {
            int c = (int) cellKey[k];
            next[k] = head[c];
            head[c] = k;
        }
        for (int a = 0; a < m; a++) {
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    int nk = (int) ((cx[a] + dx - originX) * spanY + (cy[a] + dy - originY));
                    for (int b = head[nk]; b >= 0; b = next[b]) {
                        if (b > a && within(x[points[a]] - x[points[b]], y[points[a]] - y[points[b]], linkMetres, link2)) {
                            union(parent, a, b);
                        }
                    }
                }
            }
        }
    }

    /** The neighbour search over the points sorted by cell, for point sets spread too thin for a dense grid. */
    private static void linkSorted(double[] x, double[] y, int[] points, long[] cx, long[] cy, long[] cellKey,
            long originX, long originY, long spanY, double linkMetres, double link2, int[] parent) {
        int m = points.length;
        int[] byCell = sortByKey(cellKey);
        long[] keyed = new long[m];
        for (int k = 0; k < m; k++) {
            keyed[k] = cellKey[byCell[k]];
        }
        for (int k = 0; k < m; k++) {
            int a = byCell[k];
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    long nk = (cx[a] + dx - originX) * spanY + (cy[a] + dy - originY);
                    for (int j = lowerBound(keyed, nk); j < m && keyed[j] == nk; j++) {
                        int b = byCell[j];
                        if (b > a && within(x[points[a]] - x[points[b]], y[points[a]] - y[points[b]], linkMetres, link2)) {
                            union(parent, a, b);
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code hypot(dx, dy) <= link}, decided by the squared distance when it is clearly on one side and by
     * {@code Math.hypot} (the definition) within a relative 1e-9 of the boundary.
     */
    private static boolean within(double dx, double dy, double link, double link2) {
        double d2 = dx * dx + dy * dy;
        if (d2 < link2 * (1 - 1e-9)) {
            return true;
        }
        if (d2 > link2 * (1 + 1e-9)) {
            return false;
        }
        return Math.hypot(dx, dy) <= link;
    }

    /** Positions 0..m-1 sorted by (key, position). */
    private static int[] sortByKey(long[] key) {
        int m = key.length;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long k : key) {
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        int[] out = new int[m];
        if (m == 0) {
            return out;
        }
        // fast path: (key - min) and the position packed into one long
        if (m < (1 << 24) && max - min >= 0 && max - min < (1L << 39)) {
            long[] packed = new long[m];
            for (int k = 0; k < m; k++) {
                packed[k] = ((key[k] - min) << 24) | k;
            }
            Arrays.sort(packed);
            for (int k = 0; k < m; k++) {
                out[k] = (int) (packed[k] & 0xffffff);
            }
            return out;
        }
        Integer[] boxed = new Integer[m];
        for (int k = 0; k < m; k++) {
            boxed[k] = k;
        }
        Arrays.sort(boxed, (a, b) -> key[a] != key[b] ? Long.compare(key[a], key[b]) : Integer.compare(a, b));
        for (int k = 0; k < m; k++) {
            out[k] = boxed[k];
        }
        return out;
    }

    private static int lowerBound(long[] sorted, long v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Union by smaller root, so every component's root is its smallest position. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }

    private static int find(int[] parent, int a) {
        int r = a;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[a] != r) {
            int next = parent[a];
            parent[a] = r;
            a = next;
        }
        return r;
    }
}
