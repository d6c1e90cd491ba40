package nl.nsp.planner.optimise;

/**
 * How often each demand point is covered by a selection, with the covered weight kept up to date; the
 * incremental core of the covering heuristics. For points covered exactly once, {@link #soleCoverer} names
 * the site (kept as a running sum of covering site indices).
 */
final class CoverState {
    private final ReducedProblem q;
    final int[] coverCount;
    private final long[] coverSum;
    private double covered;

    CoverState(ReducedProblem q) {
        this.q = q;
        this.coverCount = new int[q.demands];
        this.coverSum = new long[q.demands];
    }

    double covered() {
        return covered;
    }

    /** The only chosen site covering {@code d}; valid when {@code coverCount[d] == 1}. */
    int soleCoverer(int d) {
        return (int) coverSum[d];
    }

    /** Weight newly covered if {@code s} were added. */
    double gain(int s) {
        double g = 0;
        for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
            int d = q.siteDemand[k];
            if (coverCount[d] == 0) {
                g += q.weight[d];
            }
        }
        return g;
    }

    /** Weight that would become uncovered if chosen site {@code s} were removed. */
    double loss(int s) {
        double l = 0;
        for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
            int d = q.siteDemand[k];
            if (coverCount[d] == 1) {
                l += q.weight[d];
            }
        }
        return l;
    }

    void add(int s) {
        for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
            int d = q.siteDemand[k];
            if (coverCount[d]++ == 0) {
                covered += q.weight[d];
            }
            coverSum[d] += s;
        }
    }

    void remove(int s) {
        for (int k = q.siteStart[s]; k < q.siteStart[s + 1]; k++) {
            int d = q.siteDemand[k];
            if (--coverCount[d] == 0) {
                covered -= q.weight[d];
            }
            coverSum[d] -= s;
        }
    }

    /** Recomputes the covered weight from scratch (removes floating-point drift). */
    double exactCovered() {
        double c = 0;
        for (int d = 0; d < q.demands; d++) {
            if (coverCount[d] > 0) {
                c += q.weight[d];
            }
        }
        covered = c;
        return c;
    }
}
