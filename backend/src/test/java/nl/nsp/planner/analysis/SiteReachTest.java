package nl.nsp.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;

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

class SiteReachTest {
    /*
     * The line of CoverageStateTest (y = 0; radius 1,000 m, 65+ 500 m):
     *   A x=0 w=100 65+=10, B 400 w=50 65+ unknown, C 500 w=30 65+=30, D 1000 w=20 65+=5, E 2500 w=7 65+=0
     *   sites S0 x=0, S1 x=1500, S2 x=2000
     * S0 reaches A, B, C, D (D exactly on 1,000 m) = 200 inhabitants; within 500 m A and C (C exactly on it) with
     * known 65+: 10 + 30 = 40 (B's 65+ is unknown, not 0).
     * With S2 open and S0 closed: D (1,000 m from S2) is covered by another site, so S0 alone would add A, B, C = 180.
     * With S0 open too: S0's points covered by no other open site are again A, B, C = 180; S2's: E only = 7.
     */
    private static SiteTable sites() {
        return SiteTable.of(List.of(site("S0", 0), site("S1", 1500), site("S2", 2000)));
    }

    private static CandidateSite site(String id, double x) {
        return new CandidateSite(id, id, "", x, 0, "", SiteKind.POLLING_STATION, Accessibility.YES, "", Map.of());
    }

    private static CoverageState state() {
        DemandTable demand = DemandTable.of(List.of(
                new DemandPoint("A", 0, 0, 100, 10, "", "t"),
                new DemandPoint("B", 400, 0, 50, DemandPoint.UNKNOWN, "", "t"),
                new DemandPoint("C", 500, 0, 30, 30, "", "t"),
                new DemandPoint("D", 1000, 0, 20, 5, "", "t"),
                new DemandPoint("E", 2500, 0, 7, 0, "", "t")));
        CoverageIndex idx = CoverageIndex.build(EuclideanDistance.between(demand, sites(), 500), 1000);
        return new CoverageState(idx, demand, Norms.defaults());
    }

    @Test
    void reachOfAClosedSiteCountsWhatItWouldAdd() {
        CoverageState s = state();
        s.open(2);
        SiteReach r = SiteReach.of(s, sites(), 0);
        assertThat(r.siteId()).isEqualTo("S0");
        assertThat(r.open()).isFalse();
        assertThat(r.points()).extracting(SiteReach.ReachedPoint::id).containsExactly("A", "B", "C", "D");
        assertThat(r.points().get(3).metres()).isEqualTo(1000.0);
        assertThat(r.points()).extracting(SiteReach.ReachedPoint::within65).containsExactly(true, true, true, false);
        assertThat(r.points()).extracting(SiteReach.ReachedPoint::onlyHere).containsExactly(true, true, true, false);
        assertThat(r.inhabitants()).isEqualTo(200);
        assertThat(r.inhabitants65()).isEqualTo(40);
        assertThat(r.inhabitantsOnlyHere()).isEqualTo(180);
    }

    @Test
    void reachOfAnOpenSiteCountsWhatClosingItWouldLose() {
        CoverageState s = state();
        s.open(0);
        s.open(2);
        assertThat(SiteReach.of(s, sites(), 0).inhabitantsOnlyHere()).isEqualTo(180);
        SiteReach s2 = SiteReach.of(s, sites(), 2);
        assertThat(s2.open()).isTrue();
        assertThat(s2.points()).extracting(SiteReach.ReachedPoint::id).containsExactly("D", "E");
        assertThat(s2.inhabitantsOnlyHere()).isEqualTo(7);
    }

    @Test
    void theUrbanityRadiusOfAPointDecidesAndTheCutoffIsNotTheRadius() {
        // a 600 m radius with a 1,000 m index (65+ 500 m): S0 reaches A only (D at 1,000 m is in the index, beyond 600 m)
        DemandTable demand = DemandTable.of(List.of(new DemandPoint("A", 0, 0, 100, 10, "", "t"),
                new DemandPoint("D", 1000, 0, 20, 5, "", "t")));
        CoverageIndex idx = CoverageIndex.build(EuclideanDistance.between(demand, sites(), 500), 1000);
        CoverageState s = new CoverageState(idx, demand, Norms.defaults().withRadii(600, 500));
        assertThat(SiteReach.of(s, sites(), 0).points()).extracting(SiteReach.ReachedPoint::id).containsExactly("A");
    }
}
