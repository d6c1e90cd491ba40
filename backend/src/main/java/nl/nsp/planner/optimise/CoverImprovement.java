package nl.nsp.planner.optimise;

import java.util.Random;

/**
 * Iterated destroy-and-repair for set covers (LSCP): removes a random chosen site together with up to four
 * chosen neighbours (sites sharing points with it), repairs by covering each uncovered point with the site in
 * reach that covers the most uncovered points (ties at random), then drops redundant sites near the repair in
 * random order. A cover that is no larger is accepted (plateau moves), a smaller one is kept as the new best;
 * a rejected move is undone in place, so a round costs only the rows around the change. Fixed sites and group
 * minima are respected; seeded, so deterministic.
 */
final class CoverImprovement {
    private CoverImprovement() {
    }

    /** Returns the smallest feasible cover found, stopping at {@code lowerBound} sites, after {@code rounds}. */
    static Selection improve(ReducedProblem q, Selection start, int lowerBound, int rounds, long seed, RunControl run) {
        Random random = new Random(seed);
        Selection best = start.copy();
        Selection cur = start.copy();
        CoverState st = new CoverState(q);
        for (int s : cur.sites()) {
            st.add(s);
        }
        int[] removed = new int[q.sites];
        int[] added = new int[q.sites];
        int[] pruned = new int[q.sites];
        int[] cand = new int[q.sites];
        int[] mark = new int[q.sites];
        int stamp = 0;
        boolean[] before = q.hasGroups() ? new boolean[q.sites] : null;
        int[] chosenList = new int[q.sites];
        for (int r = 0; r < rounds && best.count() > lowerBound && !run.shouldStop(); r++) {
            int countBefore = cur.count();
            int nc = 0;
            for (int s = 0; s < q.sites; s++) {
                if (cur.chosen[s] && !q.fixed[s]) {
                    chosenList[nc++] = s;
                }
            }
            if (nc == 0) {
                break;
            }
            int nr = 0;
            int j = chosenList[random.nextInt(nc)];
            cur.remove(j);
            st.remove(j);
            removed[nr++] = j;
            int extra = 1 + random.nextInt(4);
            for (int k = q.siteStart[j]; k < q.siteStart[j + 1] && extra > 0; k++) {
                int d = q.siteDemand[k];
                for (int t = q.demandStart[d]; t < q.demandStart[d + 1] && extra > 0; t++) {
                    int s = q.demandSite[t];
                    if (cur.chosen[s] && !q.fixed[s] && random.nextInt(2) == 0) {
                        cur.remove(s);
                        st.remove(s);
                        removed[nr++] = s;
                        extra--;
                    }
                }
            }
            // repair: only points of removed sites can be uncovered
            int na = 0;
            boolean repaired = true;
            for (int i = 0; i < nr && repaired; i++) {
                int s0 = removed[i];
                for (int k = q.siteStart[s0]; k < q.siteStart[s0 + 1]; k++) {
                    int d = q.siteDemand[k];
                    if (st.coverCount[d] > 0) {
                        continue;
                    }
                    int pick = bestRepair(q, cur, st, d, random);
                    if (pick < 0) {
                        repaired = false;
                        break;
                    }
                    cur.add(pick);
                    st.add(pick);
                    added[na++] = pick;
                }
            }
            if (repaired && before != null) {
                System.arraycopy(cur.chosen, 0, before, 0, q.sites);
                cur.fillGroups(st);
                for (int s = 0; s < q.sites; s++) {
                    if (cur.chosen[s] && !before[s]) {
                        added[na++] = s;
                    }
                }
            }
            // prune near the repair: the added sites and the chosen sites sharing points with them
            int np = 0;
            if (repaired) {
                stamp++;
                int ncand = 0;
                for (int i = 0; i < na; i++) {
                    int a = added[i];
                    for (int k = q.siteStart[a]; k < q.siteStart[a + 1]; k++) {
                        int d = q.siteDemand[k];
                        for (int t = q.demandStart[d]; t < q.demandStart[d + 1]; t++) {
                            int s = q.demandSite[t];
                            if (cur.chosen[s] && mark[s] != stamp) {
                                mark[s] = stamp;
                                cand[ncand++] = s;
                            }
                        }
                    }
                }
                for (int i = ncand - 1; i > 0; i--) {
                    int k = random.nextInt(i + 1);
                    int t = cand[i];
                    cand[i] = cand[k];
                    cand[k] = t;
                }
                for (int i = 0; i < ncand; i++) {
                    int s = cand[i];
                    if (q.fixed[s] || cur.removalBreaksGroup(s) || !redundant(q, st, s)) {
                        continue;
                    }
                    cur.remove(s);
                    st.remove(s);
                    pruned[np++] = s;
                }
            }
            if (repaired && cur.feasible() && cur.count() <= countBefore) {
                if (cur.count() < best.count()) {
                    best = cur.copy();
                    run.progress("cover-search", (r + 1.0) / rounds, best.count(), lowerBound);
                }
                continue;
            }
            // undo in reverse order
            for (int i = np - 1; i >= 0; i--) {
                cur.add(pruned[i]);
                st.add(pruned[i]);
            }
            for (int i = na - 1; i >= 0; i--) {
                cur.remove(added[i]);
                st.remove(added[i]);
            }
            for (int i = nr - 1; i >= 0; i--) {
                cur.add(removed[i]);
                st.add(removed[i]);
            }
        }
        return best;
    }

    private static int bestRepair(ReducedProblem q, Selection sel, CoverState st, int d, Random random) {
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
        return bestSite;
    }

    private static boolean redundant(ReducedProblem q, CoverState st, int s) {
        for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
            if (st.coverCount[q.siteDemand[k]] < 2) {
                return false;
            }
        }
        return true;
    }
}
