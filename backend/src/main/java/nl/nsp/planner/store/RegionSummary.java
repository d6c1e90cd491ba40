package nl.nsp.planner.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A safety region as listed in overviews: totals over its member municipalities, no geometry.
 *
 * @param code              VR01..VR25
 * @param name              official name
 * @param inhabitants       sum of the member municipalities' inhabitants
 * @param municipalityCount number of member municipalities in the store
 * @param extent            RD envelope of the region outline, or of its municipalities when it has no outline;
 *                          empty when neither is known
 */
public record RegionSummary(String code, String name, long inhabitants, int municipalityCount,
        Optional<RdEnvelope> extent) {
    public RegionSummary {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(extent, "extent");
    }
}
