package nl.nsp.planner.optimise;

/**
 * Interchange local search for maximal covering (Teitz-Bart style, best improvement per move): finds the
 * (add i, drop j) pair that increases the covered weight most and applies it, until no swap improves.
 *
 * <p>With {@code loss(j)} = weight covered only by chosen j, {@code gain(i)} = uncovered weight candidate i
 * reaches, and {@code saved(i, j)} = weight covered only by j that i also reaches, the change of a swap is
 * {@code gain(i) - loss(j) + saved(i, j)} (Resende and Werneck's fast interchange, here for covering). The three
 * tables are kept up to date incrementally: a swap changes the cover counts only of the points the two sites
 * reach, so only those points are taken out of the tables and put back, and a move costs O(rows of those
 * points + candidates x p), with whole candidate rows skipped when {@code gain(i) + max saved(i, .) - min loss}
 * cannot beat the best swap so far ({@link InterchangeTable}). When the table (candidates x p) would be too
 * large, each pass recomputes the numbers from the cover counts instead, O(pairs + candidates x p). Swaps respect
 * fixed sites, budgets and group minima; deterministic.
 */
final class SwapLocalSearch {

    private final ReducedProblem q;
    private final InterchangeTable table;
    private final int[] affected;
    private final int[] mark;
    private int stamp;

    private SwapLocalSearch(ReducedProblem q, int p) {
        this.q = q;
        this.table = new InterchangeTable(q, p);
        affected = new int[q.demands];
        mark = new int[q.demands];
    }

    /** Improves {@code sel}/{@code state} in place; returns the number of swaps made. */
    static int improve(ReducedProblem q, Selection sel, CoverState state, RunControl run) {
        if (sel.count() == 0 || !InterchangeTable.fits(q, sel.count())) {
            return improveByPasses(q, sel, state, run);
        }
        return new SwapLocalSearch(q, sel.count()).descend(sel, state, run);
    }

    private int descend(Selection sel, CoverState state, RunControl run) {
        reset(sel, state);
        int swaps = descendFrom(sel, state, null, run);
        state.exactCovered();
        return swaps;
    }

    /** Fills the table for the selection from scratch. */
    private void reset(Selection sel, CoverState state) {
        table.reset(sel);
        for (int d = 0; d < q.demands; d++) {
            contribute(d, sel.chosen, state, 1);
        }
    }

    /**
     * Best-improvement swaps from the current table until none improves; every swap made is appended to
     * {@code undo} (as the swap that reverses it) unless it is null. Returns the number of swaps.
     */
    private int descendFrom(Selection sel, CoverState state, InterchangeTable.UndoLog undo, RunControl run) {
        double eps = 1e-9 * Math.max(1, q.totalWeight);
        int p = table.p;
        int swaps = 0;
        while (!run.shouldStop()) {
            long move = table.best(sel, eps);
            if (move < 0) {
                break;
            }
            int slot = (int) (move % p);
            if (undo != null) {
                undo.add(table.slotSite(slot), slot);
            }
            swap(sel, state, (int) (move / p), slot);
            if (++swaps % 8 == 0) {
                run.progress("local-search", 0.5, state.covered(), Double.NaN);
            }
        }
        return swaps;
    }

    private void swap(Selection sel, CoverState state, int in, int slot) {
        int out = table.slotSite(slot);
        // only the points the two sites reach change their cover counts
        stamp++;
        int na = 0;
        for (int side = 0; side < 2; side++) {
            int s = side == 0 ? out : in;
            for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
                int d = q.siteDemand[k];
                if (mark[d] != stamp) {
                    mark[d] = stamp;
                    affected[na++] = d;
                }
            }
        }
        for (int x = 0; x < na; x++) {
            contribute(affected[x], sel.chosen, state, -1);
        }
        sel.remove(out);
        state.remove(out);
        sel.add(in);
        state.add(in);
        table.swapped(in, slot);
        for (int x = 0; x < na; x++) {
            contribute(affected[x], sel.chosen, state, 1);
        }
    }

    /** Adds (sign 1) or removes (sign -1) point d's share of gain, loss and saved. */
    private void contribute(int d, boolean[] chosen, CoverState state, int sign) {
        int c = state.coverCount[d];
        if (c >= 2) {
            return;
        }
        double w = sign * q.weight[d];
        int slot = -1;
        if (c == 1) {
            int j = state.soleCoverer(d);
            table.loss[j] += w;
            slot = table.slotOf(j);
        }
        double[] gain = table.gain;
        for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
            int i = q.demandSite[k];
            if (chosen[i]) {
                continue;
            }
            if (c == 0) {
                gain[i] += w;
            } else {
                table.addExtra(i, slot, w);
            }
        }
    }

    /** The same search, recomputing the tables in every pass (for instances too large for the dense table). */
    static int improveByPasses(ReducedProblem q, Selection sel, CoverState state, RunControl run) {
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
     * Iterated local search: perturbs the current selection by 1-3 random feasible swaps, re-optimises with
     * best-improvement swaps and keeps the result when it covers no less (equal cover: a move along the
     * plateau), else takes every swap of the round back. The site swapped in is, with equal probability, any
     * candidate, a candidate sharing a point with the site going out, or (when {@code average} is given, the
     * volume algorithm's averaged relaxed choice) a candidate drawn in proportion to its average, i.e. where the
     * LP relaxation wants a site. Seeded, so deterministic; {@code rounds} rounds, or until {@code stopAt} is
     * reached or time runs out. Kicks, search and take-back are all incremental swaps on one table; the table is
     * rebuilt every 100 rounds to shed rounding residue.
     *
     * @return the best selection found (a copy)
     */
    static Selection iterate(ReducedProblem q, Selection start, int rounds, double stopAt, long seed,
            double[] average, RunControl run) {
        java.util.Random random = new java.util.Random(seed);
        Selection best = start.copy();
        double eps = 1e-9 * Math.max(1, q.totalWeight);
        if (start.count() == 0 || q.sites <= start.count() || !InterchangeTable.fits(q, start.count())) {
            return best; // nothing to swap, or too large for the table (then local search alone has to do)
        }
        SwapLocalSearch search = new SwapLocalSearch(q, start.count());
        Selection cur = start.copy();
        CoverState st = new CoverState(q);
        for (int s : cur.sites()) {
            st.add(s);
        }
        search.reset(cur, st);
        double bestValue = st.exactCovered();
        double curValue = bestValue;
        InterchangeTable.UndoLog undo = new InterchangeTable.UndoLog();
        int[] chosen = new int[start.count()];
        for (int r = 0; r < rounds && bestValue < stopAt - eps && !run.shouldStop(); r++) {
            if (r > 0 && r % 100 == 0) {
                search.reset(cur, st);
                curValue = st.exactCovered();
            }
            undo.clear();
            int kick = 1 + random.nextInt(3);
            for (int t = 0; t < kick; t++) {
                int nc = 0;
                for (int s = 0; s < q.sites; s++) {
                    if (cur.chosen[s]) {
                        chosen[nc++] = s;
                    }
                }
                int out = chosen[random.nextInt(nc)];
                int kind = random.nextInt(average != null ? 3 : 2);
                int in = kind == 0 ? neighbour(q, cur, out, random)
                        : kind == 1 ? random.nextInt(q.sites) : sample(average, cur, random);
                if (cur.canSwap(in, out)) {
                    int slot = search.table.slotOf(out);
                    undo.add(out, slot);
                    search.swap(cur, st, in, slot);
                }
            }
            search.descendFrom(cur, st, undo, run);
            double value = st.covered();
            if (value >= curValue - eps) {
                curValue = value;
                if (value > bestValue + eps) {
                    bestValue = st.exactCovered();
                    curValue = bestValue;
                    best = cur.copy();
                    run.progress("perturbation", (r + 1.0) / rounds, bestValue, Double.NaN);
                } else if (value >= bestValue - eps) {
                    best = cur.copy(); // plateau move
                }
            } else {
                for (int i = undo.size() - 1; i >= 0; i--) {
                    search.swap(cur, st, undo.site(i), undo.slot(i));
                }
            }
        }
        return best;
    }

    /**
     * A random candidate sharing a point with {@code site} (a random point of its row, then a random site
     * reaching that point), not chosen; a random candidate when a few tries find none.
     */
    static int neighbour(ReducedProblem q, Selection sel, int site, java.util.Random random) {
        int len = q.siteStart[site + 1] - q.siteStart[site];
        for (int tries = 0; tries < 4 && len > 0; tries++) {
            int d = q.siteDemand[q.siteStart[site] + random.nextInt(len)];
            int deg = q.demandStart[d + 1] - q.demandStart[d];
            int s = q.demandSite[q.demandStart[d] + random.nextInt(deg)];
            if (!sel.chosen[s]) {
                return s;
            }
        }
        return random.nextInt(q.sites);
    }

    /** A candidate not chosen, drawn with probability proportional to {@code weight} (uniform if all zero). */
    static int sample(double[] weight, Selection sel, java.util.Random random) {
        double total = 0;
        for (int s = 0; s < weight.length; s++) {
            total += sel.chosen[s] ? 0 : weight[s];
        }
        if (!(total > 0)) {
            return random.nextInt(weight.length);
        }
        double x = random.nextDouble() * total;
        for (int s = 0; s < weight.length; s++) {
            if (!sel.chosen[s]) {
                x -= weight[s];
                if (x <= 0) {
                    return s;
                }
            }
        }
        return weight.length - 1;
    }

    static double covered(ReducedProblem q, Selection sel) {
        CoverState st = new CoverState(q);
        for (int s : sel.sites()) {
            st.add(s);
        }
        return st.exactCovered();
    }
}
