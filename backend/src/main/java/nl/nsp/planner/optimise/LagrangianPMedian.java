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
 * Every L(lambda) is a lower bound; the largest met is returned. Multipliers start at each point's assignment
 * cost in the heuristic solution and follow the volume algorithm, as in {@link LagrangianMaxCoverage} (steps
 * along the subgradient of averaged relaxed solutions, Polyak length towards the heuristic objective), until the
 * iteration limit, {@code stopAt}, or 100 iterations gaining less than 0.005 %. Budgets and group minima are
 * not in the relaxation (valid, possibly weaker bound).
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
        double[] trial = new double[n];
        double[] scratch = new double[m];
        boolean[] pick = new boolean[m];
        double[] g = new double[n]; // subgradient of the averaged relaxed solutions (the volume direction)
        double[] gt = new double[n];
        double best = relaxed(q, k, lambda, rho, scratch, pick, g);
        if (bestLambda != null) {
            System.arraycopy(lambda, 0, bestLambda, 0, n);
        }
        if (probe != null) {
            primal = probe.assign(pick);
            System.arraycopy(pick, 0, bestPrimal, 0, m);
        }
        double f = 0.1;
        int reds = 0;
        double checkpoint = best;
        for (int it = 0; it < maxIter && !run.shouldStop() && best < stopAt; it++) {
            double norm = 0;
            for (int d = 0; d < n; d++) {
                norm += g[d] * g[d];
            }
            if (norm == 0) {
                break; // the averaged relaxed solution assigns every point once: nothing left to move
            }
            double step = f * Math.max(incumbent - best, 1e-9 * Math.max(1, incumbent)) / norm;
            for (int d = 0; d < n; d++) {
                trial[d] = Math.min(cap[d], Math.max(0, lambda[d] + step * g[d]));
            }
            double value = relaxed(q, k, trial, rho, scratch, pick, gt);
            if (probe != null && it % 5 == 0) {
                double cost = probe.assign(pick);
                if (cost < primal) {
                    primal = cost;
                    System.arraycopy(pick, 0, bestPrimal, 0, m);
                }
            }
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
            if (value > best) {
                if (dot >= 0) {
                    f = Math.min(2, 1.1 * f);
                }
                best = value;
                double[] t = lambda;
                lambda = trial;
                trial = t;
                if (bestLambda != null) {
                    System.arraycopy(lambda, 0, bestLambda, 0, n);
                }
                reds = 0;
            } else if (++reds >= 20) {
                f *= 0.66;
                reds = 0;
            }
            if ((it + 1) % 100 == 0) {
                if (best - checkpoint < 5e-5 * Math.abs(best)) {
                    break; // less than 0.005 % in the last 100 iterations
                }
                checkpoint = best;
            }
            if (it % 25 == 0) {
                run.progress("bound", (double) it / maxIter, incumbent, best);
            }
        }
        return Math.max(best, 0); // costs are >= 0; 0 is the bound when no iteration ran (time limit)
    }

    /**
     * Solves the relaxation at {@code lambda}: picks the sites (in {@code pick}), writes the subgradient
     * {@code 1 - (assignments of d in the relaxed solution)} into {@code sub} and returns L(lambda).
     */
    private static double relaxed(ReducedProblem q, int k, double[] lambda, double[] rho, double[] scratch,
            boolean[] pick, double[] sub) {
        int n = q.demands;
        int[] ns = q.nearSite();
        double[] nd = q.nearDist();
        Arrays.fill(rho, 0);
        double value = 0;
        for (int d = 0; d < n; d++) {
            double w = q.weight[d];
            double l = lambda[d];
            value += l;
            for (int t = q.demandStart[d]; t < q.demandStart[d + 1]; t++) {
                double r = w * nd[t] - l;
                if (r >= 0) {
                    break; // rows are sorted by distance: no later site is cheaper than lambda
                }
                rho[ns[t]] += r;
            }
        }
        value += FixedPlusBest.choose(q, rho, k, false, scratch, pick);
        for (int d = 0; d < n; d++) {
            double w = q.weight[d];
            double l = lambda[d];
            int count = 0;
            for (int t = q.demandStart[d]; t < q.demandStart[d + 1]; t++) {
                if (w * nd[t] >= l) {
                    break;
                }
                if (pick[ns[t]]) {
                    count++;
                }
            }
            sub[d] = 1 - count;
        }
        return value;
    }
}
