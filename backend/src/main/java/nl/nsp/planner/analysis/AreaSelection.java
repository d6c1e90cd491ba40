package nl.nsp.planner.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;

/** Picks the demand points of one safety region (or the whole country) from a data set's demand layer. */
public final class AreaSelection {
    private AreaSelection() {
    }

    /**
     * The layer's points whose municipality belongs to the region, in layer order; all points when
     * {@code region} is empty.
     *
     * @throws IllegalArgumentException when the region code is not in the data set
     */
    public static List<DemandPoint> demandIn(Dataset dataset, DemandLayer layer, Optional<String> region) {
        if (region.isEmpty()) {
            return layer.points();
        }
        String code = region.get();
        if (dataset.region(code).isEmpty() && dataset.municipalities().stream().noneMatch(m -> m.regionCode().equals(code))) {
            throw new IllegalArgumentException("unknown safety region \"" + code + "\"");
        }
        Set<String> members = new HashSet<>();
        for (Municipality m : dataset.municipalities()) {
            if (m.regionCode().equals(code)) {
                members.add(m.code());
            }
        }
        dataset.region(code).ifPresent(r -> members.addAll(r.municipalityCodes()));
        return layer.points().stream().filter(p -> members.contains(p.municipalityCode())).toList();
    }
}
