package nl.nsp.planner.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import nl.nsp.planner.reach.CoverageIndex;
import org.junit.jupiter.api.Test;

class LagrangianMaxCoverageTest {
    private static RunControl run() {
        return new RunControl(SolverOptions.of(Model.MCLP, 1));
    }

    /*
     * Three points of weight 1 on a triangle, each site covering two of them: S0 {a,b}, S1 {b,c}, S2 {c,a}.
     * p = 1: the optimum covers 2, and so does the LP (y = 1/3 each only gives z = 2/3 each, 2 in all).
     * L(lambda) = sum_d max(0, 1 - lambda_d) + max_s (lambda over its two points): lambda = 1/2 everywhere
     * gives 1.5 + 1 = 2.5, lambda = 1 everywhere gives 0 + 2 = 2, the minimum. The bound must reach 2.
     */
    @Test
    void triangleBoundReachesTheOptimum() {
        int[] site = {0, 0, 1, 1, 2, 2};
        int[] demand = {0, 1, 1, 2, 2, 0};
        MatrixDistance md = MatrixDistance.ofPairs(3, 3, site, demand, new double[6], "pairs");
        OptimisationProblem problem = OptimisationProblem.of(CoverageIndex.build(md, 1), new double[] {1, 1, 1});
        ReducedProblem q = InstanceReduction.reduce(problem, Model.MCLP, false);
        double bound = LagrangianMaxCoverage.bound(q, 1, 2, 1000, run());
        assertThat(bound).isBetween(2.0, 2.0 + 1e-6);
    }

    /** Every value is a valid bound (at least the LP optimum) and the volume steps get within 0.1 % of it. */
    @Test
    void volumeBoundIsWithinATenthOfAPercentOfTheLpBound() {
        Random r = new Random(41);
        for (int round = 0; round < 8; round++) {
            int n = 400;
            int m = 60;
            RandomPlane plane = RandomPlane.draw(r, n, m, 2000, x -> 1 + x.nextInt(100));
            double[] w = plane.w();
            CoverageIndex idx = CoverageIndex.build(plane.distance(100), 250);
            ReducedProblem q = InstanceReduction.reduce(OptimisationProblem.of(idx, w), Model.MCLP, true);
            int p = 4 + r.nextInt(12);
            Selection sel = new Selection(q, p);
            CoverState state = new CoverState(q);
            GreedyMaxCoverage.extend(q, sel, state, Double.POSITIVE_INFINITY, run());
            SwapLocalSearch.improve(q, sel, state, run());
            double bound = LagrangianMaxCoverage.bound(q, p, state.covered(), 1000, run());
            double lp = MipSolver.solve(q, Model.MCLP, p, Double.NaN, 1, "GLOP", true, run()).bound();
            assertThat(bound).as("round %d p %d", round, p).isGreaterThanOrEqualTo(lp - 1e-6 * lp);
            assertThat(bound).as("round %d p %d (LP %.2f)", round, p, lp).isLessThanOrEqualTo(lp * 1.001);
        }
    }
}
