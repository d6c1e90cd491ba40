package nl.nsp.planner.api.scenario;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.nsp.planner.ingest.ImportResult;
import nl.nsp.planner.store.FixtureImportConfiguration;
import nl.nsp.planner.store.StoreFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The scenario endpoints on the hand-made data set of {@link StoreFixtures} (layer {@code cbs100}, 1,000 m):
 * <ul>
 * <li>S1 (91000, 438000) reaches the cells (91050, 437550) at 452.8 m (11 inhabitants) and (91050, 438550) at
 * 552.3 m (12): 23 covered; its other neighbours are 1,051 m or more away.</li>
 * <li>S2 (94000, 439000) reaches (94050, 438550) at 452.8 m (15) and (94050, 439550) at 552.3 m (16): 31.</li>
 * <li>VR17 holds 18 cells of 10 + i + j inhabitants (i = 0..5, j = 0..2: 180 + 45 + 18 = 243) plus the unassigned
 * cell inside its outline (5): 248 inhabitants.</li>
 * </ul>
 */
@Import(FixtureImportConfiguration.class)
@SpringBootTest
@AutoConfigureMockMvc
class ScenarioApiTest {
    private static final ImportResult DATA = StoreFixtures.smallImport();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        Path root = Files.createTempDirectory("nsp-scenario-api-test");
        Files.createDirectories(root.resolve("data"));
        registry.add("nsp.store", () -> root.resolve("store").toString());
        registry.add("nsp.data-dir", () -> root.resolve("data").toString());
    }


    @Autowired
    MockMvc mvc;

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String json) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String plan(String name, String nspIds, String extra) {
        return "{\"name\": \"" + name + "\", \"author\": \"Anna\", \"region\": \"vr17\", \"demandLayer\": \"cbs100\", "
                + "\"nspSiteIds\": [" + nspIds + "]" + extra + "}";
    }

    private String create(String json) throws Exception {
        String body = send(post("/api/scenarios"), json).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void aSavedScenarioComesBackWithItsPlanSitesAndVersion() throws Exception {
        String json = plan("Basis", "\"S1\", \"eigen-1\"", ", \"cpSiteIds\": [\"S2\"], \"fixedSiteIds\": [\"S1\"], "
                + "\"excludedSiteIds\": [\"S3\"], \"description\": \"eerste\", "
                + "\"norms\": {\"radiusMetres\": 800, \"maxNspPerCp\": 5}, "
                + "\"ownSites\": [{\"id\": \"eigen-1\", \"name\": \"Buurthuis\", \"address\": \"Plein 1\", \"x\": 92000, \"y\": 438500}]");
        String body = send(post("/api/scenarios"), json).andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/scenarios/")))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.region").value("VR17"))
                .andExpect(jsonPath("$.published").value(false))
                .andExpect(jsonPath("$.dataVersion").value(1))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/scenarios/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Basis"))
                .andExpect(jsonPath("$.description").value("eerste"))
                .andExpect(jsonPath("$.author").value("Anna"))
                .andExpect(jsonPath("$.norms.radiusMetres").value(800.0))
                .andExpect(jsonPath("$.norms.radius65Metres").value(500.0))
                .andExpect(jsonPath("$.norms.maxNspPerCp").value(5))
                .andExpect(jsonPath("$.nspSiteIds", contains("S1", "eigen-1")))
                .andExpect(jsonPath("$.cpSiteIds", contains("S2")))
                .andExpect(jsonPath("$.fixedSiteIds", contains("S1")))
                .andExpect(jsonPath("$.excludedSiteIds", contains("S3")))
                .andExpect(jsonPath("$.ownSites[0].id").value("eigen-1"))
                .andExpect(jsonPath("$.ownSites[0].x").value(92000.0))
                .andExpect(jsonPath("$.sites", hasSize(4)))
                .andExpect(jsonPath("$.sites[0].name").value("Wijkcentrum De Ark"))
                .andExpect(jsonPath("$.sites[0].fixed").value(true))
                .andExpect(jsonPath("$.sites[1].municipalityCode").value("GM0001"))
                .andExpect(jsonPath("$.sites[1].own").value(true))
                .andExpect(jsonPath("$.missingSiteIds", hasSize(0)));
        mvc.perform(get("/api/scenarios?region=VR17")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].nspCount", contains(2)))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].cpCount", contains(1)));
    }

    @Test
    void aPlanThatDoesNotFitTheDataSetIsRefusedWithEveryProblemNamed() throws Exception {
        String json = "{\"name\": \" \", \"region\": \"VR99\", \"nspSiteIds\": [\"S1\", \"nope\", \"S1\"], "
                + "\"fixedSiteIds\": [\"S2\"], \"excludedSiteIds\": [\"S1\"], "
                + "\"ownSites\": [{\"id\": \"S3\", \"name\": \"x\", \"x\": 4.5, \"y\": 52.0}]}";
        send(post("/api/scenarios"), json).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("name")));
        send(post("/api/scenarios"), json.replace("\" \"", "\"X\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("region", "ownSites[0].id", "ownSites[0]",
                        "nspSiteIds[1]", "nspSiteIds[2]", "fixedSiteIds[0]", "excludedSiteIds[0]")))
                .andExpect(jsonPath("$.errors[*].reason", hasItem(containsString("unknown site \"nope\""))));
        send(post("/api/scenarios"), "{\"name\": \"x\", \"region\": \"VR17\", \"nspSiteIds\": [null]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nspSiteIds[0]"));
        send(post("/api/scenarios"), "{\"name\": \"x\", \"region\": \"VR17\", \"norms\": {\"radiusMetres\": -5}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("norms.radiusMetres"));
        send(post("/api/scenarios"), "{\"name\": \"x\", \"region\": \"VR17\", \"demandLayer\": \"cbs1000\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("demandLayer"));
        send(post("/api/scenarios"), "{\"name\": \"x\", \"region\": ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)));
        send(post("/api/scenarios"), "{\"name\": \"x\", \"nspSiteIds\": \"S1\"}").andExpect(status().isBadRequest());
        mvc.perform(get("/api/scenarios?region=Rijnmond")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/scenarios/no-such-id")).andExpect(status().isNotFound());
    }

    @Test
    void aChangeOnAnOlderVersionGets409WithTheCurrentVersionAndChangesNothing() throws Exception {
        String id = create(plan("A", "\"S1\"", ""));
        send(put("/api/scenarios/" + id), plan("A mine", "\"S2\"", ", \"version\": 1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.nspSiteIds", contains("S2")));
        send(put("/api/scenarios/" + id), plan("A theirs", "\"S3\"", ", \"version\": 1"))
                .andExpect(status().isConflict())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.currentVersion").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        send(put("/api/scenarios/" + id), plan("no version", "\"S3\"", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(delete("/api/scenarios/" + id + "?version=1")).andExpect(status().isConflict());
        mvc.perform(delete("/api/scenarios/" + id)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/scenarios/" + id)).andExpect(jsonPath("$.name").value("A mine"))
                .andExpect(jsonPath("$.version").value(2));
        mvc.perform(delete("/api/scenarios/" + id + "?version=2")).andExpect(status().isNoContent());
        mvc.perform(get("/api/scenarios/" + id)).andExpect(status().isNotFound());
        send(put("/api/scenarios/" + id), plan("gone", "\"S3\"", ", \"version\": 2")).andExpect(status().isNotFound());
    }

    @Test
    void duplicatingAndPublishing() throws Exception {
        String a = create(plan("Voorstel", "\"S1\"", ""));
        String copy = JsonPath.read(mvc.perform(post("/api/scenarios/" + a + "/duplicate"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("Kopie van Voorstel"))
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.nspSiteIds", contains("S1")))
                .andReturn().getResponse().getContentAsString(), "$.id");
        send(put("/api/scenarios/" + a + "/published"), "{\"published\": true, \"version\": 1}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.version").value(2));
        send(put("/api/scenarios/" + copy + "/published"), "{\"published\": true, \"version\": 1}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/scenarios/" + a)).andExpect(jsonPath("$.published").value(false));
        send(put("/api/scenarios/" + copy + "/published"), "{\"version\": 2}").andExpect(status().isBadRequest());
    }

    @Test
    void statisticsAndComparisonMatchTheHandWorkedCoverage() throws Exception {
        String a = create(plan("Alleen S1", "\"S1\"", ""));
        String b = create(plan("Alleen S2", "\"S2\"", ""));
        mvc.perform(get("/api/scenarios/" + a + "/statistics")).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.coveredWeight").value(23.0))
                .andExpect(jsonPath("$.report.totalWeight").value(248.0));
        mvc.perform(get("/api/scenarios/compare?a=" + a + "&b=" + b)).andExpect(status().isOk())
                .andExpect(jsonPath("$.sameBasis").value(true))
                .andExpect(jsonPath("$.statisticsA.report.coveredWeight").value(23.0))
                .andExpect(jsonPath("$.statisticsB.report.coveredWeight").value(31.0))
                .andExpect(jsonPath("$.difference.nspOnlyInA", contains("S1")))
                .andExpect(jsonPath("$.difference.nspOnlyInB", contains("S2")))
                .andExpect(jsonPath("$.difference.nspInBoth", hasSize(0)))
                .andExpect(jsonPath("$.changedPoints[?(@.coveredInA == true)].id", containsInAnyOrder("E0910N4375", "E0910N4385")))
                .andExpect(jsonPath("$.changedPoints[?(@.coveredInB == true)].id", containsInAnyOrder("E0940N4385", "E0940N4395")))
                .andExpect(jsonPath("$.changedPoints[?(@.id == 'E0940N4395')].inhabitants", contains(16.0)));
        // an own location where S2 stands covers what S2 covers, in the statistics and in the comparison
        String own = create(plan("Eigen plek", "\"eigen-1\"", ", \"ownSites\": [{\"id\": \"eigen-1\", \"name\": \"Buurthuis\", "
                + "\"x\": 94000, \"y\": 439000}]"));
        mvc.perform(get("/api/scenarios/" + own + "/statistics")).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.coveredWeight").value(31.0));
        mvc.perform(get("/api/scenarios/compare?a=" + b + "&b=" + own)).andExpect(status().isOk())
                .andExpect(jsonPath("$.statisticsB.report.coveredWeight").value(31.0))
                .andExpect(jsonPath("$.changedPoints", hasSize(0)));
        mvc.perform(get("/api/scenarios/compare?a=" + a)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/scenarios/compare?a=" + a + "&b=nope")).andExpect(status().isNotFound());
    }
}
