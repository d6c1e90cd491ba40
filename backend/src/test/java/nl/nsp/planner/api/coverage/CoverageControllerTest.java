package nl.nsp.planner.api.coverage;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.api.plan.OwnSites;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.domain.SiteKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/*
 * The line of CoverageStateTest: A x=0 w=100, B x=400 w=50 (65+ unknown), C x=500 w=30 in GM0001 (VR01, urbanity 1);
 * D x=1000 w=20, E x=2500 w=7 in GM0002 (VR02, urbanity 4). Sites S0 x=0 (GM0001), S1 x=1500, S2 x=2000 (GM0002).
 * Radius 1,000 m: S0 covers A..D (200), S2 covers D and E (27); both together 207.
 */
// a controller slice: the security chain (Spring Boot's default here, not the application's) is tested in ServerModeEndpointTest
@AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(CoverageController.class)
@Import({CoverageService.class, OwnSites.class})
class CoverageControllerTest {
    @Autowired
    MockMvc mvc;

    @MockitoBean
    DatasetSource source;

    static Dataset dataset() {
        GeometryFactory gf = new GeometryFactory();
        var geom = gf.createPoint(new Coordinate(0, 0));
        List<Municipality> muns = List.of(new Municipality("GM0001", "Eendorp", "VR01", 180, 1, geom),
                new Municipality("GM0002", "Tweestad", "VR02", 27, 4, geom));
        List<SafetyRegion> regions = List.of(new SafetyRegion("VR01", "Regio Een", null, List.of("GM0001")),
                new SafetyRegion("VR02", "Regio Twee", null, List.of("GM0002")));
        List<DemandPoint> pts = List.of(new DemandPoint("A", 0, 0, 100, 10, "GM0001", "t"),
                new DemandPoint("B", 400, 0, 50, DemandPoint.UNKNOWN, "GM0001", "t"),
                new DemandPoint("C", 500, 0, 30, 30, "GM0001", "t"),
                new DemandPoint("D", 1000, 0, 20, 5, "GM0002", "t"),
                new DemandPoint("E", 2500, 0, 7, 0, "GM0002", "t"));
        List<CandidateSite> sites = List.of(site("S0", 0, "GM0001"), site("S1", 1500, "GM0002"), site("S2", 2000, "GM0002"));
        return new Dataset(muns, regions, List.of(new DemandLayer("line", "test line", pts)), sites);
    }

    static CandidateSite site(String id, double x, String mun) {
        return new CandidateSite(id, id, "", x, 0, mun, SiteKind.POLLING_STATION, Accessibility.YES, "", Map.of());
    }

    @BeforeEach
    void data() {
        given(source.dataset()).willReturn(dataset());
    }

    @Test
    void coverageForTheWholeCountryWithAreaTables() throws Exception {
        mvc.perform(post("/api/coverage").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"openSiteIds\":[\"S0\",\"S2\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.demandLayer").value("line"))
                .andExpect(jsonPath("$.report.totalWeight").value(207.0))
                .andExpect(jsonPath("$.report.coveredWeight").value(207.0))
                .andExpect(jsonPath("$.report.norms.radiusMetres").value(1000.0))
                .andExpect(jsonPath("$.report.municipalities[0].code").value("GM0001"))
                .andExpect(jsonPath("$.report.municipalities[0].name").value("Eendorp"))
                .andExpect(jsonPath("$.report.municipalities[0].coveredInhabitants").value(180.0))
                .andExpect(jsonPath("$.report.regions[1].name").value("Regio Twee"))
                .andExpect(jsonPath("$.report.urbanity[1].code").value("4"))
                .andExpect(jsonPath("$.report.total.distance.medianMetres").value(400.0))
                .andExpect(jsonPath("$.links").doesNotExist());
    }

    @Test
    void regionRestrictsTheDemandAndNormsAreApplied() throws Exception {
        // VR02 = D and E; S2 covers both at 1,000 m; with a 600 m radius only E (500 m) = 7 of 27
        mvc.perform(post("/api/coverage").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"VR02\",\"openSiteIds\":[\"S2\"],\"norms\":{\"radiusMetres\":600}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.totalWeight").value(27.0))
                .andExpect(jsonPath("$.report.coveredWeight").value(7.0))
                .andExpect(jsonPath("$.report.norms.radiusMetres").value(600.0))
                .andExpect(jsonPath("$.report.norms.radius65Metres").value(500.0));
        // GM0002 is urbanity class 4: an override of 1,000 m for class 4 brings D (1,000 m from S2) back in
        mvc.perform(post("/api/coverage").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"VR02\",\"openSiteIds\":[\"S2\"],"
                                + "\"norms\":{\"radiusMetres\":600,\"urbanityRadiusMetres\":{\"4\":1000}}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.coveredWeight").value(27.0))
                .andExpect(jsonPath("$.report.cutoffMetres").value(1000.0))
                .andExpect(jsonPath("$.report.norms.urbanityRadiusMetres.4").value(1000.0));
    }

    @Test
    void statelessToggleReturnsWhatChanged() throws Exception {
        mvc.perform(post("/api/coverage/toggle").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"openSiteIds\":[\"S0\"],\"siteId\":\"S2\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delta.siteId").value("S2"))
                .andExpect(jsonPath("$.delta.opened").value(true))
                .andExpect(jsonPath("$.delta.newlyCovered[0]").value("E"))
                .andExpect(jsonPath("$.delta.total.coveredInhabitants").value(207.0))
                .andExpect(jsonPath("$.delta.changedAreas[0].code").value("GM0002"))
                .andExpect(jsonPath("$.report").doesNotExist());
    }

    @Test
    void sessionKeepsItsOpenSetAcrossToggles() throws Exception {
        String body = mvc.perform(post("/api/coverage/sessions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"openSiteIds\":[\"S0\"],\"cpSiteIds\":[\"S1\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.report.coveredWeight").value(200.0))
                .andExpect(jsonPath("$.links.links[0].nspId").value("S0"))
                .andExpect(jsonPath("$.links.links[0].crossesMunicipality").value(true))
                .andExpect(jsonPath("$.links.links[0].crossesRegion").value(true))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.sessionId");
        mvc.perform(post("/api/coverage/sessions/" + id + "/toggle/S2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delta.newlyCovered[0]").value("E"))
                .andExpect(jsonPath("$.delta.total.coveredInhabitants").value(207.0));
        mvc.perform(post("/api/coverage/sessions/" + id + "/toggle/S0?full=true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delta.newlyUncovered.length()").value(3))
                .andExpect(jsonPath("$.report.coveredWeight").value(27.0));
        mvc.perform(get("/api/coverage/sessions/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.openSites").value(1))
                .andExpect(jsonPath("$.report.nspLoads[0].siteId").value("S2"))
                .andExpect(jsonPath("$.links.links[0].nspId").value("S2"));
        // only S2 open: A (x=0) is uncovered, its nearest open site is S2 at 2,000 m (beyond the cutoff, exact)
        mvc.perform(get("/api/coverage/sessions/" + id + "/points?minX=-10&maxX=450&minY=-10&maxY=10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value("A"))
                .andExpect(jsonPath("$[0].covered").value(false))
                .andExpect(jsonPath("$[0].nearestSiteId").value("S2"))
                .andExpect(jsonPath("$[0].nearestMetres").value(2000.0))
                .andExpect(jsonPath("$[1].id").value("B"));
        mvc.perform(delete("/api/coverage/sessions/" + id)).andExpect(status().isNoContent());
        mvc.perform(get("/api/coverage/sessions/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void unknownSiteRegionOrMetricIsABadRequestNamingTheField() throws Exception {
        mvc.perform(post("/api/coverage").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"openSiteIds\":[\"S0\",\"X9\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("openSiteIds[1]"))
                .andExpect(jsonPath("$.errors[0].reason").value("unknown site id \"X9\""));
        mvc.perform(post("/api/coverage").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"VR09\",\"openSiteIds\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"));
        mvc.perform(post("/api/coverage").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"openSiteIds\":[],\"metric\":\"foot\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("metric"));
        mvc.perform(post("/api/coverage").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"openSiteIds\":[],\"norms\":{\"radiusMetres\":-5}}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void normsOutOfRangeAreRefusedNamingTheNorm() throws Exception {
        bad("{\"openSiteIds\":[],\"norms\":{\"radiusMetres\":-5}}", "norms.radiusMetres", "must be > 0");
        bad("{\"region\":\"VR01\",\"openSiteIds\":[],\"norms\":{\"radiusMetres\":6000}}", "norms.radiusMetres", "at most 5000 metres");
        bad("{\"openSiteIds\":[],\"norms\":{\"radius65Metres\":3000}}", "norms.radius65Metres", "2000 metres for the whole country");
        bad("{\"openSiteIds\":[],\"norms\":{\"urbanityRadiusMetres\":{\"7\":1000}}}", "norms.urbanityRadiusMetres.7", "1..5");
        bad("{\"openSiteIds\":[],\"norms\":{\"linkRangeMetres\":0}}", "norms.linkRangeMetres", "must be > 0");
        bad("{\"openSiteIds\":[],\"norms\":{\"maxNspPerCp\":0}}", "norms.maxNspPerCp", "1..10000");
        bad("{\"openSiteIds\":[],\"norms\":{\"inhabitantsPerNsp\":-1}}", "norms.inhabitantsPerNsp", "inhabitants");
    }

    @Test
    void malformedBodiesAreRefusedWithTheProjectsErrorBody() throws Exception {
        bad("{\"openSiteIds\":[\"S0\"", "openSiteIds[1]", "end-of-input");
        bad("not json", "body", "");
        bad("{\"openSiteIds\":\"S0\"}", "openSiteIds", "");
        bad("{\"openSiteIds\":[],\"norms\":{\"radiusMetres\":\"far\"}}", "norms.radiusMetres", "");
        String many = "\"S0\"" + ",\"S0\"".repeat(20_000);
        bad("{\"openSiteIds\":[" + many + "]}", "openSiteIds", "at most 20000");
        // oversized bodies (413) are refused by a servlet filter outside this slice: ServerModeEndpointTest
        mvc.perform(post("/api/coverage").contentType(MediaType.TEXT_PLAIN).content("S0"))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.status").value(415));
        mvc.perform(get("/api/coverage/sessions/nope"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("nope")));
    }

    private void bad(String body, String field, String reasonPart) throws Exception {
        mvc.perform(post("/api/coverage").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].reason").value(org.hamcrest.Matchers.containsString(reasonPart)));
    }
}
