package nl.nsp.planner.optimise;

import java.util.Random;

/**
 * Interchange local search for p-median (Whitaker's fast interchange with the incremental bookkeeping of
 * Resende and Werneck, "A fast swap-based local search procedure for location problems", 2007), plus seeded
 * perturbation restarts (iterated local search).
 *
 * <p>With d1/d2 the nearest/second-nearest chosen distance of each point and phi1 its nearest chosen site, three
 * tables are kept for the current selection:
 * <pre>
 *   gain(i)     = sum over points with dist(d,i) < d1 of w (d1 - dist(d,i))                (i not chosen)
 *   loss(r)     = sum over points with phi1 = r of w (d2 - d1)                              (r chosen)
 *   extra(i, r) = sum over points with phi1 = r and dist(d,i) < d2 of w (d2 - max(dist(d,i), d1))
 * </pre>
 * and swapping i in and r out lowers the cost by {@code gain(i) - loss(r) + extra(i, r)}. After a swap only the
 * points whose nearest two chosen sites change (those of r, and those i comes closer to than their d2) are
 * taken out of the tables and put back with their new d1/d2, each over the prefix of its distance-sorted row up
 * to d2. A move costs O(affected points x prefix + candidates x p) instead of a pass over all pairs. Best
 * improvement per move (deterministic tie-breaking); fixed sites, budgets and group minima are respected. The
 * extra table is dense, candidates x p doubles.
 */
final class FastInterchange {

    /**
     * The search gives up after this many rounds without a lower cost (equal-cost plateau moves do not count). On
     * OR-Library pmed1-40 and the Rijnmond 500 m grid (p = 100) the longest wait for an improvement was 77 rounds.
     */
    static final int STALL_ROUNDS = 100;

    private final ReducedProblem q;
    private final int[] ns;
    private final double[] nd;
    private final double penalty;
    private final InterchangeTable table;
    private final int[] near1;
    private final int[] near2;
    private final double[] d1;
    private final double[] d2;
    private final int[] affected;
    private final int[] mark;
    private int stamp;

    private FastInterchange(ReducedProblem q, int p) {
        this.q = q;
        this.ns = q.nearSite();
        this.nd = q.nearDist();
        this.penalty = Assignment.penalty(q);
        this.table = new InterchangeTable(q, p);
        this.near1 = new int[q.demands];
        this.near2 = new int[q.demands];
        this.d1 = new double[q.demands];
        this.d2 = new double[q.demands];
        this.affected = new int[q.demands];
        this.mark = new int[q.demands];
    }

    /** Runs local search to a local optimum; returns the objective (also left in {@code a}). */
    static double improve(ReducedProblem q, Selection sel, Assignment a, RunControl run) {
        if (sel.count() == 0) {
            return a.assign(sel.chosen);
        }
        if (!InterchangeTable.fits(q, sel.count())) {
            return improveByPasses(q, sel, a, run);
        }
        new FastInterchange(q, sel.count()).descend(sel, run);
        return a.assign(sel.chosen);
    }

    private void descend(Selection sel, RunControl run) {
        reset(sel);
        descendFrom(sel, null, run);
    }

    /** The objective of the current selection, kept up to date by the swaps (exact again after a reset). */
    private double cost;

    /** Fills the table for the selection from scratch. */
    private void reset(Selection sel) {
        table.reset(sel);
        cost = 0;
        for (int d = 0; d < q.demands; d++) {
            nearestTwo(d, sel.chosen);
            contribute(d, sel.chosen, 1);
            cost += q.weight[d] * d1[d];
        }
    }

    /**
     * Best-improvement swaps from the current table until none improves; every swap made is appended to
     * {@code undo} (as the swap that reverses it) unless it is null.
     */
    private void descendFrom(Selection sel, InterchangeTable.UndoLog undo, RunControl run) {
        double eps = 1e-9 * Math.max(1, cost);
        int p = table.p;
        int count = 0;
        while (!run.shouldStop()) {
            long move = table.best(sel, eps);
            if (move < 0) {
                break;
            }
            int slot = (int) (move % p);
            if (undo != null) {
                undo.add(table.slotSite(slot), slot);
            }
            swap(sel, (int) (move / p), slot);
            if (++count % 8 == 0) {
                run.progress("local-search", 0.5, Double.NaN, Double.NaN);
            }
        }
    }

    private void swap(Selection sel, int in, int slot) {
        int out = table.slotSite(slot);
        // points whose nearest two chosen sites change: those served by `out` (first or second), and those
        // `in` comes closer to than their second-nearest
        stamp++;
        int na = 0;
        for (int k = q.siteStart[out]; k < q.siteStart[out + 1]; k++) {
            int d = q.siteDemand[k];
            if ((near1[d] == out || near2[d] == out) && mark[d] != stamp) {
                mark[d] = stamp;
                affected[na++] = d;
            }
        }
        for (int k = q.siteStart[in]; k < q.siteStart[in + 1]; k++) {
            int d = q.siteDemand[k];
            if (q.siteDist[k] <= d2[d] && mark[d] != stamp) { // <=: a tie may reorder the nearest two
                mark[d] = stamp;
                affected[na++] = d;
            }
        }
        for (int x = 0; x < na; x++) {
            int d = affected[x];
            contribute(d, sel.chosen, -1);
            cost -= q.weight[d] * d1[d];
        }
        sel.remove(out);
        sel.add(in);
        table.swapped(in, slot);
        for (int x = 0; x < na; x++) {
            int d = affected[x];
            nearestTwo(d, sel.chosen);
            contribute(d, sel.chosen, 1);
            cost += q.weight[d] * d1[d];
        }
    }

    /** The nearest two chosen sites of point d (the penalty distance when fewer are in reach). */
    private void nearestTwo(int d, boolean[] chosen) {
        double a = penalty;
        double b = penalty;
        int na = -1;
        int nb = -1;
        for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
            int s = ns[k];
            if (chosen[s]) {
                if (na < 0) {
                    a = nd[k];
                    na = s;
                } else {
                    b = nd[k];
                    nb = s;
                    break;
                }
            }
        }
        d1[d] = a;
        d2[d] = b;
        near1[d] = na;
        near2[d] = nb;
    }

    /** Adds (sign 1) or removes (sign -1) point d's share of gain, loss and extra. */
    private void contribute(int d, boolean[] chosen, int sign) {
        double w = sign * q.weight[d];
        double a = d1[d];
        double b = d2[d];
        int r = near1[d];
        int slot = r >= 0 ? table.slotOf(r) : -1;
        if (r >= 0) {
            table.loss[r] += w * (b - a);
        }
        double[] gain = table.gain;
        for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
            double x = nd[k];
            if (x >= b) {
                break; // rows are sorted by distance
            }
            int i = ns[k];
            if (chosen[i]) {
                continue;
            }
            if (x < a) {
                gain[i] += w * (a - x);
            }
            if (slot >= 0) {
                table.addExtra(i, slot, w * (b - Math.max(x, a)));
            }
        }
    }

    /**
     * Iterated local search: perturbs the current selection by 1 to 2 + p/4 random feasible swaps (seeded),
     * re-optimises, keeps the result when it costs no more (equal cost: a move along the plateau), else takes
     * every swap of the round back; {@code rounds} rounds, {@link #STALL_ROUNDS} rounds without improvement, or
     * until {@code stopAt} is reached or time runs out.
     * Kicks, search and take-back are incremental swaps on one table, rebuilt every 100 rounds to shed rounding
     * residue.
     *
     * @return the best selection found (a copy)
     */
    static Selection iterate(ReducedProblem q, Selection start, double startCost, int rounds, double stopAt,
            long seed, RunControl run) {
        Random random = new Random(seed);
        Selection best = start.copy();
        if (start.count() == 0 || q.sites <= start.count() || !InterchangeTable.fits(q, start.count())) {
            return best; // nothing to swap, or too large for the table (then local search alone has to do)
        }
        FastInterchange search = new FastInterchange(q, start.count());
        Selection cur = start.copy();
        search.reset(cur);
        Assignment a = new Assignment(q);
        double bestCost = a.assign(cur.chosen);
        double tol = 1e-9 * Math.max(1, bestCost);
        InterchangeTable.UndoLog undo = new InterchangeTable.UndoLog();
        int[] chosen = new int[start.count()];
        int lastImprovement = 0;
        for (int r = 0; r < rounds && r - lastImprovement < STALL_ROUNDS
                && bestCost > stopAt + 1e-9 * Math.max(1, stopAt) && !run.shouldStop(); r++) {
            if (r > 0 && r % 100 == 0) {
                search.reset(cur);
            }
            undo.clear();
            int kick = 1 + random.nextInt(Math.max(1, Math.min(chosen.length, 2 + chosen.length / 4)));
            for (int t = 0; t < kick; t++) {
                int nc = 0;
                for (int s = 0; s < q.sites; s++) {
                    if (cur.chosen[s]) {
                        chosen[nc++] = s;
                    }
                }
                int out = chosen[random.nextInt(nc)];
                int in = random.nextInt(q.sites);
                if (cur.canSwap(in, out)) {
                    int slot = search.table.slotOf(out);
                    undo.add(out, slot);
                    search.swap(cur, in, slot);
                }
            }
            search.descendFrom(cur, undo, run);
            if (search.cost <= bestCost + tol) {
                if (search.cost < bestCost - tol) {
                    bestCost = a.assign(cur.chosen);
                    lastImprovement = r;
                }
                best = cur.copy(); // better, or equal: a move on the plateau
            } else {
                for (int i = undo.size() - 1; i >= 0; i--) {
                    search.swap(cur, undo.site(i), undo.slot(i));
                }
            }
            run.progress("perturbation", (r + 1.0) / rounds, bestCost, Double.NaN);
        }
        return best;
    }

    /**
     * The same search, recomputing the tables in every pass, O(pairs + candidates x p) per pass (for instances
     * too large for the dense table).
     */
    static double improveByPasses(ReducedProblem q, Selection sel, Assignment a, RunControl run) {
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
}
