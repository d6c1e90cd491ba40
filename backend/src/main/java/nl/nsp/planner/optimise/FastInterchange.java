package nl.nsp.planner.optimise;

import java.util.Random;

/**
 * Interchange local search for p-median (Whitaker's fast interchange with the incremental bookkeeping of
 * Resende and Werneck), plus seeded perturbation restarts (iterated local search) while time allows.
 *
 * <p>For a candidate i, with d1/d2 the nearest/second-nearest chosen distance of each point:
 * {@code gain(i) = sum over points with dist(d,i) < d1 of w (d1 - dist)}, and removing chosen j costs
 * {@code loss(j) = sum over points nearest to j of w (min(d2, dist(d,i)) - d1)} when those points cannot move to
 * i more cheaply. {@code baseLoss(j)} (i far away) is computed once per pass and corrected only for the points
 * i reaches, so a pass costs O(pairs + candidates x p). Best improvement per pass, ties to the lowest
 * indices; fixed sites, budgets and group minima are respected.
 */
final class FastInterchange {
    private FastInterchange() {
    }

    /** Runs local search to a local optimum; returns the objective. */
    static double improve(ReducedProblem q, Selection sel, Assignment a, RunControl run) {
        double[] baseLoss = new double[q.sites];
        double[] delta = new double[q.sites];
        boolean[] hit = new boolean[q.sites];
        int[] touched = new int[q.sites];
        double cost = a.assign(sel.chosen);
        double eps = 1e-9 * Math.max(1, cost);
        while (!run.shouldStop()) {
            int[] chosen = sel.sites();
            java.util.Arrays.fill(baseLoss, 0);
            for (int d = 0; d < q.demands; d++) {
                if (a.near[d] >= 0) {
                    baseLoss[a.near[d]] += q.weight[d] * (a.d2[d] - a.d1[d]);
                }
            }
            double bestProfit = eps;
            int bestIn = -1;
            int bestOut = -1;
            for (int i = 0; i < q.sites; i++) {
                if (sel.chosen[i]) {
                    continue;
                }
                double gain = 0;
                int nt = 0;
                for (int k = q.siteStart[i]; k < q.siteStart[i + 1]; k++) {
                    int d = q.siteDemand[k];
                    double x = q.siteDist[k];
                    int j = a.near[d];
                    double w = q.weight[d];
                    if (x < a.d1[d]) {
                        gain += w * (a.d1[d] - x);
                        if (j >= 0) {
                            if (!hit[j]) {
                                hit[j] = true;
                                touched[nt++] = j;
                            }
                            delta[j] -= w * (a.d2[d] - a.d1[d]);
                        }
                    } else if (x < a.d2[d] && j >= 0) {
                        if (!hit[j]) {
                            hit[j] = true;
                            touched[nt++] = j;
                        }
                        delta[j] -= w * (a.d2[d] - x);
                    }
                }
                for (int j : chosen) {
                    double profit = gain - (baseLoss[j] + delta[j]);
                    if (profit > bestProfit && sel.canSwap(i, j)) {
                        bestProfit = profit;
                        bestIn = i;
                        bestOut = j;
                    }
                }
                for (int t = 0; t < nt; t++) {
                    delta[touched[t]] = 0;
                    hit[touched[t]] = false;
                }
            }
            if (bestIn < 0) {
                break;
            }
            sel.remove(bestOut);
            sel.add(bestIn);
            cost = a.assign(sel.chosen);
            run.progress("local-search", 0.5, cost, Double.NaN);
        }
        return cost;
    }

    /**
     * Iterated local search: perturbs the best selection by 1 to 2 + p/4 random feasible swaps (seeded), accepts equal cost (plateau moves),, re-optimises,
     * keeps improvements, for {@code rounds} rounds or until {@code stopAt} is reached or time runs out.
     *
     * @return the best selection found (a copy)
     */
    static Selection iterate(ReducedProblem q, Selection start, double startCost, int rounds, double stopAt,
            long seed, RunControl run) {
        Random random = new Random(seed);
        Selection best = start.copy();
        double bestCost = startCost;
        Assignment a = new Assignment(q);
        for (int r = 0; r < rounds && bestCost > stopAt + 1e-9 * Math.max(1, stopAt) && !run.shouldStop(); r++) {
            Selection cur = best.copy();
            int[] chosen = cur.sites();
            int kick = 1 + random.nextInt(Math.max(1, Math.min(chosen.length, 2 + chosen.length / 4)));
            for (int t = 0; t < kick && q.sites > chosen.length; t++) {
                int out = chosen[random.nextInt(chosen.length)];
                int in = random.nextInt(q.sites);
                if (cur.canSwap(in, out)) {
                    cur.remove(out);
                    cur.add(in);
                    chosen = cur.sites();
                }
            }
            double cost = improve(q, cur, a, run);
            if (cost <= bestCost + 1e-9 * Math.max(1, bestCost)) {
                bestCost = Math.min(bestCost, cost); // equal cost: move on the plateau
                best = cur;
            }
            run.progress("perturbation", (r + 1.0) / rounds, bestCost, Double.NaN);
        }
        return best;
    }
}
