package nl.nsp.planner.optimise;

import java.util.Arrays;

/**
 * The subproblem both Lagrangian bounds solve in every iteration: take the fixed sites, then the best other
 * sites by a per-site value until {@code k} are chosen (ties to the lowest index).
 *
 * <p>Runs in expected O(sites): a quickselect on a scratch copy finds the value of the last site taken, then
 * one pass takes every site strictly better and, in index order, as many of the tied ones as fit. (It is
 * called a thousand times per bound, so a full sort would dominate the bound's cost.)
 */
final class FixedPlusBest {
    private FixedPlusBest() {
    }

    /**
     * Marks the chosen sites in {@code pick} and returns the sum of their values.
     *
     * @param largest true to take the largest values (maximisation), false for the smallest
     * @param scratch scratch array of length {@code q.sites}
     */
    static double choose(ReducedProblem q, double[] value, int k, boolean largest, double[] scratch, boolean[] pick) {
        int m = q.sites;
        double sum = 0;
        int taken = 0;
        int free = 0;
        Arrays.fill(pick, false);
        for (int s = 0; s < m; s++) {
            if (q.fixed[s]) {
                pick[s] = true;
                sum += value[s];
                taken++;
            } else {
                // negated for "largest", so the selection always looks for the smallest keys
                scratch[free++] = largest ? -value[s] : value[s];
            }
        }
        int want = Math.min(k - taken, free);
        if (want <= 0) {
            return sum;
        }
        double threshold = kthSmallest(scratch, free, want - 1);
        int ties = 0;
        for (int s = 0; s < m; s++) {
            if (!q.fixed[s]) {
                double key = largest ? -value[s] : value[s];
                if (key < threshold) {
                    pick[s] = true;
                    sum += value[s];
                    taken++;
                } else if (key == threshold) {
                    ties++;
                }
            }
        }
        for (int s = 0; s < m && taken < k && ties > 0; s++) {
            if (!q.fixed[s] && (largest ? -value[s] : value[s]) == threshold) {
                pick[s] = true;
                sum += value[s];
                taken++;
            }
        }
        return sum;
    }

    /** The {@code rank}-th smallest (0-based) of {@code a[0..n)}; reorders {@code a}. Hoare quickselect. */
    static double kthSmallest(double[] a, int n, int rank) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            double pivot = median3(a[lo], a[(lo + hi) >>> 1], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (rank <= j) {
                hi = j;
            } else if (rank >= i) {
                lo = i;
            } else {
                return a[rank];
            }
        }
        return a[rank];
    }

    private static double median3(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
