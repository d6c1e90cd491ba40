package nl.nsp.planner.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Which audit events to list, newest first.
 *
 * @param scenarioId only the events of this scenario
 * @param region     only the events of this safety region's scenarios
 * @param beforeId   only events older than this id (the next page)
 * @param limit      at most this many, 1..{@value #MAX_LIMIT}
 */
public record AuditQuery(Optional<String> scenarioId, Optional<String> region, Optional<Long> beforeId, int limit) {
    public static final int MAX_LIMIT = 1_000;

    public AuditQuery {
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(beforeId, "beforeId");
        if (!(1 <= limit && limit <= MAX_LIMIT)) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
    }

    /** The newest {@code limit} events of everything. */
    public static AuditQuery latest(int limit) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    /** The newest {@code limit} events of one scenario. */
    public static AuditQuery ofScenario(String scenarioId, int limit) {
        return new AuditQuery(Optional.of(scenarioId), Optional.empty(), Optional.empty(), limit);
    }
}
