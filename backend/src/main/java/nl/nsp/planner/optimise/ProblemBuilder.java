package nl.nsp.planner.optimise;

import nl.nsp.planner.reach.CoverageIndex;
import nl.nsp.planner.reach.EuclideanDistance;

/**
 * Builds the site-demand index of an optimisation instance from coordinates, the same way for every caller
 * (command line, REST jobs): straight-line distance in metres, pairs within the model's cutoff.
 */
public final class ProblemBuilder {
    private ProblemBuilder() {
    }

    /**
     * The cutoff the index needs for a model: the coverage radius for the covering models, infinite for
     * p-median (which needs the distance to every site).
     *
     * @throws IllegalArgumentException when the radius is not > 0
     */
    public static double cutoffMetres(Model model, double radiusMetres) {
        if (!(radiusMetres > 0)) {
            throw new IllegalArgumentException("radius must be > 0 metres, got " + radiusMetres);
        }
        return model == Model.PMEDIAN ? Double.POSITIVE_INFINITY : radiusMetres;
    }

    /**
     * The Euclidean index of demand points (dx, dy) and sites (sx, sy), RD metres, with every pair within
     * {@code cutoffMetres} (infinite: all pairs). The grid cell is the cutoff, at least 50 m (1 km without a cutoff).
     */
    public static CoverageIndex euclideanIndex(double[] dx, double[] dy, double[] sx, double[] sy, double cutoffMetres) {
        double cell = Double.isInfinite(cutoffMetres) ? 1000 : Math.max(50, cutoffMetres);
        return CoverageIndex.build(new EuclideanDistance(dx, dy, sx, sy, cell), cutoffMetres);
    }
}
