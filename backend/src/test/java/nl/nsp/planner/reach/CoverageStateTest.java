package nl.nsp.planner.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.nsp.planner.domain.DemandPoint;
import org.junit.jupiter.api.Test;

class CoverageStateTest {
    /*
     * All on the line y = 0; radius 1,000 m, 65+ radius 500 m, index cutoff 1,000 m.
     *
     *   x:    0      400    500          1000         1500      2000       2500
     *         A      B      C            D            S1        S2         E
     *         S0
     *   A w=100 65+=10, B w=50 65+ unknown, C w=30 65+=30, D w=20 65+=5, E w=7 65+=0
     *
     * Open S0: A,B,C,D within 1000 (D exactly on the radius) -> 200 covered; within 500: A (10), C (30, exactly
     * on the 65+ radius) -> 65+ covered 40; B (65+ unknown, 50 inhabitants) within 500 -> unknown-65+ covered 50.
     * Open S2 too: E at 500 -> 207 covered; D has two open sites within reach (S0 and S2, both at 1000).
     * Close S0: only D (1000 from S2) and E remain -> 27 covered; 65+ covered: E (0 people) -> 0.
     */
    private static final double[] X = {0, 400, 500, 1000, 2500};
    private static final double[] SX = {0, 1500, 2000};

    static DemandTable table() {
        return DemandTable.of(List.of(
                new DemandPoint("A", 0, 0, 100, 10, "", "t"),
                new DemandPoint("B", 400, 0, 50, DemandPoint.UNKNOWN, "", "t"),
                new DemandPoint("C", 500, 0, 30, 30, "", "t"),
                new DemandPoint("D", 1000, 0, 20, 5, "", "t"),
                new DemandPoint("E", 2500, 0, 7, 0, "", "t")));
    }

    static CoverageState state() {
        CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(X, new double[5], SX, new double[3], 500), 1000);
        return new CoverageState(idx, table(), Norms.defaults());
    }

    private static double covered(CoverageState s) {
        return DemandTable.toPersons(s.coveredUnits(AreaLevel.TOTAL, 0));
    }

    @Test
    void coversPointsExactlyOnTheRadiusAndKeepsUnknown65Apart() {
        CoverageState s = state();
        CoverageState.Change c = s.open(0);
        assertThat(c.flippedAll()).containsExactly(0, 1, 2, 3);
        assertThat(c.flipped65()).containsExactly(0, 1, 2);
        assertThat(covered(s)).isEqualTo(200);
        assertThat(DemandTable.toPersons(s.covered65Units(AreaLevel.TOTAL, 0))).isEqualTo(40);
        assertThat(DemandTable.toPersons(s.coveredUnknown65Units(AreaLevel.TOTAL, 0))).isEqualTo(50);
        assertThat(DemandTable.toPersons(s.total65Units(AreaLevel.TOTAL, 0))).isEqualTo(45);
        assertThat(DemandTable.toPersons(s.unknown65Units(AreaLevel.TOTAL, 0))).isEqualTo(50);
        assertThat(DemandTable.toPersons(s.totalUnits(AreaLevel.TOTAL, 0))).isEqualTo(207);
    }

    @Test
    void togglingUpdatesCountsAndNearestWithLowestIndexOnTies() {
        CoverageState s = state();
        s.open(0);
        s.open(2);
        assertThat(covered(s)).isEqualTo(207);
        assertThat(s.openWithinRadius(3)).isEqualTo(2);
        assertThat(s.nearestSite(3)).isEqualTo(0); // S0 and S2 both 1000 m away: lowest index
        assertThat(s.nearestSite(4)).isEqualTo(2);
        assertThat(s.nearestMetres(4)).isEqualTo(500);

        CoverageState.Change c = s.toggle(0);
        assertThat(c.opened()).isFalse();
        assertThat(c.flippedAll()).containsExactly(0, 1, 2);
        assertThat(covered(s)).isEqualTo(27);
        assertThat(DemandTable.toPersons(s.covered65Units(AreaLevel.TOTAL, 0))).isZero();
        assertThat(s.nearestSite(3)).isEqualTo(2);
        assertThat(s.nearestSite(0)).isEqualTo(-1); // A is 2,000 m from S2: beyond the cutoff
        assertThat(s.nearestMetres(0)).isInfinite();

        s.open(1); // S1 at 1500: D at 500 becomes its nearest
        assertThat(s.nearestSite(3)).isEqualTo(1);
        assertThat(s.nearestMetres(3)).isEqualTo(500);
        assertThat(s.openSites()).containsExactly(1, 2);
        assertThat(s.open(1).flippedAll()).isEmpty();
    }

    @Test
    void urbanityOverrideWidensTheRadiusOfThatClassOnly() {
        // B in GM0001 (class 5, radius 1,500), the rest unassigned (radius 1,000); one site at x = 2000
        var gm1 = new nl.nsp.planner.domain.Municipality("GM0001", "Een", "VR01", 50, 5,
                new org.locationtech.jts.geom.GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(0, 0)));
        DemandTable t = DemandTable.of(List.of(
                new DemandPoint("A", 500, 0, 10, 0, "", "t"),
                new DemandPoint("B", 500, 0, 50, 0, "GM0001", "t")), List.of(gm1), Map.of("VR01", "Regio"));
        Norms norms = new Norms(1000, 500, Map.of(5, 1500.0), 5000, 20, 5000);
        CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(new double[] {500, 500}, new double[2],
                new double[] {2000}, new double[1], 500), norms.maxRadiusMetres());
        CoverageState s = new CoverageState(idx, t, norms);
        s.open(0);
        assertThat(s.isCovered(0)).isFalse();
        assertThat(s.isCovered(1)).isTrue();
        assertThat(covered(s)).isEqualTo(50);
        int gm = t.group(AreaLevel.MUNICIPALITY, 1);
        assertThat(t.groupCode(AreaLevel.MUNICIPALITY, gm)).isEqualTo("GM0001");
        assertThat(DemandTable.toPersons(s.coveredUnits(AreaLevel.MUNICIPALITY, gm))).isEqualTo(50);
        assertThat(t.groupCode(AreaLevel.URBANITY, t.group(AreaLevel.URBANITY, 1))).isEqualTo("5");
        assertThat(t.groupCode(AreaLevel.REGION, t.group(AreaLevel.REGION, 1))).isEqualTo("VR01");
        assertThat(t.name("VR01")).isEqualTo("Regio");
    }

    @Test
    void rejectsAnIndexWithTooSmallACutoff() {
        CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(X, new double[5], SX, new double[3], 500), 900);
        assertThatThrownBy(() -> new CoverageState(idx, table(), Norms.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cutoff 900.0");
    }
}
