package nl.nsp.planner.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.nsp.planner.reach.CoverageIndex;
import org.junit.jupiter.api.Test;

class MatrixDistanceTest {
    @Test
    void pairsBecomeAnIndexAndUnlistedPairsAreUnreachable() {
        // site 0 reaches demand 1 (5) and 0 (20); site 1 reaches demand 0 (3); demand 2 is reached by nobody
        MatrixDistance md = MatrixDistance.ofPairs(2, 3, new int[] {0, 1, 0}, new int[] {1, 0, 0},
                new double[] {5, 3, 20}, "m");
        CoverageIndex all = CoverageIndex.build(md, Double.POSITIVE_INFINITY);
        assertThat(all.pairCount()).isEqualTo(3);
        assertThat(all.siteDemand(all.siteStart(0))).isZero();
        assertThat(all.siteMetres(all.siteStart(0))).isEqualTo(20);
        assertThat(all.demandEnd(2) - all.demandStart(2)).isZero();
        CoverageIndex near = CoverageIndex.build(md, 10);
        assertThat(near.pairCount()).isEqualTo(2);
    }

    @Test
    void repeatedPairIsRejected() {
        assertThatThrownBy(() -> MatrixDistance.ofPairs(1, 1, new int[] {0, 0}, new int[] {0, 0}, new double[] {1, 2}, "m"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
    }

    @Test
    void pMedianOnACostMatrixChargesThePenaltyOnlyWhenUnavoidable() {
        // demand 0 reachable from both sites (1 / 4), demand 1 only from site 1 (2); p = 1 -> site 1: 4 + 2 = 6
        MatrixDistance md = MatrixDistance.ofPairs(2, 2, new int[] {0, 1, 1}, new int[] {0, 0, 1},
                new double[] {1, 4, 2}, "m");
        CoverageIndex idx = CoverageIndex.build(md, Double.POSITIVE_INFINITY);
        for (boolean exact : new boolean[] {false, true}) {
            Solution s = Optimiser.solve(OptimisationProblem.of(idx, new double[] {1, 1}),
                    SolverOptions.of(Model.PMEDIAN, 1).withExact(exact));
            assertThat(s.objective()).isEqualTo(6);
            assertThat(s.selected()).containsExactly(1);
        }
    }
}
