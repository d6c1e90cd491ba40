package nl.nsp.planner.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change as the audit log holds it.
 *
 * @param id            increasing with every event (0 for an event not yet written)
 * @param at            when the change was committed (the store's clock)
 * @param actor         who made it: an account name, {@code local} (the local mode), {@code cli:<os user>} (the
 *                      admin command) or {@code startup} (the start-up import)
 * @param action        what kind of change
 * @param scenarioId    the scenario changed, for scenario events
 * @param region        the safety region of the scenario (after the change; before it for a delete), else empty
 * @param target        the scenario's name, the account's name or the imported data folder
 * @param versionBefore the scenario's version before the change (none for a create)
 * @param versionAfter  the scenario's version after it (none for a delete)
 * @param before        the content before, as JSON (none for a create or a new account)
 * @param after         the content after, as JSON (none for a delete)
 */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, Optional<String> scenarioId,
        String region, String target, Optional<Long> versionBefore, Optional<Long> versionAfter, Optional<String> before,
        Optional<String> after) {
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(versionBefore, "versionBefore");
        Objects.requireNonNull(versionAfter, "versionAfter");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("audit event " + action.code() + ": who made the change is required");
        }
    }
}
