package nl.nsp.planner.optimise;

import java.util.Arrays;

/**
 * The bookkeeping shared by both interchange searches ({@link FastInterchange} for p-median,
 * {@link SwapLocalSearch} for covering), after Resende and Werneck: for the current selection, per candidate
 * {@code gain(i)}, per chosen site {@code loss(r)}, and per pair {@code extra(i, r)}, such that swapping i in and
 * r out improves the objective by {@code gain(i) - loss(r) + extra(i, r)}. The searches keep the numbers up to
 * date point by point; this class stores them and finds the best swap.
 *
 * <p>Chosen sites sit in slots 0..p-1; {@code extra} is a dense candidates x p table, and each candidate row also
 * lists the slots it has touched. Since extra is zero outside that list, the best slot of row i is either in the
 * list or is the slot with the smallest loss that is not, so a row costs O(list) instead of O(p). Rows are
 * skipped outright when {@code gain(i) + max extra(i, .) - min loss} cannot beat the best swap found so far.
 * With budgets or group minima every pair is checked against {@link Selection#canSwap}. Ties go to the lower
 * candidate index, then the slot met first; deterministic.
 */
final class InterchangeTable {
    /** Largest candidates x p the table is built for (13 bytes per entry). */
    static final long DENSE_LIMIT = 10_000_000L;

    private final ReducedProblem q;
    final int p;
    /** gain[i]: improvement from adding candidate i alone. */
    final double[] gain;
    /** loss[r]: worsening from removing chosen site r alone. */
    final double[] loss;
    private final double[] extra;
    private final int[] list;
    private final int[] listSize;
    private final boolean[] listed;
    /** Upper bound on the largest extra entry of each row (exact right after the row is examined). */
    private final double[] rowMax;
    private final int[] slotSite;
    private final int[] slotOf;
    private final double[] slotLoss;
    private final boolean[] slotFixed;
    private final int[] cheapest;
    private final int[] seen;
    private int stamp;
    private int slots;
    /** No budgets and group minima: a swap is allowed whenever the site going out is not fixed. */
    private final boolean free;

    InterchangeTable(ReducedProblem q, int p) {
        this.q = q;
        this.p = Math.max(1, p);
        gain = new double[q.sites];
        loss = new double[q.sites];
        extra = new double[q.sites * this.p];
        list = new int[q.sites * this.p];
        listSize = new int[q.sites];
        listed = new boolean[q.sites * this.p];
        rowMax = new double[q.sites];
        slotSite = new int[this.p];
        slotOf = new int[q.sites];
        slotLoss = new double[this.p];
        slotFixed = new boolean[this.p];
        cheapest = new int[Math.min(8, this.p)];
        seen = new int[this.p];
        free = !q.hasBudget() && !q.hasGroups();
    }

    static boolean fits(ReducedProblem q, int p) {
        return (long) q.sites * Math.max(1, p) <= DENSE_LIMIT;
    }

    /** Empties the table and puts the chosen sites of {@code sel} (at most p) in slots, in index order. */
    void reset(Selection sel) {
        Arrays.fill(gain, 0);
        Arrays.fill(loss, 0);
        Arrays.fill(extra, 0);
        Arrays.fill(listSize, 0);
        Arrays.fill(listed, false);
        Arrays.fill(rowMax, 0);
        Arrays.fill(slotOf, -1);
        slots = 0;
        for (int s = 0; s < q.sites; s++) {
            if (sel.chosen[s]) {
                slotSite[slots] = s;
                slotOf[s] = slots++;
            }
        }
    }

    /** The slot of chosen site {@code s}, or -1. */
    int slotOf(int s) {
        return slotOf[s];
    }

    int slotSite(int slot) {
        return slotSite[slot];
    }

    /** extra(i, site in slot) += w. */
    void addExtra(int i, int slot, double w) {
        int at = i * p + slot;
        double e = extra[at] += w;
        if (!listed[at]) {
            listed[at] = true;
            list[i * p + listSize[i]++] = slot;
        }
        if (e > rowMax[i]) {
            rowMax[i] = e;
        }
    }

    /**
     * The best swap improving by more than {@code eps}, encoded as {@code i * p + slot}, or -1 when there is none.
     */
    long best(Selection sel, double eps) {
        double minLoss = Double.POSITIVE_INFINITY;
        for (int k = 0; k < slots; k++) {
            slotLoss[k] = loss[slotSite[k]];
            slotFixed[k] = q.fixed[slotSite[k]];
            if (!slotFixed[k] || !free) {
                minLoss = Math.min(minLoss, slotLoss[k]);
            }
        }
        int nc = free ? cheapestSlots() : 0;
        double bestDelta = eps;
        long bestMove = -1;
        for (int i = 0; i < q.sites; i++) {
            if (sel.chosen[i] || gain[i] + rowMax[i] - minLoss <= bestDelta) {
                continue;
            }
            double g = gain[i];
            int row = i * p;
            if (!free) {
                double max = 0;
                for (int k = 0; k < slots; k++) {
                    double e = extra[row + k];
                    max = Math.max(max, e);
                    double delta = g - slotLoss[k] + e;
                    if (delta > bestDelta && sel.canSwap(i, slotSite[k])) {
                        bestDelta = delta;
                        bestMove = (long) i * p + k;
                    }
                }
                rowMax[i] = max;
                continue;
            }
            // listed slots (extra may be non-zero), then the cheapest slot not listed (extra zero)
            stamp++;
            double max = 0;
            int n = listSize[i];
            for (int t = 0; t < n; t++) {
                int k = list[row + t];
                seen[k] = stamp;
                double e = extra[row + k];
                max = Math.max(max, e);
                double delta = g - slotLoss[k] + e;
                if (delta > bestDelta && !slotFixed[k]) {
                    bestDelta = delta;
                    bestMove = (long) i * p + k;
                }
            }
            rowMax[i] = max;
            int outside = -1;
            for (int c = 0; c < nc; c++) {
                if (seen[cheapest[c]] != stamp) {
                    outside = cheapest[c];
                    break;
                }
            }
            if (outside < 0 && nc > 0) {
                // every cheap slot is listed: look at all unlisted ones
                double low = Double.POSITIVE_INFINITY;
                for (int k = 0; k < slots; k++) {
                    if (seen[k] != stamp && !slotFixed[k] && slotLoss[k] < low) {
                        low = slotLoss[k];
                        outside = k;
                    }
                }
            }
            if (outside >= 0 && g - slotLoss[outside] > bestDelta) {
                bestDelta = g - slotLoss[outside];
                bestMove = (long) i * p + outside;
            }
        }
        return bestMove;
    }

    /** Fills {@code cheapest} with up to 8 non-fixed slots of smallest loss, in increasing order; returns how many. */
    private int cheapestSlots() {
        int n = 0;
        for (int k = 0; k < slots; k++) {
            if (slotFixed[k]) {
                continue;
            }
            if (n < cheapest.length) {
                n++;
            } else if (slotLoss[k] >= slotLoss[cheapest[n - 1]]) {
                continue;
            }
            int at = n - 1;
            while (at > 0 && slotLoss[cheapest[at - 1]] > slotLoss[k]) {
                cheapest[at] = cheapest[at - 1];
                at--;
            }
            cheapest[at] = k;
        }
        return n;
    }

    /**
     * Moves {@code in} into the slot of {@code out}, after the search has taken out the contributions of every
     * point the swap affects: the entries of the two sites that change sides and the slot's column start clean
     * (only rounding residue was left in them).
     */
    void swapped(int in, int slot) {
        int out = slotSite[slot];
        slotOf[out] = -1;
        slotOf[in] = slot;
        slotSite[slot] = in;
        gain[out] = 0;
        loss[in] = 0;
        loss[out] = 0;
        int row = out * p;
        for (int t = 0; t < listSize[out]; t++) {
            listed[row + list[row + t]] = false;
        }
        listSize[out] = 0;
        Arrays.fill(extra, row, row + p, 0);
        rowMax[out] = 0;
        for (int i = 0; i < q.sites; i++) {
            extra[i * p + slot] = 0;
        }
    }

    /** Swaps to take back, latest last: put {@code site[i]} back into {@code slot[i]}. */
    static final class UndoLog {
        private int[] site = new int[16];
        private int[] slot = new int[16];
        private int size;

        void add(int s, int k) {
            if (size == site.length) {
                site = java.util.Arrays.copyOf(site, 2 * size);
                slot = java.util.Arrays.copyOf(slot, 2 * size);
            }
            site[size] = s;
            slot[size++] = k;
        }

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }

        int site(int i) {
            return site[i];
        }

        int slot(int i) {
            return slot[i];
        }
    }
}
