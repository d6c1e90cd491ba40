package nl.nsp.planner.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

/** Distances, percentiles and loads of the evaluator against a brute-force scan over all open sites. */
class CoverageEvaluatorPropertyTest {
    @Test
    void nearestDistancesPercentilesAndLoadsMatchBruteForce() {
        for (long seed = 1; seed <= 40; seed++) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(400);
            int m = 1 + r.nextInt(30);
            int extent = 1000 + r.nextInt(6000);
            List<DemandPoint> pts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                pts.add(new DemandPoint("d" + i, r.nextInt(extent), r.nextInt(extent), r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(60),
                        DemandPoint.UNKNOWN, "", "t"));
            }
            List<CandidateSite> sl = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                sl.add(new CandidateSite("s" + j, "s", "", r.nextInt(extent), r.nextInt(extent), "", SiteKind.OWN,
                        Accessibility.UNKNOWN, "", Map.of()));
            }
            double[] dx = pts.stream().mapToDouble(DemandPoint::x).toArray();
            double[] dy = pts.stream().mapToDouble(DemandPoint::y).toArray();
            SiteTable sites = SiteTable.of(sl);
            Norms norms = Norms.defaults().withRadii(200 + r.nextInt(800), 100 + r.nextInt(400));
            CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(dx, dy, sites.xs(), sites.ys(), 300), norms.maxRadiusMetres());
            CoverageState state = new CoverageState(idx, DemandTable.of(pts), norms);
            boolean[] open = new boolean[m];
            for (int t = 0; t < 10; t++) {
                int s = r.nextInt(m);
                open[s] = !open[s];
                state.toggle(s);
            }
            CoverageReport rep = CoverageEvaluator.evaluate(state, sites, EvaluationOptions.euclidean());
            String as = "seed " + seed;
            // brute force
            double[] dist = new double[n];
            int[] near = new int[n];
            double[] load = new double[m];
            for (int i = 0; i < n; i++) {
                near[i] = -1;
                dist[i] = Double.POSITIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    double d = Math.hypot(dx[i] - sites.x(j), dy[i] - sites.y(j));
                    if (open[j] && d < dist[i]) {
                        dist[i] = d;
                        near[i] = j;
                    }
                }
                if (near[i] >= 0) {
                    load[near[i]] += pts.get(i).inhabitants();
                }
            }
            for (NspLoad l : rep.nspLoads()) {
                assertThat(l.nearestInhabitants()).as(as + " load " + l.siteId()).isEqualTo(load[l.siteIndex()]);
            }
            assertThat(rep.nspLoads()).hasSize((int) java.util.stream.IntStream.range(0, m).filter(j -> open[j]).count());
            Integer[] order = java.util.stream.IntStream.range(0, n).filter(i -> pts.get(i).inhabitants() > 0).boxed()
                    .sorted(Comparator.comparingDouble(i -> dist[i])).toArray(Integer[]::new);
            double total = Arrays.stream(order).mapToDouble(i -> pts.get(i).inhabitants()).sum();
            Double median = null;
            Double p90 = null;
            double cum = 0;
            double sum = 0;
            for (int i : order) {
                cum += pts.get(i).inhabitants();
                sum += pts.get(i).inhabitants() * dist[i];
                if (median == null && 2 * cum >= total) {
                    median = dist[i];
                }
                if (p90 == null && 10 * cum >= 9 * total) {
                    p90 = dist[i];
                }
            }
            DistanceSummary got = rep.total().distance();
            if (rep.openSites() > 0 && total > 0) {
                assertThat(got.medianMetres()).as(as + " median").isEqualTo(median);
                assertThat(got.p90Metres()).as(as + " p90").isEqualTo(p90);
                assertThat(got.maxMetres()).as(as + " max").isEqualTo(dist[order[order.length - 1]]);
                assertThat(got.meanMetres()).as(as + " mean").isCloseTo(sum / total, within(1e-6));
                double hist = rep.histogram().bins().stream().mapToDouble(DistanceHistogram.Bin::inhabitants).sum();
                assertThat(hist).as(as + " histogram").isEqualTo(total);
            } else {
                assertThat(got.medianMetres()).isNull();
            }
            double uncovered = 0;
            for (int i = 0; i < n; i++) {
                if (pts.get(i).inhabitants() > 0 && !(dist[i] <= norms.radiusMetres())) {
                    uncovered += pts.get(i).inhabitants();
                }
            }
            assertThat(rep.uncovered().inhabitants()).as(as + " uncovered").isEqualTo(uncovered);
            assertThat(rep.totalWeight() - rep.coveredWeight()).as(as + " covered").isEqualTo(uncovered);
        }
    }
}
