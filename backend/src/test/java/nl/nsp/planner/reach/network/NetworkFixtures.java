package nl.nsp.planner.reach.network;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;

/** Plumbing shared by the network tests: fixture paths, graph loading and building models from lat/lon. */
final class NetworkFixtures {
    /** The real Watergraafsmeer extract in the shared data folder (never copied into the repository). */
    static final String WATERGRAAFSMEER = "osm_amsterdam_watergraafsmeer_testfixture_2016.osm.pbf";

    private NetworkFixtures() {
    }

    /** A hand-made network under {@code src/test/resources/fixtures/osm/}. */
    static Path handMade(String name) {
        try {
            return Path.of(NetworkFixtures.class.getResource("/fixtures/osm/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }

    static Path realData(String name) {
        String dir = System.getProperty("nsp.data.dir");
        if (dir == null) {
            throw new IllegalStateException("system property nsp.data.dir is not set");
        }
        return Path.of(dir, name);
    }

    static NetworkGraph load(Path osm, Path cacheRoot) {
        return NetworkGraph.load(osm, NetworkGraphOptions.defaults().withCacheRoot(cacheRoot));
    }

    static RdPoint rd(double lat, double lon) {
        return RdProjection.toRd(new LatLon(lat, lon));
    }

    /** A model whose demand points and sites are given in WGS84 (converted to RD as a user's input would be). */
    static NetworkDistance model(NetworkGraph graph, NetworkProfile profile, List<LatLon> demand, List<LatLon> sites,
            double maxSnapMetres) {
        double[] dx = new double[demand.size()];
        double[] dy = new double[demand.size()];
        for (int i = 0; i < demand.size(); i++) {
            RdPoint p = RdProjection.toRd(demand.get(i));
            dx[i] = p.x();
            dy[i] = p.y();
        }
        double[] sx = new double[sites.size()];
        double[] sy = new double[sites.size()];
        for (int i = 0; i < sites.size(); i++) {
            RdPoint p = RdProjection.toRd(sites.get(i));
            sx[i] = p.x();
            sy[i] = p.y();
        }
        return new NetworkDistance(graph, profile, dx, dy, sx, sy, maxSnapMetres);
    }

    /** Straight RD distance between two WGS84 positions. */
    static double rdStraight(LatLon a, LatLon b) {
        return RdProjection.toRd(a).distanceTo(RdProjection.toRd(b));
    }
}
