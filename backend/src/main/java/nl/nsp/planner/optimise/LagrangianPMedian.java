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
        Integer[] order = new Integer[m];
        boolean[] pick = new boolean[m];
        int[] count = new int[n];
        double best = Double.NEGATIVE_INFINITY;
        double alpha = 2;
        int stall = 0;
        for (int it = 0; it < maxIter && !run.shouldStop(); it++) {
            for (int s = 0; s < m; s++) {
                double sum = 0;
                for (int t = q.siteStart[s]; t < q.siteStart[s + 1]; t++) {
                    int d = q.siteDemand[t];
                    double r = q.weight[d] * q.siteDist[t] - lambda[d];
                    if (r < 0) {
                        sum += r;
                    }
                }
                rho[s] = sum;
            }
            double value = 0;
            for (int d = 0; d < n; d++) {
                value += lambda[d];
            }
            value += choose(q, rho, k, order, pick);
            if (value > best + 1e-12 * Math.max(1, Math.abs(best))) {
                best = value;
                stall = 0;
            } else if (++stall >= 20) {
                alpha /= 2;
                stall = 0;
            }
            if (best >= stopAt || alpha < 1e-5) {
                break;
            }
            Arrays.fill(count, 0);
            for (int s = 0; s < m; s++) {
                if (pick[s]) {
                    for (int t = q.siteStart[s]; t < q.siteStart[s + 1]; t++) {
                        int d = q.siteDemand[t];
                        if (q.weight[d] * q.siteDist[t] < lambda[d]) {
                            count[d]++;
                        }
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
        return best;
    }

    private static double choose(ReducedProblem q, double[] rho, int k, Integer[] order, boolean[] pick) {
        int m = q.sites;
        double sum = 0;
        int taken = 0;
        Arrays.fill(pick, false);
        for (int s = 0; s < m; s++) {
            order[s] = s;
            if (q.fixed[s]) {
                pick[s] = true;
                sum += rho[s];
                taken++;
            }
        }
        Arrays.sort(order, (a, b) -> {
            int cmp = Double.compare(rho[a], rho[b]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        for (int r = 0; r < m && taken < k; r++) {
            int s = order[r];
            if (!pick[s]) {
                pick[s] = true;
                sum += rho[s];
                taken++;
            }
        }
        return sum;
    }
}
