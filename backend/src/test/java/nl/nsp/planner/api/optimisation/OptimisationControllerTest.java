package nl.nsp.planner.api.optimisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.nsp.planner.account.Caller;
import nl.nsp.planner.api.NotFoundException;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.api.plan.OwnSites;
import nl.nsp.planner.domain.Accessibility;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.DemandLayer;
import nl.nsp.planner.domain.DemandPoint;
import nl.nsp.planner.domain.Municipality;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.domain.SiteKind;
import nl.nsp.planner.optimise.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/*
 * VR01 = GM0001. Demand on the line y = Y0, x relative to X0 (RD metres), weights:
 *   A 0 (10), B 300 (20), C 900 (30), D 2000 (40), E 2600 (25), F 5000 (100, out of every site's reach).
 * Candidates in GM0001: S1 at 0 covers A, B, C (60); S2 at 2300 covers D, E (65); S3 at 1500 covers C, D (70).
 * Radius 1,000 m, total weight 225. MCLP p = 1: {S3} = 70. p = 2: {S1,S2} = 125 (S1+S3 = 100, S2+S3 = 95; greedy
 * alone stops at 100). Without S3, p = 1: {S2} = 65. LSCP (every coverable point, A..E): {S1,S2} = 2 sites.
 * S9 lies in GM0002 (VR02): not a candidate of VR01.
 */
// a controller slice: the security chain (Spring Boot's default here, not the application's) is tested in ServerModeEndpointTest
@AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(controllers = OptimisationController.class, properties = "nsp.optimisation.queue-size=4")
@Import({OptimisationJobs.class, OwnSites.class})
class OptimisationControllerTest {
    static final double X0 = 150_000;
    static final double Y0 = 450_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    OptimisationJobs jobs;

    @MockitoBean
    DatasetSource source;

    private final CountDownLatch release = new CountDownLatch(1);

    static Dataset dataset() {
        GeometryFactory gf = new GeometryFactory();
        var geom = gf.createPoint(new Coordinate(X0, Y0));
        List<Municipality> muns = List.of(new Municipality("GM0001", "Eendorp", "VR01", 225, 1, geom),
                new Municipality("GM0002", "Tweestad", "VR02", 0, 4, geom));
        List<SafetyRegion> regions = List.of(new SafetyRegion("VR01", "Regio Een", null, List.of("GM0001")),
                new SafetyRegion("VR02", "Regio Twee", null, List.of("GM0002")));
        List<DemandPoint> pts = List.of(point("A", 0, 10), point("B", 300, 20), point("C", 900, 30), point("D", 2000, 40),
                point("E", 2600, 25), point("F", 5000, 100));
        List<CandidateSite> sites = List.of(site("S1", 0, "GM0001"), site("S2", 2300, "GM0001"), site("S3", 1500, "GM0001"),
                site("S9", 1000, "GM0002"));
        return new Dataset(muns, regions, List.of(new DemandLayer("grid", "test line", pts),
                new DemandLayer("other", "second layer", pts.subList(0, 3))), sites);
    }

    static DemandPoint point(String id, double x, double w) {
        return new DemandPoint(id, X0 + x, Y0, w, DemandPoint.UNKNOWN, "GM0001", "t");
    }

    static CandidateSite site(String id, double x, String mun) {
        return new CandidateSite(id, "School " + id, "", X0 + x, Y0, mun, SiteKind.POLLING_STATION, Accessibility.YES, "",
                Map.of());
    }

    @BeforeEach
    void data() {
        given(source.dataset()).willReturn(dataset());
    }

    @AfterEach
    void releaseWorker() {
        jobs.progressHook(ProgressListener.NONE);
        release.countDown();
    }

    private String start(String body) throws Exception {
        String json = mvc.perform(post("/api/optimisations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("queued"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(json, "$.jobId");
        assertThat(id).isNotBlank();
        return id;
    }

    /** Polls the job until it has ended (at most 30 s) and returns its final status. */
    private String awaitEnd(String id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String json = mvc.perform(get("/api/optimisations/" + id)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            String st = JsonPath.read(json, "$.status");
            if (!st.equals("queued") && !st.equals("running")) {
                return st;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("job " + id + " did not end within 30 s");
    }

    private ResultActions result(String id) throws Exception {
        return mvc.perform(get("/api/optimisations/" + id + "/result"));
    }

    @Test
    void mclpWithOneSiteChoosesTheHeaviestCover() throws Exception {
        String json = mvc.perform(post("/api/optimisations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/api/optimisations/")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(json, "$.jobId");
        assertThat(awaitEnd(id)).isEqualTo("done");
        mvc.perform(get("/api/optimisations/" + id))
                .andExpect(jsonPath("$.progress").value(1.0))
                .andExpect(jsonPath("$.bestObjective").value(70.0))
                .andExpect(jsonPath("$.error").doesNotExist());
        result(id).andExpect(status().isOk())
                .andExpect(jsonPath("$.model").value("mclp"))
                .andExpect(jsonPath("$.objective").value(70.0))
                .andExpect(jsonPath("$.bound").value(greaterThanOrEqualTo(70.0)))
                .andExpect(jsonPath("$.selected").value(contains("S3")))
                .andExpect(jsonPath("$.selectedSites[0].id").value("S3"))
                .andExpect(jsonPath("$.selectedSites[0].name").value("School S3"))
                .andExpect(jsonPath("$.selectedSites[0].x").value(X0 + 1500))
                .andExpect(jsonPath("$.selectedSites[0].lat").value(closeTo(52.04, 0.05)))
                .andExpect(jsonPath("$.selectedSites[0].lon").value(closeTo(5.33, 0.05)))
                .andExpect(jsonPath("$.coveredWeight").value(70.0))
                .andExpect(jsonPath("$.totalWeight").value(225.0))
                .andExpect(jsonPath("$.coveredShare").value(closeTo(70.0 / 225, 1e-9)))
                .andExpect(jsonPath("$.method").value("heuristic"))
                .andExpect(jsonPath("$.region").value("VR01"))
                .andExpect(jsonPath("$.demandLayer").value("grid"))
                .andExpect(jsonPath("$.radiusMetres").value(1000.0));
    }

    @Test
    void mclpWithTwoSitesFindsThePairGreedyMisses() throws Exception {
        String id = start("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":2}");
        assertThat(awaitEnd(id)).isEqualTo("done");
        result(id).andExpect(jsonPath("$.objective").value(125.0))
                .andExpect(jsonPath("$.selected").value(contains("S1", "S2")));
    }

    @Test
    void exactModeAndSideConstraints() throws Exception {
        String exact = start("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":2,\"exact\":true}");
        String excluded = start("{\"region\":\"VR01\",\"model\":\"MCLP\",\"p\":1,\"excludedSiteIds\":[\"S3\"]}");
        String fixed = start("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":2,\"fixedSiteIds\":[\"S3\"]}");
        String smaller = start("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"radiusMetres\":400}");
        assertThat(awaitEnd(exact)).isEqualTo("done");
        result(exact).andExpect(jsonPath("$.objective").value(125.0))
                .andExpect(jsonPath("$.selected").value(contains("S1", "S2")))
                .andExpect(jsonPath("$.method").value("exact"))
                .andExpect(jsonPath("$.gap").value(0.0));
        assertThat(awaitEnd(excluded)).isEqualTo("done");
        result(excluded).andExpect(jsonPath("$.objective").value(65.0)).andExpect(jsonPath("$.selected").value(contains("S2")));
        assertThat(awaitEnd(fixed)).isEqualTo("done");
        // with S3 fixed: S3+S1 = 100, S3+S2 = 95
        result(fixed).andExpect(jsonPath("$.objective").value(100.0))
                .andExpect(jsonPath("$.selected").value(contains("S1", "S3")));
        assertThat(awaitEnd(smaller)).isEqualTo("done");
        // 400 m: S1 covers A, B (30); S2 covers D, E (65); S3 nothing
        result(smaller).andExpect(jsonPath("$.objective").value(65.0))
                .andExpect(jsonPath("$.selected").value(contains("S2")))
                .andExpect(jsonPath("$.radiusMetres").value(400.0));
    }

    @Test
    void lscpCoversEveryCoverablePointWithTwoSites() throws Exception {
        String id = start("{\"region\":\"vr01\",\"model\":\"lscp\",\"demandLayer\":\"grid\"}");
        assertThat(awaitEnd(id)).isEqualTo("done");
        result(id).andExpect(jsonPath("$.model").value("lscp"))
                .andExpect(jsonPath("$.region").value("VR01"))
                .andExpect(jsonPath("$.objective").value(2.0))
                .andExpect(jsonPath("$.selected").value(contains("S1", "S2")))
                .andExpect(jsonPath("$.coveredWeight").value(125.0));
    }

    @Test
    void cancellingARunningJobEndsItAsCancelled() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        jobs.progressHook((phase, fraction, objective, bound) -> {
            entered.countDown();
            awaitRelease();
        });
        String id = start("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":2,\"timeLimitSeconds\":600}");
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the job reports progress").isTrue();
        mvc.perform(get("/api/optimisations/" + id)).andExpect(jsonPath("$.status").value("running"));
        result(id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("still running")));
        mvc.perform(delete("/api/optimisations/" + id)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.jobId").value(id));
        release.countDown();
        long t0 = System.nanoTime();
        assertThat(awaitEnd(id)).isEqualTo("cancelled");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
        result(id).andExpect(status().isConflict()).andExpect(jsonPath("$.message").value(containsString("cancelled")));
        mvc.perform(delete("/api/optimisations/" + id)).andExpect(status().isConflict());
    }

    @Test
    void fullQueueIsRefusedAndCancellingAQueuedJobFreesItsPlace() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        jobs.progressHook((phase, fraction, objective, bound) -> {
            entered.countDown();
            awaitRelease();
        });
        String body = "{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1}";
        String running = start(body);
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        String queued1 = start(body);
        String queued2 = start(body);
        String queued4 = start(body);
        String queued5 = start(body);
        mvc.perform(post("/api/optimisations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.message").value(containsString("queue is full")));
        mvc.perform(delete("/api/optimisations/" + queued1)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("cancelled"));
        String queued3 = start(body);
        release.countDown();
        for (String id : List.of(running, queued2, queued3, queued4, queued5)) {
            assertThat(awaitEnd(id)).isEqualTo("done");
            result(id).andExpect(jsonPath("$.objective").value(70.0));
        }
        mvc.perform(get("/api/optimisations/" + queued1)).andExpect(jsonPath("$.status").value("cancelled"))
                .andExpect(jsonPath("$.elapsedSeconds").value(0.0));
    }

    private void awaitRelease() {
        try {
            release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void badRequestsAreRefusedWithTheField() throws Exception {
        bad("{\"model\":\"mclp\",\"p\":1}", 400, "region", "required");
        bad("{\"region\":\"VR99\",\"model\":\"mclp\",\"p\":1}", 404, "region", "VR99");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"demandLayer\":\"nope\"}", 400, "demandLayer", "nope");
        bad("{\"region\":\"VR01\",\"p\":1}", 400, "model", "required");
        bad("{\"region\":\"VR01\",\"model\":\"kmeans\",\"p\":1}", 400, "model", "kmeans");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\"}", 400, "p", "required for mclp");
        bad("{\"region\":\"VR01\",\"model\":\"pmedian\"}", 400, "p", "required for pmedian");
        bad("{\"region\":\"VR01\",\"model\":\"cmclp\"}", 400, "p", "required for cmclp");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":0}", 400, "p", "1..3");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":4}", 400, "p", "1..3");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":3,\"excludedSiteIds\":[\"S1\"]}", 400, "p", "only 2");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"radiusMetres\":-5}", 400, "radiusMetres", "> 0");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"radiusMetres\":0}", 400, "radiusMetres", "> 0");
        bad("{\"region\":\"VR01\",\"model\":\"lscp\",\"target\":1.5}", 400, "target", "(0, 1]");
        bad("{\"region\":\"VR01\",\"model\":\"lscp\",\"target\":0}", 400, "target", "(0, 1]");
        bad("{\"region\":\"VR01\",\"model\":\"cmclp\",\"p\":1,\"capacity\":0}", 400, "capacity", "> 0");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"timeLimitSeconds\":601}", 400, "timeLimitSeconds", "600");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"timeLimitSeconds\":0}", 400, "timeLimitSeconds", "600");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"fixedSiteIds\":[\"S3\"],\"excludedSiteIds\":[\"S3\"]}", 400,
                "excludedSiteIds", "both fixed and excluded");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"fixedSiteIds\":[\"S1\",\"S2\"]}", 400, "fixedSiteIds", "p = 1");
        mvc.perform(post("/api/optimisations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"fixedSiteIds\":[\"S1\",\"NOPE\"],"
                                + "\"excludedSiteIds\":[\"S9\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("fixedSiteIds[1]"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("\"NOPE\"")))
                .andExpect(jsonPath("$.errors[1].field").value("excludedSiteIds[0]"))
                .andExpect(jsonPath("$.errors[1].reason").value(containsString("\"S9\" (not a candidate site in VR01")));
    }

    /*
     * Own site "eigen-mid" at 1200 (a community centre the planner added): B (900 m), C (300 m), D (800 m) = 90, more
     * than S3's 70, so MCLP p = 1 takes it. Fixed, p = 2: eigen+S2 = B, C, D, E = 115 beats eigen+S1 = 100 and
     * eigen+S3 = 90. Excluded, p = 1: S3 (70) again.
     */
    private static final String OWN = "\"ownSites\":[{\"id\":\"eigen-mid\",\"name\":\"Buurthuis\",\"address\":\"Dorpsstraat 1\","
            + "\"x\":" + (X0 + 1200) + ",\"y\":" + Y0 + "}]";

    @Test
    void ownSitesAreCandidatesAndCanBeFixedOrExcluded() throws Exception {
        String best = start("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1," + OWN + "}");
        String fixed = start("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":2,\"fixedSiteIds\":[\"eigen-mid\"]," + OWN + "}");
        String excluded = start("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"excludedSiteIds\":[\"eigen-mid\"]," + OWN + "}");
        assertThat(awaitEnd(best)).isEqualTo("done");
        result(best).andExpect(jsonPath("$.objective").value(90.0))
                .andExpect(jsonPath("$.selected").value(contains("eigen-mid")))
                .andExpect(jsonPath("$.selectedSites[0].name").value("Buurthuis"))
                .andExpect(jsonPath("$.selectedSites[0].x").value(X0 + 1200));
        assertThat(awaitEnd(fixed)).isEqualTo("done");
        result(fixed).andExpect(jsonPath("$.objective").value(115.0)).andExpect(jsonPath("$.selected").value(contains("S2", "eigen-mid")));
        assertThat(awaitEnd(excluded)).isEqualTo("done");
        result(excluded).andExpect(jsonPath("$.objective").value(70.0)).andExpect(jsonPath("$.selected").value(contains("S3")));
    }

    /*
     * The curve of VR01 (every coverable point A..E = 125 of 225): p = 1 {S3} = 70, with the bound 70 + the largest
     * gain w.r.t. {S3} (S1: A + B = 30) = 100; p = 2 {S1, S2} = 125 = everything coverable, so the curve ends there
     * (bound 125, gap 0) even though maxP defaults to 3 (the region's candidates).
     */
    @Test
    void tradeOffCurveRunsUntilEverythingCoverableIsCovered() throws Exception {
        String id = start("{\"region\":\"VR01\",\"model\":\"mclp\",\"curve\":true}");
        assertThat(awaitEnd(id)).isEqualTo("done");
        result(id).andExpect(status().isOk())
                .andExpect(jsonPath("$.curve.length()").value(2))
                .andExpect(jsonPath("$.curve[0].p").value(1))
                .andExpect(jsonPath("$.curve[0].coveredWeight").value(70.0))
                .andExpect(jsonPath("$.curve[0].bound").value(100.0))
                .andExpect(jsonPath("$.curve[0].coveredShare").value(closeTo(70.0 / 225, 1e-9)))
                .andExpect(jsonPath("$.curve[1].p").value(2))
                .andExpect(jsonPath("$.curve[1].coveredWeight").value(125.0))
                .andExpect(jsonPath("$.curve[1].boundShare").value(closeTo(125.0 / 225, 1e-9)))
                .andExpect(jsonPath("$.objective").value(125.0))
                .andExpect(jsonPath("$.gap").value(0.0))
                .andExpect(jsonPath("$.selected").value(contains("S1", "S2")))
                .andExpect(jsonPath("$.status").value("feasible"));
        // a plain job has no curve field
        String plain = start("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1}");
        assertThat(awaitEnd(plain)).isEqualTo("done");
        result(plain).andExpect(jsonPath("$.curve").doesNotExist());
    }

    @Test
    void badCurveAndOwnSiteRequestsAreRefusedWithTheField() throws Exception {
        bad("{\"region\":\"VR01\",\"model\":\"lscp\",\"curve\":true}", 400, "curve", "mclp");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"curve\":true,\"maxP\":4}", 400, "maxP", "1..3");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"curve\":true,\"maxP\":0}", 400, "maxP", "1..3");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"curve\":true,\"p\":2}", 400, "p", "maxP");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":2,\"maxP\":2}", 400, "maxP", "curve");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"curve\":true,\"exact\":true}", 400, "exact", "heuristic");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"radiusMetres\":6000}", 400, "radiusMetres", "5000");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"ownSites\":[{\"id\":\"mine\",\"name\":\"x\",\"x\":"
                + X0 + ",\"y\":" + Y0 + "}]}", 400, "ownSites[0].id", "eigen-");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"ownSites\":[{\"id\":\"eigen-1\",\"name\":\"x\",\"x\":4.47,"
                + "\"y\":52.05}]}", 400, "ownSites[0].x", "not an RD New position");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"fixedSiteIds\":[\"eigen-mid\"]}", 400, "fixedSiteIds[0]",
                "nor an own site");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":\"many\"}", 400, "p", "");
        bad("{\"region\":\"VR01\",\"model\":\"mclp\",\"p\":1,\"fixedSiteIds\":\"S1\"}", 400, "fixedSiteIds", "");
        mvc.perform(post("/api/optimisations").contentType(MediaType.APPLICATION_JSON).content("{\"region\":"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void unknownJobsAre404() throws Exception {
        mvc.perform(get("/api/optimisations/nope")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        result("nope").andExpect(status().isNotFound());
        mvc.perform(delete("/api/optimisations/nope")).andExpect(status().isNotFound());
    }

    private void bad(String body, int status, String field, String reasonPart) throws Exception {
        mvc.perform(post("/api/optimisations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString(reasonPart)));
    }

    private static final Caller LOCAL = Caller.local();

    @Test
    void onlyTheLastFinishedJobsAreKept() throws Exception {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("source", (DatasetSource) () -> dataset()));
        OptimisationJobs small = new OptimisationJobs(beans.getBeanProvider(DatasetSource.class), new OwnSites(), 8, 2);
        try {
            OptimisationRequest r = new OptimisationRequest("VR01", null, "mclp", 1, null, null, null, null, null, null, null, null, null,
                    null);
            String first = small.submit(r, LOCAL).jobId();
            String second = small.submit(r, LOCAL).jobId();
            String third = small.submit(r, LOCAL).jobId();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!small.status(third, LOCAL).status().equals("done") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(small.status(third, LOCAL).status()).isEqualTo("done");
            assertThat(small.result(second, LOCAL).selected()).containsExactly("S3");
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> small.status(first, LOCAL)))
                    .isInstanceOf(NotFoundException.class);
        } finally {
            small.destroy();
        }
    }
}
