package nl.nsp.planner.api.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.nsp.planner.api.Area;
import nl.nsp.planner.api.AreaParameters;
import nl.nsp.planner.api.BadRequestException;
import nl.nsp.planner.api.EncodedAnswers;
import nl.nsp.planner.api.geojson.Feature;
import nl.nsp.planner.api.geojson.FeatureCollection;
import nl.nsp.planner.api.geojson.GeoJsonGeometry;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.store.PlannerStore;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/candidates}: candidate sites of a region, municipality or box as GeoJSON points. */
@RestController
@RequestMapping("/api/candidates")
class CandidateController {
    /** Most sites one response may carry (the national set has about 9,100). */
    static final int MAX_SITES = 20_000;

    private final PlannerStore store;
    private final EncodedAnswers answers;

    CandidateController(PlannerStore store, EncodedAnswers answers) {
        this.store = store;
        this.answers = answers;
    }

    /** The sites of a region or municipality (kept by {@link EncodedAnswers}; boxes are not). */
    private record CacheKey(Area area) {
    }

    record Properties(String id, String name, String address, String kind, String kindLabel, String accessibility,
            String buildingUse, String municipalityCode, double rdX, double rdY, Map<String, String> attributes) {
    }

    @GetMapping
    Object candidates(@RequestParam(required = false) String region,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String bbox,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        Area area = AreaParameters.parse(region, municipality, bbox, store);
        if (area instanceof Area.Box) {
            return answer(area);
        }
        return answers.get(new CacheKey(area), acceptEncoding, () -> answer(area));
    }

    private FeatureCollection<Properties> answer(Area area) {
        List<CandidateSite> sites;
        if (area instanceof Area.Region r) {
            sites = store.candidatesOfRegion(r.code());
        } else if (area instanceof Area.Municipality m) {
            sites = store.candidatesOfMunicipality(m.code());
        } else {
            sites = store.candidatesInBox(((Area.Box) area).rd(), MAX_SITES);
        }
        if (sites.size() > MAX_SITES) {
            throw new BadRequestException("bbox", "more than " + MAX_SITES + " candidate sites in this box; choose a "
                    + "smaller one");
        }
        List<Feature<Properties>> features = new ArrayList<>(sites.size());
        for (CandidateSite s : sites) {
            LatLon ll = RdProjection.toWgs84(new RdPoint(s.x(), s.y()));
            if (area instanceof Area.Box b && !b.wgs().contains(ll.lon(), ll.lat())) {
                continue;
            }
            GeoJsonGeometry point = new GeoJsonGeometry("Point", new double[] {round(ll.lon()), round(ll.lat())});
            features.add(Feature.of(s.id(), point, new Properties(s.id(), s.name(), s.address(), s.kind().name(),
                    s.kind().dutchLabel(), s.accessibility().name(), s.buildingUse(), s.municipalityCode(), s.x(), s.y(),
                    new TreeMap<>(s.attributes()))));
        }
        return FeatureCollection.of(features);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
