package nl.nsp.planner.store;

/**
 * An axis-parallel rectangle in RD New metres, used for bounding-box queries.
 *
 * @param minX west edge
 * @param minY south edge
 * @param maxX east edge
 * @param maxY north edge
 */
public record RdEnvelope(double minX, double minY, double maxX, double maxY) {
    public RdEnvelope {
        if (!(Double.isFinite(minX) && Double.isFinite(minY) && Double.isFinite(maxX) && Double.isFinite(maxY))) {
            throw new IllegalArgumentException("envelope edges must be finite, got (" + minX + ", " + minY + ", " + maxX
                    + ", " + maxY + ")");
        }
        if (!(minX <= maxX && minY <= maxY)) {
            throw new IllegalArgumentException("envelope min must not exceed max, got (" + minX + ", " + minY + ", "
                    + maxX + ", " + maxY + ")");
        }
    }

    public double widthMetres() {
        return maxX - minX;
    }

    public double heightMetres() {
        return maxY - minY;
    }
}
