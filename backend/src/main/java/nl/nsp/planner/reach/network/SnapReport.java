package nl.nsp.planner.reach.network;

import java.util.List;

/**
 * Snap outcome of every demand point and every site of a {@link NetworkDistance}, in index order. An
 * unsnapped demand point is never within reach of any site; an unsnapped site reaches nobody. Nothing is
 * dropped silently: every point appears here exactly once.
 *
 * @param profile       {@code foot} or {@code bike}
 * @param maxSnapMetres the largest accepted snap distance
 * @param demand        one entry per demand point, entry {@code i} for index {@code i}
 * @param sites         one entry per site, entry {@code i} for index {@code i}
 */
public record SnapReport(String profile, double maxSnapMetres, List<PointSnap> demand, List<PointSnap> sites) {
    public SnapReport {
        demand = List.copyOf(demand);
        sites = List.copyOf(sites);
        checkOrder("demand", demand);
        checkOrder("site", sites);
    }

    private static void checkOrder(String what, List<PointSnap> points) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).index() != i) {
                throw new IllegalArgumentException(what + " entry " + i + " has index " + points.get(i).index());
            }
        }
    }

    /** Demand points that could not be snapped, in index order. */
    public List<PointSnap> unsnappedDemand() {
        return demand.stream().filter(p -> !p.snapped()).toList();
    }

    /** Sites that could not be snapped, in index order. */
    public List<PointSnap> unsnappedSites() {
        return sites.stream().filter(p -> !p.snapped()).toList();
    }

    /** Largest snap distance among snapped points of the list, 0 if none snapped. */
    public static double maxSnapped(List<PointSnap> points) {
        double max = 0;
        for (PointSnap p : points) {
            if (p.snapped()) {
                max = Math.max(max, p.snapMetres());
            }
        }
        return max;
    }
}
