package nl.nsp.planner.domain;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One loaded set of planning layers: municipalities, safety regions, demand points and candidate sites.
 * Immutable; lists keep their input order, lookups are by code or id.
 */
public record Dataset(List<Municipality> municipalities, List<SafetyRegion> regions, List<DemandPoint> demandPoints,
        List<CandidateSite> candidates) {
    public Dataset {
        municipalities = List.copyOf(municipalities);
        regions = List.copyOf(regions);
        demandPoints = List.copyOf(demandPoints);
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

    /** Sum of the demand points' inhabitants. */
    public double demandInhabitantsTotal() {
        return demandPoints.stream().mapToDouble(DemandPoint::inhabitants).sum();
    }
}
