package nl.nsp.planner.api.region;

import java.util.List;
import nl.nsp.planner.api.AreaParameters;
import nl.nsp.planner.api.EncodedAnswers;
import nl.nsp.planner.api.Simplification;
import nl.nsp.planner.api.geojson.GeoJsonGeometry;
import nl.nsp.planner.api.geojson.MapGeometry;
import nl.nsp.planner.api.geojson.WgsBox;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.store.PlannerStore;
import nl.nsp.planner.store.RegionSummary;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/regions}: the safety regions, with totals and outlines. */
@RestController
@RequestMapping("/api/regions")
class RegionController {
    private static final double DEFAULT_SIMPLIFY_METRES = 25;

    private final PlannerStore store;
    private final EncodedAnswers answers;

    RegionController(PlannerStore store, EncodedAnswers answers) {
        this.store = store;
        this.answers = answers;
    }

    /** One region's detail at one tolerance (kept by {@link EncodedAnswers}). */
    private record CacheKey(String region, double tolerance) {
    }

    record RegionItem(String code, String name, long inhabitants, int municipalityCount, double[] bbox) {
    }

    record RegionDetail(String code, String name, long inhabitants, int municipalityCount, List<String> municipalities,
            double[] bbox, GeoJsonGeometry outline) {
    }

    @GetMapping
    List<RegionItem> regions() {
        return store.regions().stream().map(r -> new RegionItem(r.code(), r.name(), r.inhabitants(), r.municipalityCount(),
                r.extent().map(e -> WgsBox.of(e).toArray()).orElse(null))).toList();
    }

    @GetMapping("/{code}")
    ResponseEntity<byte[]> region(@PathVariable String code, @RequestParam(required = false) Double simplify,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        String regionCode = AreaParameters.regionCode(code, store);
        double tolerance = Simplification.metres(simplify, DEFAULT_SIMPLIFY_METRES);
        return answers.get(new CacheKey(regionCode, tolerance), acceptEncoding, () -> detail(regionCode, tolerance));
    }

    private RegionDetail detail(String regionCode, double tolerance) {
        SafetyRegion region = store.region(regionCode).orElseThrow();
        RegionSummary summary = store.regions().stream().filter(r -> r.code().equals(regionCode)).findFirst().orElseThrow();
        Geometry outline = region.geometry();
        if (outline == null) {
            List<Geometry> parts = store.municipalitiesOfRegion(regionCode).stream().map(Municipality::geometry).toList();
            outline = parts.isEmpty() ? null : UnaryUnionOp.union(parts);
        }
        return new RegionDetail(region.code(), region.name(), summary.inhabitants(), summary.municipalityCount(),
                region.municipalityCodes(), summary.extent().map(e -> WgsBox.of(e).toArray()).orElse(null),
                outline == null ? null : MapGeometry.toGeoJson(outline, tolerance));
    }
}
