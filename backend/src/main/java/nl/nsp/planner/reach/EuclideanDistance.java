package nl.nsp.planner.reach;

import java.util.Arrays;

/**
 * Straight-line distance in RD New metres, the default model and the one that works everywhere.
 *
 * <p>Demand points are bucketed once in a uniform grid (cells sorted by key, points stored contiguously
 * per cell), so a query scans only the cells overlapping the cutoff circle's bounding square.
 */
public final class EuclideanDistance implements DistanceModel {
    private final double[] demandX;
    private final double[] demandY;
    private final double[] siteX;
    private final double[] siteY;
    private final double cellMetres;
    private final long[] cellKeys;     // sorted distinct cell keys
    private final int[] cellStart;     // cellKeys.length + 1 offsets into pointsByCell
    private final int[] pointsByCell;  // demand indices grouped by cell

    /**
     * @param demandX    demand eastings (RD metres)
     * @param demandY    demand northings
     * @param siteX      site eastings
     * @param siteY      site northings
     * @param cellMetres bucket size; about the typical cutoff gives the best speed
     */
    public EuclideanDistance(double[] demandX, double[] demandY, double[] siteX, double[] siteY, double cellMetres) {
        if (demandX.length != demandY.length || siteX.length != siteY.length) {
            throw new IllegalArgumentException("x and y arrays differ in length");
        }
        if (!(cellMetres > 0 && cellMetres < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("cell size must be > 0, got " + cellMetres);
        }
        this.demandX = demandX.clone();
        this.demandY = demandY.clone();
        this.siteX = siteX.clone();
        this.siteY = siteY.clone();
        this.cellMetres = cellMetres;

        int n = demandX.length;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            keyed[i] = key(cell(demandX[i]), cell(demandY[i]));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> a.equals(b) ? 0
                : keyed[a] != keyed[b] ? Long.compare(keyed[a], keyed[b]) : Integer.compare(a, b));
        pointsByCell = new int[n];
        long[] keys = new long[n];
        int[] starts = new int[n + 1];
        int cells = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            pointsByCell[k] = i;
            if (cells == 0 || keys[cells - 1] != keyed[i]) {
                keys[cells] = keyed[i];
                starts[cells] = k;
                cells++;
            }
        }
        starts[cells] = n;
        cellKeys = Arrays.copyOf(keys, cells);
        cellStart = Arrays.copyOf(starts, cells + 1);
    }

    private EuclideanDistance(EuclideanDistance demandGrid, double[] siteX, double[] siteY) {
        this.demandX = demandGrid.demandX;
        this.demandY = demandGrid.demandY;
        this.siteX = siteX.clone();
        this.siteY = siteY.clone();
        this.cellMetres = demandGrid.cellMetres;
        this.cellKeys = demandGrid.cellKeys;
        this.cellStart = demandGrid.cellStart;
        this.pointsByCell = demandGrid.pointsByCell;
    }

    /**
     * The same demand points (and their grid, which is shared, not rebuilt) with other sites: e.g. the few
     * user-added sites of a plan, whose pairs are appended to an existing index.
     */
    public EuclideanDistance withSites(double[] otherSiteX, double[] otherSiteY) {
        if (otherSiteX.length != otherSiteY.length) {
            throw new IllegalArgumentException("x and y arrays differ in length");
        }
        return new EuclideanDistance(this, otherSiteX, otherSiteY);
    }

    /**
     * The straight-line model between a demand table and a site table.
     *
     * @param cellMetres bucket size; about the cutoff the model will be queried with
     */
    public static EuclideanDistance between(DemandTable demand, SiteTable sites, double cellMetres) {
        return new EuclideanDistance(demand.xs(), demand.ys(), sites.xs(), sites.ys(), cellMetres);
    }

    @Override
    public int siteCount() {
        return siteX.length;
    }

    @Override
    public int demandCount() {
        return demandX.length;
    }

    @Override
    public String name() {
        return "euclidean";
    }

    @Override
    public void forEachWithin(int site, double cutoffMetres, PairSink sink) {
        double sx = siteX[site];
        double sy = siteY[site];
        if (Double.isInfinite(cutoffMetres)) {
            for (int i = 0; i < demandX.length; i++) {
                sink.accept(i, Math.hypot(demandX[i] - sx, demandY[i] - sy));
            }
            return;
        }
        long cx0 = cell(sx - cutoffMetres);
        long cx1 = cell(sx + cutoffMetres);
        long cy0 = cell(sy - cutoffMetres);
        long cy1 = cell(sy + cutoffMetres);
        for (long cx = cx0; cx <= cx1; cx++) {
            for (long cy = cy0; cy <= cy1; cy++) {
                int c = Arrays.binarySearch(cellKeys, key(cx, cy));
                if (c < 0) {
                    continue;
                }
                for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                    int i = pointsByCell[k];
                    double d = Math.hypot(demandX[i] - sx, demandY[i] - sy);
                    if (d <= cutoffMetres) {
                        sink.accept(i, d);
                    }
                }
            }
        }
    }

    private long cell(double v) {
        return (long) Math.floor(v / cellMetres);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
