package nl.nsp.planner.optimise;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Minimum number of sites covering every reachable demand point (LSCP): a greedy cover, then Beasley's
 * Lagrangian heuristic. Relaxing the cover constraints {@code sum_{s reaches d} y_s >= 1} with multipliers
 * u_d >= 0 gives the lower bound
 * <pre>
 *   L(u) = sum_d u_d + sum_s min(0, 1 - sum of u_d over the points s reaches)
 * </pre>
 * (rounded up, plus the fixed sites). Every few subgradient iterations the sites with negative reduced cost
 * are taken, uncovered points are repaired with the cheapest reduced-cost site, and redundant sites are
 * dropped (highest reduced cost first); the best cover found is kept. Stops when the cover size meets the
 * rounded bound (proven optimal), after {@code maxIter} iterations or when time runs out.
 */
final class LagrangianSetCover {
    private LagrangianSetCover() {
    }

    /** Cover found and bound proven. */
    record Result(Selection selection, double bound) {
    }

    private record Entry(int site, int gain) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Integer.compare(o.gain, gain);
            return c != 0 ? c : Integer.compare(site, o.site);
        }
    }

    static Result solve(ReducedProblem q, int maxIter, RunControl run) {
        Selection best = greedyCover(q, null);
        int ub = best.count();
        run.progress("greedy", 0.1, ub, Double.NaN);
        int m = q.sites;
        int n = q.demands;
        // points already covered by fixed sites are out of the relaxation
        boolean[] open = new boolean[n];
        Arrays.fill(open, true);
        for (int s = 0; s < m; s++) {
            if (q.fixed[s]) {
                for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
                    open[q.siteDemand[k]] = false;
                }
            }
        }
        double[] u = new double[n];
        for (int d = 0; d < n; d++) {
            if (open[d]) {
                double mu = Double.POSITIVE_INFINITY;
                for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                    int s = q.demandSite[k];
                    mu = Math.min(mu, 1.0 / Math.max(1, q.siteStart[s + 1] - q.siteStart[s]));
                }
                u[d] = mu;
            }
        }
        double[] r = new double[m];
        int[] cnt = new int[n];
        double bestL = 0;
        double alpha = 2;
        int stall = 0;
        int floor = q.fixedCount + unmetAfterFixed(q);
        for (int it = 0; it < maxIter && !run.shouldStop(); it++) {
            double value = 0;
            for (int d = 0; d < n; d++) {
                value += u[d];
            }
            for (int s = 0; s < m; s++) {
                if (q.fixed[s]) {
                    r[s] = 0;
                    continue;
                }
                double sum = 0;
                for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
                    sum += u[q.siteDemand[k]];
                }
                r[s] = 1 - sum;
                if (r[s] < 0) {
                    value += r[s];
                }
            }
            if (value > bestL + 1e-9) {
                bestL = value;
                stall = 0;
            } else if (++stall >= 20) {
                alpha /= 2;
                stall = 0;
            }
            double lb = Math.max(floor, Math.ceil(bestL - 1e-6) + q.fixedCount);
            if (lb >= ub || alpha < 1e-4) {
                break;
            }
            if (it % 5 == 0) {
                Selection cand = lagrangianCover(q, r);
                if (cand != null && cand.count() < ub && cand.feasible()) {
                    best = cand;
                    ub = cand.count();
                }
                run.progress("lagrangian", (double) it / maxIter, ub, lb);
            }
            Arrays.fill(cnt, 0);
            for (int s = 0; s < m; s++) {
                if (!q.fixed[s] && r[s] < 0) {
                    for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
                        cnt[q.siteDemand[k]]++;
                    }
                }
            }
            double norm = 0;
            for (int d = 0; d < n; d++) {
                if (open[d]) {
                    double g = 1 - cnt[d];
                    norm += g * g;
                }
            }
            if (norm == 0) {
                break;
            }
            double step = alpha * Math.max(1.05 * (ub - q.fixedCount) - value, 1e-6) / norm;
            for (int d = 0; d < n; d++) {
                if (open[d]) {
                    u[d] = Math.max(0, u[d] + step * (1 - cnt[d]));
                }
            }
        }
        double lb = Math.max(floor, Math.ceil(bestL - 1e-6) + q.fixedCount);
        return new Result(best, Math.min(lb, ub));
    }

    private static int unmetAfterFixed(ReducedProblem q) {
        Selection s = new Selection(q, q.sites);
        for (int i = 0; i < q.sites; i++) {
            if (q.fixed[i]) {
                s.add(i);
            }
        }
        return s.unmetNeed();
    }

    /**
     * Greedy cover: fixed sites, then the site covering the most uncovered points, until all are covered;
     * then group minima are filled and redundant sites dropped. With {@code reducedCost} the repair and the
     * drop order follow it instead.
     */
    static Selection greedyCover(ReducedProblem q, double[] reducedCost) {
        Selection sel = new Selection(q, q.sites);
        CoverState state = new CoverState(q);
        for (int s = 0; s < q.sites; s++) {
            if (q.fixed[s]) {
                sel.add(s);
                state.add(s);
            }
        }
        PriorityQueue<Entry> queue = new PriorityQueue<>();
        for (int s = 0; s < q.sites; s++) {
            if (!sel.chosen[s]) {
                queue.add(new Entry(s, uncovered(q, s, state)));
            }
        }
        int left = 0;
        for (int d = 0; d < q.demands; d++) {
            left += state.coverCount[d] == 0 ? 1 : 0;
        }
        while (left > 0 && !queue.isEmpty()) {
            Entry top = queue.poll();
            int fresh = uncovered(q, top.site, state);
            if (fresh < top.gain) {
                queue.add(new Entry(top.site, fresh));
                continue;
            }
            if (fresh == 0) {
                break;
            }
            sel.add(top.site);
            state.add(top.site);
            left -= fresh;
        }
        finish(q, sel, state, null);
        return sel;
    }

    private static Selection lagrangianCover(ReducedProblem q, double[] r) {
        Selection sel = new Selection(q, q.sites);
        CoverState state = new CoverState(q);
        for (int s = 0; s < q.sites; s++) {
            if (q.fixed[s] || r[s] < 0) {
                sel.add(s);
                state.add(s);
            }
        }
        for (int d = 0; d < q.demands; d++) {
            if (state.coverCount[d] == 0) {
                int bestSite = -1;
                double bestCost = Double.POSITIVE_INFINITY;
                for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                    int s = q.demandSite[k];
                    double c = Math.max(r[s], 0) / Math.max(1, uncovered(q, s, state));
                    if (c < bestCost) {
                        bestCost = c;
                        bestSite = s;
                    }
                }
                sel.add(bestSite);
                state.add(bestSite);
            }
        }
        finish(q, sel, state, r);
        return sel;
    }

    /** Fills unmet group minima with the best sites of those groups, then drops redundant sites. */
    private static void finish(ReducedProblem q, Selection sel, CoverState state, double[] r) {
        sel.fillGroups(state);
        int[] chosen = sel.sites();
        Integer[] order = new Integer[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            order[i] = chosen[i];
        }
        // drop the least useful first: highest reduced cost, else fewest covered points; ties by higher index
        Arrays.sort(order, (a, b) -> {
            int c = r != null ? Double.compare(r[b], r[a])
                    : Integer.compare(q.siteStart[a + 1] - q.siteStart[a], q.siteStart[b + 1] - q.siteStart[b]);
            return c != 0 ? c : Integer.compare(b, a);
        });
        for (int s : order) {
            if (q.fixed[s] || !redundant(q, s, state) || sel.removalBreaksGroup(s)) {
                continue;
            }
            sel.remove(s);
            state.remove(s);
        }
    }

    private static boolean redundant(ReducedProblem q, int s, CoverState state) {
        for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
            if (state.coverCount[q.siteDemand[k]] < 2) {
                return false;
            }
        }
        return true;
    }

    private static int uncovered(ReducedProblem q, int s, CoverState state) {
        int c = 0;
        for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
            if (state.coverCount[q.siteDemand[k]] == 0) {
                c++;
            }
        }
        return c;
    }
}
