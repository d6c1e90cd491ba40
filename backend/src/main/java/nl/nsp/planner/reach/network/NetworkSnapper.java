package nl.nsp.planner.reach.network;

import static com.graphhopper.util.DistancePlaneProjection.DIST_PLANE;

import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.BBox;
import java.util.Optional;
import nl.nsp.planner.geo.LatLon;

/**
 * Snaps WGS84 positions onto the usable edges of one profile and describes where on the edge they land.
 *
 * <p>Rules, in order: a point more than the maximum snap distance outside the bounding box of the graph's
 * junction nodes is {@link SnapStatus#OUTSIDE_NETWORK_AREA} (the extract does not cover it; GraphHopper's own
 * router rejects points outside that box with no margin at all); otherwise GraphHopper's location index
 * finds the nearest point on an edge the profile may use in at least one direction and that is not in an
 * island (the snap filter); none found is {@link SnapStatus#NO_EDGE_FOUND}; a snap distance above the
 * maximum is {@link SnapStatus#BEYOND_MAX_SNAP_DISTANCE}. Snap distances are GraphHopper's plane-projection
 * distance from the point to the snapped position. Thread-safe.
 */
final class NetworkSnapper {
    private final LocationIndex index;
    private final Weighting access;
    private final EdgeFilter filter;
    private final double maxSnapMetres;
    private final BBox area;

    NetworkSnapper(NetworkGraph network, NetworkProfile profile, double maxSnapMetres) {
        this.index = network.locationIndex();
        this.access = network.accessWeighting(profile);
        this.filter = new DefaultSnapFilter(access, network.subnetwork(profile));
        this.maxSnapMetres = maxSnapMetres;
        this.area = expand(network.baseGraph().getBounds(), maxSnapMetres);
    }

    /** The box grown by {@code metres} on every side (GraphHopper's sphere: 111,195 m per degree of latitude). */
    private static BBox expand(BBox box, double metres) {
        if (!(box.minLat <= box.maxLat && box.minLon <= box.maxLon)) {
            return box;   // empty graph: nothing is inside
        }
        double metresPerDegree = DistanceCalcEarth.R * Math.PI / 180;
        double dLat = metres / metresPerDegree;
        double maxAbsLat = Math.min(89, Math.max(Math.abs(box.minLat), Math.abs(box.maxLat)) + dLat);
        double dLon = dLat / Math.cos(Math.toRadians(maxAbsLat));
        return new BBox(box.minLon - dLon, box.maxLon + dLon, box.minLat - dLat, box.maxLat + dLat);
    }

    /** A fresh GraphHopper snap of an accepted point (QueryGraph mutates snaps, so each query needs its own). */
    Optional<Snap> snap(LatLon p) {
        if (!area.contains(p.lat(), p.lon())) {
            return Optional.empty();
        }
        Snap snap = index.findClosest(p.lat(), p.lon(), filter);
        if (!snap.isValid() || snap.getQueryDistance() > maxSnapMetres) {
            return Optional.empty();
        }
        return Optional.of(snap);
    }

    /** Snaps {@code p} and describes the result; never throws for a point that cannot be snapped. */
    Anchor anchor(LatLon p) {
        if (!area.contains(p.lat(), p.lon())) {
            return Anchor.failed(SnapStatus.OUTSIDE_NETWORK_AREA, Double.NaN);
        }
        Snap snap = index.findClosest(p.lat(), p.lon(), filter);
        if (!snap.isValid()) {
            return Anchor.failed(SnapStatus.NO_EDGE_FOUND, Double.NaN);
        }
        double metres = snap.getQueryDistance();
        if (metres > maxSnapMetres) {
            return Anchor.failed(SnapStatus.BEYOND_MAX_SNAP_DISTANCE, metres);
        }
        if (snap.getSnappedPosition() == Snap.Position.TOWER) {
            return new Anchor(SnapStatus.SNAPPED, metres, snap.getClosestNode(), -1, -1, -1, 0, 0, false, false);
        }
        return onEdge(snap, metres);
    }

    /**
     * Describes a snap onto an edge's interior (a pillar node or between two geometry points) in the edge
     * orientation QueryGraph uses (lower node id first; loops by latitude), with the along-edge distances
     * measured exactly as QueryGraph measures its virtual edges (plane projection over the way geometry).
     */
    private Anchor onEdge(Snap snap, double metres) {
        EdgeIteratorState edge = snap.getClosestEdge();
        PointList pl = edge.fetchWayGeometry(FetchMode.ALL);
        int wayIndex = snap.getWayIndex();
        boolean pillar = snap.getSnappedPosition() == Snap.Position.PILLAR;
        if (mustReverse(edge)) {
            edge = edge.detach(true);
            pl = edge.fetchWayGeometry(FetchMode.ALL);
            wayIndex = pillar ? pl.size() - wayIndex - 1 : pl.size() - wayIndex - 2;
        }
        double snapLat = snap.getSnappedPoint().lat;
        double snapLon = snap.getSnappedPoint().lon;
        // base side: geometry points 0..wayIndex, then the snapped point unless it is that pillar itself
        double fromBase = 0;
        for (int i = 0; i < wayIndex; i++) {
            fromBase += DIST_PLANE.calcDist(pl.getLat(i), pl.getLon(i), pl.getLat(i + 1), pl.getLon(i + 1));
        }
        if (!pillar) {
            fromBase += DIST_PLANE.calcDist(pl.getLat(wayIndex), pl.getLon(wayIndex), snapLat, snapLon);
        }
        // adjacent side: the snapped point, then geometry points wayIndex+1..end
        double toAdj = 0;
        double prevLat = snapLat;
        double prevLon = snapLon;
        for (int i = wayIndex + 1; i < pl.size(); i++) {
            toAdj += DIST_PLANE.calcDist(prevLat, prevLon, pl.getLat(i), pl.getLon(i));
            prevLat = pl.getLat(i);
            prevLon = pl.getLon(i);
        }
        boolean forward = Double.isFinite(access.calcEdgeWeight(edge, false));
        boolean backward = Double.isFinite(access.calcEdgeWeight(edge, true));
        return new Anchor(SnapStatus.SNAPPED, metres, -1, edge.getEdge(), edge.getBaseNode(), edge.getAdjNode(),
                fromBase, toAdj, forward, backward);
    }

    /** QueryOverlayBuilder's rule for the orientation of a snapped edge. */
    private static boolean mustReverse(EdgeIteratorState edge) {
        int base = edge.getBaseNode();
        int adj = edge.getAdjNode();
        if (base != adj) {
            return base > adj;
        }
        PointList pillars = edge.fetchWayGeometry(FetchMode.PILLAR_ONLY);
        return pillars.size() > 1 && pillars.getLat(0) > pillars.getLat(pillars.size() - 1);
    }

    /**
     * Where a point sits on the network.
     *
     * @param status         snap outcome; the other fields below {@code snapMetres} only mean something if snapped
     * @param snapMetres     distance from the point to the snapped position (see {@link PointSnap})
     * @param towerNode      the junction node if the point snapped onto one, else -1
     * @param edge           the edge whose interior the point snapped onto, else -1
     * @param baseNode       the edge's first node in QueryGraph orientation
     * @param adjNode        the edge's last node
     * @param fromBaseMetres along-edge distance from the base node to the snapped position
     * @param toAdjMetres    along-edge distance from the snapped position to the adjacent node
     * @param forward        the profile may travel the edge from base to adjacent node
     * @param backward       the profile may travel the edge from adjacent to base node
     */
    record Anchor(SnapStatus status, double snapMetres, int towerNode, int edge, int baseNode, int adjNode,
            double fromBaseMetres, double toAdjMetres, boolean forward, boolean backward) {
        static Anchor failed(SnapStatus status, double snapMetres) {
            return new Anchor(status, snapMetres, -1, -1, -1, -1, 0, 0, false, false);
        }

        boolean snapped() {
            return status == SnapStatus.SNAPPED;
        }

        PointSnap toPointSnap(int index) {
            return new PointSnap(index, status, snapMetres);
        }
    }
}
