package nl.nsp.planner.optimise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import nl.nsp.planner.reach.CoverageIndex;
import org.junit.jupiter.api.Test;

/**
 * The incremental interchange searches ({@link SwapLocalSearch}, {@link FastInterchange} on an
 * {@link InterchangeTable}) end in a true local optimum: checked by trying every single swap by brute force, on
 * random instances with and without side constraints; their tables must agree with a recomputation after every
 * move, or the final check fails.
 */
class InterchangeSearchTest {
    private static RunControl run() {
        return new RunControl(SolverOptions.of(Model.MCLP, 1));
    }

    private static OptimisationProblem random(Random r, int n, int m, double radius, SideConstraints c) {
        RandomPlane plane = RandomPlane.draw(r, n, m, 1000, x -> 1 + x.nextInt(20));
        double[] w = plane.w();
        CoverageIndex idx = CoverageIndex.build(plane.distance(100), radius);
        return new OptimisationProblem(idx, w, c);
    }

    private static SideConstraints constraints(Random r, int m, int kind) {
        SideConstraints c = SideConstraints.none(m);
        return switch (kind) {
            case 1 -> c.withFixedAndExcluded(new int[] {r.nextInt(m)}, new int[0]);
            case 2 -> {
                int[] group = new int[m];
                for (int s = 0; s < m; s++) {
                    group[s] = r.nextInt(3) - 1;
                }
                yield c.withGroups(group, new int[] {1, 1});
            }
            case 3 -> {
                double[] cost = new double[m];
                for (int s = 0; s < m; s++) {
                    cost[s] = 1 + r.nextInt(5);
                }
                yield c.withBudget(cost, new double[m], 3.0 * m / 2, Double.POSITIVE_INFINITY);
            }
            default -> c;
        };
    }

    /** A feasible random start of p sites (fixed sites first), or null when the draw is infeasible. */
    private static Selection start(ReducedProblem q, int p, Random r) {
        Selection sel = new Selection(q, Math.min(p, q.sites));
        for (int s = 0; s < q.sites; s++) {
            if (q.fixed[s]) {
                sel.add(s);
            }
        }
        for (int tries = 0; tries < 200 && sel.count() < sel.limit(); tries++) {
            int s = r.nextInt(q.sites);
            if (sel.canAdd(s)) {
                sel.add(s);
            }
        }
        return sel.feasible() ? sel : null;
    }

    @Test
    void coveringSearchEndsWhereNoSwapImproves() {
        Random r = new Random(23);
        int checked = 0;
        for (int round = 0; round < 120; round++) {
            int m = 8 + r.nextInt(25);
            OptimisationProblem problem = random(r, 30 + r.nextInt(60), m, 150 + r.nextInt(200), constraints(r, m, round % 4));
            ReducedProblem q = InstanceReduction.reduce(problem, Model.MCLP, r.nextBoolean());
            Selection sel = start(q, 2 + r.nextInt(6), r);
            if (sel == null || sel.count() == 0) {
                continue;
            }
            CoverState state = new CoverState(q);
            for (int s : sel.sites()) {
                state.add(s);
            }
            SwapLocalSearch.improve(q, sel, state, run());
            double value = SwapLocalSearch.covered(q, sel);
            assertThat(state.covered()).isEqualTo(value);
            assertThat(sel.feasible()).isTrue();
            double eps = 1e-9 * Math.max(1, q.totalWeight);
            for (int in = 0; in < q.sites; in++) {
                for (int out : sel.sites()) {
                    if (sel.canSwap(in, out)) {
                        sel.remove(out);
                        sel.add(in);
                        double swapped = SwapLocalSearch.covered(q, sel);
                        sel.remove(in);
                        sel.add(out);
                        assertThat(swapped).as("round %d: swap in %d out %d", round, in, out)
                                .isLessThanOrEqualTo(value + eps);
                    }
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(80);
    }

    @Test
    void pMedianSearchEndsWhereNoSwapImproves() {
        Random r = new Random(29);
        int checked = 0;
        for (int round = 0; round < 120; round++) {
            int m = 8 + r.nextInt(25);
            OptimisationProblem problem = random(r, 30 + r.nextInt(60), m, Double.POSITIVE_INFINITY,
                    constraints(r, m, round % 4));
            ReducedProblem q = InstanceReduction.reduce(problem, Model.PMEDIAN, true);
            Selection sel = start(q, 2 + r.nextInt(6), r);
            if (sel == null || sel.count() == 0) {
                continue;
            }
            Assignment a = new Assignment(q);
            double cost = FastInterchange.improve(q, sel, a, run());
            assertThat(cost).isEqualTo(new Assignment(q).assign(sel.chosen));
            assertThat(sel.feasible()).isTrue();
            Assignment probe = new Assignment(q);
            double eps = 1e-9 * Math.max(1, cost);
            for (int in = 0; in < q.sites; in++) {
                for (int out : sel.sites()) {
                    if (sel.canSwap(in, out)) {
                        sel.remove(out);
                        sel.add(in);
                        double swapped = probe.assign(sel.chosen);
                        sel.remove(in);
                        sel.add(out);
                        assertThat(swapped).as("round %d: swap in %d out %d", round, in, out)
                                .isGreaterThanOrEqualTo(cost - eps);
                    }
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(80);
    }

    @Test
    void passBasedFallbacksAlsoEndInLocalOptima() {
        // the fallbacks for tables too large to hold: same contract, checked on the same kind of instances
        Random r = new Random(31);
        for (int round = 0; round < 40; round++) {
            int m = 8 + r.nextInt(20);
            OptimisationProblem cov = random(r, 40, m, 250, SideConstraints.none(m));
            ReducedProblem q = InstanceReduction.reduce(cov, Model.MCLP, true);
            Selection sel = start(q, 3, r);
            CoverState state = new CoverState(q);
            for (int s : sel.sites()) {
                state.add(s);
            }
            SwapLocalSearch.improveByPasses(q, sel, state, run());
            Selection incremental = sel.copy();
            CoverState st2 = new CoverState(q);
            for (int s : incremental.sites()) {
                st2.add(s);
            }
            // a local optimum of one search is one of the other: the incremental search finds no move from it
            assertThat(SwapLocalSearch.improve(q, incremental, st2, run())).as("round " + round).isZero();
            OptimisationProblem med = random(r, 40, m, Double.POSITIVE_INFINITY, SideConstraints.none(m));
            ReducedProblem qm = InstanceReduction.reduce(med, Model.PMEDIAN, true);
            Selection ms = start(qm, 3, r);
            double byPasses = FastInterchange.improveByPasses(qm, ms, new Assignment(qm), run());
            assertThat(FastInterchange.improve(qm, ms, new Assignment(qm), run())).as("round " + round).isEqualTo(byPasses);
        }
    }
}
