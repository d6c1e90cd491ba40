package nl.nsp.planner.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.nsp.planner.reach.Norms;

/**
 * What a planner saves as a scenario: a name and description, who made it, the region, demand layer and norms,
 * every site with its roles, and the data version the plan was made on.
 *
 * @param name        1..{@value #MAX_NAME_LENGTH} characters
 * @param description free text (may be empty), at most {@value #MAX_DESCRIPTION_LENGTH} characters
 * @param author      who saved it (an account name, or what the planner typed)
 * @param region      safety region code
 * @param demandLayer demand layer the figures are computed on
 * @param norms       the norms of the plan
 * @param sites       every site with a role, site ids unique
 * @param dataVersion the import's data version the plan was made on
 */
public record ScenarioContent(String name, String description, String author, String region, String demandLayer,
        Norms norms, List<ScenarioSite> sites, long dataVersion) {
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 4_000;

    public ScenarioContent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(demandLayer, "demandLayer");
        Objects.requireNonNull(norms, "norms");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("scenario name must be 1.." + MAX_NAME_LENGTH + " characters");
        }
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("scenario description must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        sites = List.copyOf(sites);
        Set<String> ids = new HashSet<>();
        for (ScenarioSite s : sites) {
            if (!ids.add(s.siteId())) {
                throw new IllegalArgumentException("site " + s.siteId() + " is listed twice");
            }
        }
    }

    /** The plan these sites describe. */
    public Plan plan() {
        return Plan.of(region, demandLayer, norms, sites);
    }

    /** The same content under another name (for duplicating a scenario). */
    public ScenarioContent withName(String newName) {
        return new ScenarioContent(newName, description, author, region, demandLayer, norms, sites, dataVersion);
    }
}
