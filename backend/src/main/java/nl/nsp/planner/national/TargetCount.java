package nl.nsp.planner.national;

/**
 * How many NSPs one target needs.
 *
 * @param share         the target as a share of the inhabitants counted by the norm; 1.0 = everyone within reach of
 *                      some candidate site
 * @param targetWeight  the inhabitants to cover
 * @param reachable     false when the candidate sites cannot reach the target at all
 * @param sites         NSPs of the best plan found: an upper bound on the minimum (-1 when not reachable)
 * @param lowerBound    proven lower bound on the minimum: no plan with fewer NSPs reaches the target (-1 when not
 *                      reachable)
 * @param coveredWeight inhabitants the plan covers (NaN when not reachable)
 */
public record TargetCount(double share, double targetWeight, boolean reachable, int sites, int lowerBound,
        double coveredWeight) {
    public TargetCount {
        if (reachable && !(0 <= lowerBound && lowerBound <= sites)) {
            throw new IllegalArgumentException("lower bound " + lowerBound + " must be within 0.." + sites);
        }
    }

    /** True when the count is proven minimal. */
    public boolean optimal() {
        return reachable && sites == lowerBound;
    }

    /** The relative gap between the count and its bound, (sites - bound) / sites; 0 when proven. */
    public double gap() {
        return !reachable || sites == 0 ? 0 : (sites - lowerBound) / (double) sites;
    }
}
