package nl.nsp.planner.ingest;

import java.util.Objects;
import java.util.Optional;

/**
 * Which columns of a point CSV hold the id, the RD coordinates and the weights.
 *
 * @param id       id column
 * @param x        RD x column (metres)
 * @param y        RD y column (metres)
 * @param weight   weight column (inhabitants), or empty for weight 1 per row
 * @param weight65 column with inhabitants 65+, or empty when the file has none
 */
public record PointColumns(String id, String x, String y, Optional<String> weight, Optional<String> weight65) {
    public PointColumns {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(weight65, "weight65");
    }

    /** The command-line defaults: {@code id,x,y,w}, no 65+ column. */
    public static PointColumns defaults() {
        return new PointColumns("id", "x", "y", Optional.of("w"), Optional.empty());
    }
}
