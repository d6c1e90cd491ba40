package nl.nsp.planner.analysis;

import java.util.List;

/**
 * The uncovered demand and its largest clusters.
 *
 * @param points        uncovered points with inhabitants
 * @param inhabitants   their inhabitants
 * @param linkMetres    cluster link distance
 * @param clusterCount  number of clusters
 * @param largest       the largest clusters by inhabitants (ties: lowest first point index), at most the
 *                      configured number
 */
public record UncoveredDemand(int points, double inhabitants, double linkMetres, int clusterCount,
        List<UncoveredCluster> largest) {
    public UncoveredDemand {
        largest = List.copyOf(largest);
    }
}
