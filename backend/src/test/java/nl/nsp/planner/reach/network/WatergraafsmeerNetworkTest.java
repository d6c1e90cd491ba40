package nl.nsp.planner.reach.network;

import static nl.nsp.planner.reach.network.NetworkFixtures.WATERGRAAFSMEER;
import static nl.nsp.planner.reach.network.NetworkFixtures.load;
import static nl.nsp.planner.reach.network.NetworkFixtures.model;
import static nl.nsp.planner.reach.network.NetworkFixtures.realData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real (tiny) OSM extract of Amsterdam Watergraafsmeer from the shared data folder: 83 junctions and
 * 93 edges are routable; the file's bounding box is larger than that routable area.
 */
class WatergraafsmeerNetworkTest {
    /** Bounding box of the routable junctions (GraphHopper's graph bounds for this file). */
    static final double MIN_LAT = 52.3393208;
    static final double MAX_LAT = 52.3477635;
    static final double MIN_LON = 4.92485;
    static final double MAX_LON = 4.940151;

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

    /** Random WGS84 points over the routable area grown by about 150 m, so some fail to snap. */
    static List<LatLon> randomPoints(Random rnd, int n) {
        List<LatLon> out = new ArrayList<>(n);
        double padLat = 0.00135;
        double padLon = 0.0022;
        for (int i = 0; i < n; i++) {
            out.add(new LatLon(MIN_LAT - padLat + rnd.nextDouble() * (MAX_LAT - MIN_LAT + 2 * padLat),
                    MIN_LON - padLon + rnd.nextDouble() * (MAX_LON - MIN_LON + 2 * padLon)));
        }
        return out;
    }

    @Test
    void routableAreaHas83JunctionsAnd93Edges() {
        assertThat(graph.nodeCount()).isEqualTo(83);
        assertThat(graph.edgeCount()).isEqualTo(93);
    }

    @Test
    void pointsInTheFileButOutsideTheRoutableAreaAreReportedUnsnappable() {
        List<LatLon> demand = List.of(
                new LatLon(52.3540, 4.9200),    // inside the file's bounding box, north-west corner
                new LatLon(52.3545, 4.9440),    // north-east corner of the file
                new LatLon(52.34218, 4.93111),  // on a junction of Kruislaan / Fizeaustraat
                new LatLon(52.2000, 4.9300));   // far away
        NetworkDistance foot = model(graph, NetworkProfile.FOOT, demand, List.of(new LatLon(52.3431, 4.92964)),
                NetworkDistance.DEFAULT_MAX_SNAP_METRES);
        assertThat(foot.snapReport().demand()).extracting(PointSnap::status).containsExactly(
                SnapStatus.OUTSIDE_NETWORK_AREA, SnapStatus.OUTSIDE_NETWORK_AREA, SnapStatus.SNAPPED,
                SnapStatus.OUTSIDE_NETWORK_AREA);
        assertThat(foot.snapReport().unsnappedDemand()).hasSize(3);
        List<Integer> reached = new ArrayList<>();
        foot.forEachWithin(0, Double.POSITIVE_INFINITY, (d, m) -> reached.add(d));
        assertThat(reached).containsExactly(2);
    }

    @Test
    void fizeaustraatEdgeLengthIsTheDistanceBetweenItsJunctions() {
        // junction 44 (52.34218, 4.93111) to junction 60 (52.3431, 4.92964): one Fizeaustraat edge of
        // 144.809 m as GraphHopper stores it; the straight line is about 143 m
        LatLon a = new LatLon(52.34218, 4.93111);
        LatLon b = new LatLon(52.3431, 4.92964);
        NetworkDistance foot = model(graph, NetworkProfile.FOOT, List.of(a), List.of(b), 250);
        assertThat(foot.distance(0, 0)).isCloseTo(144.809, within(0.05));
        assertThat(NetworkFixtures.rdStraight(a, b)).isLessThan(144);
    }

    @Test
    void networkDistanceIsNeverShorterThanTheStraightLine() {
        Random rnd = new Random(20_261_125);
        List<LatLon> demand = randomPoints(rnd, 40);
        List<LatLon> sites = randomPoints(rnd, 10);
        for (NetworkProfile profile : NetworkProfile.values()) {
            NetworkDistance m = model(graph, profile, demand, sites, 250);
            int finite = 0;
            for (int s = 0; s < sites.size(); s++) {
                RdPoint sp = RdProjection.toRd(sites.get(s));
                for (int d = 0; d < demand.size(); d++) {
                    double straight = RdProjection.toRd(demand.get(d)).distanceTo(sp);
                    double network = m.distance(s, d);
                    assertThat(network).as("%s site %d demand %d", profile, s, d).isGreaterThanOrEqualTo(straight);
                    finite += Double.isFinite(network) ? 1 : 0;
                }
                int site = s;
                m.forEachWithin(s, Double.POSITIVE_INFINITY, (d, metres) -> assertThat(metres)
                        .isGreaterThanOrEqualTo(RdProjection.toRd(demand.get(d)).distanceTo(
                                RdProjection.toRd(sites.get(site)))));
            }
            assertThat(finite).as("%s: most pairs are connected", profile).isGreaterThan(100);
        }
    }

    @Test
    void parallelQueriesGiveTheSameAnswersAsSequentialOnes() {
        Random rnd = new Random(7);
        NetworkDistance m = model(graph, NetworkProfile.FOOT, randomPoints(rnd, 60), randomPoints(rnd, 16), 250);
        List<String> sequential = IntStream.range(0, m.siteCount()).mapToObj(s -> rowOf(m, s)).toList();
        List<String> parallel = IntStream.range(0, m.siteCount()).parallel().mapToObj(s -> rowOf(m, s)).toList();
        assertThat(parallel).isEqualTo(sequential);
    }

    private static String rowOf(NetworkDistance m, int site) {
        StringBuilder sb = new StringBuilder();
        m.forEachWithin(site, 800, (d, metres) -> sb.append(d).append(':').append(metres).append(' '));
        return sb.toString();
    }

    @Test
    void cacheIsReusedAndRebuiltWhenTheFileChanges(@TempDir Path tmp) throws IOException {
        Path osm = tmp.resolve(WATERGRAAFSMEER);
        Files.copy(realData(WATERGRAAFSMEER), osm);
        Path cacheRoot = tmp.resolve("cache");
        try (NetworkGraph first = load(osm, cacheRoot)) {
            assertThat(first.loadedFromCache()).isFalse();
        }
        try (NetworkGraph second = load(osm, cacheRoot)) {
            assertThat(second.loadedFromCache()).isTrue();
            assertThat(second.edgeCount()).isEqualTo(93);
        }
        Files.setLastModifiedTime(osm, FileTime.fromMillis(Files.getLastModifiedTime(osm).toMillis() - 86_400_000));
        try (NetworkGraph third = load(osm, cacheRoot)) {
            assertThat(third.loadedFromCache()).isFalse();
            assertThat(third.edgeCount()).isEqualTo(93);
        }
    }
}
