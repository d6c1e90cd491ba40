package nl.nsp.planner.scenario;

import java.time.Instant;
import java.util.Objects;

/**
 * A saved plan: its content and the bookkeeping of the store.
 *
 * @param id        store-assigned id
 * @param version   1 when created, one more at every change; a change must name the version it was made on
 * @param content   name, author, region, norms and sites
 * @param published whether the public lookup page shows this scenario for its region (at most one per region)
 * @param createdAt when it was first saved
 * @param updatedAt when it was last changed
 */
public record Scenario(String id, long version, ScenarioContent content, boolean published, Instant createdAt,
        Instant updatedAt) {
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("scenario " + id + ": version must be >= 1, got " + version);
        }
    }

    /** The plan the scenario holds. */
    public Plan plan() {
        return content.plan();
    }
}
