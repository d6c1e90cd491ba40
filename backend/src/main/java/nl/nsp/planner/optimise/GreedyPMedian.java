package nl.nsp.planner.optimise;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Lazy greedy for p-median: starting from the fixed sites, repeatedly adds the site that lowers
 * {@code sum w_d x dist(d, nearest chosen)} most. The decrease a site brings only shrinks as others are
 * added (supermodular cost), so stale decreases in the queue are valid upper bounds and are re-evaluated
 * when they reach the top. Ties go to the lowest index.
 */
final class GreedyPMedian {
    private GreedyPMedian() {
    }

    private record Entry(int site, double gain) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Double.compare(o.gain, gain);
            return c != 0 ? c : Integer.compare(site, o.site);
        }
    }

    /** Fills {@code sel} up to its limit; returns the nearest distance of each point afterwards. */
    static double[] extend(ReducedProblem q, Selection sel, RunControl run) {
        double penalty = Assignment.penalty(q);
        double[] nearest = new double[q.demands];
        Arrays.fill(nearest, penalty);
        for (int s = 0; s < q.sites; s++) {
            if (sel.chosen[s]) {
                apply(q, s, nearest);
            }
        }
        PriorityQueue<Entry> queue = new PriorityQueue<>();
        for (int s = 0; s < q.sites; s++) {
            if (!sel.chosen[s]) {
                queue.add(new Entry(s, gain(q, s, nearest)));
            }
        }
        int start = sel.count();
        while (sel.count() < sel.limit() && !queue.isEmpty() && !run.cancelled()) {
            Entry top = queue.poll();
            if (!sel.canAdd(top.site)) {
                continue;
            }
            double fresh = gain(q, top.site, nearest);
            if (fresh < top.gain) {
                queue.add(new Entry(top.site, fresh));
                continue;
            }
            sel.add(top.site);
            apply(q, top.site, nearest);
            if ((sel.count() - start) % 16 == 0) {
                run.progress("greedy", (sel.count() - start) / (double) Math.max(1, sel.limit() - start), Double.NaN,
                        Double.NaN);
            }
        }
        return nearest;
    }

    private static double gain(ReducedProblem q, int s, double[] nearest) {
        double g = 0;
        for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
            int d = q.siteDemand[k];
            double x = q.siteDist[k];
            if (x < nearest[d]) {
                g += q.weight[d] * (nearest[d] - x);
            }
        }
        return g;
    }

    private static void apply(ReducedProblem q, int s, double[] nearest) {
        for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
            int d = q.siteDemand[k];
            nearest[d] = Math.min(nearest[d], q.siteDist[k]);
        }
    }
}
