package nl.nsp.planner.reach;

import java.util.Arrays;

/**
 * All (site, demand point) pairs within a cutoff distance, stored sparsely in both directions.
 *
 * <p>Rows are compressed (CSR): site {@code s} reaches demand points {@code siteDemand[k]} at
 * {@code siteMetres[k]} for {@code siteStart(s) <= k < siteEnd(s)}, sorted by demand index; the
 * transpose lists for each demand point the sites that reach it, sorted by site index. Distances are
 * doubles so that the rule "a point exactly at the radius is covered" holds without rounding surprises.
 * Immutable and safe to share between threads.
 */
public final class CoverageIndex {
    private final int siteCount;
    private final int demandCount;
    private final double cutoffMetres;
    private final String modelName;
    private final int[] siteRow;
    private final int[] siteDemand;
    private final double[] siteMetres;
    private final int[] demandRow;
    private final int[] demandSite;
    private final double[] demandMetres;

    CoverageIndex(int siteCount, int demandCount, double cutoffMetres, String modelName,
            int[] siteRow, int[] siteDemand, double[] siteMetres) {
        this.siteCount = siteCount;
        this.demandCount = demandCount;
        this.cutoffMetres = cutoffMetres;
        this.modelName = modelName;
        this.siteRow = siteRow;
        this.siteDemand = siteDemand;
        this.siteMetres = siteMetres;
        // transpose by counting sort; iterating sites in order keeps each demand row sorted by site
        int pairs = siteDemand.length;
        demandRow = new int[demandCount + 1];
        for (int k = 0; k < pairs; k++) {
            demandRow[siteDemand[k] + 1]++;
        }
        for (int d = 0; d < demandCount; d++) {
            demandRow[d + 1] += demandRow[d];
        }
        int[] fill = Arrays.copyOf(demandRow, demandCount);
        demandSite = new int[pairs];
        demandMetres = new double[pairs];
        for (int s = 0; s < siteCount; s++) {
            for (int k = siteRow[s]; k < siteRow[s + 1]; k++) {
                int pos = fill[siteDemand[k]]++;
                demandSite[pos] = s;
                demandMetres[pos] = siteMetres[k];
            }
        }
    }

    /**
     * Builds the index by asking the model, site by site, for every demand point within the cutoff.
     *
     * @param cutoffMetres the largest distance kept; {@code Double.POSITIVE_INFINITY} keeps every pair
     */
    public static CoverageIndex build(DistanceModel model, double cutoffMetres) {
        if (!(cutoffMetres >= 0)) {
            throw new IllegalArgumentException("cutoff must be >= 0 metres, got " + cutoffMetres);
        }
        int sites = model.siteCount();
        int[] row = new int[sites + 1];
        PairBuffer buf = new PairBuffer();
        for (int s = 0; s < sites; s++) {
            int start = buf.size;
            model.forEachWithin(s, cutoffMetres, buf::add);
            buf.sortFrom(start);
            row[s + 1] = buf.size;
        }
        return new CoverageIndex(sites, model.demandCount(), cutoffMetres, model.name(), row,
                Arrays.copyOf(buf.demand, buf.size), Arrays.copyOf(buf.metres, buf.size));
    }

    /**
     * This index with the sites of {@code extra} appended: sites {@code 0..siteCount()-1} keep their pairs and
     * indices, extra site {@code j} becomes site {@code siteCount() + j}, with its pairs within this index's cutoff.
     * Costs the extra sites' queries plus one pass over all pairs (the transpose is rebuilt); used for the few
     * user-added sites of a plan on top of a cached index of all candidates.
     *
     * @throws IllegalArgumentException when {@code extra} has another number of demand points
     */
    public CoverageIndex withExtraSites(DistanceModel extra) {
        if (extra.demandCount() != demandCount) {
            throw new IllegalArgumentException("extra sites' model has " + extra.demandCount() + " demand points, the index "
                    + demandCount);
        }
        int added = extra.siteCount();
        int[] row = Arrays.copyOf(siteRow, siteCount + added + 1);
        PairBuffer buf = new PairBuffer();
        for (int j = 0; j < added; j++) {
            int start = buf.size;
            extra.forEachWithin(j, cutoffMetres, buf::add);
            buf.sortFrom(start);
            row[siteCount + j + 1] = siteRow[siteCount] + buf.size;
        }
        int basePairs = siteDemand.length;
        int[] demandOut = Arrays.copyOf(siteDemand, basePairs + buf.size);
        double[] metresOut = Arrays.copyOf(siteMetres, basePairs + buf.size);
        System.arraycopy(buf.demand, 0, demandOut, basePairs, buf.size);
        System.arraycopy(buf.metres, 0, metresOut, basePairs, buf.size);
        return new CoverageIndex(siteCount + added, demandCount, cutoffMetres, modelName, row, demandOut, metresOut);
    }

    /** Decides which (site, demand point) pairs a restricted index keeps. */
    @FunctionalInterface
    public interface PairFilter {
        /** True to keep the pair of site {@code site} and demand point {@code demand}. */
        boolean keep(int site, int demand);
    }

    /**
     * The pairs of this index within {@code cutoffMetres} that pass {@code keep}, as a new index over the same
     * sites and demand points (same indices). Used to derive smaller radii, or "sites serve only their own
     * municipality", from one index built at the largest radius.
     *
     * @throws IllegalArgumentException when the cutoff is negative or larger than this index's cutoff
     */
    public CoverageIndex restrict(double cutoffMetres, PairFilter keep) {
        if (!(cutoffMetres >= 0 && cutoffMetres <= this.cutoffMetres)) {
            throw new IllegalArgumentException("cutoff must be within 0.." + this.cutoffMetres + " m, got " + cutoffMetres);
        }
        int[] row = new int[siteCount + 1];
        int[] dem = new int[siteDemand.length];
        double[] met = new double[siteDemand.length];
        int size = 0;
        for (int s = 0; s < siteCount; s++) {
            for (int k = siteRow[s]; k < siteRow[s + 1]; k++) {
                if (siteMetres[k] <= cutoffMetres && keep.keep(s, siteDemand[k])) {
                    dem[size] = siteDemand[k];
                    met[size] = siteMetres[k];
                    size++;
                }
            }
            row[s + 1] = size;
        }
        return new CoverageIndex(siteCount, demandCount, cutoffMetres, modelName, row, Arrays.copyOf(dem, size),
                Arrays.copyOf(met, size));
    }

    public int siteCount() {
        return siteCount;
    }

    public int demandCount() {
        return demandCount;
    }

    /** The cutoff the index was built with; queries for larger radii are not answerable. */
    public double cutoffMetres() {
        return cutoffMetres;
    }

    /** The distance model's name. */
    public String modelName() {
        return modelName;
    }

    /** Number of stored pairs. */
    public int pairCount() {
        return siteDemand.length;
    }

    /** Approximate heap use of the arrays, in bytes. */
    public long bytes() {
        return 4L * (siteRow.length + demandRow.length) + 24L * pairCount();
    }

    public int siteStart(int site) {
        return siteRow[site];
    }

    public int siteEnd(int site) {
        return siteRow[site + 1];
    }

    /** Demand index of pair {@code k} in site order. */
    public int siteDemand(int k) {
        return siteDemand[k];
    }

    /** Distance of pair {@code k} in site order. */
    public double siteMetres(int k) {
        return siteMetres[k];
    }

    public int demandStart(int demand) {
        return demandRow[demand];
    }

    public int demandEnd(int demand) {
        return demandRow[demand + 1];
    }

    /** Site index of pair {@code k} in demand order. */
    public int demandSite(int k) {
        return demandSite[k];
    }

    /** Distance of pair {@code k} in demand order. */
    public double demandMetres(int k) {
        return demandMetres[k];
    }

    /** Growable pair buffer with a per-row sort by demand index. */
    private static final class PairBuffer {
        int[] demand = new int[1024];
        double[] metres = new double[1024];
        int size;

        void add(int d, double m) {
            if (size == demand.length) {
                demand = Arrays.copyOf(demand, size * 2);
                metres = Arrays.copyOf(metres, size * 2);
            }
            demand[size] = d;
            metres[size] = m;
            size++;
        }

        void sortFrom(int from) {
            // insertion sort is fine for short rows; fall back to an index sort for long ones
            int n = size - from;
            if (n < 64) {
                for (int i = from + 1; i < size; i++) {
                    int d = demand[i];
                    double m = metres[i];
                    int j = i - 1;
                    while (j >= from && demand[j] > d) {
                        demand[j + 1] = demand[j];
                        metres[j + 1] = metres[j];
                        j--;
                    }
                    demand[j + 1] = d;
                    metres[j + 1] = m;
                }
                return;
            }
            long[] packed = new long[n];
            for (int i = 0; i < n; i++) {
                packed[i] = ((long) demand[from + i] << 32) | i;
            }
            Arrays.sort(packed);
            double[] m = Arrays.copyOfRange(metres, from, size);
            for (int i = 0; i < n; i++) {
                demand[from + i] = (int) (packed[i] >>> 32);
                metres[from + i] = m[(int) packed[i]];
            }
        }
    }
}
