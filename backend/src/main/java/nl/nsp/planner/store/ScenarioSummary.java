package nl.nsp.planner.store;

import java.time.Instant;

/**
 * A scenario as listed: what it is and how big, without its sites.
 *
 * @param id          scenario id
 * @param version     stored version
 * @param name        name
 * @param author      who saved it
 * @param region      safety region code
 * @param demandLayer demand layer
 * @param nspCount    number of NSPs
 * @param cpCount     number of CPs
 * @param dataVersion data version it was made on
 * @param published   shown on the public lookup page
 * @param createdAt   first saved
 * @param updatedAt   last changed
 */
public record ScenarioSummary(String id, long version, String name, String author, String region, String demandLayer,
        int nspCount, int cpCount, long dataVersion, boolean published, Instant createdAt, Instant updatedAt) {
}
