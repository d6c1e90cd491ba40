package nl.nsp.planner.api;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.geo.LatLon;
import nl.nsp.planner.geo.RdPoint;
import nl.nsp.planner.geo.RdProjection;
import nl.nsp.planner.ingest.ImportResult;
import nl.nsp.planner.store.FixtureImportConfiguration;
import nl.nsp.planner.store.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Every endpoint on the hand-made data set of {@link StoreFixtures}, imported at start-up into a temp store. */
@Import(FixtureImportConfiguration.class)
@SpringBootTest
@AutoConfigureMockMvc
class ApiTest {
    private static final ImportResult DATA = StoreFixtures.smallImport();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory("nsp-api-test");
        Files.createDirectories(root.resolve("data"));
        registry.add("nsp.store", () -> root.resolve("store").toString());
        registry.add("nsp.data-dir", () -> root.resolve("data").toString());
    }


    @Autowired
    MockMvc mvc;

    private ResultActions call(String url) throws Exception {
        return mvc.perform(get(url));
    }

    @Test
    void listsRegionsWithTotalsAndBoxes() throws Exception {
        call("/api/regions").andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].code").value("VR17"))
                .andExpect(jsonPath("$[0].name").value("Rotterdam-Rijnmond"))
                .andExpect(jsonPath("$[0].inhabitants").value(3500))
                .andExpect(jsonPath("$[0].municipalityCount").value(2))
                .andExpect(jsonPath("$[0].bbox", hasSize(4)))
                .andExpect(jsonPath("$[0].bbox[0]", closeTo(lonOf(90000, 437000), 0.01)));
    }

    @Test
    void regionDetailHasOutlineAndMembers() throws Exception {
        call("/api/regions/VR17").andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalities", contains("GM0001", "GM0002")))
                .andExpect(jsonPath("$.outline.type").value("Polygon"));
        // VR18 has no outline of its own: the union of its municipalities is drawn
        call("/api/regions/vr18").andExpect(status().isOk())
                .andExpect(jsonPath("$.outline.type").value("Polygon"))
                .andExpect(jsonPath("$.outline.coordinates[0]", hasSize(5)));
    }

    @Test
    void unknownRegionIs404AndMalformedIs400() throws Exception {
        call("/api/regions/VR99").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.errors[0].field").value("region"));
        call("/api/regions/Rijnmond").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("VR01..VR25")));
        call("/api/regions/VR17?simplify=-3").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("simplify"));
        call("/api/regions/VR17?simplify=abc").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("simplify"));
    }

    @Test
    void municipalitiesAsGeoJson() throws Exception {
        call("/api/municipalities?region=VR17").andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", hasSize(2)))
                .andExpect(jsonPath("$.features[1].id").value("GM0002"))
                .andExpect(jsonPath("$.features[1].properties.name").value("Tweedestad"))
                .andExpect(jsonPath("$.features[1].properties.inhabitants").value(2500))
                .andExpect(jsonPath("$.features[1].properties.urbanityClass").value(3))
                .andExpect(jsonPath("$.features[1].geometry.type").value("Polygon"));
        call("/api/municipalities").andExpect(status().isOk()).andExpect(jsonPath("$.features", hasSize(3)));
        call("/api/municipalities/GM0003").andExpect(status().isOk()).andExpect(jsonPath("$.properties.regionCode").value("VR18"));
        call("/api/municipalities/GM9999").andExpect(status().isNotFound());
        call("/api/municipalities/Rotterdam").andExpect(status().isBadRequest());
        call("/api/municipalities?region=VR99").andExpect(status().isNotFound());
    }

    @Test
    void demandLayers() throws Exception {
        call("/api/demand/layers").andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].name").value("pc4"))
                .andExpect(jsonPath("$[0].primary").value(true))
                .andExpect(jsonPath("$[0].cellSizeMetres").value(0))
                .andExpect(jsonPath("$[1].cellSizeMetres").value(100))
                .andExpect(jsonPath("$[1].points").value(20));
    }

    @Test
    void demandOfRegionInCompactForm() throws Exception {
        List<DemandPoint> cells = DATA.dataset().demandLayer("cbs100").orElseThrow().points();
        // the 18 cells of GM0001/GM0002 plus the unassigned cell inside the VR17 outline
        double inhabitants = cells.stream().filter(p -> !p.id().equals("E0800N4000")).mapToDouble(DemandPoint::inhabitants).sum();
        DemandPoint first = cells.get(0);
        call("/api/demand?layer=cbs100&region=VR17").andExpect(status().isOk())
                .andExpect(jsonPath("$.layer").value("cbs100"))
                .andExpect(jsonPath("$.cellSizeMetres").value(100))
                .andExpect(jsonPath("$.count").value(19))
                .andExpect(jsonPath("$.inhabitants").value(inhabitants))
                .andExpect(jsonPath("$.fields", contains("lon", "lat", "inhabitants", "inhabitants65Plus")))
                .andExpect(jsonPath("$.points", hasSize(19)))
                .andExpect(jsonPath("$.points[0][0]", closeTo(lonOf(first.x(), first.y()), 1e-5)))
                .andExpect(jsonPath("$.points[0][2]").value(10))
                .andExpect(jsonPath("$.points[0][3]", nullValue()))
                .andExpect(jsonPath("$.points[1][3]").value(0));
        call("/api/demand?layer=cbs100&municipality=GM0002").andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(9));
        // without layer: the primary one
        call("/api/demand?region=VR18").andExpect(status().isOk())
                .andExpect(jsonPath("$.layer").value("pc4"))
                .andExpect(jsonPath("$.points[0][2]").value(700));
        call("/api/demand?layer=pc4&municipality=GM0001").andExpect(status().isOk())
                .andExpect(jsonPath("$.points[0][2]").value(1000.5));
    }

    @Test
    void demandInBoxMatchesABruteForceFilter() throws Exception {
        // about 2.7 km x 2.7 km around the cell at RD (91050, 438550)
        LatLon centre = RdProjection.toWgs84(new RdPoint(91050, 438550));
        double minLon = centre.lon() - 0.02, maxLon = centre.lon() + 0.02;
        double minLat = centre.lat() - 0.012, maxLat = centre.lat() + 0.012;
        List<DemandPoint> cells = DATA.dataset().demandLayer("cbs100").orElseThrow().points();
        long expected = cells.stream().filter(p -> {
            LatLon ll = RdProjection.toWgs84(new RdPoint(p.x(), p.y()));
            return minLon <= ll.lon() && ll.lon() <= maxLon && minLat <= ll.lat() && ll.lat() <= maxLat;
        }).count();
        String bbox = String.format(Locale.ROOT, "%f,%f,%f,%f", minLon, minLat, maxLon, maxLat);
        call("/api/demand?layer=cbs100&bbox=" + bbox).andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value((int) expected));
        org.assertj.core.api.Assertions.assertThat(expected).isBetween(2L, 18L);
        call("/api/demand?layer=cbs100&format=geojson&bbox=" + bbox).andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", hasSize((int) expected)))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Point"));
    }

    @Test
    void badDemandRequestsAre4xx() throws Exception {
        call("/api/demand?layer=cbs100").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("exactly one")));
        call("/api/demand?layer=cbs100&region=VR17&bbox=4,51,5,52").andExpect(status().isBadRequest());
        call("/api/demand?layer=cbs100&bbox=4,51,5").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bbox"));
        call("/api/demand?layer=cbs100&bbox=4,51,x,52").andExpect(status().isBadRequest());
        call("/api/demand?layer=cbs100&bbox=5,51,4,52").andExpect(status().isBadRequest());
        call("/api/demand?layer=cbs100&bbox=NaN,51,4,52").andExpect(status().isBadRequest());
        call("/api/demand?layer=cbs100&bbox=-9,46,9,59").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("larger than")));
        call("/api/demand?layer=cbs100&bbox=100,10,101,11").andExpect(status().isBadRequest());
        call("/api/demand?layer=nope&region=VR17").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message", containsString("[pc4, cbs100]")));
        call("/api/demand?layer=cbs100&region=VR42").andExpect(status().isNotFound());
        call("/api/demand?layer=cbs100&region=VR17&format=xml").andExpect(status().isBadRequest());
    }

    @Test
    void candidatesWithAllAttributes() throws Exception {
        CandidateSite s1 = DATA.dataset().candidates().get(0);
        call("/api/candidates?region=VR17").andExpect(status().isOk())
                .andExpect(jsonPath("$.features", hasSize(2)))
                .andExpect(jsonPath("$.features[0].id").value("S1"))
                .andExpect(jsonPath("$.features[0].geometry.coordinates[0]", closeTo(lonOf(s1.x(), s1.y()), 1e-6)))
                .andExpect(jsonPath("$.features[0].properties.name").value("Wijkcentrum De Ark"))
                .andExpect(jsonPath("$.features[0].properties.address").value("Kerkstraat 1, 3011 AA Eerstedorp"))
                .andExpect(jsonPath("$.features[0].properties.kind").value("POLLING_STATION"))
                .andExpect(jsonPath("$.features[0].properties.kindLabel").value("stemlokaal"))
                .andExpect(jsonPath("$.features[0].properties.accessibility").value("YES"))
                .andExpect(jsonPath("$.features[0].properties.buildingUse").value("bijeenkomstfunctie"))
                .andExpect(jsonPath("$.features[0].properties.attributes['Type stembureau']").value("regulier"))
                .andExpect(jsonPath("$.features[1].properties.kindLabel").value("brandweerkazerne"));
        call("/api/candidates?municipality=GM0003").andExpect(status().isOk())
                .andExpect(jsonPath("$.features[0].properties.attributes.note").value("ëxtra \"quoted\""));
        call("/api/candidates?bbox=3,50.8,7.2,53.5").andExpect(status().isOk()).andExpect(jsonPath("$.features", hasSize(3)));
        call("/api/candidates").andExpect(status().isBadRequest());
        call("/api/candidates?municipality=GM0123").andExpect(status().isNotFound());
    }

    @Test
    void importReportConfigAndUnknownPaths() throws Exception {
        call("/api/import/report").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ok"))
                .andExpect(jsonPath("$.dataVersion").value(1))
                .andExpect(jsonPath("$.failure", nullValue()))
                .andExpect(jsonPath("$.report.municipalities").value(3))
                .andExpect(jsonPath("$.report.files", hasSize(2)))
                .andExpect(jsonPath("$.report.rejected[0].file").value("stemlokalen.csv"))
                .andExpect(jsonPath("$.report.rejected[0].line").value(17))
                .andExpect(jsonPath("$.report.rejected[0].field").value("X"))
                .andExpect(jsonPath("$.report.notes[0].reason").value("invalid polygon repaired (self-intersection)"));
        call("/api/config").andExpect(status().isOk())
                .andExpect(jsonPath("$.baseMaps", hasSize(2)))
                .andExpect(jsonPath("$.baseMaps[0].url", containsString("service.pdok.nl/brt/achtergrondkaart")))
                .andExpect(jsonPath("$.defaultRegion").value("VR17"))
                .andExpect(jsonPath("$.storeEmpty").value(false));
        call("/api/nothing-here").andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        mvc.perform(post("/api/regions")).andExpect(status().isMethodNotAllowed());
    }

    private static double lonOf(double x, double y) {
        return RdProjection.toWgs84(new RdPoint(x, y)).lon();
    }

    private static double latOf(double x, double y) {
        return RdProjection.toWgs84(new RdPoint(x, y)).lat();
    }

    @Test
    void geocodeFindsPostcodesSitesAndTypedCoordinatesOffline() throws Exception {
        // PC4 3011 has one point (91234.5, 438000.25): its centre; S1's address lies in 3011 too
        call("/api/geocode?q=3011").andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("3011"))
                .andExpect(jsonPath("$.results[0].kind").value("postcode"))
                .andExpect(jsonPath("$.results[0].postcode").value("3011"))
                .andExpect(jsonPath("$.results[0].label").value("3011 Eerstedorp"))
                .andExpect(jsonPath("$.results[0].x").value(91234.5))
                .andExpect(jsonPath("$.results[0].y").value(438000.25))
                .andExpect(jsonPath("$.results[0].lat", closeTo(latOf(91234.5, 438000.25), 1e-9)))
                .andExpect(jsonPath("$.results[0].municipalityCode").value("GM0001"))
                .andExpect(jsonPath("$.results[0].source").value("offline"))
                .andExpect(jsonPath("$.results[1].kind").value("candidate"))
                .andExpect(jsonPath("$.results[1].siteId").value("S1"))
                .andExpect(jsonPath("$.online.status").value("off"));
        call("/api/geocode?q=sporthal veld&region=vr18").andExpect(status().isOk())
                .andExpect(jsonPath("$.results", hasSize(1)))
                .andExpect(jsonPath("$.results[0].siteId").value("S3"))
                .andExpect(jsonPath("$.results[0].label").value("Sporthal 't Veld — Veldweg 2"));
        call("/api/geocode?q=92500 437500").andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].kind").value("coordinates"))
                .andExpect(jsonPath("$.results[0].label").value("RD 92500 437500"))
                .andExpect(jsonPath("$.results[0].x").value(92500.0))
                .andExpect(jsonPath("$.online.status").value("skipped"));
        call("/api/geocode?q=52.05, 4.47").andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].lat").value(52.05))
                .andExpect(jsonPath("$.results[0].lon").value(4.47));
        call("/api/geocode?q=nergens").andExpect(status().isOk()).andExpect(jsonPath("$.results", hasSize(0)));
    }

    @Test
    void geocodeRefusesBadQueries() throws Exception {
        call("/api/geocode").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
        mvc.perform(get("/api/geocode").param("q", " ")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("q"));
        call("/api/geocode?q=48.85,2.35").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("no position in the Netherlands")));
        call("/api/geocode?q=" + "a".repeat(201)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason", containsString("200")));
        call("/api/geocode?q=3011&limit=0").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        call("/api/geocode?q=3011&limit=500").andExpect(status().isBadRequest());
        call("/api/geocode?q=3011&limit=veel").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
        call("/api/geocode?q=3011&region=VR99").andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("region"));
    }

    @Test
    void areaAnswersComeGzippedWhenAskedAndEqualThePlainOnes() throws Exception {
        for (String url : List.of("/api/demand?layer=cbs100&region=VR17", "/api/candidates?region=VR17",
                "/api/municipalities?region=VR17", "/api/regions/VR17")) {
            byte[] plain = mvc.perform(get(url)).andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("application/json"))
                    .andReturn().getResponse().getContentAsByteArray();
            var zipped = mvc.perform(get(url).header("Accept-Encoding", "gzip, deflate")).andExpect(status().isOk())
                    .andReturn().getResponse();
            org.assertj.core.api.Assertions.assertThat(zipped.getHeader("Content-Encoding")).as(url).isEqualTo("gzip");
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.getContentAsByteArray()))) {
                org.assertj.core.api.Assertions.assertThat(in.readAllBytes()).as(url).isEqualTo(plain);
            }
            // asked again: the same answer (kept per data version)
            org.assertj.core.api.Assertions.assertThat(mvc.perform(get(url)).andReturn().getResponse().getContentAsByteArray())
                    .isEqualTo(plain);
        }
    }
}
