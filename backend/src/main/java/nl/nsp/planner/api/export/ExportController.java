package nl.nsp.planner.api.export;

import nl.nsp.planner.account.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of a saved scenario, each a download ({@code Content-Disposition: attachment}) except the print page.
 *
 * <pre>
 * GET /api/scenarios/{id}/export/sites.geojson     its sites, RFC 7946, with a "scenario" member (re-importable)
 * GET /api/scenarios/{id}/export/sites.csv         its sites, one row each (Dutch Excel: UTF-8 BOM, ";", decimal comma)
 * GET /api/scenarios/{id}/export/sites.gpkg        layers nsp and cp in EPSG:28992
 * GET /api/scenarios/{id}/export/statistics.csv    its coverage figures, one CSV with a "table" column
 * GET /api/scenarios/{id}/print[?municipality=GM0599]   "Waar is mijn noodsteunpunt?", printable HTML
 * </pre>
 */
@RestController
@RequestMapping("/api/scenarios/{id}")
class ExportController {
    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");
    private static final MediaType CSV = MediaType.parseMediaType(DutchCsv.MEDIA_TYPE);

    private final ScenarioExports exports;

    ExportController(ScenarioExports exports) {
        this.exports = exports;
    }

    @GetMapping("/export/sites.geojson")
    ResponseEntity<SitesGeoJson> geoJson(Caller caller, @PathVariable String id) {
        ScenarioExports.Export e = exports.export(caller, id);
        return download(FileNames.name("noodsteunpunten", e.scenario(), "geojson"), GEOJSON)
                .body(SitesGeoJson.of(e.scenario(), e.sites()));
    }

    @GetMapping("/export/sites.csv")
    ResponseEntity<byte[]> csv(Caller caller, @PathVariable String id) {
        ScenarioExports.Export e = exports.export(caller, id);
        return download(FileNames.name("noodsteunpunten", e.scenario(), "csv"), CSV).body(SitesCsv.write(e.sites()));
    }

    @GetMapping("/export/sites.gpkg")
    ResponseEntity<byte[]> geoPackage(Caller caller, @PathVariable String id) {
        ScenarioExports.Export e = exports.export(caller, id);
        return download(FileNames.name("noodsteunpunten", e.scenario(), "gpkg"),
                MediaType.parseMediaType(SitesGeoPackage.MEDIA_TYPE)).body(SitesGeoPackage.write(e.sites()));
    }

    @GetMapping("/export/statistics.csv")
    ResponseEntity<byte[]> statistics(Caller caller, @PathVariable String id) {
        ScenarioExports.Statistics st = exports.statistics(caller, id);
        return download(FileNames.name("statistieken", st.scenario(), "csv"), CSV).body(st.csv());
    }

    @GetMapping(value = "/print", produces = "text/html;charset=UTF-8")
    String print(Caller caller, @PathVariable String id, @RequestParam(required = false) String municipality) {
        return exports.residentList(caller, id, municipality);
    }

    private static ResponseEntity.BodyBuilder download(String fileName, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(fileName));
    }
}
