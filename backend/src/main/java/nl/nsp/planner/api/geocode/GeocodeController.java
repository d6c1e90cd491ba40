package nl.nsp.planner.api.geocode;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.nsp.planner.analysis.Gazetteer;
import nl.nsp.planner.api.BadRequestException;
import nl.nsp.planner.api.NotFoundException;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.geo.CoordinateText;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds a place for a planner's own location: {@code GET /api/geocode?q=…[&limit=10][&region=VR17]}.
 *
 * <p>Offline, from the loaded data set ({@link Gazetteer}): typed coordinates (WGS84 {@code 52.05, 4.47} or RD
 * {@code 92500 437500}), four-digit postcodes (the inhabitant-weighted centre of the PC4's points in the {@code pc4}
 * layer) and candidate sites by name or address. Online, only when {@code nsp.geocoder.pdok-url} is set: the PDOK
 * Locatieserver for street addresses; when it cannot be reached the offline results are answered with
 * {@code online.status = "unavailable"}, never an error.
 */
@RestController
class GeocodeController {
    private static final Logger LOG = LoggerFactory.getLogger(GeocodeController.class);
    static final int MAX_QUERY = 200;
    static final int MAX_LIMIT = 50;

    private final ObjectProvider<DatasetSource> source;
    private final PdokLocatieserver online;
    private volatile Built built;

    private record Built(Dataset dataset, Gazetteer gazetteer) {
    }

    GeocodeController(ObjectProvider<DatasetSource> source, @Value("${nsp.geocoder.pdok-url:}") String pdokUrl,
            @Value("${nsp.geocoder.timeout-ms:2500}") long timeoutMs) {
        this.source = source;
        this.online = pdokUrl == null || pdokUrl.isBlank() ? null : new PdokLocatieserver(pdokUrl.strip(), Duration.ofMillis(timeoutMs));
    }

    @GetMapping("/api/geocode")
    GeocodeResponse geocode(@RequestParam(required = false) String q, @RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) String region) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("q", "required: a postcode, a name or address, or coordinates (52.05, 4.47 or 92500 437500)");
        }
        String query = q.strip();
        if (query.length() > MAX_QUERY) {
            throw new BadRequestException("q", "at most " + MAX_QUERY + " characters, got " + query.length());
        }
        if (!(1 <= limit && limit <= MAX_LIMIT)) {
            throw new BadRequestException("limit", "must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        Dataset dataset = dataset();
        String preferRegion = "";
        if (region != null && !region.isBlank()) {
            preferRegion = region.strip().toUpperCase(Locale.ROOT);
            String code = preferRegion;
            if (dataset.region(code).isEmpty() && dataset.municipalities().stream().noneMatch(m -> m.regionCode().equals(code))) {
                throw new NotFoundException("region", "unknown safety region \"" + region + "\"");
            }
        }
        Optional<CoordinateText.Parsed> typed;
        try {
            typed = CoordinateText.parse(query);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("q", e.getMessage());
        }
        if (typed.isPresent()) {
            CoordinateText.Parsed p = typed.get();
            String label = p.system().equals("rd")
                    ? String.format(Locale.ROOT, "RD %.0f %.0f", p.rd().x(), p.rd().y())
                    : String.format(Locale.ROOT, "%.5f, %.5f", p.wgs84().lat(), p.wgs84().lon());
            return new GeocodeResponse(query, List.of(new GeocodeResponse.Result("coordinates", label, p.rd().x(), p.rd().y(),
                    p.wgs84().lon(), p.wgs84().lat(), "input", null, null, null)), new GeocodeResponse.Online("skipped", null));
        }
        List<GeocodeResponse.Result> results = new ArrayList<>();
        for (Gazetteer.Place place : gazetteer(dataset).search(query, limit, preferRegion)) {
            LatLon ll = RdProjection.toWgs84(new RdPoint(place.x(), place.y()));
            results.add(new GeocodeResponse.Result(place.kind(), place.label(), place.x(), place.y(), ll.lon(), ll.lat(), "offline",
                    place.siteId(), place.postcode(), place.municipalityCode().isEmpty() ? null : place.municipalityCode()));
        }
        GeocodeResponse.Online status = new GeocodeResponse.Online("off", null);
        if (online != null) {
            try {
                for (PdokLocatieserver.Hit h : online.search(query, limit)) {
                    LatLon ll = RdProjection.toWgs84(new RdPoint(h.x(), h.y()));
                    results.add(new GeocodeResponse.Result("address", h.label(), h.x(), h.y(), ll.lon(), ll.lat(), "pdok", null,
                            null, null));
                }
                status = new GeocodeResponse.Online("ok", null);
            } catch (IOException | RuntimeException e) {
                LOG.info("online geocoder unavailable: {}", e.toString());
                status = new GeocodeResponse.Online("unavailable", "PDOK Locatieserver niet bereikbaar ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "); alleen offline resultaten");
            }
        }
        return new GeocodeResponse(query, results, status);
    }

    private Dataset dataset() {
        DatasetSource src = source.getIfAvailable();
        if (src == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "no data set is loaded");
        }
        return src.dataset();
    }

    private Gazetteer gazetteer(Dataset dataset) {
        Built b = built;
        if (b == null || b.dataset() != dataset) {
            b = new Built(dataset, Gazetteer.of(dataset));
            built = b;
        }
        return b.gazetteer();
    }
}
