package nl.nsp.planner.optimise;

/**
 * Interchange local search for maximal covering (Teitz-Bart style, best improvement per pass): finds the
 * (add i, drop j) pair that increases the covered weight most and applies it, until no swap improves.
 *
 * <p>Each pass is incremental, as in Resende and Werneck's fast interchange: with {@code loss(j)} = weight
 * covered only by j, and {@code saved(i, j)} = weight covered only by j that i also covers, the change is
 * {@code gain(i) - loss(j) + saved(i, j)}, so a pass costs O(pairs + candidates x p). Swaps respect fixed
 * sites, budgets and group minima. Ties go to the lowest indices; the result is deterministic.
 */
final class SwapLocalSearch {
    private SwapLocalSearch() {
    }

    /** Improves {@code sel}/{@code state} in place; returns the number of swaps made. */
    static int improve(ReducedProblem q, Selection sel, CoverState state, RunControl run) {
        double[] loss = new double[q.sites];
        double[] saved = new double[q.sites];
        int[] touched = new int[q.sites];
        double eps = 1e-9 * Math.max(1, q.totalWeight);
        int swaps = 0;
        while (!run.shouldStop()) {
            int[] chosen = sel.sites();
            for (int j : chosen) {
                loss[j] = state.loss(j);
            }
            double bestDelta = eps;
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
                    int c = state.coverCount[d];
                    if (c == 0) {
                        gain += q.weight[d];
                    } else if (c == 1) {
                        int j = state.soleCoverer(d);
                        if (saved[j] == 0) {
                            touched[nt++] = j;
                        }
                        saved[j] += q.weight[d];
                    }
                }
                if (gain + maxSaved(saved, touched, nt) > bestDelta) {
                    for (int j : chosen) {
                        double delta = gain - loss[j] + saved[j];
                        if (delta > bestDelta && sel.canSwap(i, j)) {
                            bestDelta = delta;
                            bestIn = i;
                            bestOut = j;
                        }
                    }
                }
                for (int t = 0; t < nt; t++) {
                    saved[touched[t]] = 0;
                }
            }
            if (bestIn < 0) {
                break;
            }
            sel.remove(bestOut);
            state.remove(bestOut);
            sel.add(bestIn);
            state.add(bestIn);
            swaps++;
            if (swaps % 8 == 0) {
                run.progress("local-search", 0.5, state.covered(), Double.NaN);
            }
        }
        state.exactCovered();
        return swaps;
    }

    private static double maxSaved(double[] saved, int[] touched, int nt) {
        double m = 0;
        for (int t = 0; t < nt; t++) {
            m = Math.max(m, saved[touched[t]]);
        }
        return m;
    }
}
