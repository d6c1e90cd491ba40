package nl.nsp.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SingleLinkClusteringTest {
    @Test
    void linksPointsExactlyAtTheLinkDistance() {
        // x = 0, 100, 250 (150 from 100: linked), 500 (250 away: not), 650 (150: linked to 500)
        double[] x = {0, 100, 250, 500, 650};
        double[] y = new double[5];
        int[] label = SingleLinkClustering.components(x, y, new int[] {0, 1, 2, 3, 4}, 150);
        assertThat(label).containsExactly(0, 0, 0, 3, 3);
    }

    @Test
    void agreesWithAFloodFillOverAllPairs() {
        for (long seed = 1; seed <= 40; seed++) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(300);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextInt(3000) - 1500;
                y[i] = r.nextInt(3000);
            }
            int[] pts = java.util.stream.IntStream.range(0, n).filter(i -> r.nextBoolean()).toArray();
            double link = r.nextInt(300);
            int[] label = SingleLinkClustering.components(x, y, pts, link);
            int[] expected = new int[pts.length];
            java.util.Arrays.fill(expected, -1);
            for (int a = 0; a < pts.length; a++) {
                if (expected[a] >= 0) {
                    continue;
                }
                java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
                expected[a] = a;
                queue.add(a);
                while (!queue.isEmpty()) {
                    int p = queue.poll();
                    for (int b = 0; b < pts.length; b++) {
                        if (expected[b] < 0 && Math.hypot(x[pts[p]] - x[pts[b]], y[pts[p]] - y[pts[b]]) <= link) {
                            expected[b] = a;
                            queue.add(b);
                        }
                    }
                }
            }
            assertThat(label).as("seed %d", seed).containsExactly(expected);
        }
    }
}
