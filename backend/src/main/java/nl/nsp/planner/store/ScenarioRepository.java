package nl.nsp.planner.store;

import java.util.List;
import java.util.Optional;
import nl.nsp.planner.scenario.Scenario;
import nl.nsp.planner.scenario.ScenarioContent;

/**
 * Saved scenarios. Every change is one transaction and names the version it was made on (optimistic locking): a
 * change made on an older version than the stored one is refused with {@link StaleScenarioException}, so two
 * planners editing the same scenario never overwrite each other's work unnoticed. Every change also names who makes
 * it ({@code actor}) and writes its {@link AuditEvent}, with the content before and after, in the same transaction.
 */
public interface ScenarioRepository {

    /** Summaries of all scenarios, or of one region's, most recently changed first. */
    List<ScenarioSummary> list(Optional<String> regionCode);

    /** One scenario with all its sites. */
    Optional<Scenario> find(String id);

    /** Saves a new scenario at version 1, not published. */
    Scenario create(ScenarioContent content, String actor);

    /**
     * Replaces the content of a scenario and raises its version by one.
     *
     * @throws ScenarioNotFoundException when there is no such scenario
     * @throws StaleScenarioException    when {@code expectedVersion} is not the stored version
     */
    Scenario update(String id, long expectedVersion, ScenarioContent content, String actor);

    /**
     * Publishes a scenario (the public lookup page shows it; any other published scenario of its region is
     * unpublished in the same transaction, with its own audit event, keeping its version) or withdraws it. Raises its
     * version by one.
     *
     * @throws ScenarioNotFoundException when there is no such scenario
     * @throws StaleScenarioException    when {@code expectedVersion} is not the stored version
     */
    Scenario setPublished(String id, long expectedVersion, boolean published, String actor);

    /**
     * Deletes a scenario.
     *
     * @throws ScenarioNotFoundException when there is no such scenario
     * @throws StaleScenarioException    when {@code expectedVersion} is not the stored version
     */
    void delete(String id, long expectedVersion, String actor);

    /** The published scenario of a region, if any. */
    Optional<Scenario> published(String regionCode);
}
