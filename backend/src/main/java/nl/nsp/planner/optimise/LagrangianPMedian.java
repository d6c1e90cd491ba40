package nl.nsp.planner.optimise;

import java.util.Arrays;

/**
 * Lower bound on the p-median optimum by Lagrangian relaxation of the assignment constraints
 * {@code sum_s x_ds = 1} with multipliers lambda_d:
 * <pre>
 *   L(lambda) = sum_d lambda_d + (sum of the p smallest rho_s, fixed sites forced in),
 *   rho_s = sum over points d of min(0, w_d dist(d, s) - lambda_d).
 * </pre>
 * Unlisted pairs cost the penalty distance, so with 0 <= lambda_d <= w_d x penalty they contribute nothing.
 * Subgradient optimisation with Polyak steps towards the heuristic objective; multipliers start at each
 * point's assignment cost in the heuristic solution. Budgets and group minima are not in the relaxation
 * (valid, possibly weaker bound).
 */
final class LagrangianPMedian {
    private LagrangianPMedian() {
    }

    /**
     * @param p         number of sites
     * @param start     assignment of the heuristic solution (multiplier start)
     * @param incumbent objective of the heuristic solution
     * @param stopAt    stop as soon as the bound reaches this value
     */
    static double bound(ReducedProblem q, int p, Assignment start, double incumbent, double stopAt, int maxIter,
            RunControl run) {
        return bound(q, p, start, incumbent, stopAt, maxIter, null, run);
    }

    /**
     * As above; every fifth iteration the relaxed site set is also evaluated as a p-median solution and the
     * cheapest one is copied into {@code bestPrimal} (a Lagrangian heuristic), unless it is null.
     */
    static double bound(ReducedProblem q, int p, Assignment start, double incumbent, double stopAt, int maxIter,
            boolean[] bestPrimal, RunControl run) {
        return bound(q, p, start, incumbent, stopAt, maxIter, bestPrimal, null, run);
    }

    /** As above, and leaves the multipliers of the best bound in {@code bestLambda} unless it is null. */
    static double bound(ReducedProblem q, int p, Assignment start, double incumbent, double stopAt, int maxIter,
            boolean[] bestPrimal, double[] bestLambda, RunControl run) {
        Assignment probe = bestPrimal == null ? null : new Assignment(q);
        double primal = Double.POSITIVE_INFINITY;
        int m = q.sites;
        int n = q.demands;
        int k = Math.min(p, m);
        double penalty = start.penalty;
        double[] lambda = new double[n];
        double[] cap = new double[n];
        for (int d = 0; d < n; d++) {
            lambda[d] = q.weight[d] * start.d1[d];
            cap[d] = q.weight[d] * penalty;
        }
        double[] rho = new double[m];
        int[] ns = q.nearSite();
        double[] nd = q.nearDist();
        double[] scratch = new double[m];
        boolean[] pick = new boolean[m];
        int[] count = new int[n];
        double best = Double.NEGATIVE_INFINITY;
        double alpha = 2;
        int stall = 0;
        for (int it = 0; it < maxIter && !run.shouldStop(); it++) {
            Arrays.fill(rho, 0);
            for (int d = 0; d < n; d++) {
                double w = q.weight[d];
                double l = lambda[d];
                for (int t = q.demandStart[d]; t < q.demandStart[d + 1]; t++) {
                    double r = w * nd[t] - l;
                    if (r >= 0) {
                        break; // rows are sorted by distance: no later site is cheaper than lambda
                    }
                    rho[ns[t]] += r;
                }
            }
            double value = 0;
            for (int d = 0; d < n; d++) {
                value += lambda[d];
            }
            value += FixedPlusBest.choose(q, rho, k, false, scratch, pick);
            if (best == Double.NEGATIVE_INFINITY || value > best + 1e-12 * Math.max(1, Math.abs(best))) {
                best = value;
                stall = 0;
                if (bestLambda != null) {
                    System.arraycopy(lambda, 0, bestLambda, 0, n);
                }
            } else if (++stall >= 30) {
                alpha /= 2;
                stall = 0;
            }
            if (probe != null && it % 5 == 0) {
                double cost = probe.assign(pick);
                if (cost < primal) {
                    primal = cost;
                    System.arraycopy(pick, 0, bestPrimal, 0, m);
                }
            }
            if (best >= stopAt || alpha < 1e-5) {
                break;
            }
            Arrays.fill(count, 0);
            for (int d = 0; d < n; d++) {
                double w = q.weight[d];
                double l = lambda[d];
                for (int t = q.demandStart[d]; t < q.demandStart[d + 1]; t++) {
                    if (w * nd[t] >= l) {
                        break;
                    }
                    if (pick[ns[t]]) {
                        count[d]++;
                    }
                }
            }
            double norm = 0;
            for (int d = 0; d < n; d++) {
                double g = 1 - count[d];
                norm += g * g;
            }
            if (norm == 0) {
                break;
            }
            double step = alpha * Math.max(incumbent - value, 1e-9 * Math.max(1, incumbent)) / norm;
            for (int d = 0; d < n; d++) {
                lambda[d] = Math.min(cap[d], Math.max(0, lambda[d] + step * (1 - count[d])));
            }
            if (it % 25 == 0) {
                run.progress("bound", (double) it / maxIter, incumbent, best);
            }
        }
        return Math.max(best, 0); // costs are >= 0; 0 is the bound when no iteration ran (time limit)
    }
}
