package nl.nsp.planner.optimise;

import java.util.Random;
import java.util.function.ToDoubleFunction;
import nl.nsp.planner.reach.EuclideanDistance;

/**
 * Random demand points and candidate sites on a square, for the property tests. The draws come in a fixed order
 * (each point's x, y and weight, then each site's x and y), so a seed always gives the same instance.
 */
record RandomPlane(double[] dx, double[] dy, double[] w, double[] sx, double[] sy) {

    /**
     * @param side   coordinates are whole metres in [0, side)
     * @param weight draws one point's weight
     */
    static RandomPlane draw(Random r, int n, int m, int side, ToDoubleFunction<Random> weight) {
        double[] dx = new double[n];
        double[] dy = new double[n];
        double[] w = new double[n];
        double[] sx = new double[m];
        double[] sy = new double[m];
        for (int i = 0; i < n; i++) {
            dx[i] = r.nextInt(side);
            dy[i] = r.nextInt(side);
            w[i] = weight.applyAsDouble(r);
        }
        for (int j = 0; j < m; j++) {
            sx[j] = r.nextInt(side);
            sy[j] = r.nextInt(side);
        }
        return new RandomPlane(dx, dy, w, sx, sy);
    }

    /** Straight-line distances between the points and the sites, with a grid of {@code cellMetres}. */
    EuclideanDistance distance(double cellMetres) {
        return new EuclideanDistance(dx, dy, sx, sy, cellMetres);
    }
}
