package nl.nsp.planner.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** The incremental state against a brute-force all-pairs recomputation after every toggle. */
class CoverageStatePropertyTest {
    static final GeometryFactory GF = new GeometryFactory();

    /** A random instance: integer coordinates (exact-radius pairs are common), fractional weights, areas. */
    record Instance(DemandTable table, List<DemandPoint> points, double[] dx, double[] dy, double[] sx, double[] sy,
            Norms norms, CoverageIndex index) {
        static Instance random(Random r) {
            int n = 1 + r.nextInt(300);
            int m = 1 + r.nextInt(25);
            int extent = 500 + r.nextInt(4000);
            List<Municipality> muns = new ArrayList<>();
            for (int k = 1; k <= 4; k++) {
                muns.add(new Municipality(String.format("GM%04d", k), "M" + k, "VR0" + (1 + k % 2), 0, k == 4 ? 0 : 1 + r.nextInt(5),
                        GF.createPoint(new Coordinate(0, 0))));
            }
            List<DemandPoint> pts = new ArrayList<>();
            double[] dx = new double[n];
            double[] dy = new double[n];
            for (int i = 0; i < n; i++) {
                dx[i] = r.nextInt(extent);
                dy[i] = r.nextInt(extent);
                double w = r.nextInt(10) == 0 ? 0 : r.nextInt(5000) / 7.0;
                double w65 = r.nextInt(4) == 0 ? DemandPoint.UNKNOWN : Math.floor(w * r.nextDouble());
                String mun = r.nextInt(6) == 0 ? "" : String.format("GM%04d", 1 + r.nextInt(5)); // GM0005 is unknown
                pts.add(new DemandPoint("d" + i, dx[i], dy[i], w, w65, mun, "t"));
            }
            double[] sx = new double[m];
            double[] sy = new double[m];
            for (int j = 0; j < m; j++) {
                sx[j] = r.nextInt(extent);
                sy[j] = r.nextInt(extent);
            }
            Map<Integer, Double> urb = r.nextBoolean() ? Map.of() : Map.of(4, 300.0 + r.nextInt(900), 5, 300.0 + r.nextInt(900));
            Norms norms = new Norms(100 + r.nextInt(900), 50 + r.nextInt(600), urb, 5000, 20, 5000);
            DemandTable table = DemandTable.of(pts, muns, Map.of());
            CoverageIndex index = CoverageIndex.build(new EuclideanDistance(dx, dy, sx, sy, 50 + r.nextInt(800)),
                    norms.maxRadiusMetres() + r.nextInt(2) * r.nextInt(1000));
            return new Instance(table, pts, dx, dy, sx, sy, norms, index);
        }

        double radius(int i) {
            return norms.radiusFor(table.urbanityClass(i));
        }
    }

    @Test
    void incrementalStateEqualsBruteForceAfterEveryToggle() {
        for (long seed = 1; seed <= 60; seed++) {
            Random r = new Random(seed);
            Instance inst = Instance.random(r);
            CoverageState state = new CoverageState(inst.index, inst.table, inst.norms);
            boolean[] open = new boolean[inst.sx.length];
            int toggles = 1 + r.nextInt(80);
            for (int t = 0; t < toggles; t++) {
                int s = r.nextInt(open.length);
                open[s] = !open[s];
                state.toggle(s);
                check(inst, state, open, "seed " + seed + " toggle " + t);
            }
        }
    }

    private static void check(Instance inst, CoverageState state, boolean[] open, String what) {
        DemandTable t = inst.table;
        int n = t.size();
        long[][][] expected = new long[AreaLevel.values().length][4][];
        for (AreaLevel level : AreaLevel.values()) {
            for (int k = 0; k < 4; k++) {
                expected[level.ordinal()][k] = new long[t.groupCount(level)];
            }
        }
        for (int i = 0; i < n; i++) {
            boolean cov = false;
            boolean cov65 = false;
            int near = -1;
            double nearMetres = Double.POSITIVE_INFINITY;
            for (int j = 0; j < open.length; j++) {
                if (!open[j]) {
                    continue;
                }
                double d = Math.hypot(inst.dx[i] - inst.sx[j], inst.dy[i] - inst.sy[j]);
                cov |= d <= inst.radius(i);
                cov65 |= d <= inst.norms.radius65Metres();
                if (d <= inst.index.cutoffMetres() && d < nearMetres) {
                    near = j;
                    nearMetres = d;
                }
            }
            assertThat(state.isCovered(i)).as("%s point %d covered", what, i).isEqualTo(cov);
            assertThat(state.isCovered65(i)).as("%s point %d covered 65+", what, i).isEqualTo(cov65);
            assertThat(state.nearestSite(i)).as("%s point %d nearest", what, i).isEqualTo(near);
            assertThat(state.nearestMetres(i)).as("%s point %d nearest metres", what, i).isEqualTo(nearMetres);
            DemandPoint p = inst.points.get(i);
            long w = DemandTable.toUnits(p.inhabitants());
            for (AreaLevel level : AreaLevel.values()) {
                int g = t.group(level, i);
                if (cov) {
                    expected[level.ordinal()][0][g] += w;
                } else if (w > 0) {
                    expected[level.ordinal()][3][g]++;
                }
                if (cov65 && p.inhabitants65PlusKnown()) {
                    expected[level.ordinal()][1][g] += DemandTable.toUnits(p.inhabitants65Plus());
                }
                if (cov65 && !p.inhabitants65PlusKnown()) {
                    expected[level.ordinal()][2][g] += w;
                }
            }
        }
        for (AreaLevel level : AreaLevel.values()) {
            for (int g = 0; g < t.groupCount(level); g++) {
                String as = what + " " + level + " " + t.groupCode(level, g);
                assertThat(state.coveredUnits(level, g)).as(as).isEqualTo(expected[level.ordinal()][0][g]);
                assertThat(state.covered65Units(level, g)).as(as + " 65+").isEqualTo(expected[level.ordinal()][1][g]);
                assertThat(state.coveredUnknown65Units(level, g)).as(as + " unknown 65+").isEqualTo(expected[level.ordinal()][2][g]);
                assertThat((long) state.uncoveredPoints(level, g)).as(as + " uncovered points").isEqualTo(expected[level.ordinal()][3][g]);
            }
        }
    }
}
