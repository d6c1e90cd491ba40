package nl.nsp.planner.optimise;

/**
 * Lagrangian reduced-cost fixing for the exact p-median MIP: with multipliers lambda of the relaxation in
 * {@link LagrangianPMedian}, value L, and a known solution of cost U, a variable can be fixed when forcing it
 * to its other value raises the Lagrangian bound above U, because then no solution with that value is better
 * than the known one. With {@code rho_s = sum_d min(0, w_d dist(d, s) - lambda_d)} and P the p sites of the
 * relaxed solution (fixed sites, then the smallest rho; {@code rho_P} the largest rho in P among the free
 * sites, {@code rho_out} the smallest outside P):
 * <ul>
 *   <li>a site s outside P is closed ({@code y_s = 0}) when {@code L + rho_s - rho_P > U} (it would have to
 *       replace a site of P);</li>
 *   <li>a free site s in P is opened ({@code y_s = 1}) when {@code L + rho_out - rho_s > U};</li>
 *   <li>an assignment of d to s is dropped ({@code x_ds = 0}) when {@code L + max(0, w_d dist(d, s) - lambda_d)
 *       + (s outside P ? rho_s - rho_P : 0) > U}.</li>
 * </ul>
 * Every pair and site of the known solution passes these tests (its cost U is at least each forced bound), so
 * it stays feasible in the reduced model, and the optimum is min(U, optimum of the reduced model). The tests
 * allow a relative margin of 1e-9 for rounding.
 */
final class PMedianFixing {
    /**
     * @param keepPair  per pair in demand-row order ({@link ReducedProblem#demandStart}): the assignment may be used
     * @param siteOff   sites fixed closed
     * @param siteOn    sites fixed open
     * @param keptPairs number of pairs kept
     * @param lower     L, the Lagrangian bound the tests used
     */
    record Restriction(boolean[] keepPair, boolean[] siteOff, boolean[] siteOn, int keptPairs, double lower) {
    }

    private PMedianFixing() {
    }

    /** The restriction for p sites, multipliers {@code lambda} and a known solution of cost {@code upper}. */
    static Restriction compute(ReducedProblem q, int p, double[] lambda, double upper) {
        int m = q.sites;
        int n = q.demands;
        double[] rho = new double[m];
        double value = 0;
        for (int d = 0; d < n; d++) {
            value += lambda[d];
            for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                double r = q.weight[d] * q.demandDist[k] - lambda[d];
                if (r < 0) {
                    rho[q.demandSite[k]] += r;
                }
            }
        }
        boolean[] inP = new boolean[m];
        value += FixedPlusBest.choose(q, rho, Math.min(p, m), false, new double[m], inP);
        double rhoP = Double.NEGATIVE_INFINITY;
        double rhoOut = 0; // with at most p sites, leaving a site of P empty costs nothing extra
        boolean freeInP = false;
        for (int s = 0; s < m; s++) {
            if (inP[s] && !q.fixed[s]) {
                rhoP = Math.max(rhoP, rho[s]);
                freeInP = true;
            } else if (!inP[s]) {
                rhoOut = Math.min(rhoOut, rho[s]);
            }
        }
        double limit = upper + 1e-9 * Math.max(1, Math.abs(upper));
        boolean[] off = new boolean[m];
        boolean[] on = new boolean[m];
        double[] enter = new double[m]; // what opening s costs the bound
        for (int s = 0; s < m; s++) {
            if (!inP[s]) {
                // no free site in P to replace: opening s would exceed p sites
                enter[s] = freeInP ? rho[s] - rhoP : Double.POSITIVE_INFINITY;
                off[s] = value + enter[s] > limit;
            } else if (!q.fixed[s]) {
                on[s] = value + rhoOut - rho[s] > limit;
            }
        }
        boolean[] keep = new boolean[q.pairs()];
        int kept = 0;
        for (int d = 0; d < n; d++) {
            for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                int s = q.demandSite[k];
                if (off[s]) {
                    continue;
                }
                double forced = value + Math.max(0, q.weight[d] * q.demandDist[k] - lambda[d]) + (inP[s] ? 0 : enter[s]);
                if (forced <= limit) {
                    keep[k] = true;
                    kept++;
                }
            }
        }
        return new Restriction(keep, off, on, kept, value);
    }
}
