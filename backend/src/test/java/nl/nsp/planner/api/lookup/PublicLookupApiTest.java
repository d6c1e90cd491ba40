package nl.nsp.planner.api.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import nl.nsp.planner.api.FixtureApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The public lookup on the hand-made data set ({@link nl.nsp.planner.store.StoreFixtures}). PC4 3011 is one point
 * (91234.5, 438000.25) with 1000.5 inhabitants in GM0001 Eerstedorp, VR17; PC4 3300 lies in GM0003, VR18.
 * The published VR17 scenario has the NSPs S1 (91000, 438000), S2 (94000, 439000) and the own location "Dorpshuis"
 * (93500, 438200); from 3011's centre:
 * S1 hypot(234.5, 0.25) = 234.5 m -> 230; Dorpshuis hypot(2265.5, 199.75) = 2274.3 m -> 2270;
 * S2 hypot(2765.5, 999.75) = 2940.7 m -> 2940 (rounded to 10 m).
 * An unpublished scenario of VR17 with S2 only must not count.
 */
class PublicLookupApiTest extends FixtureApiTest {
    private static final String SECRET_AUTHOR = "Geheime Planner";
    private static String publishedId;

    @BeforeEach
    void publishOnce() throws Exception {
        if (publishedId != null) {
            return;
        }
        publishedId = create("{\"name\": \"Vertrouwelijk plan\", \"author\": \"" + SECRET_AUTHOR + "\", \"region\": \"VR17\","
                + " \"nspSiteIds\": [\"S1\", \"S2\", \"eigen-p\"], \"cpSiteIds\": [\"S2\"], \"fixedSiteIds\": [\"S1\"],"
                + " \"excludedSiteIds\": [\"S3\"], \"ownSites\": [{\"id\": \"eigen-p\", \"name\": \"Dorpshuis\","
                + " \"address\": \"Brink 2, 3012 AA Eerstedorp\", \"x\": 93500, \"y\": 438200}]}");
        mvc.perform(put("/api/scenarios/" + publishedId + "/published").contentType(MediaType.APPLICATION_JSON)
                .content("{\"published\": true, \"version\": 1}")).andExpect(status().isOk());
        create("{\"name\": \"Concept\", \"region\": \"VR17\", \"nspSiteIds\": [\"S2\"]}");
    }

    private String create(String json) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void thePc6IsLookedUpByItsPc4AndTheNearestPublishedNspsComeFirst() throws Exception {
        mvc.perform(get("/api/public/nearest?postcode=3011ab")).andExpect(status().isOk())
                .andExpect(jsonPath("$.postcode").value("3011 AB"))
                .andExpect(jsonPath("$.pc4").value("3011"))
                .andExpect(jsonPath("$.resolvedToPc4").value(true))
                .andExpect(jsonPath("$.note", containsString("alleen de vier cijfers")))
                .andExpect(jsonPath("$.municipality").value("Eerstedorp"))
                .andExpect(jsonPath("$.region").value("Rotterdam-Rijnmond"))
                .andExpect(jsonPath("$.nsps", hasSize(3)))
                .andExpect(jsonPath("$.nsps[0].number").value(1))
                .andExpect(jsonPath("$.nsps[0].name").value("Wijkcentrum De Ark"))
                .andExpect(jsonPath("$.nsps[0].address").value("Kerkstraat 1, 3011 AA Eerstedorp"))
                .andExpect(jsonPath("$.nsps[0].distanceMetres").value(230))
                .andExpect(jsonPath("$.nsps[1].name").value("Dorpshuis"))
                .andExpect(jsonPath("$.nsps[1].distanceMetres").value(2270))
                .andExpect(jsonPath("$.nsps[2].name").value("Brandweerkazerne Noord"))
                .andExpect(jsonPath("$.nsps[2].distanceMetres").value(2940));
        mvc.perform(get("/api/public/nearest?postcode=3011&count=1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.resolvedToPc4").value(false))
                .andExpect(jsonPath("$.nsps", hasSize(1)));
    }

    @Test
    void theAnswerHoldsOnlyWhatThePageShows() throws Exception {
        String body = mvc.perform(get("/api/public/nearest?postcode=3011")).andReturn().getResponse().getContentAsString();
        Map<String, Object> answer = JsonPath.read(body, "$");
        assertThat(answer.keySet()).containsExactlyInAnyOrder("postcode", "pc4", "resolvedToPc4", "note", "municipality",
                "region", "from", "nsps");
        List<Map<String, Object>> nsps = JsonPath.read(body, "$.nsps");
        assertThat(nsps).allSatisfy(n -> assertThat(n.keySet()).containsExactlyInAnyOrder("number", "name", "address",
                "lon", "lat", "distanceMetres"));
        assertThat(body).doesNotContain(publishedId, SECRET_AUTHOR, "Vertrouwelijk", "S1", "S2", "eigen-p", "fixed",
                "excluded", "1000.5", "inhabitants", "Sporthal");
    }

    @Test
    void unknownPostcodesAndRegionsWithoutAPublishedScenarioGetADutchMessage() throws Exception {
        mvc.perform(get("/api/public/nearest?postcode=9999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.message", containsString("komt niet voor in onze gegevens")));
        mvc.perform(get("/api/public/nearest?postcode=3300 XY")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message", containsString("Zuid-Holland Zuid")))
                .andExpect(jsonPath("$.message", containsString("nog niet bekendgemaakt")));
        for (String bad : List.of("abc", "", "301", "30111", "3011+ABC")) {
            mvc.perform(get("/api/public/nearest").param("postcode", bad)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("postcode"))
                    .andExpect(jsonPath("$.message", containsString("vul een postcode in")));
        }
        mvc.perform(get("/api/public/nearest")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/public/nearest?postcode=3011&count=0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("count"));
        mvc.perform(get("/api/public/nearest?postcode=3011&count=11")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/public/nearest?postcode=3011&count=drie")).andExpect(status().isBadRequest());
    }

    @Test
    void theConfigGivesTheBaseMapOnly() throws Exception {
        String body = mvc.perform(get("/api/public/config")).andExpect(status().isOk())
                .andExpect(jsonPath("$.baseMap.url", containsString("{z}")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Map<String, Object>>read(body, "$").keySet()).containsExactly("baseMap");
    }
}
