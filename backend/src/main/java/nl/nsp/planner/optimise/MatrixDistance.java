package nl.nsp.planner.optimise;

import java.util.Arrays;
import nl.nsp.planner.reach.DistanceModel;
import nl.nsp.planner.reach.PairSink;

/**
 * Distances given as explicit (site, demand, distance) pairs, e.g. from a cost matrix file or an OR-Library
 * graph; pairs that are not given are unreachable. Distances are in the input's unit (metres, seconds, ...).
 */
public final class MatrixDistance implements DistanceModel {
    private final int siteCount;
    private final int demandCount;
    private final String name;
    private final int[] rowStart;
    private final int[] demand;
    private final double[] distance;

    private MatrixDistance(int siteCount, int demandCount, String name, int[] rowStart, int[] demand,
            double[] distance) {
        this.siteCount = siteCount;
        this.demandCount = demandCount;
        this.name = name;
        this.rowStart = rowStart;
        this.demand = demand;
        this.distance = distance;
    }

    /**
     * From pair arrays (any order; each (site, demand) pair at most once).
     *
     * @throws IllegalArgumentException on an index out of range, a negative or NaN distance, or a repeated pair
     */
    public static MatrixDistance ofPairs(int siteCount, int demandCount, int[] site, int[] demand, double[] distance,
            String name) {
        int n = site.length;
        if (demand.length != n || distance.length != n) {
            throw new IllegalArgumentException("pair arrays differ in length");
        }
        int[] start = new int[siteCount + 1];
        for (int k = 0; k < n; k++) {
            if (!(0 <= site[k] && site[k] < siteCount) || !(0 <= demand[k] && demand[k] < demandCount)) {
                throw new IllegalArgumentException("pair " + k + " (" + site[k] + ", " + demand[k] + ") out of range");
            }
            if (!(distance[k] >= 0)) {
                throw new IllegalArgumentException("pair " + k + ": distance must be >= 0, got " + distance[k]);
            }
            start[site[k] + 1]++;
        }
        for (int s = 0; s < siteCount; s++) {
            start[s + 1] += start[s];
        }
        long[] keyed = new long[n];
        for (int k = 0; k < n; k++) {
            keyed[k] = ((long) site[k] << 32 | demand[k]) ;
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keyed[a], keyed[b]));
        int[] dem = new int[n];
        double[] dist = new double[n];
        for (int r = 0; r < n; r++) {
            int k = order[r];
            if (r > 0 && keyed[order[r - 1]] == keyed[k]) {
                throw new IllegalArgumentException("pair (site " + site[k] + ", demand " + demand[k] + ") given twice");
            }
            dem[r] = demand[k];
            dist[r] = distance[k];
        }
        return new MatrixDistance(siteCount, demandCount, name, start, dem, dist);
    }

    /** From a full matrix {@code distance[demand][site]}; infinite entries are unreachable. */
    public static MatrixDistance ofDense(double[][] distanceByDemand, int siteCount, String name) {
        int demandCount = distanceByDemand.length;
        int[] start = new int[siteCount + 1];
        for (int s = 0; s < siteCount; s++) {
            int c = 0;
            for (double[] row : distanceByDemand) {
                c += row[s] < Double.POSITIVE_INFINITY ? 1 : 0;
            }
            start[s + 1] = start[s] + c;
        }
        int[] dem = new int[start[siteCount]];
        double[] dist = new double[start[siteCount]];
        for (int s = 0; s < siteCount; s++) {
            int k = start[s];
            for (int d = 0; d < demandCount; d++) {
                double x = distanceByDemand[d][s];
                if (x < Double.POSITIVE_INFINITY) {
                    if (!(x >= 0)) {
                        throw new IllegalArgumentException("distance[" + d + "][" + s + "] must be >= 0, got " + x);
                    }
                    dem[k] = d;
                    dist[k] = x;
                    k++;
                }
            }
        }
        return new MatrixDistance(siteCount, demandCount, name, start, dem, dist);
    }

    @Override
    public int siteCount() {
        return siteCount;
    }

    @Override
    public int demandCount() {
        return demandCount;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void forEachWithin(int site, double cutoffMetres, PairSink sink) {
        for (int k = rowStart[site]; k < rowStart[site + 1]; k++) {
            if (distance[k] <= cutoffMetres) {
                sink.accept(demand[k], distance[k]);
            }
        }
    }
}
