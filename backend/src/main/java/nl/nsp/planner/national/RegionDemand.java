package nl.nsp.planner.national;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;

/**
 * The demand of one safety region for the national run: per municipality the finest layer that covers it (the CBS
 * 100 m grid where it exists, else the national PC4 layer), with a 65+ count for every point.
 *
 * <p>Where the 65+ count of a point is suppressed (small CBS cells), it is estimated as the point's inhabitants times
 * the 65+ share of the points of the same municipality and layer whose count is known (the national share of the base
 * layer when none is known); {@link #imputed65Inhabitants} says how many inhabitants that concerns.
 *
 * @param regionCode           the region
 * @param points               demand points of the region's municipalities, possibly from several layers
 * @param weight65             inhabitants 65+ of each point (known or estimated), same order as {@code points}
 * @param layerByMunicipality  layer name used for each member municipality, by code (sorted)
 * @param imputed65Inhabitants inhabitants of the points whose 65+ count was estimated
 * @param baseCheck            the base layer's points of the municipalities that use the fine layer (empty when none
 *                             does): the same people in the coarser layer, to show what the choice of layer changes
 */
public record RegionDemand(String regionCode, List<DemandPoint> points, double[] weight65,
        Map<String, String> layerByMunicipality, double imputed65Inhabitants, List<DemandPoint> baseCheck) {
    public RegionDemand {
        baseCheck = List.copyOf(baseCheck);
        Objects.requireNonNull(regionCode, "regionCode");
        points = List.copyOf(points);
        weight65 = weight65.clone();
        if (weight65.length != points.size()) {
            throw new IllegalArgumentException("expected " + points.size() + " 65+ weights, got " + weight65.length);
        }
        layerByMunicipality = Collections.unmodifiableMap(new TreeMap<>(layerByMunicipality));
    }

    /** Sum of the inhabitants. */
    public double inhabitants() {
        return points.stream().mapToDouble(DemandPoint::inhabitants).sum();
    }

    /** Sum of the 65+ weights. */
    public double inhabitants65() {
        double s = 0;
        for (double v : weight65) {
            s += v;
        }
        return s;
    }

    /** How many member municipalities use each layer, e.g. {@code {cbs100=12, pc4=1}}. */
    public Map<String, Integer> layerCounts() {
        Map<String, Integer> out = new TreeMap<>();
        for (String l : layerByMunicipality.values()) {
            out.merge(l, 1, Integer::sum);
        }
        return out;
    }

    /**
     * Assembles the demand of the given regions (all regions of the data set when {@code regions} is empty).
     *
     * @throws IllegalArgumentException when the base layer is missing, or a region code is unknown
     */
    public static Map<String, RegionDemand> assemble(Dataset data, String fineLayer, String baseLayer,
            double fineLayerMinShare, List<String> regions) {
        DemandLayer base = data.demandLayer(baseLayer).orElseThrow(() -> new IllegalArgumentException(
                "the data set has no demand layer \"" + baseLayer + "\" (it has "
                        + data.demandLayers().stream().map(DemandLayer::name).toList() + ")"));
        DemandLayer fine = data.demandLayer(fineLayer).orElse(null);
        List<String> codes = regions.isEmpty() ? data.regions().stream().map(r -> r.code()).toList() : regions;
        for (String c : codes) {
            if (data.region(c).isEmpty() && data.municipalities().stream().noneMatch(m -> m.regionCode().equals(c))) {
                throw new IllegalArgumentException("unknown safety region \"" + c + "\"");
            }
        }
        Map<String, Municipality> byCode = new HashMap<>();
        for (Municipality m : data.municipalities()) {
            byCode.put(m.code(), m);
        }
        Map<String, List<DemandPoint>> basePoints = byMunicipality(base);
        Map<String, List<DemandPoint>> finePoints = fine == null ? Map.of() : byMunicipality(fine);
        double nationalShare65 = share65(base.points(), 0);
        Map<String, RegionDemand> out = new LinkedHashMap<>();
        for (String code : codes) {
            List<DemandPoint> points = new ArrayList<>();
            List<DemandPoint> check = new ArrayList<>();
            List<Double> w65 = new ArrayList<>();
            Map<String, String> layers = new TreeMap<>();
            double imputed = 0;
            for (Municipality m : data.municipalities()) {
                if (!m.regionCode().equals(code)) {
                    continue;
                }
                List<DemandPoint> f = finePoints.getOrDefault(m.code(), List.of());
                double fineSum = f.stream().mapToDouble(DemandPoint::inhabitants).sum();
                boolean useFine = fine != null && m.inhabitants() > 0 && fineSum >= fineLayerMinShare * m.inhabitants();
                List<DemandPoint> chosen = useFine ? f : basePoints.getOrDefault(m.code(), List.of());
                layers.put(m.code(), useFine ? fine.name() : base.name());
                if (useFine) {
                    check.addAll(basePoints.getOrDefault(m.code(), List.of()));
                }
                double share = share65(chosen, nationalShare65);
                for (DemandPoint p : chosen) {
                    points.add(p);
                    if (p.inhabitants65PlusKnown()) {
                        w65.add(p.inhabitants65Plus());
                    } else {
                        w65.add(p.inhabitants() * share);
                        imputed += p.inhabitants();
                    }
                }
            }
            double[] w = new double[w65.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = w65.get(i);
            }
            out.put(code, new RegionDemand(code, points, w, layers, imputed, check));
        }
        return out;
    }

    private static Map<String, List<DemandPoint>> byMunicipality(DemandLayer layer) {
        Map<String, List<DemandPoint>> out = new HashMap<>();
        for (DemandPoint p : layer.points()) {
            out.computeIfAbsent(p.municipalityCode(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    /** 65+ share of the inhabitants among points with a known count, or {@code fallback} when there are none. */
    private static double share65(List<DemandPoint> points, double fallback) {
        double inh = 0;
        double old = 0;
        for (DemandPoint p : points) {
            if (p.inhabitants65PlusKnown()) {
                inh += p.inhabitants();
                old += p.inhabitants65Plus();
            }
        }
        return inh > 0 ? old / inh : fallback;
    }
}
