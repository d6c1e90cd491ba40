package nl.nsp.planner.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Identifies the data set currently in the store: a counter raised by every successful import and the
 * moment of that import. Scenarios record it so a plan can be matched to the data it was made on.
 *
 * @param version    1 for the first import, +1 for every later one
 * @param importedAt when that import was committed
 */
public record DataVersion(long version, Instant importedAt) {
    public DataVersion {
        if (version < 1) {
            throw new IllegalArgumentException("data version must be >= 1, got " + version);
        }
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
