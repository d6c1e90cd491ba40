package nl.nsp.planner.reach.network;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.util.EdgeIteratorState;

/**
 * Weights every edge by its length in metres, keeping the access rules of a profile's own weighting: an edge
 * (in a direction) the profile may not use gets an infinite weight. Shortest-path searches with this
 * weighting therefore find the shortest walkable or cyclable distance, not the fastest or most pleasant
 * route. No turn costs. Stateless and thread-safe if the wrapped weighting is.
 */
final class ShortestDistanceWeighting implements Weighting {
    private final Weighting access;

    ShortestDistanceWeighting(Weighting access) {
        this.access = access;
    }

    @Override
    public double calcMinWeightPerDistance() {
        return 1;
    }

    @Override
    public double calcEdgeWeight(EdgeIteratorState edgeState, boolean reverse) {
        return Double.isFinite(access.calcEdgeWeight(edgeState, reverse)) ? edgeState.getDistance()
                : Double.POSITIVE_INFINITY;
    }

    @Override
    public long calcEdgeMillis(EdgeIteratorState edgeState, boolean reverse) {
        return access.calcEdgeMillis(edgeState, reverse);
    }

    @Override
    public double calcTurnWeight(int inEdge, int viaNode, int outEdge) {
        return 0;
    }

    @Override
    public long calcTurnMillis(int inEdge, int viaNode, int outEdge) {
        return 0;
    }

    @Override
    public boolean hasTurnCosts() {
        return false;
    }

    @Override
    public String getName() {
        return "shortest_distance";
    }
}
