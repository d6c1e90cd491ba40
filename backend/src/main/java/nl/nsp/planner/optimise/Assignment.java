package nl.nsp.planner.optimise;

/**
 * For a p-median selection: each demand point's nearest and second-nearest chosen site distance and the
 * nearest site. A point with no chosen site in reach gets the penalty distance (see
 * {@link #penalty(ReducedProblem)}).
 */
final class Assignment {
    private final ReducedProblem q;
    final double penalty;
    final double[] d1;
    final double[] d2;
    final int[] near;

    Assignment(ReducedProblem q) {
        this.q = q;
        this.penalty = penalty(q);
        this.d1 = new double[q.demands];
        this.d2 = new double[q.demands];
        this.near = new int[q.demands];
    }

    /**
     * The distance charged for a demand point no chosen site reaches: ten times the largest listed distance
     * (plus one), so any reachable assignment is preferred. Never used when all pairs are listed.
     */
    static double penalty(ReducedProblem q) {
        return q.penaltyDistance();
    }

    /** Recomputes the nearest two chosen sites of every point; returns the objective. */
    double assign(boolean[] chosen) {
        double total = 0;
        int[] ns = q.nearSite();
        double[] nd = q.nearDist();
        for (int d = 0; d < q.demands; d++) {
            double a = penalty;
            double b = penalty;
            int na = -1;
            // rows are sorted by distance: the first two chosen sites are the nearest two
            for (int k = q.demandStart[d]; k < q.demandStart[d + 1]; k++) {
                int s = ns[k];
                if (chosen[s]) {
                    if (na < 0) {
                        a = nd[k];
                        na = s;
                    } else {
                        b = nd[k];
                        break;
                    }
                }
            }
            d1[d] = a;
            d2[d] = b;
            near[d] = na;
            total += q.weight[d] * a;
        }
        return total;
    }

    /** Weight of the points with no chosen site in reach. */
    double unassignedWeight() {
        double u = 0;
        for (int d = 0; d < q.demands; d++) {
            if (near[d] < 0) {
                u += q.weight[d];
            }
        }
        return u;
    }
}
