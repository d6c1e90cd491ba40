package nl.nsp.planner.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortestPathsTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void handWorkedGraphWithADisconnectedVertex() {
        // 0 -1- 1 -2- 2, 0 -5- 2, vertex 3 isolated: d(0,2) = 3 (via 1), d(3, *) = infinity
        double[][] c = {
            {0, 1, 5, INF},
            {1, 0, 2, INF},
            {5, 2, 0, INF},
            {INF, INF, INF, 0}};
        double[][] d = ShortestPaths.allPairs(c);
        assertThat(d[0]).containsExactly(0, 1, 3, INF);
        assertThat(d[2]).containsExactly(3, 2, 0, INF);
        assertThat(d[3]).containsExactly(INF, INF, INF, 0);
    }

    @Test
    void matchesFloydWarshallOnRandomSparseGraphs() {
        Random r = new Random(3);
        for (int round = 0; round < 60; round++) {
            int n = 1 + r.nextInt(40);
            double[][] c = new double[n][n];
            for (double[] row : c) {
                Arrays.fill(row, INF);
            }
            int edges = r.nextInt(3 * n + 1);
            for (int e = 0; e < edges; e++) {
                int i = r.nextInt(n);
                int j = r.nextInt(n);
                if (i != j) {
                    c[i][j] = c[j][i] = r.nextInt(20); // zero-cost edges included
                }
            }
            double[][] fw = new double[n][];
            for (int i = 0; i < n; i++) {
                fw[i] = c[i].clone();
                fw[i][i] = 0;
            }
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        fw[i][j] = Math.min(fw[i][j], fw[i][k] + fw[k][j]);
                    }
                }
            }
            double[][] d = ShortestPaths.allPairs(c);
            for (int i = 0; i < n; i++) {
                assertThat(d[i]).as("round " + round + " row " + i).containsExactly(fw[i]);
            }
        }
    }
}
