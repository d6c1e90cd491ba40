package nl.nsp.planner.reach.network;

import static nl.nsp.planner.reach.network.NetworkFixtures.handMade;
import static nl.nsp.planner.reach.network.NetworkFixtures.load;
import static nl.nsp.planner.reach.network.NetworkFixtures.model;
import static nl.nsp.planner.reach.network.NetworkFixtures.rdStraight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.nsp.planner.geo.LatLon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact distances on tiny hand-made networks (src/test/resources/fixtures/osm/).
 *
 * <p>Expected lengths are worked out with the haversine formula on GraphHopper's sphere (R = 6,371,000 m):
 * 0.001 degree of latitude is 111.195 m; along a parallel at 52.001 N, 0.0015 degree of longitude is
 * 102.685 m. The reported distance is max(straight RD distance, snap + network + snap), so where the network
 * path is itself a straight line the RD straight line (slightly longer than the sphere's, RD being true to
 * the ellipsoid) wins; those cases assert exactly that. Tolerance 5 cm: WGS84 -> RD -> WGS84 round trips and
 * GraphHopper's millimetre edge lengths.
 */
class NetworkDistanceTest {
    private static final double TOL = 0.05;
    private static final double LAT_001 = 111.19492664426889;   // 0.001 degree of latitude
    private static final double MAX_SNAP = NetworkDistance.DEFAULT_MAX_SNAP_METRES;

    @TempDir
    Path cache;

    /** Demand index -> reported metres for one site. */
    private static Map<Integer, Double> reached(NetworkDistance m, int site, double cutoff) {
        Map<Integer, Double> out = new TreeMap<>();
        m.forEachWithin(site, cutoff, (d, metres) -> {
            assertThat(out.put(d, metres)).as("demand %d reported twice", d).isNull();
        });
        return out;
    }

    /*
     *   6 ---- 3 (52.002, 5.000)      spur 3-6 westwards (68 m)
     *          |
     *          |       D2 (52.0007, 5.0003): 20.537 m east of the way
     *          2 (52.001, 5.000)   pillar, so 1-3 is one edge
     *          |       D1 (52.0005, 5.0003): 20.537 m east of the way
     *          S2 (52.0002, 5.000) on the edge
     *          1 (52.000, 5.000)            (a one-edge island lies 3 km north-east)
     */
    @Test
    void straightFootwayAddsSnapDistancesAndMeasuresAlongTheEdge() {
        try (NetworkGraph g = load(handMade("straight_footway.osm"), cache)) {
            LatLon n1 = new LatLon(52.000, 5.000);
            LatLon n3 = new LatLon(52.002, 5.000);
            LatLon d1 = new LatLon(52.0005, 5.0003);
            LatLon d2 = new LatLon(52.0007, 5.0003);
            LatLon s2 = new LatLon(52.0002, 5.000);
            NetworkDistance m = model(g, NetworkProfile.FOOT, List.of(n3, d1, d2), List.of(n1, s2), MAX_SNAP);

            // node 3 from node 1: 0.002 degree north = 222.390 m on the sphere, a straight way: RD line wins
            double n1n3 = m.distance(0, 0);
            assertThat(n1n3).isCloseTo(Math.max(rdStraight(n1, n3), 2 * LAT_001), within(TOL));
            assertThat(2 * LAT_001).isLessThanOrEqualTo(n1n3);
            // D1: snap 20.537 m + 0.0005 degree north (55.597 m) = 76.135 m; straight line only ~59 m
            assertThat(m.snapReport().demand().get(1).snapMetres()).isCloseTo(20.537, within(TOL));
            assertThat(m.distance(0, 1)).isCloseTo(20.537 + 55.597, within(TOL));
            // site S2 and D2 on the same edge: straight along it, 0.0005 degree (55.597) + snap 20.537
            assertThat(m.distance(1, 2)).isCloseTo(20.537 + 55.597, within(TOL));
            assertThat(reached(m, 1, 80)).containsOnlyKeys(1, 2);
            assertThat(reached(m, 1, 80).get(2)).isCloseTo(76.134, within(TOL));
            // D1 from S2: 0.0003 degree = 33.358 m along the edge + snap
            assertThat(reached(m, 1, 80).get(1)).isCloseTo(20.537 + 33.358, within(TOL));
        }
    }

    @Test
    void unsnappablePointsAreListedWithTheirReasonAndNeverReached() {
        try (NetworkGraph g = load(handMade("straight_footway.osm"), cache)) {
            List<LatLon> demand = List.of(
                    new LatLon(52.001, 5.000),    // 0: on the way
                    new LatLon(51.900, 5.000),    // 1: 11 km south, outside the network area
                    new LatLon(52.0305, 5.030),   // 2: on the island (a subnetwork): nothing usable within reach
                    new LatLon(52.001, 5.004),    // 3: 273.8 m east of the way, beyond 250 m
                    new LatLon(52.025, 5.020));   // 4: inside the area but 2.5 km from the usable way
            NetworkDistance m = model(g, NetworkProfile.FOOT, demand, List.of(new LatLon(52.000, 5.000),
                    new LatLon(52.1, 5.0)), MAX_SNAP);
            SnapReport r = m.snapReport();

            assertThat(r.demand()).extracting(PointSnap::status).containsExactly(SnapStatus.SNAPPED,
                    SnapStatus.OUTSIDE_NETWORK_AREA, SnapStatus.NO_EDGE_FOUND, SnapStatus.BEYOND_MAX_SNAP_DISTANCE,
                    SnapStatus.NO_EDGE_FOUND);
            assertThat(r.demand().get(0).snapMetres()).isCloseTo(0, within(TOL));
            assertThat(r.demand().get(3).snapMetres()).isCloseTo(273.8, within(0.5));
            assertThat(r.demand().get(1).snapMetres()).isNaN();
            assertThat(r.unsnappedDemand()).extracting(PointSnap::index).containsExactly(1, 2, 3, 4);
            assertThat(r.unsnappedSites()).extracting(PointSnap::index).containsExactly(1);
            assertThat(r.profile()).isEqualTo("foot");
            assertThat(r.maxSnapMetres()).isEqualTo(MAX_SNAP);

            assertThat(reached(m, 0, Double.POSITIVE_INFINITY)).containsOnlyKeys(0);
            assertThat(reached(m, 1, Double.POSITIVE_INFINITY)).isEmpty();
            assertThat(m.distance(0, 3)).isInfinite();
            assertThat(m.distance(1, 0)).isInfinite();
        }
    }

    @Test
    void smallerMaxSnapDistanceRejectsFartherPoints() {
        try (NetworkGraph g = load(handMade("straight_footway.osm"), cache)) {
            NetworkDistance m = model(g, NetworkProfile.FOOT, List.of(new LatLon(52.0005, 5.0003)),
                    List.of(new LatLon(52.000, 5.000)), 20);
            PointSnap p = m.snapReport().demand().get(0);
            assertThat(p.status()).isEqualTo(SnapStatus.BEYOND_MAX_SNAP_DISTANCE);
            assertThat(p.snapMetres()).isCloseTo(20.537, within(TOL));
            assertThat(reached(m, 0, 1000)).isEmpty();
        }
    }

    /*
     *   C (52.001, 5.000) ------------ B (52.001, 5.0015)   residential, 102.685 m
     *   |                         /
     *   | residential  111.195 m / footway, bicycle=no: 151.357 m
     *   |                     /
     *   A (52.000, 5.000)
     */
    @Test
    void lShapedStreetIsLongerThanTheStraightLineForBikesButFootTakesTheDiagonal() {
        try (NetworkGraph g = load(handMade("l_street.osm"), cache)) {
            LatLon a = new LatLon(52.000, 5.000);
            LatLon b = new LatLon(52.001, 5.0015);
            double straight = rdStraight(a, b);
            NetworkDistance bike = model(g, NetworkProfile.BIKE, List.of(a), List.of(b), MAX_SNAP);
            NetworkDistance foot = model(g, NetworkProfile.FOOT, List.of(a), List.of(b), MAX_SNAP);

            assertThat(bike.distance(0, 0)).isCloseTo(LAT_001 + 102.685, within(TOL));   // 213.880 m
            assertThat(foot.distance(0, 0)).isCloseTo(Math.max(straight, 151.357), within(TOL));
            assertThat(straight).isCloseTo(151.6, within(0.5));
            assertThat(bike.name()).isEqualTo("bike");

            assertThat(reached(foot, 0, 200)).containsOnlyKeys(0);
            assertThat(reached(bike, 0, 200)).isEmpty();
            assertThat(reached(bike, 0, 214)).containsOnlyKeys(0);
            assertThat(reached(bike, 0, 214).get(0)).isCloseTo(213.880, within(TOL));
        }
    }

    @Test
    void pointExactlyAtTheCutoffIsWithinReach() {
        try (NetworkGraph g = load(handMade("l_street.osm"), cache)) {
            NetworkDistance bike = model(g, NetworkProfile.BIKE, List.of(new LatLon(52.0002, 5.0001)),
                    List.of(new LatLon(52.001, 5.0012)), MAX_SNAP);
            double d = reached(bike, 0, 1000).get(0);
            assertThat(reached(bike, 0, d)).containsEntry(0, d);
            assertThat(reached(bike, 0, Math.nextDown(d))).isEmpty();
            assertThat(bike.distance(0, 0)).isCloseTo(d, within(1e-6));
        }
    }

    /*
     *   W2 (52.002, 5.000) ------------- E2 (52.002, 5.003)    footway (W2, E2 pillars)
     *   |  222.390 m        205.366 m     |  222.390 m
     *   W1 (52.000, 5.000) ============= E1 (52.000, 5.003)    motorway, no pedestrians
     *        x P (52.0005, 5.001): nearest walkable way is W1-W2, 68.46 m west
     */
    @Test
    void pedestriansDetourAroundTheMotorway() {
        try (NetworkGraph g = load(handMade("motorway.osm"), cache)) {
            LatLon w1 = new LatLon(52.000, 5.000);
            LatLon e1 = new LatLon(52.000, 5.003);
            LatLon p = new LatLon(52.0005, 5.001);
            NetworkDistance foot = model(g, NetworkProfile.FOOT, List.of(e1, p), List.of(w1), MAX_SNAP);

            assertThat(foot.distance(0, 0)).isCloseTo(2 * 222.390 + 205.366, within(TOL));   // 650.146 m
            assertThat(rdStraight(w1, e1)).isLessThan(207);
            assertThat(foot.snapReport().demand().get(1).snapMetres()).isCloseTo(68.46, within(TOL));
            assertThat(foot.distance(0, 1)).isCloseTo(68.46 + 55.597, within(TOL));
            assertThat(reached(foot, 0, 650)).containsOnlyKeys(1);
            assertThat(reached(foot, 0, 651)).containsOnlyKeys(0, 1);
        }
    }

    /*
     *   3 (52.004, 5.000) ==bridge 136.905 m== 6 (52.004, 5.002)
     *   |                    ~                  |
     *   2 (52.002)           ~ river            5 (52.002)
     *   |  444.780 m         ~                  |  444.780 m
     *   1 (52.000, 5.000)    ~                  4 (52.000, 5.002)
     */
    @Test
    void crossingTheRiverGoesOverTheOnlyBridge() {
        try (NetworkGraph g = load(handMade("river_bridge.osm"), cache)) {
            LatLon n1 = new LatLon(52.000, 5.000);
            LatLon n4 = new LatLon(52.000, 5.002);
            LatLon n5 = new LatLon(52.002, 5.002);
            NetworkDistance foot = model(g, NetworkProfile.FOOT, List.of(n4, n5), List.of(n1), MAX_SNAP);

            assertThat(foot.distance(0, 0)).isCloseTo(4 * 111.195 + 136.905 + 4 * 111.195, within(TOL));
            assertThat(foot.distance(0, 1)).isCloseTo(4 * 111.195 + 136.905 + 2 * 111.195, within(TOL));
            assertThat(rdStraight(n1, n4)).isLessThan(138);
            Map<Integer, Double> reach = reached(foot, 0, 1000);
            assertThat(reach).containsOnlyKeys(1);
            assertThat(reach.get(1)).isCloseTo(804.075, within(TOL));
        }
    }

    @Test
    void rejectsBadArguments() {
        try (NetworkGraph g = load(handMade("l_street.osm"), cache)) {
            double[] one = {150000};
            double[] two = {150000, 150001};
            assertThatThrownBy(() -> new NetworkDistance(g, NetworkProfile.FOOT, one, two, one, one))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
            assertThatThrownBy(() -> new NetworkDistance(g, NetworkProfile.FOOT, one, one, one, one, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snap distance");
            assertThatThrownBy(() -> new NetworkDistance(g, NetworkProfile.FOOT, one, one, one, one, 1001))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<= 1000");
        }
        assertThatThrownBy(() -> NetworkProfile.parse("car")).hasMessageContaining("[foot, bike]");
        assertThat(NetworkProfile.parse(" Bike ")).isEqualTo(NetworkProfile.BIKE);
    }
}
