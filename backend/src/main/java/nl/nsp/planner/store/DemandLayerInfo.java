package nl.nsp.planner.store;

import java.util.Objects;

/**
 * Summary of one stored demand layer.
 *
 * @param name                 layer key, e.g. {@code cbs100}
 * @param description          origin of the layer
 * @param primary              true for the data set's first (national) layer
 * @param points               number of demand points
 * @param inhabitants          sum of their inhabitants
 * @param inhabitants65PlusKnownPoints points whose 65+ count is known
 * @param cellSizeMetres       edge of the CBS grid cells the points are centres of (100, 500), or 0 when the
 *                             points are not a regular CBS grid (areal units spread to points)
 */
public record DemandLayerInfo(String name, String description, boolean primary, long points, double inhabitants,
        long inhabitants65PlusKnownPoints, int cellSizeMetres) {
    public DemandLayerInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (cellSizeMetres < 0) {
            throw new IllegalArgumentException("layer " + name + ": cell size must be >= 0, got " + cellSizeMetres);
        }
    }
}
