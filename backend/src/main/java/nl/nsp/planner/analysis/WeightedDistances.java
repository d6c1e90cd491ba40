package nl.nsp.planner.analysis;

import java.util.Arrays;
import nl.nsp.planner.reach.AreaLevel;
import nl.nsp.planner.reach.DemandTable;

/**
 * Inhabitant-weighted distance statistics (mean, median, P90, max, unresolved) for every group at every
 * {@link AreaLevel}, from one sort of the points by distance (ties: lowest index) and one sweep per level.
 */
final class WeightedDistances {
    private static final AreaLevel[] LEVELS = AreaLevel.values();

    private final long[][] total = new long[LEVELS.length][];
    private final long[][] unresolved = new long[LEVELS.length][];
    private final double[][] weightedSum = new double[LEVELS.length][];
    private final double[][] median = new double[LEVELS.length][];
    private final double[][] p90 = new double[LEVELS.length][];
    private final double[][] max = new double[LEVELS.length][];

    WeightedDistances(DemandTable demand, int[] nearest, double[] metres) {
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
