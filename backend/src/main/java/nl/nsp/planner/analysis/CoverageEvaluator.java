package nl.nsp.planner.analysis;

import java.util.ArrayList;
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
        if (options.exactNearestBeyondCutoff() && !index.modelName().equals("euclidean")) {
            throw new IllegalArgumentException("exact nearest sites beyond the cutoff need the straight-line model; the index"
                    + " uses \"" + index.modelName() + "\" (use EvaluationOptions.network())");
        }
        int n = demand.size();
        int[] open = state.openSites();
        int[] nearest = new int[n];
        double[] metres = new double[n];
        resolveNearest(state, sites, options, open, nearest, metres);

        // distance statistics per group
        WeightedDistances dist = new WeightedDistances(demand, nearest, metres);
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
        // an area without demand points in the layer (a region outside a regional grid) has no groups at all
        AreaCoverage total = rows.get(AreaLevel.TOTAL.ordinal()).isEmpty()
                ? new AreaCoverage("total", "total", "total", 0, 0, 0, null, 0, 0, 0, null, 0, 0, null)
                : rows.get(AreaLevel.TOTAL.ordinal()).get(0);
        return new CoverageReport(index.modelName(), index.cutoffMetres(), state.norms(), n, sites.size(), open.length,
                total.inhabitants(), total.coveredInhabitants(), total.coveredShare(), total,
                rows.get(AreaLevel.MUNICIPALITY.ordinal()), rows.get(AreaLevel.REGION.ordinal()),
                rows.get(AreaLevel.URBANITY.ordinal()), histogram(state, demand, nearest, metres, options), loads,
                UncoveredClusters.find(state, demand, options));
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

    private static AreaCoverage row(CoverageState state, WeightedDistances dist, AreaLevel level, int g) {
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
                // bins are (from, to], the first [0, to]: a distance exactly on the norm falls in the last bin within it
                int b = metres[i] <= 0 ? 0 : (int) Math.ceil(metres[i] / bin) - 1;
                units[Math.min(bins - 1, b)] += w;
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

}
