package nl.nsp.planner.domain;

import java.util.List;
import java.util.Objects;

/**
 * One population layer: a set of demand points from one source at one resolution, for example the CBS 100 m
 * grid of Rijnmond or the national PC4 areas spread to points. Layers are alternatives describing the same
 * people, never to be added up.
 *
 * @param name        short key, e.g. {@code pc4}, {@code cbs100}, {@code cbs500}, {@code wijk}
 * @param description human-readable origin, e.g. {@code CBS vierkantstatistieken 100 m 2024 (cbs_vk100_2024_rijnmond.csv)}
 * @param points      the demand points
 */
public record DemandLayer(String name, String description, List<DemandPoint> points) {
    public DemandLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        points = List.copyOf(points);
    }

    /** Sum of the points' inhabitants. */
    public double inhabitants() {
        return points.stream().mapToDouble(DemandPoint::inhabitants).sum();
    }
}
