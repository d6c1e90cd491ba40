package nl.nsp.planner.optimise;

import java.util.Arrays;

/**
 * Upper bound on the maximal covering optimum by Lagrangian relaxation of the coverage constraints
 * {@code z_d <= sum of y_s over sites s reaching d}, with multipliers 0 <= lambda_d <= w_d:
 * <pre>
 *   L(lambda) = sum_d max(0, w_d - lambda_d) + (sum of the p largest c_s, fixed sites forced in),
 *   c_s = sum of lambda_d over the points s reaches.
 * </pre>
 * Every L(lambda) is a valid upper bound (weak duality), and the smallest one met is returned. The multipliers
 * are driven down by the volume algorithm (Barahona and Anbil 2000): steps along the subgradient of an
 * exponentially averaged relaxed solution rather than the last one, Polyak step length towards the best
 * known objective with a factor that grows after improving steps whose direction agrees and shrinks after 20
 * steps without improvement. On the Rijnmond instances it gets within 0.05 % of the LP bound in 400-700
 * iterations where plain subgradient steps were still 0.13 % above it after 1,000. It stops at the iteration
 * limit, when the bound meets the incumbent, or when the last 100 iterations gained less than 0.005 %. The
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
        return bound(q, p, incumbent, Double.NEGATIVE_INFINITY, maxIter, null, null, run);
    }

    /**
     * As {@link #bound(ReducedProblem, int, double, int, RunControl)}, and also evaluates the site set of every
     * relaxed solution, keeping the best covering one in {@code bestPrimal} (a Lagrangian heuristic).
     */
    static double bound(ReducedProblem q, int p, double incumbent, int maxIter, boolean[] bestPrimal,
            RunControl run) {
        return bound(q, p, incumbent, Double.NEGATIVE_INFINITY, maxIter, bestPrimal, null, run);
    }

    /**
     * As above, and also leaves in {@code average} the averaged relaxed site choice of the volume steps (an
     * approximation of the LP relaxation's y: near 1 for sites an optimum is likely to use).
     */
    static double bound(ReducedProblem q, int p, double incumbent, int maxIter, boolean[] bestPrimal,
            double[] average, RunControl run) {
        return bound(q, p, incumbent, Double.NEGATIVE_INFINITY, maxIter, bestPrimal, average, run);
    }

    /**
     * As {@link #bound(ReducedProblem, int, double, int, RunControl)}, but gives up as soon as the bound drops
     * below {@code giveUpBelow} (used to prove that p sites cannot reach a target).
     */
    static double bound(ReducedProblem q, int p, double incumbent, double giveUpBelow, int maxIter, RunControl run) {
        return bound(q, p, incumbent, giveUpBelow, maxIter, null, null, run);
    }

    private static double bound(ReducedProblem q, int p, double incumbent, double giveUpBelow, int maxIter,
            boolean[] bestPrimal, double[] average, RunControl run) {
        int m = q.sites;
        int n = q.demands;
        int k = Math.min(p, m);
        double[] lambda = new double[n];
        double[] trial = new double[n];
        for (int d = 0; d < n; d++) {
            int deg = q.demandStart[d + 1] - q.demandStart[d];
            lambda[d] = q.weight[d] / Math.max(1, deg);
        }
        double[] c = new double[m];
        int[] count = new int[n];
        double[] scratch = new double[m];
        boolean[] pick = new boolean[m];
        double[] g = new double[n]; // subgradient of the averaged relaxed solutions (the volume direction)
        double[] gt = new double[n];
        double target = Math.max(incumbent, 0);
        double primal = Double.NEGATIVE_INFINITY;
        double best = relaxed(q, k, lambda, c, count, scratch, pick, g);
        primal = offerPrimal(q, count, pick, bestPrimal, primal);
        double[] ybar = average != null ? average : new double[0];
        for (int s = 0; s < ybar.length; s++) {
            ybar[s] = pick[s] ? 1 : 0;
        }
        double f = 0.1;
        int reds = 0;
        double checkpoint = best;
        for (int it = 0; it < maxIter && !run.shouldStop(); it++) {
            if (best - target <= 1e-9 * Math.max(1, target) || best < giveUpBelow) {
                break;
            }
            double norm = 0;
            for (int d = 0; d < n; d++) {
                norm += g[d] * g[d];
            }
            if (norm == 0) {
                break; // the averaged relaxed solution is feasible: nothing left to move
            }
            double step = f * (best - target) / norm;
            for (int d = 0; d < n; d++) {
                trial[d] = Math.min(q.weight[d], Math.max(0, lambda[d] - step * g[d]));
            }
            double value = relaxed(q, k, trial, c, count, scratch, pick, gt);
            primal = offerPrimal(q, count, pick, bestPrimal, primal);
            // averaging weight: the a in [0.01, 0.1] minimising |a gt + (1 - a) g|
            double num = 0;
            double den = 0;
            double dot = 0;
            for (int d = 0; d < n; d++) {
                double diff = gt[d] - g[d];
                num -= g[d] * diff;
                den += diff * diff;
                dot += gt[d] * g[d];
            }
            double a = den == 0 ? 0.1 : Math.min(0.1, Math.max(0.01, num / den));
            for (int d = 0; d < n; d++) {
                g[d] = a * gt[d] + (1 - a) * g[d];
            }
            for (int s = 0; s < ybar.length; s++) {
                ybar[s] = a * (pick[s] ? 1 : 0) + (1 - a) * ybar[s];
            }
            if (value < best) {
                if (dot >= 0) {
                    f = Math.min(2, 1.1 * f); // "green": the new point improves and the directions agree
                }
                best = value;
                double[] t = lambda;
                lambda = trial;
                trial = t;
                reds = 0;
            } else if (++reds >= 20) {
                f *= 0.66;
                reds = 0;
            }
            if ((it + 1) % 100 == 0) {
                if (checkpoint - best < 5e-5 * Math.abs(best)) {
                    break; // less than 0.005 % in the last 100 iterations
                }
                checkpoint = best;
            }
            if (it % 25 == 0) {
                run.progress("bound", (double) it / maxIter, incumbent, best);
            }
        }
        return best;
    }

    /**
     * Solves the relaxation at {@code lambda}: picks the sites (in {@code pick}, cover counts in {@code count}),
     * writes the subgradient {@code count_d - z_d} into {@code sub} and returns L(lambda).
     */
    private static double relaxed(ReducedProblem q, int k, double[] lambda, double[] c, int[] count,
            double[] scratch, boolean[] pick, double[] sub) {
        int m = q.sites;
        int n = q.demands;
        for (int s = 0; s < m; s++) {
            double sum = 0;
            for (int t = q.siteStart[s]; t < q.siteStart[s + 1]; t++) {
                sum += lambda[q.siteDemand[t]];
            }
            c[s] = sum;
        }
        double value = FixedPlusBest.choose(q, c, k, true, scratch, pick);
        Arrays.fill(count, 0);
        for (int s = 0; s < m; s++) {
            if (pick[s]) {
                for (int t = q.siteStart[s]; t < q.siteStart[s + 1]; t++) {
                    count[q.siteDemand[t]]++;
                }
            }
        }
        for (int d = 0; d < n; d++) {
            boolean z = q.weight[d] > lambda[d];
            if (z) {
                value += q.weight[d] - lambda[d];
            }
            sub[d] = count[d] - (z ? 1 : 0);
        }
        return value;
    }

    /** Lagrangian heuristic: keeps the relaxed site set covering the most weight in {@code bestPrimal}. */
    private static double offerPrimal(ReducedProblem q, int[] count, boolean[] pick, boolean[] bestPrimal,
            double primal) {
        if (bestPrimal == null) {
            return primal;
        }
        double cov = 0;
        for (int d = 0; d < q.demands; d++) {
            cov += count[d] > 0 ? q.weight[d] : 0;
        }
        if (cov > primal) {
            System.arraycopy(pick, 0, bestPrimal, 0, pick.length);
            return cov;
        }
        return primal;
    }
}
