package nl.nsp.planner.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import nl.nsp.planner.reach.CoverageIndex;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Random tiny instances (fixed seeds) for every model, with and without side constraints: the exact mode
 * matches brute force, and heuristic <= optimum <= bound (maximisation; reversed for minimisation), with
 * and without instance reduction.
 */
class OptimiserPropertyTest {
    private static final int SEEDS = 25;

    @ParameterizedTest
    @EnumSource(Model.class)
    void exactMatchesBruteForceAndHeuristicIsBracketed(Model model) {
        int checked = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random r = new Random(seed * 7919 + model.ordinal());
            int n = 5 + r.nextInt(9);
            int m = 3 + r.nextInt(5);
            RandomPlane plane = RandomPlane.draw(r, n, m, 1000, x -> 1 + x.nextInt(100));
            double[] w = plane.w();
            double radius = model == Model.PMEDIAN ? Double.POSITIVE_INFINITY : 250 + r.nextInt(250);
            CoverageIndex idx = CoverageIndex.build(plane.distance(100), radius);
            SideConstraints c = constraints(r, m, seed);
            OptimisationProblem problem = new OptimisationProblem(idx, w, c);
            int p = Math.max(c.fixed().length, 1 + r.nextInt(3));
            double target = model == Model.LSCP && r.nextBoolean() ? 0.3 + 0.5 * r.nextDouble() : Double.NaN;
            double capacity = 50 + r.nextInt(200);
            double optimum = BruteForce.optimum(problem, model, p, target, capacity);
            if (Double.isNaN(optimum)) {
                continue; // infeasible side constraints (or unreachable target) for this seed
            }
            SolverOptions o = SolverOptions.of(model, p).withTarget(target).withCapacity(capacity).withTimeLimit(30);
            String where = model + " seed " + seed + " (n=" + n + ", m=" + m + ", p=" + p + ", " + c + ")";
            Solution exact = Optimiser.solve(problem, o.withExact(true));
            assertThat(exact.objective()).as("exact, " + where).isCloseTo(optimum, within(optimum));
            assertThat(exact.status()).as(where).isEqualTo("optimal");
            for (boolean reduce : new boolean[] {true, false}) {
                Solution h = Optimiser.solve(problem, o.withReduce(reduce));
                String hw = "heuristic reduce=" + reduce + ", " + where;
                assertThat(h.status()).as(hw).isIn("optimal", "feasible");
                assertThat(BruteForce.feasible(mask(h.selected()), c, m)).as(hw + " feasible").isTrue();
                if (model.maximise()) {
                    assertThat(h.objective()).as(hw).isLessThanOrEqualTo(optimum + 1e-6);
                    assertThat(h.bound()).as(hw + " bound").isGreaterThanOrEqualTo(optimum - 1e-6);
                } else {
                    assertThat(h.objective()).as(hw).isGreaterThanOrEqualTo(optimum - 1e-6);
                    assertThat(h.bound()).as(hw + " bound").isLessThanOrEqualTo(optimum + 1e-6);
                }
                assertThat(h.p()).as(hw).isLessThanOrEqualTo(model == Model.LSCP ? m : p);
            }
            checked++;
        }
        assertThat(checked).as("feasible random instances checked").isGreaterThan(SEEDS / 2);
    }

    private static org.assertj.core.data.Offset<Double> within(double v) {
        return org.assertj.core.data.Offset.offset(1e-6 * Math.max(1, Math.abs(v)));
    }

    private static int mask(int[] sites) {
        int mask = 0;
        for (int s : sites) {
            mask |= 1 << s;
        }
        return mask;
    }

    /** Seeds 1..5 unconstrained; then fixed/excluded, groups and budgets in turn. */
    private static SideConstraints constraints(Random r, int m, long seed) {
        SideConstraints c = SideConstraints.none(m);
        int kind = (int) (seed % 4);
        if (seed <= 5 || kind == 0) {
            return c;
        }
        if (kind == 1) {
            int f = r.nextInt(m);
            int e = (f + 1 + r.nextInt(m - 1)) % m;
            return c.withFixedAndExcluded(new int[] {f}, new int[] {e});
        }
        if (kind == 2) {
            int[] group = new int[m];
            for (int s = 0; s < m; s++) {
                group[s] = r.nextInt(3) - 1; // -1 = no group
            }
            return c.withGroups(group, new int[] {1, 1});
        }
        double[] oneOff = new double[m];
        double[] yearly = new double[m];
        double sum = 0;
        for (int s = 0; s < m; s++) {
            oneOff[s] = 1 + r.nextInt(10);
            yearly[s] = r.nextInt(5);
            sum += oneOff[s];
        }
        return c.withBudget(oneOff, yearly, Math.floor(sum / 2), Double.POSITIVE_INFINITY);
    }
}
