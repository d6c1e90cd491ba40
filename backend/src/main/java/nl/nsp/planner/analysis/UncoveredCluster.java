package nl.nsp.planner.analysis;

/**
 * A connected group of uncovered demand points: points with inhabitants, no open site within their radius,
 * chained by steps of at most the cluster link distance.
 *
 * @param points          demand points in the cluster
 * @param inhabitants     their inhabitants
 * @param inhabitants65   their 65+ where known
 * @param centroidX       inhabitant-weighted centroid, RD x
 * @param centroidY       inhabitant-weighted centroid, RD y
 * @param minX            bounding box of the point locations, RD metres
 * @param minY            "
 * @param maxX            "
 * @param maxY            "
 * @param firstPointId    id of the cluster's lowest-index point (a stable key)
 */
public record UncoveredCluster(int points, double inhabitants, double inhabitants65, double centroidX,
        double centroidY, double minX, double minY, double maxX, double maxY, String firstPointId) {
}
