package nl.nsp.planner.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GridNearestNeighbourTest {
    @Test
    void findsTheLowestIndexAmongEquallyNearPoints() {
        // sites at (0,0) #0, (10,0) #1, (-10,0) #2; query (0,0)... and the midpoint (5,0) is 5 from #0 and #1
        double[] x = {0, 10, -10};
        double[] y = {0, 0, 0};
        GridNearestNeighbour g = new GridNearestNeighbour(x, y, new int[] {1, 2, 0});
        assertThat(g.nearest(5, 0)).isEqualTo(0);
        assertThat(g.nearest(-6, 0)).isEqualTo(2);
        assertThat(new GridNearestNeighbour(x, y, new int[] {1, 2}).nearest(0, 0)).isEqualTo(1);
        assertThat(new GridNearestNeighbour(x, y, new int[0]).nearest(0, 0)).isEqualTo(-1);
    }

    @Test
    void agreesWithALinearScanInsideAndFarOutsideTheGrid() {
        for (long seed = 1; seed <= 40; seed++) {
            Random r = new Random(seed);
            int m = 1 + r.nextInt(200);
            double[] x = new double[m];
            double[] y = new double[m];
            for (int j = 0; j < m; j++) {
                x[j] = r.nextInt(3000);
                y[j] = r.nextInt(1000 + r.nextInt(20000));
            }
            int[] subset = java.util.stream.IntStream.range(0, m).filter(j -> r.nextInt(3) > 0).toArray();
            GridNearestNeighbour g = new GridNearestNeighbour(x, y, subset);
            for (int q = 0; q < 300; q++) {
                double qx = r.nextInt(40000) - 20000;
                double qy = r.nextInt(60000) - 20000;
                if (q % 2 == 0) {
                    qx = r.nextInt(3000);
                    qy = r.nextInt(3000);
                }
                int best = -1;
                double bestD = Double.POSITIVE_INFINITY;
                for (int s : subset) {
                    double d = Math.hypot(qx - x[s], qy - y[s]);
                    if (d < bestD || (d == bestD && s < best)) {
                        best = s;
                        bestD = d;
                    }
                }
                assertThat(g.nearest(qx, qy)).as("seed %d query (%s, %s)", seed, qx, qy).isEqualTo(best);
            }
        }
    }
}
