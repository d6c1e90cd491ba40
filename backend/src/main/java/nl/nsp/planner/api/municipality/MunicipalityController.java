package nl.nsp.planner.api.municipality;

import java.util.List;
import nl.nsp.planner.api.AreaParameters;
import nl.nsp.planner.api.EncodedAnswers;
import nl.nsp.planner.api.Simplification;
import nl.nsp.planner.api.geojson.Feature;
import nl.nsp.planner.api.geojson.FeatureCollection;
import nl.nsp.planner.api.geojson.MapGeometry;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.store.PlannerStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/municipalities}: municipal boundaries with their attributes, as GeoJSON. */
@RestController
@RequestMapping("/api/municipalities")
class MunicipalityController {
    private static final double DEFAULT_SIMPLIFY_METRES = 10;

    private final PlannerStore store;
    private final EncodedAnswers answers;

    MunicipalityController(PlannerStore store, EncodedAnswers answers) {
        this.store = store;
        this.answers = answers;
    }

    /** The boundaries of a region (or all) at one tolerance (kept by {@link EncodedAnswers}). */
    private record CacheKey(String region, double tolerance) {
    }

    record Properties(String code, String name, String regionCode, long inhabitants, int urbanityClass, double[] bbox) {
    }

    @GetMapping
    ResponseEntity<byte[]> municipalities(@RequestParam(required = false) String region,
            @RequestParam(required = false) Double simplify,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        double tolerance = Simplification.metres(simplify, DEFAULT_SIMPLIFY_METRES);
        String code = region == null ? null : AreaParameters.regionCode(region, store);
        return answers.get(new CacheKey(code, tolerance), acceptEncoding, () -> {
            List<Municipality> list = code == null ? store.municipalities() : store.municipalitiesOfRegion(code);
            return FeatureCollection.of(list.stream().map(m -> feature(m, tolerance)).toList());
        });
    }

    @GetMapping("/{code}")
    Feature<Properties> municipality(@PathVariable String code, @RequestParam(required = false) Double simplify) {
        double tolerance = Simplification.metres(simplify, DEFAULT_SIMPLIFY_METRES);
        return feature(store.municipality(AreaParameters.municipalityCode(code, store)).orElseThrow(), tolerance);
    }

    private static Feature<Properties> feature(Municipality m, double tolerance) {
        return Feature.of(m.code(), MapGeometry.toGeoJson(m.geometry(), tolerance), new Properties(m.code(), m.name(),
                m.regionCode(), m.inhabitants(), m.urbanityClass(), MapGeometry.boxOf(m.geometry()).toArray()));
    }
}
