package nl.nsp.planner.api.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.nsp.planner.api.Area;
import nl.nsp.planner.api.AreaParameters;
import nl.nsp.planner.api.BadRequestException;
import nl.nsp.planner.api.EncodedAnswers;
import nl.nsp.planner.api.NotFoundException;
import nl.nsp.planner.api.geojson.Feature;
import nl.nsp.planner.api.geojson.FeatureCollection;
import nl.nsp.planner.api.geojson.GeoJsonGeometry;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.store.DemandLayerInfo;
import nl.nsp.planner.store.PlannerStore;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/demand}: population points of one layer in a region, municipality or box. The default compact
 * form carries one {@code [lon, lat, inhabitants, inhabitants65Plus]} array per point; {@code format=geojson}
 * gives GeoJSON point features (for small areas).
 */
@RestController
@RequestMapping("/api/demand")
class DemandController {
    /** Most points one compact response may carry. */
    static final int MAX_POINTS = 250_000;
    /** Most points one GeoJSON response may carry. */
    static final int MAX_GEOJSON_POINTS = 25_000;
    static final List<String> FIELDS = List.of("lon", "lat", "inhabitants", "inhabitants65Plus");

    private final PlannerStore store;
    private final EncodedAnswers answers;

    DemandController(PlannerStore store, EncodedAnswers answers) {
        this.store = store;
        this.answers = answers;
    }

    /** A compact answer for one layer and area (kept by {@link EncodedAnswers}). */
    private record CacheKey(String layer, Area area) {
    }

    record LayerItem(String name, String description, boolean primary, long points, double inhabitants,
            long inhabitants65PlusKnownPoints, int cellSizeMetres) {
    }

    record CompactResponse(String layer, String description, int cellSizeMetres, int count, double inhabitants,
            double inhabitants65Plus, int inhabitants65PlusKnown, List<String> fields, List<DemandRow> points) {
    }

    record PointProperties(String id, double inhabitants, Double inhabitants65Plus, String municipalityCode,
            String sourceUnit) {
    }

    @GetMapping("/layers")
    List<LayerItem> layers() {
        return store.demandLayers().stream().map(l -> new LayerItem(l.name(), l.description(), l.primary(), l.points(),
                l.inhabitants(), l.inhabitants65PlusKnownPoints(), l.cellSizeMetres())).toList();
    }

    @GetMapping
    Object demand(@RequestParam(required = false) String layer, @RequestParam(required = false) String region,
            @RequestParam(required = false) String municipality, @RequestParam(required = false) String bbox,
            @RequestParam(defaultValue = "compact") String format,
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        String form = format.trim().toLowerCase(Locale.ROOT);
        if (!form.equals("compact") && !form.equals("geojson")) {
            throw new BadRequestException("format", "expected compact or geojson, got \"" + format + "\"");
        }
        DemandLayerInfo info = layer(layer);
        Area area = AreaParameters.parse(region, municipality, bbox, store);
        if (form.equals("compact") && !(area instanceof Area.Box)) {
            return answers.get(new CacheKey(info.name(), area), acceptEncoding, () -> answer(info, area, form, region, municipality, bbox));
        }
        return answer(info, area, form, region, municipality, bbox);
    }

    private Object answer(DemandLayerInfo info, Area area, String form, String region, String municipality, String bbox) {
        int limit = form.equals("geojson") ? MAX_GEOJSON_POINTS : MAX_POINTS;
        List<DemandPoint> points;
        if (area instanceof Area.Region r) {
            points = store.demandOfRegion(info.name(), r.code());
        } else if (area instanceof Area.Municipality m) {
            points = store.demandOfMunicipality(info.name(), m.code());
        } else {
            points = store.demandInBox(info.name(), ((Area.Box) area).rd(), limit);
        }
        if (points.size() > limit) {
            throw new BadRequestException(bbox != null ? "bbox" : region != null ? "region" : "municipality",
                    "more than " + limit + " demand points of layer " + info.name() + " in this area; choose a smaller "
                            + "area" + (form.equals("geojson") ? " or format=compact" : ""));
        }
        List<DemandRow> rows = new ArrayList<>(points.size());
        List<DemandPoint> kept = new ArrayList<>(points.size());
        for (DemandPoint p : points) {
            LatLon ll = RdProjection.toWgs84(new RdPoint(p.x(), p.y()));
            if (area instanceof Area.Box b && !b.wgs().contains(ll.lon(), ll.lat())) {
                continue;
            }
            kept.add(p);
            rows.add(new DemandRow(round(ll.lon()), round(ll.lat()), DemandRow.count(p.inhabitants()),
                    DemandRow.count(p.inhabitants65Plus())));
        }
        if (form.equals("geojson")) {
            List<Feature<PointProperties>> features = new ArrayList<>(kept.size());
            for (int i = 0; i < kept.size(); i++) {
                DemandPoint p = kept.get(i);
                DemandRow r = rows.get(i);
                features.add(Feature.of(p.id(), new GeoJsonGeometry("Point", new double[] {r.lon(), r.lat()}),
                        new PointProperties(p.id(), p.inhabitants(), p.inhabitants65PlusKnown() ? p.inhabitants65Plus() : null,
                                p.municipalityCode(), p.sourceUnit())));
            }
            return FeatureCollection.of(features);
        }
        double inhabitants = 0;
        double inh65 = 0;
        int known = 0;
        for (DemandPoint p : kept) {
            inhabitants += p.inhabitants();
            if (p.inhabitants65PlusKnown()) {
                inh65 += p.inhabitants65Plus();
                known++;
            }
        }
        return new CompactResponse(info.name(), info.description(), info.cellSizeMetres(), rows.size(), inhabitants, inh65,
                known, FIELDS, rows);
    }

    private DemandLayerInfo layer(String name) {
        List<DemandLayerInfo> layers = store.demandLayers();
        if (name == null) {
            return layers.stream().findFirst()
                    .orElseThrow(() -> new NotFoundException("layer", "the store holds no demand layer"));
        }
        return layers.stream().filter(l -> l.name().equals(name.trim())).findFirst()
                .orElseThrow(() -> new NotFoundException("layer", "unknown demand layer \"" + name + "\"; available: "
                        + layers.stream().map(DemandLayerInfo::name).toList()));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
