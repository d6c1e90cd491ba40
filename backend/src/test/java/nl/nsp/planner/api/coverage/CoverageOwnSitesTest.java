package nl.nsp.planner.api.coverage;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
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
import org.springframework.test.web.servlet.ResultActions;

/*
 * The line of CoverageControllerTest moved into the Netherlands (RD x = X0 + x, y = Y0), so own sites are valid RD
 * positions: A x=0 w=100 65+=10, B 400 w=50 (65+ unknown), C 500 w=30 in GM0001 (a square -100..800 around them);
 * D 1000 w=20, E 2500 w=7 in GM0002. Candidate S0 at 0. Own site "eigen-mid" at 700 reaches A (700), B (300),
 * C (200), D (300) = 200 within 1,000 m and, within 500 m, B (65+ unknown), C (30) and D (5) -> 65+ 35. Own site
 * "eigen-oost" at 2500 reaches E only (7). With S0 and eigen-oost open: 207.
 */
// a controller slice: the security chain (Spring Boot\'s default here, not the application\'s) is tested in ServerModeEndpointTest
@AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(CoverageController.class)
@Import({CoverageService.class, OwnSites.class})
class CoverageOwnSitesTest {
    static final double X0 = 150_000;
    static final double Y0 = 450_000;
    static final String OWN = "\"ownSites\":[{\"id\":\"eigen-mid\",\"name\":\"Buurthuis De Kern\",\"address\":\"Kerkstraat 1\","
            + "\"x\":" + (X0 + 700) + ",\"y\":" + Y0 + "},{\"id\":\"eigen-oost\",\"name\":\"Sporthal Oost\",\"x\":" + (X0 + 2500)
            + ",\"y\":" + Y0 + "}]";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    DatasetSource source;

    static Dataset dataset() {
        GeometryFactory gf = new GeometryFactory();
        var square = gf.toGeometry(new org.locationtech.jts.geom.Envelope(X0 - 100, X0 + 800, Y0 - 100, Y0 + 100));
        var elsewhere = gf.createPoint(new Coordinate(0, 0));
        List<Municipality> muns = List.of(new Municipality("GM0001", "Eendorp", "VR01", 180, 1, square),
                new Municipality("GM0002", "Tweestad", "VR02", 27, 4, elsewhere));
        List<SafetyRegion> regions = List.of(new SafetyRegion("VR01", "Regio Een", null, List.of("GM0001")),
                new SafetyRegion("VR02", "Regio Twee", null, List.of("GM0002")));
        List<DemandPoint> pts = List.of(point("A", 0, 100, 10, "GM0001"), point("B", 400, 50, DemandPoint.UNKNOWN, "GM0001"),
                point("C", 500, 30, 30, "GM0001"), point("D", 1000, 20, 5, "GM0002"), point("E", 2500, 7, 0, "GM0002"));
        List<CandidateSite> sites = List.of(new CandidateSite("S0", "S0", "", X0, Y0, "GM0001", SiteKind.POLLING_STATION,
                Accessibility.YES, "", Map.of()));
        return new Dataset(muns, regions, List.of(new DemandLayer("line", "test line", pts)), sites);
    }

    static DemandPoint point(String id, double x, double w, double w65, String mun) {
        return new DemandPoint(id, X0 + x, Y0, w, w65, mun, "t");
    }

    @BeforeEach
    void data() {
        given(source.dataset()).willReturn(dataset());
    }

    private ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void ownSitesCountLikeCandidates() throws Exception {
        postJson("/api/coverage", "{\"openSiteIds\":[\"eigen-mid\"]," + OWN + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.coveredWeight").value(200.0))
                .andExpect(jsonPath("$.report.total.covered65").value(35.0))
                .andExpect(jsonPath("$.report.nspLoads[0].siteId").value("eigen-mid"));
        postJson("/api/coverage", "{\"openSiteIds\":[\"S0\",\"eigen-oost\"]," + OWN + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.coveredWeight").value(207.0));
        // the stateless toggle too
        postJson("/api/coverage/toggle", "{\"openSiteIds\":[\"S0\"],\"siteId\":\"eigen-oost\"," + OWN + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delta.newlyCovered[0]").value("E"))
                .andExpect(jsonPath("$.delta.total.coveredInhabitants").value(207.0));
    }

    @Test
    void aSessionTogglesOwnSitesLinksThemAsCpAndGivesTheirReach() throws Exception {
        String body = postJson("/api/coverage/sessions", "{\"region\":\"VR01\",\"openSiteIds\":[],\"cpSiteIds\":[\"eigen-mid\"],"
                + OWN + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.report.coveredWeight").value(0.0))
                .andExpect(jsonPath("$.links.cps").value(1))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.sessionId");
        // region VR01 = A, B, C (180): eigen-mid covers all three
        mvc.perform(post("/api/coverage/sessions/" + id + "/toggle/eigen-mid?full=true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delta.newlyCovered.length()").value(3))
                .andExpect(jsonPath("$.report.coveredWeight").value(180.0));
        // the own site lies in GM0001 (inside its square), S0 too: the link does not cross a border
        mvc.perform(post("/api/coverage/sessions/" + id + "/toggle/S0")).andExpect(status().isOk());
        mvc.perform(get("/api/coverage/sessions/" + id))
                .andExpect(jsonPath("$.links.links[0].nspId").value("S0"))
                .andExpect(jsonPath("$.links.links[0].cpId").value("eigen-mid"))
                .andExpect(jsonPath("$.links.links[0].crossesMunicipality").value(false));
        // reach of S0 in VR01: A (0), B (400), C (500); all also covered by eigen-mid, so none only by S0
        mvc.perform(get("/api/coverage/sessions/" + id + "/reach/S0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.siteId").value("S0"))
                .andExpect(jsonPath("$.open").value(true))
                .andExpect(jsonPath("$.inhabitants").value(180.0))
                .andExpect(jsonPath("$.inhabitants65").value(40.0))
                .andExpect(jsonPath("$.inhabitantsOnlyHere").value(0.0))
                .andExpect(jsonPath("$.points.length()").value(3))
                .andExpect(jsonPath("$.points[2].id").value("C"))
                .andExpect(jsonPath("$.points[2].metres").value(500.0))
                .andExpect(jsonPath("$.points[2].within65").value(true));
        mvc.perform(get("/api/coverage/sessions/" + id + "/reach/eigen-oost"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.points.length()").value(0));
        mvc.perform(get("/api/coverage/sessions/" + id + "/reach/NOPE"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("siteId"));
        mvc.perform(get("/api/coverage/sessions/nope/reach/S0"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.message").value(containsString("no coverage session")));
    }

    @Test
    void badOwnSitesAreRefusedFieldByField() throws Exception {
        postJson("/api/coverage", "{\"openSiteIds\":[],\"ownSites\":[{\"id\":\"mijn-1\",\"name\":\"\",\"x\":4.47,\"y\":52.05},"
                + "{\"id\":\"eigen-a\",\"name\":\"A\",\"x\":" + X0 + ",\"y\":" + Y0 + "},{\"id\":\"eigen-a\",\"name\":\"B\",\"x\":"
                + X0 + ",\"y\":" + Y0 + "},{\"id\":\"eigen-b\",\"name\":\"C\",\"x\":" + X0 + "}, null]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(6))
                .andExpect(jsonPath("$.errors[0].field").value("ownSites[0].id"))
                .andExpect(jsonPath("$.errors[1].field").value("ownSites[0].name"))
                .andExpect(jsonPath("$.errors[2].field").value("ownSites[0].x"))
                .andExpect(jsonPath("$.errors[2].reason").value(containsString("not an RD New position")))
                .andExpect(jsonPath("$.errors[3].field").value("ownSites[2].id"))
                .andExpect(jsonPath("$.errors[3].reason").value(containsString("duplicate")))
                .andExpect(jsonPath("$.errors[4].field").value("ownSites[3].y"))
                .andExpect(jsonPath("$.errors[5].field").value("ownSites[4]"));
        // an own-site id that is not listed
        postJson("/api/coverage", "{\"openSiteIds\":[\"eigen-zzz\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("openSiteIds[0]"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("must be listed in ownSites")));
    }
}
