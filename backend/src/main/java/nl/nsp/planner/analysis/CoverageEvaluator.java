package nl.nsp.planner.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.nsp.planner.reach.AreaLevel;
import nl.nsp.planner.reach.CoverageIndex;
import nl.nsp.planner.reach.CoverageState;
import nl.nsp.planner.reach.DemandTable;
import nl.nsp.planner.reach.GridNearestNeighbour;
import nl.nsp.planner.reach.SiteTable;

/**
 * Computes the full {@link CoverageReport} for the open sites of a {@link CoverageState}.
 *
 * <p>Coverage sums come straight from the state. The nearest open site of each point is the state's when one
 * lies within the index cutoff; otherwise, for a straight-line index, an exact grid nearest-neighbour query
 * over the open sites, and for a network index it stays unresolved. Ties between equally near sites go to the
 * lowest site index. Only points with inhabitants enter the distance statistics, the loads and the clusters.
 * One pass plus one sort over the demand points: O(n log n + pairs of the open sites).
 */
public final class CoverageEvaluator {
    private static final AreaLevel[] LEVELS = AreaLevel.values();

    private CoverageEvaluator() {
    }

    /** Evaluates the state with the given options. */
    public static CoverageReport evaluate(CoverageState state, SiteTable sites, EvaluationOptions options) {
        CoverageIndex index = state.index();
        DemandTable demand = state.demand();
        if (sites.size() != index.siteCount()) {
            throw new IllegalArgumentException("index has " + index.siteCount() + " sites, table " + sites.size());
        }
        int n = demand.size();
        int[] open = state.openSites();
        int[] nearest = new int[n];
        double[] metres = new double[n];
        resolveNearest(state, sites, options, open, nearest, metres);

        // distance statistics per group
        Distances dist = new Distances(demand, nearest, metres);
        // loads
        List<NspLoad> loads = loads(state, sites, open, nearest, metres);
        // area rows
        List<List<AreaCoverage>> rows = new ArrayList<>();
        for (AreaLevel level : LEVELS) {
            List<AreaCoverage> list = new ArrayList<>();
            for (int g = 0; g < demand.groupCount(level); g++) {
                list.add(row(state, dist, level, g));
            }
            rows.add(list);
        }
        AreaCoverage total = rows.get(AreaLevel.TOTAL.ordinal()).get(0);
        return new CoverageReport(index.modelName(), index.cutoffMetres(), state.norms(), n, sites.size(), open.length,
                total.inhabitants(), total.coveredInhabitants(), total.coveredShare(), total,
                rows.get(AreaLevel.MUNICIPALITY.ordinal()), rows.get(AreaLevel.REGION.ordinal()),
                rows.get(AreaLevel.URBANITY.ordinal()), histogram(state, demand, nearest, metres, options), loads,
                uncovered(state, demand, options));
    }

    /**
     * Summarises one toggle without a full evaluation: totals and the rows of the areas it touched.
     *
     * @param state  the state after the toggle
     * @param sites  the site table of the state's index
     * @param change what {@link CoverageState#toggle} returned
     */
    public static CoverageDelta delta(CoverageState state, SiteTable sites, CoverageState.Change change) {
        DemandTable demand = state.demand();
        List<AreaCoverage> changed = new ArrayList<>();
        for (AreaLevel level : LEVELS) {
            if (level == AreaLevel.TOTAL) {
                continue;
            }
            java.util.BitSet groups = new java.util.BitSet();
            for (int i : change.flippedAll()) {
                groups.set(demand.group(level, i));
            }
            for (int i : change.flipped65()) {
                groups.set(demand.group(level, i));
            }
            for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
                changed.add(row(state, null, level, g));
            }
        }
        List<String> covered = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        for (int i : change.flippedAll()) {
            (state.isCovered(i) ? covered : uncovered).add(demand.id(i));
        }
        List<String> covered65 = new ArrayList<>();
        List<String> uncovered65 = new ArrayList<>();
        for (int i : change.flipped65()) {
            (state.isCovered65(i) ? covered65 : uncovered65).add(demand.id(i));
        }
        return new CoverageDelta(sites.id(change.site()), change.opened(), state.openCount(),
                row(state, null, AreaLevel.TOTAL, 0), changed, covered, uncovered, covered65, uncovered65);
    }

    /**
     * The coverage of every demand point inside an RD bounding box (inclusive), in index order.
     *
     * @throws IllegalArgumentException when more than {@code maxPoints} points fall inside the box
     */
    public static List<PointCoverage> points(CoverageState state, SiteTable sites, EvaluationOptions options,
            double minX, double minY, double maxX, double maxY, int maxPoints) {
        DemandTable demand = state.demand();
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < demand.size(); i++) {
            if (minX <= demand.x(i) && demand.x(i) <= maxX && minY <= demand.y(i) && demand.y(i) <= maxY) {
                if (inside.size() == maxPoints) {
                    throw new IllegalArgumentException("more than " + maxPoints + " demand points in the box; ask for a smaller one");
                }
                inside.add(i);
            }
        }
        int[] open = state.openSites();
        GridNearestNeighbour grid = options.exactNearestBeyondCutoff() && open.length > 0
                ? new GridNearestNeighbour(sites.xs(), sites.ys(), open) : null;
        List<PointCoverage> out = new ArrayList<>(inside.size());
        for (int i : inside) {
            int s = state.nearestSite(i);
            double d = state.nearestMetres(i);
            if (s < 0 && grid != null) {
                s = grid.nearest(demand.x(i), demand.y(i));
                d = Math.hypot(demand.x(i) - sites.x(s), demand.y(i) - sites.y(s));
            }
            out.add(new PointCoverage(demand.id(i), demand.x(i), demand.y(i), DemandTable.toPersons(demand.weightUnits(i)),
                    state.isCovered(i), state.isCovered65(i), s < 0 ? null : sites.id(s), s < 0 ? null : d));
        }
        return out;
    }

    private static void resolveNearest(CoverageState state, SiteTable sites, EvaluationOptions options, int[] open,
            int[] nearest, double[] metres) {
        DemandTable demand = state.demand();
        GridNearestNeighbour grid = null;
        for (int i = 0; i < demand.size(); i++) {
            nearest[i] = state.nearestSite(i);
            metres[i] = state.nearestMetres(i);
            if (nearest[i] < 0 && options.exactNearestBeyondCutoff() && open.length > 0) {
                if (grid == null) {
                    grid = new GridNearestNeighbour(sites.xs(), sites.ys(), open);
                }
                int s = grid.nearest(demand.x(i), demand.y(i));
                nearest[i] = s;
                // same expression as EuclideanDistance, so equal pairs give equal distances
                metres[i] = Math.hypot(demand.x(i) - sites.x(s), demand.y(i) - sites.y(s));
            }
        }
    }

    private static AreaCoverage row(CoverageState state, Distances dist, AreaLevel level, int g) {
        int points = state.demand().groupSize(level, g);
        int uncovered = state.uncoveredPoints(level, g);
        DemandTable demand = state.demand();
        String code = demand.groupCode(level, g);
        long total = state.totalUnits(level, g);
        long covered = state.coveredUnits(level, g);
        long total65 = state.total65Units(level, g);
        long covered65 = state.covered65Units(level, g);
        return new AreaCoverage(level.name().toLowerCase(java.util.Locale.ROOT), code, demand.name(code), points,
                DemandTable.toPersons(total), DemandTable.toPersons(covered), share(covered, total), uncovered,
                DemandTable.toPersons(total65), DemandTable.toPersons(covered65), share(covered65, total65),
                DemandTable.toPersons(state.unknown65Units(level, g)),
                DemandTable.toPersons(state.coveredUnknown65Units(level, g)), dist == null ? null : dist.summary(level, g));
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static List<NspLoad> loads(CoverageState state, SiteTable sites, int[] open, int[] nearest,
            double[] metres) {
        DemandTable demand = state.demand();
        CoverageIndex index = state.index();
        int m = sites.size();
        long[] nearestUnits = new long[m];
        long[] nearestWithin = new long[m];
        for (int i = 0; i < demand.size(); i++) {
            int s = nearest[i];
            if (s >= 0) {
                long w = demand.weightUnits(i);
                nearestUnits[s] += w;
                if (metres[i] <= state.radiusMetres(i)) {
                    nearestWithin[s] += w;
                }
            }
        }
        double rule = state.norms().inhabitantsPerNsp();
        List<NspLoad> out = new ArrayList<>(open.length);
        for (int s : open) {
            long reachable = 0;
            for (int k = index.siteStart(s); k < index.siteEnd(s); k++) {
                int i = index.siteDemand(k);
                if (index.siteMetres(k) <= state.radiusMetres(i)) {
                    reachable += demand.weightUnits(i);
                }
            }
            double load = DemandTable.toPersons(nearestUnits[s]);
            out.add(new NspLoad(sites.id(s), s, load, DemandTable.toPersons(nearestWithin[s]),
                    DemandTable.toPersons(reachable), rule, load / rule, load > rule));
        }
        return out;
    }

    private static DistanceHistogram histogram(CoverageState state, DemandTable demand, int[] nearest,
            double[] metres, EvaluationOptions options) {
        double bin = options.histogramBinMetres();
        int bins = (int) Math.ceil(options.histogramMaxMetres() / bin) + 1;
        long[] units = new long[bins];
        long unresolved = 0;
        for (int i = 0; i < demand.size(); i++) {
            long w = demand.weightUnits(i);
            if (nearest[i] < 0) {
                unresolved += w;
            } else {
                units[(int) Math.min(bins - 1, Math.floor(metres[i] / bin))] += w;
            }
        }
        double norm = state.norms().radiusMetres();
        List<DistanceHistogram.Bin> list = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            Double to = b == bins - 1 ? null : (b + 1) * bin;
            list.add(new DistanceHistogram.Bin(b * bin, to, DemandTable.toPersons(units[b]), to != null && to <= norm));
        }
        return new DistanceHistogram(bin, norm, state.norms().radius65Metres(), list, DemandTable.toPersons(unresolved));
    }

    private static UncoveredDemand uncovered(CoverageState state, DemandTable demand, EvaluationOptions options) {
        int n = demand.size();
        int count = 0;
        long units = 0;
        for (int i = 0; i < n; i++) {
            if (demand.weightUnits(i) > 0 && !state.isCovered(i)) {
                count++;
                units += demand.weightUnits(i);
            }
        }
        int[] points = new int[count];
        for (int i = 0, k = 0; i < n; i++) {
            if (demand.weightUnits(i) > 0 && !state.isCovered(i)) {
                points[k++] = i;
            }
        }
        double[] x = demand.xs();
        double[] y = demand.ys();
        int[] label = SingleLinkClustering.components(x, y, points, options.clusterLinkMetres());
        // aggregate per root (the root is the component's smallest position, i.e. its lowest point index)
        int[] clusterOf = new int[count];
        Arrays.fill(clusterOf, -1);
        int clusters = 0;
        for (int k = 0; k < count; k++) {
            if (label[k] == k) {
                clusterOf[k] = clusters++;
            }
        }
        int[] size = new int[clusters];
        long[] w = new long[clusters];
        long[] w65 = new long[clusters];
        double[] sx = new double[clusters];
        double[] sy = new double[clusters];
        double[] ux = new double[clusters];
        double[] uy = new double[clusters];
        double[][] box = new double[4][clusters];
        Arrays.fill(box[0], Double.POSITIVE_INFINITY);
        Arrays.fill(box[1], Double.POSITIVE_INFINITY);
        Arrays.fill(box[2], Double.NEGATIVE_INFINITY);
        Arrays.fill(box[3], Double.NEGATIVE_INFINITY);
        int[] first = new int[clusters];
        for (int k = 0; k < count; k++) {
            int c = clusterOf[label[k]];
            int i = points[k];
            if (size[c] == 0) {
                first[c] = i;
            }
            size[c]++;
            long wi = demand.weightUnits(i);
            w[c] += wi;
            if (demand.weight65Units(i) > 0) {
                w65[c] += demand.weight65Units(i);
            }
            sx[c] += wi * x[i];
            sy[c] += wi * y[i];
            ux[c] += x[i];
            uy[c] += y[i];
            box[0][c] = Math.min(box[0][c], x[i]);
            box[1][c] = Math.min(box[1][c], y[i]);
            box[2][c] = Math.max(box[2][c], x[i]);
            box[3][c] = Math.max(box[3][c], y[i]);
        }
        long[] rank = new long[clusters];
        Integer[] order = new Integer[clusters];
        for (int c = 0; c < clusters; c++) {
            order[c] = c;
            rank[c] = w[c];
        }
        // largest first; clusters are numbered by first point, so the index breaks ties by lowest point index
        Arrays.sort(order, (a, b) -> rank[a] != rank[b] ? Long.compare(rank[b], rank[a]) : Integer.compare(a, b));
        List<UncoveredCluster> largest = new ArrayList<>();
        for (int r = 0; r < Math.min(clusters, options.maxClusters()); r++) {
            int c = order[r];
            double cx = w[c] > 0 ? sx[c] / w[c] : ux[c] / size[c];
            double cy = w[c] > 0 ? sy[c] / w[c] : uy[c] / size[c];
            largest.add(new UncoveredCluster(size[c], DemandTable.toPersons(w[c]), DemandTable.toPersons(w65[c]), cx, cy,
                    box[0][c], box[1][c], box[2][c], box[3][c], demand.id(first[c])));
        }
        return new UncoveredDemand(count, DemandTable.toPersons(units), options.clusterLinkMetres(), clusters, largest);
    }

    /** Weighted distance statistics for every group at every level, from one sort of the points. */
    private static final class Distances {
        private final long[][] total = new long[LEVELS.length][];
        private final long[][] unresolved = new long[LEVELS.length][];
        private final double[][] weightedSum = new double[LEVELS.length][];
        private final double[][] median = new double[LEVELS.length][];
        private final double[][] p90 = new double[LEVELS.length][];
        private final double[][] max = new double[LEVELS.length][];

        Distances(DemandTable demand, int[] nearest, double[] metres) {
            int n = demand.size();
            int levels = LEVELS.length;
            int[][] groupOf = new int[levels][];
            long[][] cum = new long[levels][];
            for (AreaLevel level : LEVELS) {
                int l = level.ordinal();
                int groups = demand.groupCount(level);
                groupOf[l] = demand.groups(level);
                total[l] = new long[groups];
                unresolved[l] = new long[groups];
                weightedSum[l] = new double[groups];
                median[l] = new double[groups];
                p90[l] = new double[groups];
                max[l] = new double[groups];
                cum[l] = new long[groups];
                Arrays.fill(median[l], Double.NaN);
                Arrays.fill(p90[l], Double.NaN);
                Arrays.fill(max[l], Double.NaN);
            }
            int resolved = 0;
            for (int i = 0; i < n; i++) {
                long w = demand.weightUnits(i);
                if (w == 0) {
                    continue;
                }
                boolean unknown = nearest[i] < 0;
                for (int l = 0; l < levels; l++) {
                    int g = groupOf[l][i];
                    total[l][g] += w;
                    if (unknown) {
                        unresolved[l][g] += w;
                    }
                }
                if (!unknown) {
                    resolved++;
                }
            }
            int[] order = sortedByDistance(demand, nearest, metres, resolved);
            // gather once in distance order, then sweep every level sequentially
            long[] sw = new long[resolved];
            double[] sd = new double[resolved];
            int[] sg = new int[resolved];
            for (int k = 0; k < resolved; k++) {
                sw[k] = demand.weightUnits(order[k]);
                sd[k] = metres[order[k]];
            }
            for (int l = 0; l < levels; l++) {
                int[] of = groupOf[l];
                for (int k = 0; k < resolved; k++) {
                    sg[k] = of[order[k]];
                }
                long[] c = cum[l];
                long[] t = total[l];
                double[] ws = weightedSum[l];
                double[] med = median[l];
                double[] p9 = p90[l];
                double[] mx = max[l];
                for (int k = 0; k < resolved; k++) {
                    int g = sg[k];
                    long w = sw[k];
                    double d = sd[k];
                    long cg = c[g] += w;
                    ws[g] += w * d;
                    mx[g] = d;
                    if (Double.isNaN(med[g]) && 2 * cg >= t[g]) {
                        med[g] = d;
                    }
                    if (Double.isNaN(p9[g]) && 10 * cg >= 9 * t[g]) {
                        p9[g] = d;
                    }
                }
            }
        }

        DistanceSummary summary(AreaLevel level, int g) {
            int l = level.ordinal();
            long resolvedUnits = total[l][g] - unresolved[l][g];
            Double mean = resolvedUnits == 0 ? null : weightedSum[l][g] / resolvedUnits;
            Double maxMetres = unresolved[l][g] > 0 || Double.isNaN(max[l][g]) ? null : max[l][g];
            return new DistanceSummary(mean, nullIfNaN(median[l][g]), nullIfNaN(p90[l][g]), maxMetres,
                    DemandTable.toPersons(unresolved[l][g]));
        }

        private static Double nullIfNaN(double v) {
            return Double.isNaN(v) ? null : v;
        }

        /** Resolved points with inhabitants, by distance then index. */
        private static int[] sortedByDistance(DemandTable demand, int[] nearest, double[] metres, int resolved) {
            int n = demand.size();
            int[] order = new int[resolved];
            double longest = 0;
            for (int i = 0; i < n; i++) {
                if (nearest[i] >= 0) {
                    longest = Math.max(longest, metres[i]);
                }
            }
            if (n < (1 << 22) && longest < (1L << 40) / 1024.0) {
                // pack (distance in 1/1024 m, index); exact order within a quantum is restored below
                long[] packed = new long[resolved];
                int k = 0;
                for (int i = 0; i < n; i++) {
                    if (demand.weightUnits(i) > 0 && nearest[i] >= 0) {
                        packed[k++] = ((long) (metres[i] * 1024) << 22) | i;
                    }
                }
                Arrays.sort(packed);
                for (k = 0; k < resolved; k++) {
                    order[k] = (int) (packed[k] & ((1 << 22) - 1));
                }
                // insertion sort fixes the order inside equal quanta (runs are tiny)
                for (k = 1; k < resolved; k++) {
                    int v = order[k];
                    int j = k - 1;
                    while (j >= 0 && (metres[order[j]] > metres[v] || (metres[order[j]] == metres[v] && order[j] > v))) {
                        order[j + 1] = order[j];
                        j--;
                    }
                    order[j + 1] = v;
                }
                return order;
            }
            Integer[] boxed = new Integer[resolved];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (demand.weightUnits(i) > 0 && nearest[i] >= 0) {
                    boxed[k++] = i;
                }
            }
            Arrays.sort(boxed, (a, b) -> metres[a] != metres[b] ? Double.compare(metres[a], metres[b]) : Integer.compare(a, b));
            for (k = 0; k < resolved; k++) {
                order[k] = boxed[k];
            }
            return order;
        }
    }
}
