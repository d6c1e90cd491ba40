package nl.nsp.planner.optimise;

import java.util.Arrays;

/**
 * The subproblem both Lagrangian bounds solve in every iteration: take the fixed sites, then the best other
 * sites by a per-site value until {@code k} are chosen (ties to the lowest index).
 */
final class FixedPlusBest {
    private FixedPlusBest() {
    }

    /**
     * Marks the chosen sites in {@code pick} and returns the sum of their values.
     *
     * @param largest true to take the largest values (maximisation), false for the smallest
     * @param order   scratch array of length {@code q.sites}
     */
    static double choose(ReducedProblem q, double[] value, int k, boolean largest, Integer[] order, boolean[] pick) {
        int m = q.sites;
        double sum = 0;
        int taken = 0;
        Arrays.fill(pick, false);
        for (int s = 0; s < m; s++) {
            order[s] = s;
            if (q.fixed[s]) {
                pick[s] = true;
                sum += value[s];
                taken++;
            }
        }
        Arrays.sort(order, (a, b) -> {
            int cmp = largest ? Double.compare(value[b], value[a]) : Double.compare(value[a], value[b]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        for (int r = 0; r < m && taken < k; r++) {
            int s = order[r];
            if (!pick[s]) {
                pick[s] = true;
                sum += value[s];
                taken++;
            }
        }
        return sum;
    }
}
