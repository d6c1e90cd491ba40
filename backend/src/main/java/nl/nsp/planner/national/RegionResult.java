package nl.nsp.planner.national;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.nsp.planner.domain.CandidateSite;

/**
 * Everything the national run computed for one safety region.
 *
 * @param code                 region code
 * @param name                 region name
 * @param inhabitants          registered inhabitants of its municipalities (CBS, 1 January)
 * @param areaKm2              area of its municipality polygons
 * @param municipalities       number of member municipalities
 * @param demand               the demand used (layers per municipality, 65+ estimate)
 * @param candidatesInRegion   candidate sites located in the region's municipalities
 * @param candidatesConsidered candidate sites within the largest radius of some of its inhabitants (also across the border)
 * @param free                 counts per norm with sites free across municipal and regional borders
 * @param ownMunicipality      counts per norm with every municipality served only by sites inside it (empty when
 *                             cooperation is off)
 * @param byUrbanity           counts per norm for the part of the region in each CBS urbanity class (key 1..5, 0 =
 *                             unknown), free across borders (empty when off)
 * @param urbanityInhabitants  registered inhabitants per urbanity class
 * @param headline             the sites of the headline plan (norm and target of the options)
 * @param cps                  the coördinatiepunten of the headline plan
 * @param layerCheck           fine versus base layer for the municipalities using the fine layer, or null when none does
 * @param seconds              wall time of the region
 * @param cpuSeconds           CPU time of the thread that ran it (NaN when the JVM does not measure it)
 */
public record RegionResult(String code, String name, long inhabitants, double areaKm2, int municipalities,
        RegionDemand demand, int candidatesInRegion, int candidatesConsidered, List<NormResult> free,
        List<NormResult> ownMunicipality, Map<Integer, List<NormResult>> byUrbanity,
        Map<Integer, Long> urbanityInhabitants, List<CandidateSite> headline, CpPlan cps, LayerCheck layerCheck, double seconds,
        double cpuSeconds) {
    public RegionResult {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        free = List.copyOf(free);
        ownMunicipality = List.copyOf(ownMunicipality);
        byUrbanity = java.util.Collections.unmodifiableMap(new TreeMap<>(byUrbanity));
        urbanityInhabitants = java.util.Collections.unmodifiableMap(new TreeMap<>(urbanityInhabitants));
        headline = List.copyOf(headline);
    }

    /** The free-variant result of a norm. */
    public NormResult free(Norm norm) {
        return find(free, norm);
    }

    /** The own-municipality result of a norm. */
    public NormResult ownMunicipality(Norm norm) {
        return find(ownMunicipality, norm);
    }

    static NormResult find(List<NormResult> list, Norm norm) {
        return list.stream().filter(r -> r.norm().equals(norm)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no result for norm " + norm.key()));
    }

    /** The rule of thumb: registered inhabitants / inhabitants per NSP, rounded up. */
    public int ruleOfThumb(double inhabitantsPerNsp) {
        return (int) Math.ceil(inhabitants / inhabitantsPerNsp);
    }
}
