package nl.nsp.planner.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import nl.nsp.planner.reach.CoverageIndex;
import nl.nsp.planner.reach.EuclideanDistance;
import org.junit.jupiter.api.Test;

class TargetCountsTest {
    /*
     * The greedy trap of set cover. Points a..f weigh 1 each; S0 = {a, b, c}, S1 = {d, e, f}, S2 = {a, b, d, e}.
     * Greedy takes S2 (4), then S0 (+1: c) and S1 (+1: f): curve 4, 5, 6.
     *   target 4: 1 site (S2); one site covers at most 4, so the bound is 1 too.
     *   target 5: greedy 2 (S2 + S0); one site covers at most 4 < 5, so the bound is 2.
     *   target 6: greedy 3; dropping S2 (loss 0: a, b, d, e are all covered twice) leaves S0 + S1 = 6, so 2;
     *             bound 2 (one site < 6).
     *   target 7: more than the 6 within reach: unreachable.
     */
    @Test
    void greedyTrapIsRepairedAndProven() {
        int[] site = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2};
        int[] demand = {0, 1, 2, 3, 4, 5, 0, 1, 3, 4};
        double[] dist = new double[site.length];
        CoverageIndex idx = CoverageIndex.build(MatrixDistance.ofPairs(3, 6, site, demand, dist, "test"), 1);
        OptimisationProblem problem = OptimisationProblem.of(idx, new double[] {1, 1, 1, 1, 1, 1});
        for (boolean reduce : new boolean[] {true, false}) {
            TargetCounts.Result r = TargetCounts.solve(problem, new double[] {4, 5, 6, 7},
                    SolverOptions.of(Model.LSCP, 0).withReduce(reduce));
            assertThat(r.totalWeight()).isEqualTo(6);
            assertThat(r.reachableWeight()).isEqualTo(6);
            assertThat(r.curve()).containsExactly(4, 5, 6);
            assertThat(r.counts().get(0).sites()).isEqualTo(1);
            assertThat(r.counts().get(0).lowerBound()).isEqualTo(1);
            assertThat(r.counts().get(0).selected()).containsExactly(2);
            assertThat(r.counts().get(1).sites()).isEqualTo(2);
            assertThat(r.counts().get(1).lowerBound()).isEqualTo(2);
            assertThat(r.counts().get(2).sites()).isEqualTo(2);
            assertThat(r.counts().get(2).lowerBound()).isEqualTo(2);
            assertThat(r.counts().get(2).selected()).containsExactly(0, 1);
            assertThat(r.counts().get(2).coveredWeight()).isEqualTo(6);
            assertThat(r.counts().get(3).reachable()).isFalse();
            assertThat(r.status()).isEqualTo("optimal");
        }
    }

    /*
     * Same sets. With S2 fixed (a, b, d, e = 4), a second site adds only c (S0) or f (S1): 2 sites cover at most
     * 5 < 6, so target 6 needs S2 + S0 + S1 = 3 sites, and the bound is 3. With S0 excluded, c is out of reach:
     * reachable weight 5, target 6 is unreachable, and target 5 takes S1 + S2 (d, e, f + a, b), 2 sites (one
     * site covers at most 4).
     */
    @Test
    void fixedAndExcludedSitesAreHonoured() {
        int[] site = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2};
        int[] demand = {0, 1, 2, 3, 4, 5, 0, 1, 3, 4};
        CoverageIndex idx = CoverageIndex.build(MatrixDistance.ofPairs(3, 6, site, demand, new double[10], "test"), 1);
        double[] w = {1, 1, 1, 1, 1, 1};
        OptimisationProblem fixed = new OptimisationProblem(idx, w,
                SideConstraints.none(3).withFixedAndExcluded(new int[] {2}, new int[0]));
        TargetCounts.Result r = TargetCounts.solve(fixed, new double[] {6}, SolverOptions.of(Model.LSCP, 0));
        assertThat(r.counts().get(0).sites()).isEqualTo(3);
        assertThat(r.counts().get(0).lowerBound()).isEqualTo(3);
        OptimisationProblem excluded = new OptimisationProblem(idx, w,
                SideConstraints.none(3).withFixedAndExcluded(new int[0], new int[] {0}));
        TargetCounts.Result e = TargetCounts.solve(excluded, new double[] {5, 6}, SolverOptions.of(Model.LSCP, 0));
        assertThat(e.reachableWeight()).isEqualTo(5);
        assertThat(e.counts().get(0).sites()).isEqualTo(2);
        assertThat(e.counts().get(0).selected()).containsExactly(1, 2);
        assertThat(e.counts().get(1).reachable()).isFalse();
    }

    @Test
    void budgetsAndNegativeTargetsAreRefused() {
        CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(new double[] {0}, new double[] {0},
                new double[] {0}, new double[] {0}, 100), 100);
        OptimisationProblem budget = new OptimisationProblem(idx, new double[] {1},
                SideConstraints.none(1).withBudget(new double[] {1}, new double[] {1}, 0.5, Double.POSITIVE_INFINITY));
        assertThatThrownBy(() -> TargetCounts.solve(budget, new double[] {1}, SolverOptions.of(Model.LSCP, 0)))
                .hasMessageContaining("budgets");
        assertThatThrownBy(() -> TargetCounts.solve(OptimisationProblem.of(idx, new double[] {1}), new double[] {-1},
                SolverOptions.of(Model.LSCP, 0))).hasMessageContaining(">= 0");
    }

    /**
     * Property: on random tiny instances (fixed seeds) every count is bracketed, lower bound <= optimum <= count,
     * against the brute-force minimum; the selection reaches its target; the curve is non-decreasing and below the
     * proven upper curve; counts and bounds are monotone in the target. With and without reduction, with fixed
     * and excluded sites.
     */
    @Test
    void countsAreBracketedByBruteForce() {
        int checked = 0;
        int proven = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Random r = new Random(seed * 31 + 7);
            int n = 6 + r.nextInt(12);
            int m = 3 + r.nextInt(8);
            RandomPlane plane = RandomPlane.draw(r, n, m, 1000, x -> x.nextInt(5) == 0 ? 0 : 1 + x.nextInt(100));
            double[] w = plane.w();
            CoverageIndex idx = CoverageIndex.build(plane.distance(100), 200 + r.nextInt(300));
            int[] fixed = seed % 4 == 0 ? new int[] {0} : new int[0];
            int[] excluded = seed % 5 == 0 ? new int[] {m - 1} : new int[0];
            OptimisationProblem problem = new OptimisationProblem(idx, w,
                    SideConstraints.none(m).withFixedAndExcluded(fixed, excluded));
            double total = problem.totalWeight();
            double[] targets = {0.5 * total, 0.8 * total, 0.9 * total, 0.95 * total, total, 0};
            for (boolean reduce : new boolean[] {true, false}) {
                TargetCounts.Result res = TargetCounts.solve(problem, targets,
                        SolverOptions.of(Model.LSCP, 0).withReduce(reduce).withTimeLimit(30));
                String where = "seed " + seed + " reduce=" + reduce + " n=" + n + " m=" + m;
                double[] curve = res.curve();
                for (int k = 1; k < curve.length; k++) {
                    assertThat(curve[k]).as(where + " curve").isGreaterThanOrEqualTo(curve[k - 1] - 1e-9);
                }
                for (int k = 0; k < curve.length; k++) {
                    if (!Double.isNaN(res.upper()[k])) {
                        assertThat(res.upper()[k]).as(where + " upper").isGreaterThanOrEqualTo(curve[k] - 1e-9);
                        assertThat(res.upper()[k]).as(where + " upper vs best " + (k + 1))
                                .isGreaterThanOrEqualTo(bestWith(problem, k + 1) - 1e-6);
                    }
                }
                int previousSites = 0;
                int previousBound = 0;
                for (int t = 0; t < targets.length - 1; t++) {
                    TargetCounts.Count c = res.counts().get(t);
                    int optimum = minimumSites(problem, targets[t]);
                    assertThat(c.reachable()).as(where + " target " + t).isEqualTo(optimum >= 0);
                    if (optimum < 0) {
                        continue;
                    }
                    assertThat(c.lowerBound()).as(where + " bound, target " + t).isLessThanOrEqualTo(optimum);
                    assertThat(c.sites()).as(where + " count, target " + t).isGreaterThanOrEqualTo(optimum);
                    assertThat(c.selected()).hasSize(c.sites());
                    boolean[] chosen = new boolean[m];
                    for (int s : c.selected()) {
                        chosen[s] = true;
                    }
                    for (int s : fixed) {
                        assertThat(chosen[s]).as(where + " fixed").isTrue();
                    }
                    for (int s : excluded) {
                        assertThat(chosen[s]).as(where + " excluded").isFalse();
                    }
                    double cov = BruteForce.covered(idx, w, chosen);
                    assertThat(cov).as(where + " reaches target " + t).isGreaterThanOrEqualTo(targets[t] - 1e-6);
                    assertThat(c.coveredWeight()).isCloseTo(cov, org.assertj.core.data.Offset.offset(1e-6));
                    assertThat(c.sites()).as(where + " monotone").isGreaterThanOrEqualTo(previousSites);
                    assertThat(c.lowerBound()).as(where + " monotone bound").isGreaterThanOrEqualTo(previousBound);
                    previousSites = c.sites();
                    previousBound = c.lowerBound();
                    proven += c.optimal() ? 1 : 0;
                    checked++;
                }
                assertThat(res.counts().get(targets.length - 1).sites()).as(where + " zero target").isEqualTo(fixed.length);
            }
        }
        assertThat(checked).isGreaterThan(300);
        // the bounds are not idle: most counts on instances this small are proven optimal
        assertThat(proven).isGreaterThan(checked * 3 / 4);
    }

    /** Property on larger random instances: counts agree with the exact MIP (the LSCP target mode) within the bound. */
    @Test
    void countsAreBracketedByTheExactSolver() {
        for (long seed = 1; seed <= 6; seed++) {
            Random r = new Random(seed);
            int n = 300;
            int m = 40;
            RandomPlane plane = RandomPlane.draw(r, n, m, 5000, x -> 1 + x.nextInt(200));
            double[] w = plane.w();
            CoverageIndex idx = CoverageIndex.build(plane.distance(500), 1000);
            OptimisationProblem problem = OptimisationProblem.of(idx, w);
            double total = problem.totalWeight();
            double[] shares = {0.5, 0.7, 0.8};
            double[] targets = new double[shares.length];
            for (int t = 0; t < shares.length; t++) {
                targets[t] = shares[t] * total;
            }
            TargetCounts.Result res = TargetCounts.solve(problem, targets, SolverOptions.of(Model.LSCP, 0));
            for (int t = 0; t < shares.length; t++) {
                TargetCounts.Count c = res.counts().get(t);
                if (!c.reachable()) {
                    continue;
                }
                Solution exact = Optimiser.solve(problem,
                        SolverOptions.of(Model.LSCP, 0).withTarget(shares[t]).withExact(true).withTimeLimit(60));
                assertThat(exact.status()).isEqualTo("optimal");
                String where = "seed " + seed + " share " + shares[t];
                assertThat(c.lowerBound()).as(where).isLessThanOrEqualTo(exact.p());
                assertThat(c.sites()).as(where).isGreaterThanOrEqualTo(exact.p());
                assertThat(c.sites() - exact.p()).as(where + " heuristic within one site").isLessThanOrEqualTo(1);
            }
        }
    }

    /** The brute-force minimum number of sites (fixed in, excluded out) covering at least the target; -1 if none. */
    private static int minimumSites(OptimisationProblem problem, double target) {
        CoverageIndex idx = problem.index();
        int m = idx.siteCount();
        int best = -1;
        for (int mask = 0; mask < (1 << m); mask++) {
            if (!BruteForce.feasible(mask, problem.constraints(), m)) {
                continue;
            }
            int size = Integer.bitCount(mask);
            if (best >= 0 && size >= best) {
                continue;
            }
            boolean[] chosen = new boolean[m];
            for (int s = 0; s < m; s++) {
                chosen[s] = (mask >> s & 1) == 1;
            }
            if (BruteForce.covered(idx, problem.weight(), chosen) >= target - 1e-9 * Math.max(1, problem.totalWeight())) {
                best = size;
            }
        }
        return best;
    }

    /** The brute-force best coverage of k sites (fixed in, excluded out). */
    private static double bestWith(OptimisationProblem problem, int k) {
        CoverageIndex idx = problem.index();
        int m = idx.siteCount();
        double best = 0;
        for (int mask = 0; mask < (1 << m); mask++) {
            if (Integer.bitCount(mask) <= k && BruteForce.feasible(mask, problem.constraints(), m)) {
                boolean[] chosen = new boolean[m];
                for (int s = 0; s < m; s++) {
                    chosen[s] = (mask >> s & 1) == 1;
                }
                best = Math.max(best, BruteForce.covered(idx, problem.weight(), chosen));
            }
        }
        return best;
    }
}
