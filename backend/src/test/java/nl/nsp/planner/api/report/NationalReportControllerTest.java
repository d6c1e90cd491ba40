package nl.nsp.planner.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.nsp.planner.api.coverage.DatasetSource;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.ingest.DataDirectoryImporter;
import nl.nsp.planner.optimise.ProgressListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The report jobs on the hand-made fixture {@code data/fixtures/national} (numbers worked out in NationalFixtureTest):
 * VR01 alone at 1,000 m / 95 % needs X + S3 = 2 NSPs (proven), 1 CP; its rule of thumb is ceil(2,200 / 5,000) = 1.
 */
// a controller slice: the security chain (Spring Boot\'s default here, not the application\'s) is tested in ServerModeEndpointTest
@AutoConfigureMockMvc(addFilters = false)
@WebMvcTest(controllers = NationalReportController.class, properties = "nsp.reports.queue-size=1")
@Import(NationalReportJobs.class)
class NationalReportControllerTest {
    private static Dataset data;

    @Autowired
    MockMvc mvc;

    @Autowired
    NationalReportJobs jobs;

    @MockitoBean
    DatasetSource source;

    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    static void load() {
        data = new DataDirectoryImporter().importDirectory(Path.of("../data/fixtures/national")).dataset();
    }

    @BeforeEach
    void dataset() {
        given(source.dataset()).willReturn(data);
        jobs.progressHook(ProgressListener.NONE);
    }

    @AfterEach
    void releaseWorker() {
        release.countDown();
    }

    private String start(String body) throws Exception {
        MvcResult r = mvc.perform(post("/api/reports/national").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted()).andExpect(header().string("Location", containsString("/api/reports/national/")))
                .andExpect(jsonPath("$.status").value("queued")).andReturn();
        return JsonPath.read(r.getResponse().getContentAsString(), "$.jobId");
    }

    private String await(String id, String wanted) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            String body = mvc.perform(get("/api/reports/national/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            String s = JsonPath.read(body, "$.status");
            if (s.equals(wanted)) {
                return body;
            }
            assertThat(s).as(body).isIn("queued", "running");
            Thread.sleep(50);
        }
        throw new AssertionError("report " + id + " did not reach " + wanted);
    }

    @Test
    void aReportRunsToTheEndAndServesItsFiles() throws Exception {
        String id = start("{\"regions\": [\"vr01\"], \"outage\": {\"municipalities\": [\"GM0001\"], \"label\": \"Aastad\"}}");
        String body = await(id, "done");
        assertThat((Integer) JsonPath.read(body, "$.summary.nsp")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(body, "$.summary.nspLowerBound")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(body, "$.summary.ruleOfThumb")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.summary.cp")).isEqualTo(1);
        assertThat((Double) JsonPath.read(body, "$.progress")).isEqualTo(1.0);
        assertThat((String) JsonPath.read(body, "$.files[0].name")).isEqualTo("rapport.html");
        assertThat((String) JsonPath.read(body, "$.files[0].url")).isEqualTo("/api/reports/national/" + id + "/files/rapport.html");
        String html = mvc.perform(get("/api/reports/national/" + id + "/files/rapport.html")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"headline-nsps\" data-value=\"2\"", "Uitvalscenario: Aastad");
        mvc.perform(get("/api/reports/national/" + id + "/files/uitval.csv").param("download", "true"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("VR01;Testregio Noord;2;1;2000;500")));
        mvc.perform(get("/api/reports/national/" + id + "/files/nope.csv")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(delete("/api/reports/national/" + id)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void badInputIsA400WithTheProblemNamed() throws Exception {
        mvc.perform(post("/api/reports/national").contentType(MediaType.APPLICATION_JSON).content("{\"regions\": [\"VR01\", \"VR99\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regions[1]"));
        mvc.perform(post("/api/reports/national").contentType(MediaType.APPLICATION_JSON).content("{\"headlineTarget\": 0.5}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("headlineTarget"));
        String badCosts = "{\"costsCsv\": \"item,level,kind,amount_eur,status,source\\nnoodstroom,nsp,one_off,veel,assumption,x\\n\"}";
        mvc.perform(post("/api/reports/national").contentType(MediaType.APPLICATION_JSON).content(badCosts))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].file").value("kosten.csv"))
                .andExpect(jsonPath("$.errors[0].line").value(2)).andExpect(jsonPath("$.errors[0].field").value("amount_eur"));
        mvc.perform(post("/api/reports/national").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outage\": {\"area\": \"POLYGON ((1 2, 3 4\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].file").value("outage.area"));
        mvc.perform(post("/api/reports/national").contentType(MediaType.APPLICATION_JSON)
                .content("{\"outage\": {\"unavailableSiteIds\": [\"X\", \"nope\"]}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outage.unavailableSiteIds[1]"));
        mvc.perform(post("/api/reports/national").contentType(MediaType.APPLICATION_JSON)
                .content("{\"realisedCsv\": \"region,year,nsp_realised,cp_realised,spent_eur\\nVR02,2026,1,0,5\\n\", \"regions\": [\"VR01\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("realisedCsv"));
        mvc.perform(get("/api/reports/national/unknown")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void queuedAndRunningReportsCanBeCancelledAndAFullQueueIsRefused() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        jobs.progressHook((phase, f, o, b) -> {
            running.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        String first = start("{\"regions\": [\"VR01\"]}");
        assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
        String second = start("{\"regions\": [\"VR02\"]}");
        mvc.perform(post("/api/reports/national").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isTooManyRequests()).andExpect(jsonPath("$.errors[0].field").value("queue"));
        mvc.perform(get("/api/reports/national/" + first + "/files/rapport.html")).andExpect(status().isConflict());
        mvc.perform(delete("/api/reports/national/" + second)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("cancelled"));
        mvc.perform(delete("/api/reports/national/" + first)).andExpect(status().isAccepted());
        release.countDown();
        await(first, "cancelled");
        mvc.perform(get("/api/reports/national/" + first + "/files/rapport.html")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("cancelled")));
    }
}
