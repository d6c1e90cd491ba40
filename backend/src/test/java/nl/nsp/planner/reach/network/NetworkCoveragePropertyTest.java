package nl.nsp.planner.reach.network;

import static nl.nsp.planner.reach.network.NetworkFixtures.WATERGRAAFSMEER;
import static nl.nsp.planner.reach.network.NetworkFixtures.load;
import static nl.nsp.planner.reach.network.NetworkFixtures.model;
import static nl.nsp.planner.reach.network.NetworkFixtures.realData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.reach.CoverageIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On random point sets over the Watergraafsmeer network, the coverage index built from the shortest-path
 * trees equals a brute-force double loop over {@link NetworkDistance#distance} (an independent
 * point-to-point route per pair). Distances agree to {@value #TOL_METRES} m (the two computations split the
 * snapped edges differently, so their floating-point sums differ in the last digits); a pair whose
 * reference distance lies within that tolerance of the cutoff is not held to either side. Unreachable pairs
 * (unsnapped points, disconnected parts) are never reported, not even for an infinite cutoff.
 */
class NetworkCoveragePropertyTest {
    private static final double TOL_METRES = 1e-6;

    @TempDir
    static Path cache;
    private static NetworkGraph graph;

    @BeforeAll
    static void loadGraph() {
        graph = load(realData(WATERGRAAFSMEER), cache);
    }

    @AfterAll
    static void closeGraph() {
        graph.close();
    }

    @ParameterizedTest(name = "seed {0}, {1}, cutoff {2} m")
    @CsvSource({
        "1, FOOT, 250", "2, FOOT, 500", "3, FOOT, 1000", "4, FOOT, Infinity",
        "5, BIKE, 400", "6, BIKE, 900", "7, BIKE, Infinity"})
    void coverageIndexEqualsBruteForce(long seed, NetworkProfile profile, double cutoff) {
        Random rnd = new Random(seed);
        List<LatLon> demand = WatergraafsmeerNetworkTest.randomPoints(rnd, 80);
        List<LatLon> sites = WatergraafsmeerNetworkTest.randomPoints(rnd, 10);
        NetworkDistance m = model(graph, profile, demand, sites, 250);

        CoverageIndex index = CoverageIndex.build(m, cutoff);

        int pairs = 0;
        for (int s = 0; s < sites.size(); s++) {
            TreeMap<Integer, Double> actual = new TreeMap<>();
            for (int k = index.siteStart(s); k < index.siteEnd(s); k++) {
                actual.put(index.siteDemand(k), index.siteMetres(k));
            }
            for (int d = 0; d < demand.size(); d++) {
                double expected = m.distance(s, d);
                String what = "seed " + seed + " site " + s + " demand " + d + " reference " + expected;
                if (Math.abs(expected - cutoff) <= TOL_METRES) {
                    continue;
                }
                if (Double.isFinite(expected) && expected <= cutoff) {
                    assertThat(actual).as(what).containsKey(d);
                    assertThat(Math.abs(actual.get(d) - expected)).as(what).isLessThanOrEqualTo(TOL_METRES);
                    pairs++;
                } else {
                    assertThat(actual).as(what).doesNotContainKey(d);
                }
            }
        }
        assertThat(pairs).as("seed %d: the instance is not trivially empty", seed).isGreaterThan(5);
        assertThat(index.pairCount()).isGreaterThanOrEqualTo(pairs);
    }
}
