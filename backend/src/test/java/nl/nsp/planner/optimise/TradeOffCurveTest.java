package nl.nsp.planner.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import nl.nsp.planner.reach.CoverageIndex;
import nl.nsp.planner.reach.EuclideanDistance;
import org.junit.jupiter.api.Test;

class TradeOffCurveTest {
    /*
     * The hand-worked line of OptimiserHandWorkedTest: a,b,c (10,20,30) near S0, d (50) at S1; groups: a,b in
     * group 0, c,d in group 1. p = 1: S0 covers 60 (group 0: 30 of 30, group 1: 30 of 80);
     * p = 2: S0 + S1 cover everything (110), and the curve stops.
     */
    @Test
    void curveOnTheLineStopsAtFullCoverage() {
        CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(new double[] {0, 100, 200, 1000}, new double[4],
                new double[] {100, 1000, 2000}, new double[3], 100), 150);
        OptimisationProblem problem = OptimisationProblem.of(idx, new double[] {10, 20, 30, 50});
        List<TradeOffCurve.Point> curve = TradeOffCurve.compute(problem, new int[] {0, 0, 1, 1}, 2, 3,
                SolverOptions.of(Model.MCLP, 1));
        assertThat(curve).hasSize(2);
        assertThat(curve.get(0).coveredWeight()).isEqualTo(60);
        assertThat(curve.get(0).coveredByGroup()).containsExactly(30, 30);
        assertThat(curve.get(0).selected()).containsExactly(0);
        assertThat(curve.get(1).coveredWeight()).isEqualTo(110);
        assertThat(curve.get(1).bound()).isEqualTo(110);
    }

    @Test
    void curveIsMonotoneAndBracketsTheOptimum() {
        for (long seed = 1; seed <= 15; seed++) {
            Random r = new Random(seed);
            int n = 6 + r.nextInt(8);
            int m = 3 + r.nextInt(6);
            RandomPlane plane = RandomPlane.draw(r, n, m, 1000, x -> 1 + x.nextInt(50));
            double[] w = plane.w();
            CoverageIndex idx = CoverageIndex.build(plane.distance(100), 300);
            OptimisationProblem problem = OptimisationProblem.of(idx, w);
            List<TradeOffCurve.Point> curve = TradeOffCurve.compute(problem, new int[n], 1, m, SolverOptions.of(Model.MCLP, 1));
            double last = -1;
            for (TradeOffCurve.Point pt : curve) {
                double opt = BruteForce.optimum(problem, Model.MCLP, pt.p(), Double.NaN, 1);
                assertThat(pt.coveredWeight()).as("seed %d p %d", seed, pt.p()).isLessThanOrEqualTo(opt + 1e-9)
                        .isGreaterThanOrEqualTo(last);
                assertThat(pt.bound()).as("seed %d p %d bound", seed, pt.p()).isGreaterThanOrEqualTo(opt - 1e-9);
                assertThat(pt.coveredByGroup()[0]).isEqualTo(pt.coveredWeight());
                last = pt.coveredWeight();
            }
        }
    }
}
