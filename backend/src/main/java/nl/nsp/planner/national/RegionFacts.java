package nl.nsp.planner.national;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;

/**
 * Inhabitants and area of every safety region of the data set (also the ones a partial run left out): the bases of
 * the distribution keys.
 *
 * @param inhabitants registered inhabitants by region code
 * @param areaKm2     area of the municipality polygons by region code
 * @param names       region names by code
 */
public record RegionFacts(Map<String, Long> inhabitants, Map<String, Double> areaKm2, Map<String, String> names) {
    public RegionFacts {
        inhabitants = Collections.unmodifiableMap(new TreeMap<>(inhabitants));
        areaKm2 = Collections.unmodifiableMap(new TreeMap<>(areaKm2));
        names = Collections.unmodifiableMap(new TreeMap<>(names));
    }

    public static RegionFacts of(Dataset data) {
        Map<String, Long> inh = new TreeMap<>();
        Map<String, Double> area = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (SafetyRegion r : data.regions()) {
            inh.put(r.code(), 0L);
            area.put(r.code(), 0.0);
            names.put(r.code(), r.name());
        }
        for (Municipality m : data.municipalities()) {
            inh.merge(m.regionCode(), m.inhabitants(), Long::sum);
            area.merge(m.regionCode(), m.geometry().getArea() / 1e6, Double::sum);
            names.putIfAbsent(m.regionCode(), m.regionCode());
        }
        return new RegionFacts(inh, area, names);
    }

    /** Number of regions. */
    public int count() {
        return inhabitants.size();
    }
}
