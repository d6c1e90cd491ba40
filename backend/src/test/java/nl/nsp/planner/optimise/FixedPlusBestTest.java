package nl.nsp.planner.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import nl.nsp.planner.reach.CoverageIndex;
import nl.nsp.planner.reach.EuclideanDistance;
import org.junit.jupiter.api.Test;

class FixedPlusBestTest {
    /** An instance with {@code m} sites (the points do not matter here), the given sites fixed. */
    private static ReducedProblem sites(int m, int... fixed) {
        double[] sx = new double[m];
        CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(new double[] {0}, new double[] {0}, sx,
                new double[m], 100), Double.POSITIVE_INFINITY);
        SideConstraints c = SideConstraints.none(m).withFixedAndExcluded(fixed, new int[0]);
        return InstanceReduction.reduce(new OptimisationProblem(idx, new double[] {1}, c), Model.PMEDIAN, false);
    }

    @Test
    void fixedSitesFirstThenTheLargestWithTiesToTheLowerIndex() {
        // values 5 1 5 3, site 1 fixed, k = 3: site 1 (1) + sites 0 and 2 (5 + 5) = 11
        ReducedProblem q = sites(4, 1);
        boolean[] pick = new boolean[4];
        double sum = FixedPlusBest.choose(q, new double[] {5, 1, 5, 3}, 3, true, new double[4], pick);
        assertThat(sum).isEqualTo(11);
        assertThat(pick).containsExactly(true, true, true, false);
        // values 4 7 4 4, nothing fixed, k = 2: 7 and the first of the tied 4s (site 0) = 11
        ReducedProblem free = sites(4);
        sum = FixedPlusBest.choose(free, new double[] {4, 7, 4, 4}, 2, true, new double[4], pick);
        assertThat(sum).isEqualTo(11);
        assertThat(pick).containsExactly(true, true, false, false);
        // smallest two of 4 7 4 4: sites 0 and 2 (the tie goes to the lower indices) = 8
        sum = FixedPlusBest.choose(free, new double[] {4, 7, 4, 4}, 2, false, new double[4], pick);
        assertThat(sum).isEqualTo(8);
        assertThat(pick).containsExactly(true, false, true, false);
    }

    @Test
    void matchesASortOnRandomValuesWithManyTies() {
        Random r = new Random(5);
        for (int round = 0; round < 500; round++) {
            int m = 1 + r.nextInt(30);
            int[] fixed = IntStream.range(0, m).filter(s -> r.nextInt(6) == 0).toArray();
            ReducedProblem q = sites(m, fixed);
            double[] value = new double[m];
            for (int s = 0; s < m; s++) {
                value[s] = r.nextInt(5) - 2; // -2..2: ties everywhere
            }
            int k = r.nextInt(m + 2);
            boolean largest = r.nextBoolean();
            boolean[] pick = new boolean[m];
            double sum = FixedPlusBest.choose(q, value, k, largest, new double[m], pick);
            // reference: fixed sites, then the others sorted by value (largest or smallest first), then index
            boolean[] want = new boolean[m];
            double wantSum = 0;
            int taken = 0;
            for (int s : fixed) {
                want[s] = true;
                wantSum += value[s];
                taken++;
            }
            Comparator<Integer> byValue = Comparator.comparingDouble(s -> largest ? -value[s] : value[s]);
            Integer[] order = IntStream.range(0, m).boxed().sorted(byValue.thenComparingInt(s -> s)).toArray(Integer[]::new);
            for (int s : order) {
                if (taken < k && !want[s]) {
                    want[s] = true;
                    wantSum += value[s];
                    taken++;
                }
            }
            assertThat(pick).as("round " + round + " " + Arrays.toString(value) + " k=" + k).isEqualTo(want);
            assertThat(sum).isEqualTo(wantSum);
        }
    }

    @Test
    void kthSmallestMatchesASort() {
        Random r = new Random(11);
        for (int round = 0; round < 500; round++) {
            int n = 1 + r.nextInt(40);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = r.nextBoolean() ? r.nextInt(4) : r.nextGaussian();
            }
            double[] sorted = a.clone();
            Arrays.sort(sorted);
            int rank = r.nextInt(n);
            assertThat(FixedPlusBest.kthSmallest(a.clone(), n, rank)).isEqualTo(sorted[rank]);
        }
    }
}
