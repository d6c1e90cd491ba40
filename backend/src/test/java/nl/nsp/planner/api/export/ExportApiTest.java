package nl.nsp.planner.api.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import nl.nsp.planner.api.FixtureApiTest;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.ingest.FileLog;
import nl.nsp.planner.ingest.GeoFeature;
import nl.nsp.planner.ingest.GeoPackageFeatureReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The exports of a scenario on the hand-made data set ({@link nl.nsp.planner.store.StoreFixtures}): S1 "Wijkcentrum
 * De Ark" (91000, 438000) in GM0001 Eerstedorp, S2 "Brandweerkazerne Noord" (94000, 439000) in GM0002 Tweedestad,
 * S3 (97000, 435000) in GM0003 (VR18). The scenario: NSPs S1 (fixed), S2 (also CP) and an own location whose name
 * is hostile to HTML and to Excel; S3 excluded.
 */
class ExportApiTest extends FixtureApiTest {
    static final String HOSTILE = "=<b>Buurthuis</b> & \"Co\" 'x'";
    static final String SCENARIO = "{\"name\": \"Rijnmond – basis (België)\", \"author\": \"Anna\", \"region\": \"VR17\","
            + " \"demandLayer\": \"cbs100\", \"norms\": {\"radiusMetres\": 800, \"urbanityRadiusMetres\": {\"5\": 1500}},"
            + " \"nspSiteIds\": [\"S1\", \"S2\", \"eigen-1\"], \"cpSiteIds\": [\"S2\"], \"fixedSiteIds\": [\"S1\"],"
            + " \"excludedSiteIds\": [\"S3\"], \"ownSites\": [{\"id\": \"eigen-1\", \"name\": \"" + HOSTILE.replace("\"", "\\\"")
            + "\", \"address\": \"Dorpsplein 3, 3011 AB Eerstedorp\", \"x\": 92000.123456, \"y\": 438500.987654}]}";

    @TempDir
    Path dir;

    String create(String json) throws Exception {
        String body = mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void theGeoJsonHasEverySiteInWgs84WithItsRolesAndTheScenarioMember() throws Exception {
        String id = create(SCENARIO);
        LatLon s1 = RdProjection.toWgs84(new RdPoint(91000, 438000));
        mvc.perform(get("/api/scenarios/" + id + "/export/sites.geojson")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"noodsteunpunten-vr17-rijnmond-basis-belgie.geojson\""))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.crs").doesNotExist())
                .andExpect(jsonPath("$.scenario.id").value(id))
                .andExpect(jsonPath("$.scenario.version").value(1))
                .andExpect(jsonPath("$.scenario.region").value("VR17"))
                .andExpect(jsonPath("$.scenario.demandLayer").value("cbs100"))
                .andExpect(jsonPath("$.scenario.norms.radiusMetres").value(800.0))
                .andExpect(jsonPath("$.scenario.dataVersion").value(1))
                .andExpect(jsonPath("$.features", hasSize(4)))
                .andExpect(jsonPath("$.features[*].properties.id", contains("S1", "S2", "eigen-1", "S3")))
                .andExpect(jsonPath("$.features[*].properties.role", contains("nsp", "nsp+cp", "nsp", "excluded")))
                .andExpect(jsonPath("$.features[*].properties.fixed", contains(true, false, false, false)))
                .andExpect(jsonPath("$.features[*].properties.own", contains(false, false, true, false)))
                .andExpect(jsonPath("$.features[0].id").value("S1"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Point"))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0]", closeTo(s1.lon(), 1e-7)))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[1]", closeTo(s1.lat(), 1e-7)))
                .andExpect(jsonPath("$.features[0].properties.name").value("Wijkcentrum De Ark"))
                .andExpect(jsonPath("$.features[0].properties.address").value("Kerkstraat 1, 3011 AA Eerstedorp"))
                .andExpect(jsonPath("$.features[0].properties.municipalityCode").value("GM0001"))
                .andExpect(jsonPath("$.features[0].properties.municipalityName").value("Eerstedorp"))
                .andExpect(jsonPath("$.features[0].properties.rdX").value(91000.0))
                .andExpect(jsonPath("$.features[2].properties.name").value(HOSTILE))
                .andExpect(jsonPath("$.features[2].properties.rdY").value(438500.987654))
                .andExpect(jsonPath("$.features[3].properties.excluded").value(true));
    }

    @Test
    void anExportReadBackGivesTheSamePlanWhichSavesAsIs() throws Exception {
        String id = create(SCENARIO);
        String saved = mvc.perform(get("/api/scenarios/" + id)).andReturn().getResponse().getContentAsString();
        byte[] geojson = mvc.perform(get("/api/scenarios/" + id + "/export/sites.geojson")).andReturn().getResponse()
                .getContentAsByteArray();
        String read = mvc.perform(post("/api/scenarios/import").contentType("application/geo+json").content(geojson))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source.id").value(id))
                .andExpect(jsonPath("$.source.name").value("Rijnmond – basis (België)"))
                .andExpect(jsonPath("$.source.version").value(1))
                .andExpect(jsonPath("$.format").value("geojson (EPSG:4326)"))
                .andExpect(jsonPath("$.features").value(4))
                .andExpect(jsonPath("$.notes", hasSize(0)))
                .andReturn().getResponse().getContentAsString();
        for (String field : List.of("region", "demandLayer", "norms", "nspSiteIds", "cpSiteIds", "fixedSiteIds",
                "excludedSiteIds", "ownSites")) {
            Object expected = JsonPath.read(saved, "$." + field);
            assertThat((Object) JsonPath.read(read, "$.plan." + field)).as(field).isEqualTo(expected);
        }
        // the plan saves unchanged as a new scenario
        Map<String, Object> plan = JsonPath.read(read, "$.plan");
        plan.put("name", "Teruggelezen");
        String copy = create(new tools.jackson.databind.json.JsonMapper().writeValueAsString(plan));
        String copied = mvc.perform(get("/api/scenarios/" + copy)).andReturn().getResponse().getContentAsString();
        assertThat((Object) JsonPath.read(copied, "$.ownSites")).isEqualTo(JsonPath.read(saved, "$.ownSites"));
        assertThat((Object) JsonPath.read(copied, "$.nspSiteIds")).isEqualTo(JsonPath.read(saved, "$.nspSiteIds"));
    }

    static List<CSVRecord> parseDutchCsv(byte[] bytes) throws Exception {
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n");
        return CSVFormat.Builder.create().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    static double dutchNumber(String cell) {
        return Double.parseDouble(cell.replace(',', '.'));
    }

    @Test
    void theCsvOpensInDutchExcelAndParsesBack() throws Exception {
        String id = create(SCENARIO);
        MvcResult r = mvc.perform(get("/api/scenarios/" + id + "/export/sites.csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"noodsteunpunten-vr17-rijnmond-basis-belgie.csv\""))
                .andReturn();
        List<CSVRecord> rows = parseDutchCsv(r.getResponse().getContentAsByteArray());
        assertThat(rows).extracting(c -> c.get("id")).containsExactly("S1", "S2", "eigen-1", "S3");
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(SitesCsv.COLUMNS);
        CSVRecord s1 = rows.get(0);
        assertThat(s1.get("role")).isEqualTo("nsp");
        assertThat(s1.get("fixed")).isEqualTo("true");
        assertThat(s1.get("municipalityName")).isEqualTo("Eerstedorp");
        assertThat(s1.get("address")).isEqualTo("Kerkstraat 1, 3011 AA Eerstedorp");
        assertThat(s1.get("rdX")).isEqualTo("91000");
        LatLon ll = RdProjection.toWgs84(new RdPoint(91000, 438000));
        assertThat(s1.get("lon")).contains(",");
        assertThat(dutchNumber(s1.get("lon"))).isCloseTo(ll.lon(), within(1e-7));
        assertThat(dutchNumber(s1.get("lat"))).isCloseTo(ll.lat(), within(1e-7));
        CSVRecord own = rows.get(2);
        // a name starting with "=" gets an apostrophe so Excel shows it instead of running it
        assertThat(own.get("name")).isEqualTo("'" + HOSTILE);
        assertThat(own.get("rdX")).isEqualTo("92000,12");
        assertThat(own.get("rdY")).isEqualTo("438500,99");
        assertThat(rows.get(1).get("role")).isEqualTo("nsp+cp");
        assertThat(rows.get(3).get("excluded")).isEqualTo("true");
    }

    @Test
    void theGeoPackageHasNspAndCpLayersInRdNewAndReadsBack() throws Exception {
        String id = create(SCENARIO);
        byte[] bytes = mvc.perform(get("/api/scenarios/" + id + "/export/sites.gpkg")).andExpect(status().isOk())
                .andExpect(content().contentType("application/geopackage+sqlite3"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"noodsteunpunten-vr17-rijnmond-basis-belgie.gpkg\""))
                .andReturn().getResponse().getContentAsByteArray();
        Path file = Files.write(dir.resolve("export.gpkg"), bytes);
        GeoPackage gp = GeoPackageManager.open(file.toFile(), false);
        try (gp) {
            assertThat(gp.getFeatureTables()).containsExactlyInAnyOrder("nsp", "cp");
            for (String table : List.of("nsp", "cp")) {
                SpatialReferenceSystem srs = gp.getFeatureDao(table).getSrs();
                assertThat(srs.getSrsId()).isEqualTo(28992);
                assertThat(srs.getOrganization()).isEqualTo("EPSG");
                assertThat(srs.getOrganizationCoordsysId()).isEqualTo(28992);
                assertThat(srs.getDefinition()).startsWith("PROJCS[\"Amersfoort / RD New\"").endsWith("AUTHORITY[\"EPSG\",\"28992\"]]");
            }
            assertThat(gp.getFeatureDao("nsp").count()).isEqualTo(3);
            assertThat(gp.getFeatureDao("cp").count()).isEqualTo(1);
        }
        // the project's own reader takes the file as RD New, positions exact
        List<GeoFeature> nsps = new ArrayList<>();
        String format = GeoPackageFeatureReader.read(file, List.of("nsp"), new FileLog("export.gpkg"), nsps::add);
        assertThat(format).isEqualTo("gpkg layer nsp (EPSG:28992)");
        assertThat(nsps).extracting(f -> f.text("id")).containsExactly("S1", "S2", "eigen-1");
        assertThat(nsps.get(2).geometry().getCoordinate().x).isEqualTo(92000.123456);
        assertThat(nsps.get(2).geometry().getCoordinate().y).isEqualTo(438500.987654);
        assertThat(nsps.get(2).text("name")).isEqualTo(HOSTILE);
        assertThat(nsps.get(0).properties().get("fixed")).isIn(1L, true);
        List<GeoFeature> cps = new ArrayList<>();
        GeoPackageFeatureReader.read(file, List.of("cp"), new FileLog("export.gpkg"), cps::add);
        assertThat(cps).extracting(f -> f.text("id") + " " + f.text("role")).containsExactly("S2 nsp+cp");
    }

    /*
     * S1 alone at 1,000 m covers (91050, 437550) at 452.8 m (11 inhabitants) and (91050, 438550) at 552.3 m (12): 23 of
     * the region's 248 (see ScenarioApiTest). The CP S2 lies hypot(3000, 1000) = 3,162 m from S1, within 5,000 m: linked.
     */
    @Test
    void theStatisticsCsvHoldsTotalMunicipalityUrbanityAndLoadTables() throws Exception {
        String id = create("{\"name\": \"S1 alleen\", \"region\": \"VR17\", \"demandLayer\": \"cbs100\","
                + " \"nspSiteIds\": [\"S1\"], \"cpSiteIds\": [\"S2\"]}");
        String json = mvc.perform(get("/api/scenarios/" + id + "/statistics")).andReturn().getResponse().getContentAsString();
        MvcResult r = mvc.perform(get("/api/scenarios/" + id + "/export/statistics.csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"statistieken-vr17-s1-alleen.csv\""))
                .andReturn();
        List<CSVRecord> rows = parseDutchCsv(r.getResponse().getContentAsByteArray());
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(StatisticsCsv.COLUMNS);
        assertThat(rows).extracting(c -> c.get("table")).containsExactly("total", "municipality", "municipality",
                "municipality", "urbanity", "urbanity", "urbanity", "nspLoad");
        CSVRecord total = rows.get(0);
        assertThat(total.get("inhabitants")).isEqualTo("248");
        assertThat(total.get("coveredInhabitants")).isEqualTo("23");
        // 23 / 248 = 0.0927...
        assertThat(total.get("coveredShare")).isEqualTo("0,0927");
        assertThat(total.get("nearestInhabitants")).isEmpty();
        assertThat(rows).filteredOn(c -> c.get("table").equals("municipality")).extracting(c -> c.get("code"))
                .containsExactly(JsonPath.<List<String>>read(json, "$.report.municipalities[*].code").toArray(String[]::new));
        for (int i = 0; i < 3; i++) {
            CSVRecord m = rows.get(1 + i);
            double covered = JsonPath.<Double>read(json, "$.report.municipalities[" + i + "].coveredInhabitants");
            double inhabitants = JsonPath.<Double>read(json, "$.report.municipalities[" + i + "].inhabitants");
            assertThat(dutchNumber(m.get("coveredInhabitants"))).as(m.get("code")).isEqualTo(covered);
            assertThat(dutchNumber(m.get("inhabitants"))).as(m.get("code")).isEqualTo(inhabitants);
        }
        assertThat(rows.subList(1, 4)).extracting(c -> c.get("code") + "=" + c.get("name"))
                .containsExactlyInAnyOrder("=buiten een gemeente", "GM0001=Eerstedorp", "GM0002=Tweedestad");
        assertThat(rows).filteredOn(c -> c.get("table").equals("urbanity")).extracting(c -> c.get("name"))
                .contains("zeer sterk stedelijk", "matig stedelijk");
        CSVRecord load = rows.get(7);
        assertThat(load.get("code")).isEqualTo("S1");
        assertThat(load.get("name")).isEqualTo("Wijkcentrum De Ark");
        assertThat(load.get("cpId")).isEqualTo("S2");
        assertThat(load.get("ruleInhabitants")).isEqualTo("5000");
        assertThat(dutchNumber(load.get("nearestInhabitants")))
                .isEqualTo(JsonPath.<Double>read(json, "$.report.nspLoads[0].nearestInhabitants"));
        assertThat(load.get("inhabitants")).isEmpty();
    }

    @Test
    void thePrintPageListsEachMunicipalitysNspsAndEscapesUserText() throws Exception {
        String id = create(SCENARIO);
        String html = mvc.perform(get("/api/scenarios/" + id + "/print")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).startsWith("<!doctype html>").contains("@media print").contains("size: A4");
        assertThat(html).contains("data-code=\"GM0001\"", "data-code=\"GM0002\"").doesNotContain("data-code=\"GM0003\"");
        assertThat(html.indexOf("Gemeente Eerstedorp")).isLessThan(html.indexOf("Gemeente Tweedestad"));
        // the own location's name arrives as text, never as markup
        assertThat(html).contains("=&lt;b&gt;Buurthuis&lt;/b&gt; &amp; &quot;Co&quot; &#39;x&#39;").doesNotContain("<b>Buurthuis");
        assertThat(html).contains("Rijnmond – basis (België)");
        // Eerstedorp: Dorpsplein 3 (own) before Kerkstraat 1 (S1), numbered 1 and 2; the CP-only and excluded sites are not listed
        String eerstedorp = html.substring(html.indexOf("data-code=\"GM0001\""), html.indexOf("data-code=\"GM0002\""));
        assertThat(eerstedorp.indexOf("Dorpsplein 3")).isLessThan(eerstedorp.indexOf("Kerkstraat 1"));
        assertThat(eerstedorp).contains("<ol start=\"1\">").contains("<svg").contains(">2</text>")
                .contains("<span class=\"address\">Kerkstraat 1, 3011 AA</span>");
        assertThat(html).doesNotContain("Sporthal");
        String one = mvc.perform(get("/api/scenarios/" + id + "/print?municipality=gm0002")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(one).contains("data-code=\"GM0002\"").doesNotContain("data-code=\"GM0001\"")
                .contains("Brandweerkazerne Noord").contains("<title>Waar is mijn noodsteunpunt? Gemeente Tweedestad</title>");
        mvc.perform(get("/api/scenarios/" + id + "/print?municipality=GM0003")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("municipality"));
        mvc.perform(get("/api/scenarios/" + id + "/print?municipality=GM9999")).andExpect(status().isNotFound());
        mvc.perform(get("/api/scenarios/" + id + "/print?municipality=Rotterdam")).andExpect(status().isBadRequest());
    }

    @Test
    void everyExportOfAnUnknownScenarioIs404WithTheErrorShape() throws Exception {
        for (String path : List.of("export/sites.geojson", "export/sites.csv", "export/sites.gpkg", "export/statistics.csv",
                "print")) {
            mvc.perform(get("/api/scenarios/no-such-id/" + path)).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.errors[0].field").value("id"));
        }
    }
}
