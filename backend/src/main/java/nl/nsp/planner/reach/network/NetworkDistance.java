package nl.nsp.planner.reach.network;

import com.carrotsearch.hppc.IntDoubleHashMap;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.Dijkstra;
import com.graphhopper.routing.Path;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.reach.DistanceModel;
import nl.nsp.planner.reach.PairSink;

/**
 * Shortest walking or cycling distance over an OpenStreetMap network, from each demand point to each site.
 *
 * <p><b>Definition.</b> Every point (RD metres, projected to WGS84) is snapped to the nearest position on an
 * edge the profile may use (see {@link NetworkSnapper} for the rules and failure reasons). The distance from
 * demand point {@code d} to site {@code s} is
 * <pre>  max( straight RD distance(d, s),  snap(d) + network(d', s') + snap(s) )</pre>
 * where {@code d'} and {@code s'} are the snapped positions (usually in the middle of an edge) and
 * {@code network} is the length of the shortest path between them travelling from {@code d'} to {@code s'},
 * using only edges (and directions) the profile's GraphHopper custom model allows. A path from a position in
 * the middle of an edge leaves through one of the edge's two end nodes, or runs straight along the edge when
 * both points lie on the same edge; the part of an edge up to a snapped position is measured along the way's
 * geometry, exactly as GraphHopper's QueryGraph measures virtual edges. Edge lengths come from GraphHopper
 * (great-circle distance on a sphere, stored to the millimetre), so on straight east-west streets the network
 * sum can come out up to about 0.3 % below the RD distance; the {@code max} with the straight line removes that
 * artefact and guarantees that a network distance is never shorter than the straight line.
 *
 * <p>Points that cannot be snapped are listed in {@link #snapReport()}; an unsnapped demand point is never
 * within reach, an unsnapped site reaches nobody. A point exactly at the cutoff is within reach.
 *
 * <p><b>Algorithm.</b> {@link #forEachWithin} snaps the site into a one-point QueryGraph and grows a
 * distance-limited shortest-path tree from it over reversed edges (so directions are those of a trip to the
 * site), then combines the tree's node distances with each demand point's precomputed offsets to its edge's
 * end nodes. {@link #distance} answers one pair independently with a point-to-point Dijkstra on a QueryGraph
 * holding both points; the two agree up to floating-point rounding (well below a millimetre).
 *
 * <p>Points are snapped once, in parallel on the common fork-join pool, when the model is built. Immutable
 * after construction; {@link #forEachWithin} and {@link #distance} may be called from several threads at once
 * (each call builds its own QueryGraph and search). The {@link NetworkGraph} must stay open.
 */
public final class NetworkDistance implements DistanceModel {
    /** Default maximum snap distance in metres. */
    public static final double DEFAULT_MAX_SNAP_METRES = 250;
    /** The tree explores this far past the cutoff so that points exactly at the cutoff are never cut off. */
    private static final double LIMIT_SLACK_METRES = 1;

    private final NetworkProfile profile;
    private final BaseGraph graph;
    private final NetworkSnapper snapper;
    private final ShortestDistanceWeighting weighting;
    private final double maxSnapMetres;
    private final double[] demandX;
    private final double[] demandY;
    private final double[] siteX;
    private final double[] siteY;
    private final LatLon[] demandLatLon;
    private final LatLon[] siteLatLon;
    private final double[] demandSnapMetres;   // NaN if unsnapped
    private final NetworkSnapper.Anchor[] siteAnchors;
    private final NetworkSnapper.Anchor[] demandAnchors;
    private final DemandAttachments attachments;
    private final SnapReport report;

    /**
     * Snaps all points and prepares the lookup structures.
     *
     * @param graph         the loaded network; must stay open while this model is used
     * @param profile       foot or bike
     * @param demandX       demand eastings in RD metres
     * @param demandY       demand northings
     * @param siteX         site eastings
     * @param siteY         site northings
     * @param maxSnapMetres a point farther than this from every usable edge is unsnapped; at most
     *                      {@link NetworkGraph#SNAP_SEARCH_RADIUS_METRES}
     * @throws IllegalArgumentException if array lengths differ, a coordinate is not finite or the snap
     *                                  distance is out of range
     */
    public NetworkDistance(NetworkGraph graph, NetworkProfile profile, double[] demandX, double[] demandY,
            double[] siteX, double[] siteY, double maxSnapMetres) {
        if (demandX.length != demandY.length || siteX.length != siteY.length) {
            throw new IllegalArgumentException("x and y arrays differ in length");
        }
        if (!(maxSnapMetres > 0 && maxSnapMetres <= NetworkGraph.SNAP_SEARCH_RADIUS_METRES)) {
            throw new IllegalArgumentException("max snap distance must be > 0 and <= "
                    + NetworkGraph.SNAP_SEARCH_RADIUS_METRES + " metres, got " + maxSnapMetres);
        }
        this.profile = profile;
        this.graph = graph.baseGraph();
        this.maxSnapMetres = maxSnapMetres;
        this.snapper = new NetworkSnapper(graph, profile, maxSnapMetres);
        this.weighting = new ShortestDistanceWeighting(graph.accessWeighting(profile));
        this.demandX = demandX.clone();
        this.demandY = demandY.clone();
        this.siteX = siteX.clone();
        this.siteY = siteY.clone();
        this.demandLatLon = toWgs84(demandX, demandY);
        this.siteLatLon = toWgs84(siteX, siteY);
        this.demandAnchors = anchors(demandLatLon);
        this.siteAnchors = anchors(siteLatLon);
        this.demandSnapMetres = new double[demandX.length];
        for (int i = 0; i < demandAnchors.length; i++) {
            demandSnapMetres[i] = demandAnchors[i].snapped() ? demandAnchors[i].snapMetres() : Double.NaN;
        }
        this.attachments = new DemandAttachments(demandAnchors);
        this.report = new SnapReport(profile.profileName(), maxSnapMetres, pointSnaps(demandAnchors),
                pointSnaps(siteAnchors));
    }

    /** Same as the full constructor with the default maximum snap distance of 250 m. */
    public NetworkDistance(NetworkGraph graph, NetworkProfile profile, double[] demandX, double[] demandY,
            double[] siteX, double[] siteY) {
        this(graph, profile, demandX, demandY, siteX, siteY, DEFAULT_MAX_SNAP_METRES);
    }

    private static LatLon[] toWgs84(double[] x, double[] y) {
        LatLon[] out = new LatLon[x.length];
        IntStream.range(0, x.length).parallel().forEach(i -> out[i] = RdProjection.toWgs84(new RdPoint(x[i], y[i])));
        return out;
    }

    /** Snaps in parallel (each point independently, so the result does not depend on the thread count). */
    private NetworkSnapper.Anchor[] anchors(LatLon[] points) {
        NetworkSnapper.Anchor[] out = new NetworkSnapper.Anchor[points.length];
        IntStream.range(0, points.length).parallel().forEach(i -> out[i] = snapper.anchor(points[i]));
        return out;
    }

    private static List<PointSnap> pointSnaps(NetworkSnapper.Anchor[] anchors) {
        List<PointSnap> out = new ArrayList<>(anchors.length);
        for (int i = 0; i < anchors.length; i++) {
            out.add(anchors[i].toPointSnap(i));
        }
        return out;
    }

    @Override
    public int siteCount() {
        return siteX.length;
    }

    @Override
    public int demandCount() {
        return demandX.length;
    }

    /** {@code foot} or {@code bike}. */
    @Override
    public String name() {
        return profile.profileName();
    }

    public NetworkProfile profile() {
        return profile;
    }

    public double maxSnapMetres() {
        return maxSnapMetres;
    }

    /** How every demand point and site was snapped, failures included. */
    public SnapReport snapReport() {
        return report;
    }

    /**
     * Reports every demand point whose network distance (as defined above) to {@code site} is
     * {@code <= cutoffMetres}, each once, in increasing demand index.
     */
    @Override
    public void forEachWithin(int site, double cutoffMetres, PairSink sink) {
        NetworkSnapper.Anchor siteAnchor = siteAnchors[site];
        if (!siteAnchor.snapped()) {
            return;
        }
        double remaining = cutoffMetres - siteAnchor.snapMetres();
        if (!(remaining >= 0)) {
            return;
        }
        Optional<Snap> snap = snapper.snap(siteLatLon[site]);
        if (snap.isEmpty()) {
            throw new IllegalStateException("site " + site + " snapped at construction but not now");
        }
        QueryGraph queryGraph = QueryGraph.create(graph, snap.get());
        ShortestPathTree tree = new ShortestPathTree(queryGraph, queryGraph.wrapWeighting(weighting), true,
                TraversalMode.NODE_BASED);
        tree.setDistanceLimit(remaining + LIMIT_SLACK_METRES);
        IntDoubleHashMap best = new IntDoubleHashMap();
        int realNodes = graph.getNodes();
        tree.search(snap.get().getClosestNode(), label -> {
            if (label.node < realNodes) {
                attachments.offer(label.node, label.distance, best);
            }
        });
        if (siteAnchor.edge() >= 0) {
            attachments.offerSameEdge(siteAnchor, best);
        }
        int[] reached = best.keys().toArray();
        Arrays.sort(reached);
        for (int d : reached) {
            double metres = combine(site, d, best.get(d));
            if (metres <= cutoffMetres) {
                sink.accept(d, metres);
            }
        }
    }

    /**
     * The network distance from demand point {@code demand} to site {@code site} by one point-to-point query;
     * {@code +Infinity} if either is unsnapped or no path exists. Slower than {@link #forEachWithin} and
     * computed independently of it, which makes it the reference in tests.
     */
    public double distance(int site, int demand) {
        if (!siteAnchors[site].snapped() || !demandAnchors[demand].snapped()) {
            return Double.POSITIVE_INFINITY;
        }
        Snap siteSnap = snapper.snap(siteLatLon[site]).orElseThrow();
        Snap demandSnap = snapper.snap(demandLatLon[demand]).orElseThrow();
        QueryGraph queryGraph = QueryGraph.create(graph, List.of(demandSnap, siteSnap));
        Dijkstra dijkstra = new Dijkstra(queryGraph, queryGraph.wrapWeighting(weighting), TraversalMode.NODE_BASED);
        Path path = dijkstra.calcPath(demandSnap.getClosestNode(), siteSnap.getClosestNode());
        if (!path.isFound()) {
            return Double.POSITIVE_INFINITY;
        }
        return combine(site, demand, path.getDistance());
    }

    /** Snap distances plus network distance, never less than the straight line. */
    private double combine(int site, int demand, double networkMetres) {
        double viaNetwork = siteAnchors[site].snapMetres() + networkMetres + demandSnapMetres[demand];
        double straight = Math.hypot(demandX[demand] - siteX[site], demandY[demand] - siteY[site]);
        return Math.max(straight, viaNetwork);
    }
}
