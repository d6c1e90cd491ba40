package nl.nsp.planner.optimise;

import java.util.Arrays;

/**
 * Upper bound on the maximal covering optimum by Lagrangian relaxation of the coverage constraints
 * {@code z_d <= sum of y_s over sites s reaching d}, with multipliers 0 <= lambda_d <= w_d:
 * <pre>
 *   L(lambda) = sum_d max(0, w_d - lambda_d) + (sum of the p largest c_s, fixed sites forced in),
 *   c_s = sum of lambda_d over the points s reaches.
 * </pre>
 * Every L(lambda) is a valid upper bound (weak duality); subgradient optimisation (Polyak steps towards the
 * best known objective, step factor halved after 20 iterations without improvement) drives it down. The
 * relaxed subproblem has the integrality property, so the limit equals the LP relaxation bound. Budgets and
 * group minima are left out of the relaxation, which keeps the bound valid but may make it weaker.
 */
final class LagrangianMaxCoverage {
    private LagrangianMaxCoverage() {
    }

    /**
     * @param p          number of sites (capped at the site count)
     * @param incumbent  best objective known (a lower bound on the optimum), used for step sizes
     * @param maxIter    iteration limit
     * @return the best (smallest) upper bound found
     */
    static double bound(ReducedProblem q, int p, double incumbent, int maxIter, RunControl run) {
        return bound(q, p, incumbent, Double.NEGATIVE_INFINITY, maxIter, null, run);
    }

    /**
     * As {@link #bound(ReducedProblem, int, double, int, RunControl)}, and also evaluates the site set of every
     * relaxed solution, keeping the best covering one in {@code bestPrimal} (a Lagrangian heuristic).
     */
    static double bound(ReducedProblem q, int p, double incumbent, int maxIter, boolean[] bestPrimal,
            RunControl run) {
        return bound(q, p, incumbent, Double.NEGATIVE_INFINITY, maxIter, bestPrimal, run);
    }

    /**
     * As {@link #bound(ReducedProblem, int, double, int, RunControl)}, but gives up as soon as the bound drops
     * below {@code giveUpBelow} (used to prove that p sites cannot reach a target).
     */
    static double bound(ReducedProblem q, int p, double incumbent, double giveUpBelow, int maxIter, RunControl run) {
        return bound(q, p, incumbent, giveUpBelow, maxIter, null, run);
    }

    private static double bound(ReducedProblem q, int p, double incumbent, double giveUpBelow, int maxIter,
            boolean[] bestPrimal, RunControl run) {
        int m = q.sites;
        int n = q.demands;
        int k = Math.min(p, m);
        double[] lambda = new double[n];
        for (int d = 0; d < n; d++) {
            int deg = q.demandStart[d + 1] - q.demandStart[d];
            lambda[d] = q.weight[d] / Math.max(1, deg);
        }
        double[] c = new double[m];
        int[] count = new int[n];
        Integer[] order = new Integer[m];
        boolean[] pick = new boolean[m];
        double best = Double.POSITIVE_INFINITY;
        double alpha = 2;
        int stall = 0;
        double target = Math.max(incumbent, 0);
        double primal = Double.NEGATIVE_INFINITY;
        for (int it = 0; it < maxIter && !run.shouldStop(); it++) {
            Arrays.fill(c, 0);
            for (int s = 0; s < m; s++) {
                double sum = 0;
                for (int t = q.siteStart[s]; t < q.siteStart[s + 1]; t++) {
                    sum += lambda[q.siteDemand[t]];
                }
                c[s] = sum;
            }
            double value = FixedPlusBest.choose(q, c, k, true, order, pick);
            for (int d = 0; d < n; d++) {
                value += Math.max(0, q.weight[d] - lambda[d]);
            }
            if (best == Double.POSITIVE_INFINITY || value < best - 1e-12 * Math.max(1, best)) {
                best = value;
                stall = 0;
            } else if (++stall >= 30) {
                alpha /= 2;
                stall = 0;
            }
            if (best - target <= 1e-9 * Math.max(1, target) || alpha < 1e-5 || best < giveUpBelow) {
                break;
            }
            Arrays.fill(count, 0);
            for (int s = 0; s < m; s++) {
                if (pick[s]) {
                    for (int t = q.siteStart[s]; t < q.siteStart[s + 1]; t++) {
                        count[q.siteDemand[t]]++;
                    }
                }
            }
            if (bestPrimal != null) {
                double cov = 0;
                for (int d = 0; d < n; d++) {
                    cov += count[d] > 0 ? q.weight[d] : 0;
                }
                if (cov > primal) {
                    primal = cov;
                    System.arraycopy(pick, 0, bestPrimal, 0, m);
                }
            }
            double norm = 0;
            for (int d = 0; d < n; d++) {
                double g = count[d] - (q.weight[d] - lambda[d] > 0 ? 1 : 0);
                norm += g * g;
            }
            if (norm == 0) {
                break; // the relaxed solution is feasible and complementary: the bound is exact
            }
            double step = alpha * (value - target) / norm;
            for (int d = 0; d < n; d++) {
                double g = count[d] - (q.weight[d] - lambda[d] > 0 ? 1 : 0);
                lambda[d] = Math.min(q.weight[d], Math.max(0, lambda[d] - step * g));
            }
            if (it % 25 == 0) {
                run.progress("bound", (double) it / maxIter, incumbent, best);
            }
        }
        return best;
    }
}
