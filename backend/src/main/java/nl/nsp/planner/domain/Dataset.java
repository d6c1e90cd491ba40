package nl.nsp.planner.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One loaded set of planning layers: municipalities, safety regions, demand layers and candidate sites.
 * Immutable; lists keep their input order, lookups are by code or id. The first demand layer is the
 * primary (national) one; further layers are finer alternatives for part of the country.
 */
public record Dataset(List<Municipality> municipalities, List<SafetyRegion> regions, List<DemandLayer> demandLayers,
        List<CandidateSite> candidates) {
    public Dataset {
        municipalities = List.copyOf(municipalities);
        regions = List.copyOf(regions);
        demandLayers = List.copyOf(demandLayers);
        candidates = List.copyOf(candidates);
    }

    public static Dataset empty() {
        return new Dataset(List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Municipality> municipality(String code) {
        return municipalities.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public Optional<SafetyRegion> region(String code) {
        return regions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Municipalities keyed by code, in code order. */
    public Map<String, Municipality> municipalitiesByCode() {
        return municipalities.stream().sorted(Comparator.comparing(Municipality::code))
                .collect(Collectors.toMap(Municipality::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Sum of the municipalities' inhabitants. */
    public long inhabitantsTotal() {
        return municipalities.stream().mapToLong(Municipality::inhabitants).sum();
    }

    /** The demand layer with this name. */
    public Optional<DemandLayer> demandLayer(String name) {
        return demandLayers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The primary demand layer (the first), or an empty layer when none was loaded. */
    public DemandLayer primaryDemand() {
        return demandLayers.isEmpty() ? new DemandLayer("none", "no demand loaded", List.of()) : demandLayers.get(0);
    }
}
