package nl.nsp.planner.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoverageIndexTest {
    /*
     * Demand on a line at x = 0, 300, 500, 1000, 1001; one site at x = 0.
     * Cutoff 1000: the first four are within reach (1000 exactly on the radius counts), 1001 is not.
     */
    @Test
    void pointExactlyOnTheCutoffIsWithinReach() {
        double[] dx = {0, 300, 500, 1000, 1001};
        double[] dy = new double[5];
        CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(dx, dy, new double[] {0}, new double[] {0}, 250), 1000);
        assertThat(idx.siteEnd(0) - idx.siteStart(0)).isEqualTo(4);
        List<Integer> reached = new ArrayList<>();
        for (int k = idx.siteStart(0); k < idx.siteEnd(0); k++) {
            reached.add(idx.siteDemand(k));
        }
        assertThat(reached).containsExactly(0, 1, 2, 3);
        assertThat(idx.siteMetres(idx.siteStart(0) + 3)).isEqualTo(1000.0);
        assertThat(idx.demandEnd(4) - idx.demandStart(4)).isZero();
    }

    @Test
    void agreesWithAllPairsOnRandomInstances() {
        for (long seed = 1; seed <= 30; seed++) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(400);
            int m = 1 + r.nextInt(30);
            double[] dx = new double[n], dy = new double[n], sx = new double[m], sy = new double[m];
            for (int i = 0; i < n; i++) {
                // integer coordinates make exact-radius pairs common
                dx[i] = r.nextInt(5000);
                dy[i] = r.nextInt(5000);
            }
            for (int j = 0; j < m; j++) {
                sx[j] = r.nextInt(5000);
                sy[j] = r.nextInt(5000);
            }
            double cutoff = 100 + r.nextInt(1500);
            CoverageIndex idx = CoverageIndex.build(new EuclideanDistance(dx, dy, sx, sy, 50 + r.nextInt(2000)), cutoff);
            int pairs = 0;
            for (int j = 0; j < m; j++) {
                int k = idx.siteStart(j);
                for (int i = 0; i < n; i++) {
                    double d = Math.hypot(dx[i] - sx[j], dy[i] - sy[j]);
                    if (d <= cutoff) {
                        pairs++;
                        assertThat(idx.siteDemand(k)).as("seed %d site %d", seed, j).isEqualTo(i);
                        assertThat(idx.siteMetres(k)).isEqualTo(d);
                        k++;
                    }
                }
                assertThat(k).as("seed %d site %d row end", seed, j).isEqualTo(idx.siteEnd(j));
            }
            assertThat(idx.pairCount()).isEqualTo(pairs);
            // transpose: each demand row sorted by site and consistent with the site rows
            int transposed = 0;
            for (int i = 0; i < n; i++) {
                int last = -1;
                for (int k = idx.demandStart(i); k < idx.demandEnd(i); k++) {
                    int s = idx.demandSite(k);
                    assertThat(s).isGreaterThan(last);
                    last = s;
                    assertThat(idx.demandMetres(k)).isEqualTo(Math.hypot(dx[i] - sx[s], dy[i] - sy[s]));
                    transposed++;
                }
            }
            assertThat(transposed).isEqualTo(pairs);
        }
    }

    /*
     * Appending sites to an index gives exactly the index built with all sites at once: same rows for the
     * base sites, the extra sites after them, and a transpose sorted by site (checked pair by pair).
     */
    @Test
    void appendingSitesEqualsBuildingWithAllSites() {
        for (long seed = 1; seed <= 20; seed++) {
            Random r = new Random(seed);
            int n = 1 + r.nextInt(300);
            int m = r.nextInt(20);
            int extra = 1 + r.nextInt(5);
            double[] dx = new double[n], dy = new double[n], sx = new double[m + extra], sy = new double[m + extra];
            for (int i = 0; i < n; i++) {
                dx[i] = r.nextInt(4000);
                dy[i] = r.nextInt(4000);
            }
            for (int j = 0; j < m + extra; j++) {
                sx[j] = r.nextInt(4000);
                sy[j] = r.nextInt(4000);
            }
            double cutoff = 100 + r.nextInt(1200);
            double cell = 50 + r.nextInt(1500);
            EuclideanDistance base = new EuclideanDistance(dx, dy, java.util.Arrays.copyOf(sx, m), java.util.Arrays.copyOf(sy, m), cell);
            CoverageIndex appended = CoverageIndex.build(base, cutoff).withExtraSites(
                    base.withSites(java.util.Arrays.copyOfRange(sx, m, m + extra), java.util.Arrays.copyOfRange(sy, m, m + extra)));
            CoverageIndex whole = CoverageIndex.build(new EuclideanDistance(dx, dy, sx, sy, cell), cutoff);
            assertThat(appended.siteCount()).isEqualTo(m + extra);
            assertThat(appended.pairCount()).as("seed %d", seed).isEqualTo(whole.pairCount());
            for (int s = 0; s < m + extra; s++) {
                assertThat(appended.siteStart(s)).as("seed %d site %d", seed, s).isEqualTo(whole.siteStart(s));
                assertThat(appended.siteEnd(s)).isEqualTo(whole.siteEnd(s));
            }
            for (int k = 0; k < whole.pairCount(); k++) {
                assertThat(appended.siteDemand(k)).isEqualTo(whole.siteDemand(k));
                assertThat(appended.siteMetres(k)).isEqualTo(whole.siteMetres(k));
                assertThat(appended.demandSite(k)).isEqualTo(whole.demandSite(k));
                assertThat(appended.demandMetres(k)).isEqualTo(whole.demandMetres(k));
            }
            for (int i = 0; i < n; i++) {
                assertThat(appended.demandStart(i)).isEqualTo(whole.demandStart(i));
            }
        }
    }

    @Test
    void appendingSitesOfAnotherDemandSetIsRefused() {
        EuclideanDistance model = new EuclideanDistance(new double[] {0, 1}, new double[] {0, 0}, new double[] {0}, new double[] {0}, 100);
        CoverageIndex idx = CoverageIndex.build(model, 500);
        EuclideanDistance other = new EuclideanDistance(new double[] {0}, new double[] {0}, new double[] {0}, new double[] {0}, 100);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> idx.withExtraSites(other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 demand points, the index 2");
    }

    /** Property: restricting to a smaller cutoff and a pair filter equals building at that cutoff and filtering. */
    @Test
    void restrictEqualsBuildingAtTheSmallerCutoff() {
        Random r = new Random(5);
        for (int round = 0; round < 20; round++) {
            int n = 50 + r.nextInt(100);
            int m = 5 + r.nextInt(20);
            double[] dx = new double[n];
            double[] dy = new double[n];
            double[] sx = new double[m];
            double[] sy = new double[m];
            for (int i = 0; i < n; i++) {
                dx[i] = r.nextInt(3000);
                dy[i] = r.nextInt(3000);
            }
            for (int j = 0; j < m; j++) {
                sx[j] = r.nextInt(3000);
                sy[j] = r.nextInt(3000);
            }
            CoverageIndex big = CoverageIndex.build(new EuclideanDistance(dx, dy, sx, sy, 500), 1500);
            CoverageIndex small = CoverageIndex.build(new EuclideanDistance(dx, dy, sx, sy, 500), 700);
            CoverageIndex.PairFilter odd = (s, d) -> (s + d) % 2 == 1;
            CoverageIndex restricted = big.restrict(700, odd);
            assertThat(restricted.cutoffMetres()).isEqualTo(700);
            List<String> expected = new ArrayList<>();
            for (int s = 0; s < m; s++) {
                for (int k = small.siteStart(s); k < small.siteEnd(s); k++) {
                    if (odd.keep(s, small.siteDemand(k))) {
                        expected.add(s + ":" + small.siteDemand(k) + ":" + small.siteMetres(k));
                    }
                }
            }
            List<String> actual = new ArrayList<>();
            for (int s = 0; s < m; s++) {
                for (int k = restricted.siteStart(s); k < restricted.siteEnd(s); k++) {
                    actual.add(s + ":" + restricted.siteDemand(k) + ":" + restricted.siteMetres(k));
                }
            }
            assertThat(actual).isEqualTo(expected);
            // the transpose is rebuilt too
            int pairs = 0;
            for (int d = 0; d < n; d++) {
                pairs += restricted.demandEnd(d) - restricted.demandStart(d);
            }
            assertThat(pairs).isEqualTo(restricted.pairCount());
        }
    }
}
