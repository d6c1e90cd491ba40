package nl.nsp.planner.store;

import java.util.List;
import nl.nsp.planner.domain.DemandPoint;

/**
 * Recognises a demand layer made of CBS grid-cell centres: for cells of edge s (a multiple of 100 m) the
 * CBS grid puts the south-west corners on multiples of s, so every centre lies at a multiple of s plus s/2
 * on both axes. The map draws such points as squares of that size.
 */
final class GridCellSize {
    private static final int[] SIZES = {1000, 500, 100};

    private GridCellSize() {
    }

    /** The largest CBS cell size (1000, 500 or 100 m) that fits every point, or 0 when none does or the list is empty. */
    static int of(List<DemandPoint> points) {
        if (points.isEmpty()) {
            return 0;
        }
        for (int size : SIZES) {
            if (points.stream().allMatch(p -> isCentre(p.x(), size) && isCentre(p.y(), size))) {
                return size;
            }
        }
        return 0;
    }

    private static boolean isCentre(double coordinate, int size) {
        double offset = coordinate - Math.floor(coordinate / size) * size;
        return Math.abs(offset - size / 2.0) < 1e-6;
    }
}
