package nl.nsp.planner.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The open NSPs of a scenario nearest to a point, by straight-line distance in RD metres
 * ({@code Math.hypot}, as the coverage index measures). Ties go to the site listed first. A linear scan: a region
 * has at most {@value PlanResolver#MAX_SITES} sites, far below where an index would pay off for one query.
 */
public final class NearestSites {
    private NearestSites() {
    }

    /**
     * One site and its distance.
     *
     * @param site   the site
     * @param metres straight-line distance from the query point
     */
    public record Neighbour(ScenarioSite site, double metres) {
    }

    /**
     * The {@code k} NSPs of {@code sites} nearest to (x, y), nearest first.
     *
     * @throws IllegalArgumentException when {@code k < 1}
     */
    public static List<Neighbour> nsps(List<ScenarioSite> sites, double x, double y, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        List<Neighbour> all = new ArrayList<>();
        for (ScenarioSite s : sites) {
            if (s.nsp()) {
                all.add(new Neighbour(s, Math.hypot(s.x() - x, s.y() - y)));
            }
        }
        // a stable sort keeps the listed order among equal distances
        all.sort(Comparator.comparingDouble(Neighbour::metres));
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }
}
