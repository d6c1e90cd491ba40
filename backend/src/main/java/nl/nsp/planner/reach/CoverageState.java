package nl.nsp.planner.reach;

import java.util.Arrays;

/**
 * Which demand is covered by a changing set of open sites, kept up to date incrementally.
 *
 * <p>For every demand point the state counts the open sites within the person's radius (the all-inhabitants
 * radius of {@link Norms#radiusFor} its urbanity class) and within the 65+ radius, and keeps the nearest open
 * site within the index cutoff (ties: lowest site index). Covered inhabitants, covered 65+ and the
 * inhabitants of points with unknown 65+ that are within the 65+ radius are summed per group at every
 * {@link AreaLevel}. Opening or closing site {@code s} costs O(pairs of s); closing additionally rescans the
 * (short) transpose row of each point whose nearest site was {@code s}. Nothing is recomputed from scratch.
 *
 * <p>A point exactly on its radius is covered ({@code distance <= radius}). Sums are exact integers of
 * {@link DemandTable} weight units. Points with no open site within the cutoff have nearest site {@code -1}
 * and distance {@code +Infinity} here; {@code analysis} resolves them with a spatial query where the model
 * allows. Not thread-safe: one state per user session.
 */
public final class CoverageState {
    private static final int LEVELS = AreaLevel.values().length;

    private final CoverageIndex index;
    private final DemandTable demand;
    private final Norms norms;
    private final double[] radius;
    private final double radius65;
    private final int[][] groupOf;
    private final long[] weight;
    private final long[] weight65;
    private final int[] countAll;
    private final int[] count65;
    private final int[] nearestSite;
    private final double[] nearestMetres;
    private final boolean[] open;
    private int openCount;
    private final long[][] covered = new long[LEVELS][];
    private final long[][] covered65 = new long[LEVELS][];
    private final long[][] coveredUnknown65 = new long[LEVELS][];
    private final long[][] total = new long[LEVELS][];
    private final long[][] total65 = new long[LEVELS][];
    private final long[][] unknown65 = new long[LEVELS][];
    private final int[][] uncoveredPoints = new int[LEVELS][];
    private final IntList flipped = new IntList();
    private final IntList flipped65 = new IntList();

    /**
     * A state with every site closed.
     *
     * @throws IllegalArgumentException when the index and the table differ in size, or the index cutoff is
     *                                  smaller than the largest radius of the norms
     */
    public CoverageState(CoverageIndex index, DemandTable demand, Norms norms) {
        if (index.demandCount() != demand.size()) {
            throw new IllegalArgumentException("index has " + index.demandCount() + " demand points, table " + demand.size());
        }
        if (index.cutoffMetres() < norms.maxRadiusMetres()) {
            throw new IllegalArgumentException("index cutoff " + index.cutoffMetres()
                    + " m is below the largest radius of the norms, " + norms.maxRadiusMetres() + " m");
        }
        this.index = index;
        this.demand = demand;
        this.norms = norms;
        int n = demand.size();
        radius = new double[n];
        weight = new long[n];
        weight65 = new long[n];
        for (int i = 0; i < n; i++) {
            radius[i] = norms.radiusFor(demand.urbanityClass(i));
            weight[i] = demand.weightUnits(i);
            weight65[i] = demand.weight65Units(i);
        }
        radius65 = norms.radius65Metres();
        groupOf = demand.groupArrays();
        countAll = new int[n];
        count65 = new int[n];
        nearestSite = new int[n];
        nearestMetres = new double[n];
        Arrays.fill(nearestSite, -1);
        Arrays.fill(nearestMetres, Double.POSITIVE_INFINITY);
        open = new boolean[index.siteCount()];
        for (AreaLevel level : AreaLevel.values()) {
            int l = level.ordinal();
            int groups = demand.groupCount(level);
            covered[l] = new long[groups];
            covered65[l] = new long[groups];
            coveredUnknown65[l] = new long[groups];
            total[l] = new long[groups];
            total65[l] = new long[groups];
            unknown65[l] = new long[groups];
            uncoveredPoints[l] = new int[groups];
            for (int i = 0; i < n; i++) {
                int g = groupOf[l][i];
                if (weight[i] > 0) {
                    uncoveredPoints[l][g]++;
                }
                total[l][g] += weight[i];
                if (weight65[i] >= 0) {
                    total65[l][g] += weight65[i];
                } else {
                    unknown65[l][g] += weight[i];
                }
            }
        }
    }

    /**
     * Builds the coverage index of {@code model} at the largest radius of the norms and returns a state with
     * every site closed.
     *
     * @throws IllegalArgumentException when the model and the table differ in demand count
     */
    public static CoverageState build(DistanceModel model, DemandTable demand, Norms norms) {
        return new CoverageState(CoverageIndex.build(model, norms.maxRadiusMetres()), demand, norms);
    }

    /**
     * What one toggle changed.
     *
     * @param site         the site toggled
     * @param opened       true when it was opened, false when closed
     * @param flippedAll   demand points whose coverage (all-inhabitants radius) changed, in index order
     * @param flipped65    demand points whose 65+ coverage changed, in index order
     */
    public record Change(int site, boolean opened, int[] flippedAll, int[] flipped65) {
    }

    /** Opens the site if closed, closes it if open. */
    public Change toggle(int site) {
        return apply(site, !isOpen(site));
    }

    /** Opens a site; a no-op (empty change) when already open. */
    public Change open(int site) {
        return isOpen(site) ? new Change(site, true, new int[0], new int[0]) : apply(site, true);
    }

    /** Closes a site; a no-op (empty change) when already closed. */
    public Change close(int site) {
        return isOpen(site) ? apply(site, false) : new Change(site, false, new int[0], new int[0]);
    }

    /** Opens every listed site (already open ones are left open). */
    public void openAll(int[] sites) {
        for (int s : sites) {
            if (!isOpen(s)) {
                apply(s, true);
            }
        }
    }

    private Change apply(int s, boolean opening) {
        open[s] = opening;
        openCount += opening ? 1 : -1;
        int delta = opening ? 1 : -1;
        flipped.clear();
        flipped65.clear();
        for (int k = index.siteStart(s), end = index.siteEnd(s); k < end; k++) {
            int i = index.siteDemand(k);
            double d = index.siteMetres(k);
            if (d <= radius[i]) {
                int c = countAll[i] += delta;
                if (c == (opening ? 1 : 0)) {
                    addCovered(i, delta);
                    flipped.add(i);
                }
            }
            if (d <= radius65) {
                int c = count65[i] += delta;
                if (c == (opening ? 1 : 0)) {
                    addCovered65(i, delta);
                    flipped65.add(i);
                }
            }
            if (opening) {
                if (d < nearestMetres[i] || (d == nearestMetres[i] && s < nearestSite[i])) {
                    nearestSite[i] = s;
                    nearestMetres[i] = d;
                }
            } else if (nearestSite[i] == s) {
                recomputeNearest(i);
            }
        }
        return new Change(s, opening, flipped.toArray(), flipped65.toArray());
    }

    private void addCovered(int i, int sign) {
        long w = sign * weight[i];
        int populated = weight[i] > 0 ? sign : 0;
        for (int l = 0; l < LEVELS; l++) {
            covered[l][groupOf[l][i]] += w;
            uncoveredPoints[l][groupOf[l][i]] -= populated;
        }
    }

    private void addCovered65(int i, int sign) {
        long w65 = weight65[i];
        if (w65 >= 0) {
            long w = sign * w65;
            for (int l = 0; l < LEVELS; l++) {
                covered65[l][groupOf[l][i]] += w;
            }
        } else {
            long w = sign * weight[i];
            for (int l = 0; l < LEVELS; l++) {
                coveredUnknown65[l][groupOf[l][i]] += w;
            }
        }
    }

    private void recomputeNearest(int i) {
        int best = -1;
        double bestMetres = Double.POSITIVE_INFINITY;
        // demand rows are sorted by site, so a strict comparison keeps the lowest index on ties
        for (int k = index.demandStart(i), end = index.demandEnd(i); k < end; k++) {
            int j = index.demandSite(k);
            if (open[j] && index.demandMetres(k) < bestMetres) {
                best = j;
                bestMetres = index.demandMetres(k);
            }
        }
        nearestSite[i] = best;
        nearestMetres[i] = bestMetres;
    }

    public CoverageIndex index() {
        return index;
    }

    public DemandTable demand() {
        return demand;
    }

    public Norms norms() {
        return norms;
    }

    public boolean isOpen(int site) {
        return open[site];
    }

    public int openCount() {
        return openCount;
    }

    /** The open sites in index order. */
    public int[] openSites() {
        int[] out = new int[openCount];
        int k = 0;
        for (int s = 0; s < open.length; s++) {
            if (open[s]) {
                out[k++] = s;
            }
        }
        return out;
    }

    /** The all-inhabitants radius of point {@code i} (after any urbanity override). */
    public double radiusMetres(int i) {
        return radius[i];
    }

    /** True when an open site lies within point {@code i}'s radius. */
    public boolean isCovered(int i) {
        return countAll[i] > 0;
    }

    /** True when an open site lies within the 65+ radius of point {@code i}. */
    public boolean isCovered65(int i) {
        return count65[i] > 0;
    }

    /** Number of open sites within point {@code i}'s radius. */
    public int openWithinRadius(int i) {
        return countAll[i];
    }

    /** Number of open sites within the 65+ radius of point {@code i}. */
    public int openWithinRadius65(int i) {
        return count65[i];
    }

    /** The nearest open site within the index cutoff (lowest index on ties), or -1. */
    public int nearestSite(int i) {
        return nearestSite[i];
    }

    /** Distance to {@link #nearestSite}, or {@code +Infinity} when none is within the cutoff. */
    public double nearestMetres(int i) {
        return nearestMetres[i];
    }

    /** Covered inhabitants of a group, in weight units. */
    public long coveredUnits(AreaLevel level, int group) {
        return covered[level.ordinal()][group];
    }

    /** Covered 65+ (points with known 65+ only), in weight units. */
    public long covered65Units(AreaLevel level, int group) {
        return covered65[level.ordinal()][group];
    }

    /** Inhabitants of points with unknown 65+ that lie within the 65+ radius, in weight units. */
    public long coveredUnknown65Units(AreaLevel level, int group) {
        return coveredUnknown65[level.ordinal()][group];
    }

    /** Points with inhabitants and no open site within their radius, in a group. */
    public int uncoveredPoints(AreaLevel level, int group) {
        return uncoveredPoints[level.ordinal()][group];
    }

    /** All inhabitants of a group, in weight units. */
    public long totalUnits(AreaLevel level, int group) {
        return total[level.ordinal()][group];
    }

    /** 65+ of a group over points where 65+ is known, in weight units. */
    public long total65Units(AreaLevel level, int group) {
        return total65[level.ordinal()][group];
    }

    /** Inhabitants of the group's points whose 65+ count is unknown, in weight units. */
    public long unknown65Units(AreaLevel level, int group) {
        return unknown65[level.ordinal()][group];
    }

    /** Growable int list reused across toggles. */
    private static final class IntList {
        private int[] a = new int[256];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
