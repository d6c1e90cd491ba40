package nl.nsp.planner.optimise;

import java.util.PriorityQueue;

/**
 * Lazy greedy for maximal covering: repeatedly adds the site with the largest newly covered weight.
 *
 * <p>Gains only shrink as sites are added (coverage is submodular), so stale gains in the priority queue
 * are upper bounds: an entry is re-evaluated when it reaches the top and accepted when its fresh gain still
 * leads. Ties go to the lowest site index. Sites that would break the budget or leave too few slots for
 * unmet group minima are skipped. Without side constraints the result is within (1 - 1/e) of the optimum.
 */
final class GreedyMaxCoverage {
    private GreedyMaxCoverage() {
    }

    /** Entry of the lazy queue: largest gain first, then lowest index. */
    private record Entry(int site, double gain) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Double.compare(o.gain, gain);
            return c != 0 ? c : Integer.compare(site, o.site);
        }
    }

    /**
     * Adds sites to {@code sel} (and {@code state}) until the selection is full, the covered weight reaches
     * {@code stopAtCovered}, or no site can be added.
     */
    static void extend(ReducedProblem q, Selection sel, CoverState state, double stopAtCovered, RunControl run) {
        extend(q, sel, state, stopAtCovered, run, s -> { });
    }

    /** As {@link #extend(ReducedProblem, Selection, CoverState, double, RunControl)}, calling {@code onAdd} after each addition. */
    static void extend(ReducedProblem q, Selection sel, CoverState state, double stopAtCovered, RunControl run,
            java.util.function.IntConsumer onAdd) {
        PriorityQueue<Entry> queue = new PriorityQueue<>();
        for (int s = 0; s < q.sites; s++) {
            if (!sel.chosen[s]) {
                queue.add(new Entry(s, state.gain(s)));
            }
        }
        int startCount = sel.count();
        int toAdd = Math.max(1, sel.limit() - startCount);
        while (sel.count() < sel.limit() && !queue.isEmpty() && state.covered() < stopAtCovered) {
            if (run.cancelled()) {
                return;
            }
            Entry top = queue.poll();
            if (!sel.canAdd(top.site)) {
                continue; // budget and group-slot conflicts only grow as the selection grows
            }
            double fresh = state.gain(top.site);
            if (fresh < top.gain) {
                queue.add(new Entry(top.site, fresh));
                continue;
            }
            sel.add(top.site);
            state.add(top.site);
            onAdd.accept(top.site);
            if ((sel.count() - startCount) % 16 == 0) {
                run.progress("greedy", (sel.count() - startCount) / (double) toAdd, state.covered(), Double.NaN);
            }
        }
    }
}
