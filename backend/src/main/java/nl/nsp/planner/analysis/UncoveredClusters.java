package nl.nsp.planner.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.nsp.planner.reach.CoverageState;
import nl.nsp.planner.reach.DemandTable;

/**
 * The uncovered demand (points with inhabitants and no open site within their radius) and its largest
 * single-link clusters, ranked by inhabitants (ties: lowest first point index).
 */
final class UncoveredClusters {
    private UncoveredClusters() {
    }

    /** Counts the uncovered demand and clusters it. */
    static UncoveredDemand find(CoverageState state, DemandTable demand, EvaluationOptions options) {
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
}
