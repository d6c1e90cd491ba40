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

    /**
     * Iterated local search: perturbs the best selection by 1-3 random feasible swaps (seeded), re-optimises
     * with {@link #improve}, keeps improvements; {@code rounds} rounds, or until {@code stopAt} is reached or
     * time runs out.
     *
     * @return the best selection found (a copy) and its state
     */
    static Selection iterate(ReducedProblem q, Selection start, int rounds, double stopAt, long seed,
            RunControl run) {
        java.util.Random random = new java.util.Random(seed);
        Selection best = start.copy();
        double bestValue = covered(q, best);
        double eps = 1e-9 * Math.max(1, q.totalWeight);
        for (int r = 0; r < rounds && bestValue < stopAt - eps && !run.shouldStop(); r++) {
            Selection cur = best.copy();
            int[] chosen = cur.sites();
            if (chosen.length == 0 || q.sites <= chosen.length) {
                break;
            }
            int kick = 1 + random.nextInt(3);
            for (int t = 0; t < kick; t++) {
                int out = chosen[random.nextInt(chosen.length)];
                int in = random.nextInt(q.sites);
                if (cur.canSwap(in, out)) {
                    cur.remove(out);
                    cur.add(in);
                    chosen = cur.sites();
                }
            }
            CoverState st = new CoverState(q);
            for (int s : chosen) {
                st.add(s);
            }
            improve(q, cur, st, run);
            if (st.covered() > bestValue + eps) {
                bestValue = st.covered();
                best = cur;
                run.progress("perturbation", (r + 1.0) / rounds, bestValue, Double.NaN);
            }
        }
        return best;
    }

    static double covered(ReducedProblem q, Selection sel) {
        CoverState st = new CoverState(q);
        for (int s : sel.sites()) {
            st.add(s);
        }
        return st.exactCovered();
    }
}
