package nl.nsp.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.SiteKind;
import nl.nsp.planner.reach.CoverageIndex;
import nl.nsp.planner.reach.CoverageState;
import nl.nsp.planner.reach.DemandTable;
import nl.nsp.planner.reach.EuclideanDistance;
import nl.nsp.planner.reach.Norms;
import nl.nsp.planner.reach.SiteTable;
import org.junit.jupiter.api.Test;

class CoverageEvaluatorTest {
    /*
     * Same line as CoverageStateTest (y = 0, radius 1,000, 65+ 500, cutoff 1,000):
     *   A x=0 w=100, B x=400 w=50, C x=500 w=30, D x=1000 w=20, E x=2500 w=7; sites S0 x=0, S1 x=1500, S2 x=2000.
     */
    static final double[] X = {0, 400, 500, 1000, 2500};
    static final double[] SX = {0, 1500, 2000};

    static SiteTable sites() {
        List<CandidateSite> list = new ArrayList<>();
        for (int j = 0; j < SX.length; j++) {
            list.add(new CandidateSite("S" + j, "S" + j, "", SX[j], 0, "", SiteKind.OWN, Accessibility.UNKNOWN, "", Map.of()));
        }
        return SiteTable.of(list);
    }

    static CoverageState state() {
        DemandTable t = DemandTable.of(List.of(
                new DemandPoint("A", 0, 0, 100, 10, "", "t"),
                new DemandPoint("B", 400, 0, 50, DemandPoint.UNKNOWN, "", "t"),
                new DemandPoint("C", 500, 0, 30, 30, "", "t"),
                new DemandPoint("D", 1000, 0, 20, 5, "", "t"),
                new DemandPoint("E", 2500, 0, 7, 0, "", "t")));
        CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(X, new double[5], SX, new double[3], 500), 1000);
        return new CoverageState(idx, t, Norms.defaults());
    }

    /*
     * S0 and S2 open. Nearest: A 0 (S0), B 400 (S0), C 500 (S0), D 1000 (S0 and S2 tie -> S0), E 500 (S2).
     * Sorted by distance with cumulative weight of 207: A 0 (100), B 400 (150), C 500 (180), E 500 (187), D 1000 (207).
     * Median: first cumulative >= 103.5 -> B, 400. P90: first >= 186.3 -> E, 500. Max 1000.
     * Mean: (0*100 + 400*50 + 500*30 + 1000*20 + 500*7) / 207 = 58,500 / 207 = 282.6087.
     * Loads: S0 nearest for A+B+C+D = 200, S2 for E = 7; reachable: S0 A..D = 200, S2 D+E = 27.
     */
    @Test
    void noDemandPointsAtAllGiveZeroTotalsNotAnError() {
        // e.g. a region outside the Rijnmond-only CBS grid layer
        CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(new double[0], new double[0], SX, new double[3], 500), 1000);
        CoverageState s = new CoverageState(idx, DemandTable.of(List.of()), Norms.defaults());
        s.open(0);
        CoverageReport r = CoverageEvaluator.evaluate(s, sites(), EvaluationOptions.euclidean());
        assertThat(r.totalWeight()).isZero();
        assertThat(r.coveredWeight()).isZero();
        assertThat(r.coveredShare()).isNull();
        assertThat(r.total().demandPoints()).isZero();
    }

    @Test
    void handWorkedDistancesAndLoads() {
        CoverageState s = state();
        s.open(0);
        s.open(2);
        CoverageReport r = CoverageEvaluator.evaluate(s, sites(), EvaluationOptions.euclidean());
        assertThat(r.totalWeight()).isEqualTo(207);
        assertThat(r.coveredWeight()).isEqualTo(207);
        assertThat(r.coveredShare()).isEqualTo(1.0);
        DistanceSummary d = r.total().distance();
        assertThat(d.medianMetres()).isEqualTo(400);
        assertThat(d.p90Metres()).isEqualTo(500);
        assertThat(d.maxMetres()).isEqualTo(1000);
        assertThat(d.meanMetres()).isCloseTo(58_500.0 / 207, within(1e-9));
        assertThat(r.nspLoads()).extracting(NspLoad::siteId).containsExactly("S0", "S2");
        assertThat(r.nspLoads().get(0).nearestInhabitants()).isEqualTo(200);
        assertThat(r.nspLoads().get(1).nearestInhabitants()).isEqualTo(7);
        assertThat(r.nspLoads().get(1).reachableInhabitants()).isEqualTo(27);
        assertThat(r.nspLoads().get(0).overRule()).isFalse();
        assertThat(r.uncovered().points()).isZero();
        // histogram, bins (from, to]: [0,100] A (100); (300,400] B (50); (400,500] C + E (37); (900,1000] D (20),
        // the last bin within the norm: D is exactly on the radius and covered
        assertThat(r.histogram().bins().get(0).inhabitants()).isEqualTo(100);
        assertThat(r.histogram().bins().get(3).inhabitants()).isEqualTo(50);
        assertThat(r.histogram().bins().get(4).inhabitants()).isEqualTo(37);
        assertThat(r.histogram().bins().get(9).inhabitants()).isEqualTo(20);
        assertThat(r.histogram().bins().get(9).withinNorm()).isTrue();
        assertThat(r.histogram().bins().get(10).withinNorm()).isFalse();
        assertThat(r.histogram().bins().get(10).inhabitants()).isZero();
        assertThat(r.total().covered65()).isEqualTo(40); // A 10 + C 30; E (0 people 65+) also within 500
        assertThat(r.total().inhabitantsUnknown65()).isEqualTo(50);
        assertThat(r.total().coveredInhabitantsUnknown65()).isEqualTo(50);
        assertThat(r.total().covered65Share()).isCloseTo(40.0 / 45, within(1e-12));
    }

    /*
     * Only S2 (x=2000) open. Covered: D (1000) + E (500) = 27 of 207. A, B, C are beyond the 1,000 m cutoff: the
     * exact nearest is S2 at 2000, 1600, 1500. Sorted: E 500 (7), D 1000 (27), C 1500 (57), B 1600 (107),
     * A 2000 (207): median (>= 103.5) B 1600; P90 (>= 186.3) A 2000. Uncovered A, B, C: 400 - 0 = 400 m apart
     * and B-C 100 m, so with 150 m links {B, C} is one cluster (80) and {A} another (100).
     */
    @Test
    void resolvesPointsBeyondTheCutoffExactlyAndClustersTheUncovered() {
        CoverageState s = state();
        s.open(2);
        CoverageReport r = CoverageEvaluator.evaluate(s, sites(), EvaluationOptions.euclidean());
        assertThat(r.coveredWeight()).isEqualTo(27);
        assertThat(r.total().distance().medianMetres()).isEqualTo(1600);
        assertThat(r.total().distance().p90Metres()).isEqualTo(2000);
        assertThat(r.total().distance().unresolvedInhabitants()).isZero();
        assertThat(r.nspLoads().get(0).nearestInhabitants()).isEqualTo(207);
        assertThat(r.nspLoads().get(0).nearestInhabitantsWithinRadius()).isEqualTo(27);
        UncoveredDemand u = r.uncovered();
        assertThat(u.points()).isEqualTo(3);
        assertThat(u.inhabitants()).isEqualTo(180);
        assertThat(u.clusterCount()).isEqualTo(2);
        assertThat(u.largest()).extracting(UncoveredCluster::inhabitants).containsExactly(100.0, 80.0);
        UncoveredCluster bc = u.largest().get(1);
        assertThat(bc.firstPointId()).isEqualTo("B");
        assertThat(bc.centroidX()).isCloseTo((400 * 50 + 500 * 30) / 80.0, within(1e-9));
        assertThat(bc.minX()).isEqualTo(400);
        assertThat(bc.maxX()).isEqualTo(500);

        // a network index cannot resolve beyond its cutoff: A, B, C stay unresolved
        CoverageReport net = CoverageEvaluator.evaluate(s, sites(), EvaluationOptions.network());
        assertThat(net.total().distance().unresolvedInhabitants()).isEqualTo(180);
        assertThat(net.total().distance().medianMetres()).isNull();
        assertThat(net.total().distance().maxMetres()).isNull();
        assertThat(net.total().distance().meanMetres()).isCloseTo((7 * 500 + 20 * 1000) / 27.0, within(1e-9));
        assertThat(net.histogram().unresolvedInhabitants()).isEqualTo(180);
    }

    @Test
    void nothingOpenMeansNothingCoveredAndNoDistances() {
        CoverageReport r = CoverageEvaluator.evaluate(state(), sites(), EvaluationOptions.euclidean());
        assertThat(r.coveredWeight()).isZero();
        assertThat(r.total().distance().medianMetres()).isNull();
        assertThat(r.total().distance().unresolvedInhabitants()).isEqualTo(207);
        assertThat(r.nspLoads()).isEmpty();
        assertThat(r.uncovered().clusterCount()).isEqualTo(4); // {A}, {B, C}, {D}, {E}
    }

    /*
     * S0 open (A..D covered, E not); then open S2: only E flips to covered (D was already covered by S0).
     * Totals 207 of 207; 65+ now 40 + E's 0 = 40.
     */
    @Test
    void deltaListsOnlyWhatTheToggleChanged() {
        CoverageState s = state();
        s.open(0);
        CoverageDelta d = CoverageEvaluator.delta(s, sites(), s.toggle(2));
        assertThat(d.siteId()).isEqualTo("S2");
        assertThat(d.opened()).isTrue();
        assertThat(d.newlyCovered()).containsExactly("E");
        assertThat(d.newlyCovered65()).containsExactly("E");
        assertThat(d.newlyUncovered()).isEmpty();
        assertThat(d.total().coveredInhabitants()).isEqualTo(207);
        assertThat(d.total().uncoveredPoints()).isZero();
        assertThat(d.changedAreas()).extracting(AreaCoverage::level).containsExactly("municipality", "region", "urbanity");
        CoverageDelta back = CoverageEvaluator.delta(s, sites(), s.toggle(0));
        assertThat(back.newlyUncovered()).containsExactly("A", "B", "C");
        assertThat(back.total().coveredInhabitants()).isEqualTo(27);
        assertThat(back.total().uncoveredPoints()).isEqualTo(3);
    }
}
