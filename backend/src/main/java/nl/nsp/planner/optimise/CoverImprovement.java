package nl.nsp.planner.optimise;

import java.util.Random;

/**
 * Iterated destroy-and-repair for set covers (LSCP): removes a random chosen site together with up to two
 * chosen neighbours (sites sharing points with it), repairs by repeatedly covering the first uncovered point
 * with the site in reach that covers the most uncovered points (ties at random), then drops redundant sites
 * in random order. A cover that is no larger than the best is accepted (plateau moves), a smaller one is kept
 * as the new best. Fixed sites and group minima are respected; seeded, so deterministic.
 */
final class CoverImprovement {
    private CoverImprovement() {
    }

    /** Returns the smallest feasible cover found, stopping at {@code lowerBound} sites, after {@code rounds}. */
    static Selection improve(ReducedProblem q, Selection start, int lowerBound, int rounds, long seed, RunControl run) {
        Random random = new Random(seed);
        Selection best = start.copy();
        Selection cur = start.copy();
        CoverState state = new CoverState(q);
        for (int s : cur.sites()) {
            state.add(s);
        }
        int[] buf = new int[q.sites];
        for (int r = 0; r < rounds && best.count() > lowerBound && !run.shouldStop(); r++) {
            Selection trial = cur.copy();
            CoverState ts = new CoverState(q);
            for (int s : trial.sites()) {
                ts.add(s);
            }
            int[] chosen = trial.sites();
            int removable = 0;
            for (int s : chosen) {
                if (!q.fixed[s]) {
                    buf[removable++] = s;
                }
            }
            if (removable == 0) {
                break;
            }
            int j = buf[random.nextInt(removable)];
            remove(trial, ts, j);
            int extra = 1 + random.nextInt(4);
            for (int k = q.siteStart[j]; k < q.siteStart[j + 1] && extra > 0; k++) {
                int d = q.siteDemand[k];
                for (int t = q.demandStart[d]; t < q.demandStart[d + 1] && extra > 0; t++) {
                    int s = q.demandSite[t];
                    if (trial.chosen[s] && !q.fixed[s] && random.nextInt(2) == 0) {
                        remove(trial, ts, s);
                        extra--;
                    }
                }
            }
            repair(q, trial, ts, random);
            prune(q, trial, ts, random);
            if (!trial.feasible()) {
                continue;
            }
            if (trial.count() <= cur.count()) {
                cur = trial;
                if (trial.count() < best.count()) {
                    best = trial.copy();
                    run.progress("cover-search", (r + 1.0) / rounds, best.count(), lowerBound);
                }
            }
        }
        return best;
    }

    private static void remove(Selection sel, CoverState st, int s) {
        sel.remove(s);
        st.remove(s);
    }

    private static void repair(ReducedProblem q, Selection sel, CoverState st, Random random) {
        for (int d = 0; d < q.demands; d++) {
            if (st.coverCount[d] > 0) {
                continue;
            }
            int bestSite = -1;
            int bestCount = -1;
            int ties = 0;
            for (int t = q.demandStart[d]; t < q.demandStart[d + 1]; t++) {
                int s = q.demandSite[t];
                if (sel.chosen[s] || !sel.canAdd(s)) {
                    continue;
                }
                int c = 0;
                for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
                    if (st.coverCount[q.siteDemand[k]] == 0) {
                        c++;
                    }
                }
                if (c > bestCount) {
                    bestCount = c;
                    bestSite = s;
                    ties = 1;
                } else if (c == bestCount && random.nextInt(++ties) == 0) {
                    bestSite = s;
                }
            }
            if (bestSite < 0) {
                return; // cannot be repaired within the constraints; the trial is rejected as infeasible
            }
            sel.add(bestSite);
            st.add(bestSite);
        }
        sel.fillGroups(st);
    }

    private static void prune(ReducedProblem q, Selection sel, CoverState st, Random random) {
        int[] chosen = sel.sites();
        for (int i = chosen.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = chosen[i];
            chosen[i] = chosen[k];
            chosen[k] = t;
        }
        for (int s : chosen) {
            if (q.fixed[s] || sel.removalBreaksGroup(s)) {
                continue;
            }
            boolean redundant = true;
            for (int k = q.siteStart[s]; k < q.siteStart[s + 1] && redundant; k++) {
                redundant = st.coverCount[q.siteDemand[k]] >= 2;
            }
            if (redundant) {
                sel.remove(s);
                st.remove(s);
            }
        }
    }
}
