package nl.nsp.planner.optimise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.nsp.planner.reach.CoverageIndex;
import nl.nsp.planner.reach.EuclideanDistance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Small cases worked out by hand, each run in heuristic and exact mode.
 *
 * <pre>
 *   demand:  a(x=0,w=10)  b(100,20)  c(200,30)                  d(1000,50)
 *   sites:             S0(100)                                  S1(1000)          S2(2000)
 *   radius 150: S0 covers a,b,c (60); S1 covers d (50); S2 covers nothing. Total weight 110.
 * </pre>
 */
class OptimiserHandWorkedTest {
    private static final double[] DX = {0, 100, 200, 1000};
    private static final double[] W = {10, 20, 30, 50};
    private static final double[] SX = {100, 1000, 2000};

    private static OptimisationProblem line(double radius, SideConstraints c) {
        CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(DX, new double[4], SX, new double[3], 100), radius);
        return new OptimisationProblem(idx, W, c);
    }

    private static Solution solve(OptimisationProblem problem, SolverOptions o, boolean exact) {
        Solution s = Optimiser.solve(problem, o.withExact(exact));
        assertThat(s.method()).isEqualTo(exact ? "exact" : "heuristic");
        return s;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void mclpPicksTheHeavierCluster(boolean exact) {
        Solution one = solve(line(150, SideConstraints.none(3)), SolverOptions.of(Model.MCLP, 1), exact);
        assertThat(one.objective()).isEqualTo(60);
        assertThat(one.selected()).containsExactly(0);
        assertThat(one.gap()).isZero();
        assertThat(one.status()).isEqualTo("optimal");
        assertThat(one.coveredShare()).isCloseTo(60 / 110.0, org.assertj.core.data.Offset.offset(1e-12));
        Solution two = solve(line(150, SideConstraints.none(3)), SolverOptions.of(Model.MCLP, 2), exact);
        assertThat(two.objective()).isEqualTo(110);
        assertThat(two.selected()).containsExactly(0, 1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void fixedSiteTakesASlot(boolean exact) {
        // S2 is fixed and covers nothing: with p = 2 only one free slot remains, S0 (60) beats S1 (50)
        SideConstraints c = SideConstraints.none(3).withFixedAndExcluded(new int[] {2}, new int[0]);
        Solution s = solve(line(150, c), SolverOptions.of(Model.MCLP, 2), exact);
        assertThat(s.selected()).containsExactly(0, 2);
        assertThat(s.objective()).isEqualTo(60);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void excludedSiteIsNeverChosen(boolean exact) {
        SideConstraints c = SideConstraints.none(3).withFixedAndExcluded(new int[0], new int[] {0});
        Solution s = solve(line(150, c), SolverOptions.of(Model.MCLP, 1), exact);
        assertThat(s.selected()).containsExactly(1);
        assertThat(s.objective()).isEqualTo(50);
        assertThat(s.reduction().excludedSites()).isEqualTo(1);
        assertThat(s.reduction().unreachableDemand()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void groupMinimumForcesASiteInEachGroup(boolean exact) {
        // groups: S0, S1 in group 0; S2 in group 1; at least one each, p = 2: S2 + best of group 0 = 60
        SideConstraints c = SideConstraints.none(3).withGroups(new int[] {0, 0, 1}, new int[] {1, 1});
        Solution s = solve(line(150, c), SolverOptions.of(Model.MCLP, 2), exact);
        assertThat(s.selected()).containsExactly(0, 2);
        assertThat(s.objective()).isEqualTo(60);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void budgetRulesOutTheExpensiveSite(boolean exact) {
        // one-off costs 10, 3, 1; budget 5: S0 is unaffordable, so S1 (+ S2) = 50
        SideConstraints c = SideConstraints.none(3).withBudget(new double[] {10, 3, 1}, new double[] {0, 0, 0}, 5,
                Double.POSITIVE_INFINITY);
        Solution s = solve(line(150, c), SolverOptions.of(Model.MCLP, 2), exact);
        assertThat(s.selected()).doesNotContain(0).contains(1);
        assertThat(s.objective()).isEqualTo(50);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void yearlyBudgetCountsToo(boolean exact) {
        // yearly costs 1, 5, 0; yearly budget 4: S1 unaffordable: S0 = 60 even with p = 2
        SideConstraints c = SideConstraints.none(3).withBudget(new double[] {0, 0, 0}, new double[] {1, 5, 0},
                Double.POSITIVE_INFINITY, 4);
        Solution s = solve(line(150, c), SolverOptions.of(Model.MCLP, 2), exact);
        assertThat(s.selected()).doesNotContain(1).contains(0);
        assertThat(s.objective()).isEqualTo(60);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void capacityLimitsServedWeight(boolean exact) {
        // K = 40: S0 serves min(60, 40) = 40, S1 serves min(50, 40) = 40; p = 2 serves 80
        Solution one = solve(line(150, SideConstraints.none(3)), SolverOptions.of(Model.CMCLP, 1).withCapacity(40), exact);
        assertThat(one.objective()).isEqualTo(40);
        Solution two = solve(line(150, SideConstraints.none(3)), SolverOptions.of(Model.CMCLP, 2).withCapacity(40), exact);
        assertThat(two.objective()).isEqualTo(80);
        assertThat(two.selected()).containsExactly(0, 1);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void lscpCoversEverythingWithTwoSites(boolean exact) {
        Solution s = solve(line(150, SideConstraints.none(3)), SolverOptions.of(Model.LSCP, 0), exact);
        assertThat(s.objective()).isEqualTo(2);
        assertThat(s.selected()).containsExactly(0, 1);
        assertThat(s.bound()).isEqualTo(2);
        assertThat(s.coveredShare()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void lscpTargetShareNeedsOneSite(boolean exact) {
        // 50 % of 110 = 55 <= 60 (S0 alone); 60 % = 66 needs both
        Solution half = solve(line(150, SideConstraints.none(3)), SolverOptions.of(Model.LSCP, 0).withTarget(0.5), exact);
        assertThat(half.objective()).isEqualTo(1);
        assertThat(half.selected()).containsExactly(0);
        Solution more = solve(line(150, SideConstraints.none(3)), SolverOptions.of(Model.LSCP, 0).withTarget(0.6), exact);
        assertThat(more.objective()).isEqualTo(2);
    }

    @Test
    void unreachableTargetIsRejected() {
        // S2 excluded and radius 50: only b (20) and d (50) are coverable = 70/110 < 0.9
        assertThatThrownBy(() -> Optimiser.solve(line(50, SideConstraints.none(3)),
                SolverOptions.of(Model.LSCP, 0).withTarget(0.9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be reached");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void pMedianSumsWeightTimesDistance(boolean exact) {
        // p = 1: S0 costs 10*100 + 0 + 30*100 + 50*900 = 49,000; S1 costs 10*1000 + 20*900 + 30*800 = 52,000
        OptimisationProblem all = line(Double.POSITIVE_INFINITY, SideConstraints.none(3));
        Solution one = solve(all, SolverOptions.of(Model.PMEDIAN, 1), exact);
        assertThat(one.objective()).isEqualTo(49_000);
        assertThat(one.selected()).containsExactly(0);
        // p = 2: S0 + S1 cost 10*100 + 30*100 = 4,000
        Solution two = solve(all, SolverOptions.of(Model.PMEDIAN, 2), exact);
        assertThat(two.objective()).isEqualTo(4_000);
        assertThat(two.bound()).isEqualTo(4_000);
        assertThat(two.selected()).containsExactly(0, 1);
    }

    @Test
    void pBelowFixedCountIsRejected() {
        SideConstraints c = SideConstraints.none(3).withFixedAndExcluded(new int[] {1, 2}, new int[0]);
        assertThatThrownBy(() -> Optimiser.solve(line(150, c), SolverOptions.of(Model.MCLP, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below the 2 fixed sites");
    }

    @Test
    void reductionMergesIdenticalPointsAndDropsDominatedSites() {
        // a, b, c are all reached by S0 only: merged into one point; S2 covers nothing: dominated
        Solution s = Optimiser.solve(line(150, SideConstraints.none(3)), SolverOptions.of(Model.MCLP, 1));
        assertThat(s.reduction().demandIn()).isEqualTo(4);
        assertThat(s.reduction().demandOut()).isEqualTo(2);
        assertThat(s.reduction().dominatedSites()).isEqualTo(1);
        assertThat(s.reduction().sitesOut()).isEqualTo(2);
    }

    @Test
    void cancelledRunStopsWithStatusCancelledAndAValidBound() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        Solution s = Optimiser.solve(line(150, SideConstraints.none(3)), SolverOptions.of(Model.MCLP, 1).withCancel(token));
        assertThat(s.status()).isEqualTo("cancelled");
        assertThat(s.bound()).isGreaterThanOrEqualTo(s.objective());
    }

    @Test
    void progressIsReported() {
        java.util.List<String> phases = new java.util.ArrayList<>();
        Optimiser.solve(line(150, SideConstraints.none(3)),
                SolverOptions.of(Model.MCLP, 1).withListener((phase, f, o, b) -> phases.add(phase)));
        assertThat(phases).last().isEqualTo("done");
    }
}
