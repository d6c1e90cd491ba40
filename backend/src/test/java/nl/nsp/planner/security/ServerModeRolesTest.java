package nl.nsp.planner.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.Optional;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What each role may do with scenarios in the server mode, and the login itself. */
class ServerModeRolesTest extends ServerModeTestBase {

    private ResultActions send(MockHttpServletRequestBuilder request, String who, String json) throws Exception {
        return mvc.perform(request.with(as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String create(String who, String json) throws Exception {
        return JsonPath.read(send(post("/api/scenarios"), who, json).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.id");
    }

    private static String plan(String name, String region, String nsp, long version) {
        return "{\"name\": \"" + name + "\", \"region\": \"" + region + "\", \"demandLayer\": \"cbs100\", \"nspSiteIds\": ["
                + nsp + "]" + (version > 0 ? ", \"version\": " + version : "") + "}";
    }

    @Test
    void aRegionPlannerWorksInItsRegionOnlyAndSignsItsSaves() throws Exception {
        String id = create("anna", plan("Anna 1", "VR17", "\"S1\"", 0));
        mvc.perform(get("/api/scenarios/" + id).with(as("anna"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.author").value("anna"));
        send(post("/api/scenarios"), "anna", plan("Elders", "VR18", "\"S3\"", 0)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message", containsString("anna (region VR17)")));
        send(put("/api/scenarios/" + id), "anna", plan("Verhuisd", "VR18", "\"S3\"", 1)).andExpect(status().isForbidden());
        send(put("/api/scenarios/" + id), "anna", plan("Anna 1b", "VR17", "\"S2\"", 1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        send(put("/api/scenarios/" + id + "/published"), "anna", "{\"published\": true, \"version\": 2}")
                .andExpect(status().isOk());
        // bert (VR18) sees none of it
        mvc.perform(get("/api/scenarios/" + id).with(as("bert"))).andExpect(status().isForbidden())
                .andExpect(content -> assertNoSecrets(content.getResponse().getContentAsString()));
        mvc.perform(get("/api/scenarios?region=VR17").with(as("bert"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/scenarios").with(as("bert"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].region", everyItem(is("VR18"))));
        send(put("/api/scenarios/" + id), "bert", plan("Overgenomen", "VR17", "\"S1\"", 3)).andExpect(status().isForbidden());
        mvc.perform(delete("/api/scenarios/" + id + "?version=3").with(as("bert")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/scenarios/" + id + "?version=3").with(as("anna")).with(csrf()))
                .andExpect(status().isNoContent());
    }

    @Test
    void aMunicipalityChangesOnlyItsOwnSitesAndNothingElse() throws Exception {
        String id = create("anna", plan("Gemeentes", "VR17", "\"S1\", \"S2\"", 0));
        // gem1 (GM0001) drops S1, its own: fine; keeping S2 (GM0002) as it was
        send(put("/api/scenarios/" + id), "gem1", plan("Gemeentes", "VR17", "\"S2\"", 1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.nspSiteIds", contains("S2")));
        // dropping S2 (GM0002) is not
        send(put("/api/scenarios/" + id), "gem1", plan("Gemeentes", "VR17", "", 2)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message", containsString("outside it: S2")));
        send(put("/api/scenarios/" + id), "gem1", plan("Hernoemd", "VR17", "\"S2\"", 2)).andExpect(status().isForbidden());
        send(post("/api/scenarios"), "gem1", plan("Eigen plan", "VR17", "\"S1\"", 0)).andExpect(status().isForbidden());
        send(put("/api/scenarios/" + id + "/published"), "gem1", "{\"published\": true, \"version\": 2}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/scenarios/" + id).with(as("gem1"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2));
        // a stale change is a 409 for them too, before any check of its content
        send(put("/api/scenarios/" + id), "gem1", plan("Gemeentes", "VR17", "", 1)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(2));
    }

    @Test
    void nationalReadsAndComparesEveryRegionAndReadsTheAuditLogButChangesNothing() throws Exception {
        String a = create("anna", plan("Vergelijk A", "VR17", "\"S1\"", 0));
        String b = create("bert", plan("Vergelijk B", "VR18", "\"S3\"", 0));
        mvc.perform(get("/api/scenarios").with(as("lcms"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].region", hasItem("VR17"))).andExpect(jsonPath("$[*].region", hasItem("VR18")));
        mvc.perform(get("/api/scenarios/compare?a=" + a + "&b=" + b).with(as("lcms"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.sameBasis").value(false));
        mvc.perform(get("/api/scenarios/compare?a=" + a + "&b=" + b).with(as("anna"))).andExpect(status().isForbidden());
        send(put("/api/scenarios/" + a), "lcms", plan("Vergelijk A", "VR17", "\"S2\"", 1)).andExpect(status().isForbidden());
        send(post("/api/scenarios"), "lcms", plan("Landelijk", "VR17", "", 0)).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit?scenario=" + a).with(as("lcms"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("scenario.create"))
                .andExpect(jsonPath("$[0].actor").value("anna"))
                .andExpect(jsonPath("$[0].after.name").value("Vergelijk A"))
                .andExpect(jsonPath("$[0].after.nspSiteIds", contains("S1")));
        mvc.perform(get("/api/audit").with(as("anna"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit?limit=0").with(as("lcms"))).andExpect(status().isBadRequest());
    }

    @Test
    void aViewerReadsItsRegionAndChangesNothing() throws Exception {
        mvc.perform(get("/api/scenarios/" + secretId).with(as("kijker"))).andExpect(status().isOk());
        String plain = create("anna", plan("Voor kijkers", "VR17", "\"S1\"", 0));
        mvc.perform(get("/api/scenarios/" + plain + "/statistics").with(as("kijker"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.report.coveredWeight").value(23.0));
        send(put("/api/scenarios/" + secretId), "kijker", plan(SECRET_NAME, "VR17", "\"S1\"", 1))
                .andExpect(status().isForbidden());
        send(post("/api/optimisations"), "kijker", "{\"region\": \"VR17\", \"model\": \"mclp\", \"p\": 1}")
                .andExpect(status().isForbidden());
    }

    @Test
    void loginSessionCsrfAndLogoutAgainstTheRealChain() throws Exception {
        MvcResult anonymous = mvc.perform(get("/api/account")).andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("server")).andExpect(jsonPath("$.authenticated").value(false))
                .andExpect(cookie().exists("XSRF-TOKEN")).andReturn();
        Cookie token = anonymous.getResponse().getCookie("XSRF-TOKEN");
        // without the header the login itself is refused (login CSRF)
        mvc.perform(post("/api/login").cookie(token).param("username", "anna").param("password", PASSWORD))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.message", containsString("CSRF")));
        MvcResult login = mvc.perform(post("/api/login").cookie(token).header("X-XSRF-TOKEN", token.getValue())
                .param("username", " Anna ").param("password", PASSWORD)).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("anna")).andExpect(jsonPath("$.role").value("region"))
                .andExpect(jsonPath("$.region").value("VR17")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(get("/api/account").session(session)).andExpect(jsonPath("$.authenticated").value(true))
                .andExpect(jsonPath("$.name").value("anna"));
        mvc.perform(get("/api/regions").session(session)).andExpect(status().isOk());
        // a state-changing request needs the token: the cookie alone is not enough
        Cookie fresh = mvc.perform(get("/api/account").session(session)).andReturn().getResponse().getCookie("XSRF-TOKEN");
        Cookie current = fresh != null ? fresh : token;
        mvc.perform(post("/api/scenarios").session(session).cookie(current).contentType(MediaType.APPLICATION_JSON)
                .content(plan("Zonder token", "VR17", "", 0))).andExpect(status().isForbidden());
        mvc.perform(post("/api/scenarios").session(session).cookie(current).header("X-XSRF-TOKEN", current.getValue())
                .contentType(MediaType.APPLICATION_JSON).content(plan("Met token", "VR17", "", 0)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/logout").session(session).cookie(current).header("X-XSRF-TOKEN", current.getValue()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/regions").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void theMapPageSendsAnonymousVisitorsToTheLoginPageWhileStaticFilesStayOpen() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login.html"));
        mvc.perform(get("/login.html")).andExpect(status().isOk());
        mvc.perform(get("/js/api.js")).andExpect(status().isOk());
        mvc.perform(get("/api/regions")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message", containsString("login required")))
                .andExpect(cookie().doesNotExist("JSESSIONID"));
        mvc.perform(get("/").with(as("kijker"))).andExpect(status().isOk());
    }

    @Test
    void wrongPasswordsAreThrottledPerNameAndAnswerTheSameForUnknownNames() throws Exception {
        store.accounts().add(new Account("gokker", Role.VIEWER, "", "", true), Passwords.hashNew(PASSWORD.toCharArray()), "test");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            mvc.perform(post("/api/login").with(csrf()).param("username", "gokker").param("password", "fout-" + i))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/login").with(csrf()).param("username", "gokker").param("password", PASSWORD))
                .andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        String unknown = mvc.perform(post("/api/login").with(csrf()).param("username", "niemand").param("password", "x"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        String wrong = mvc.perform(post("/api/login").with(csrf()).param("username", "anna").param("password", "x"))
                .andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(unknown).isEqualTo(wrong);
    }

    @Test
    void aDisabledAccountsSessionEndsAtItsNextRequestAndAChangedAreaAppliesAtOnce() throws Exception {
        Account tijdelijk = new Account("tijdelijk", Role.REGION, "VR18", "", true);
        store.accounts().add(tijdelijk, Passwords.hashNew(PASSWORD.toCharArray()), "test");
        mvc.perform(get("/api/scenarios/" + secretId).with(as("tijdelijk"))).andExpect(status().isForbidden());
        store.accounts().update(new Account("tijdelijk", Role.REGION, "VR17", "", true), Optional.empty(), "test");
        mvc.perform(get("/api/scenarios/" + secretId).with(as("tijdelijk"))).andExpect(status().isOk());
        store.accounts().update(new Account("tijdelijk", Role.REGION, "VR17", "", false), Optional.empty(), "test");
        mvc.perform(get("/api/scenarios/" + secretId).with(as("tijdelijk"))).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/login").with(csrf()).param("username", "tijdelijk").param("password", PASSWORD))
                .andExpect(status().isUnauthorized());
    }

    static void assertNoSecrets(String body) {
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain(SECRET_NAME).doesNotContain(SECRET_SITE)
                .doesNotContain("Achterom");
    }

    @Test
    void sessionsAndJobsOfOthersDoNotExist() throws Exception {
        String session = JsonPath.read(send(post("/api/coverage/sessions"), "anna",
                "{\"region\": \"VR17\", \"demandLayer\": \"cbs100\", \"openSiteIds\": [\"S1\"]}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.sessionId");
        mvc.perform(get("/api/coverage/sessions/" + session).with(as("anna"))).andExpect(status().isOk());
        mvc.perform(get("/api/coverage/sessions/" + session).with(as("bert"))).andExpect(status().isNotFound())
                .andExpect(content -> org.assertj.core.api.Assertions.assertThat(content.getResponse().getContentAsString())
                        .doesNotContain("coveredWeight"));
        mvc.perform(post("/api/coverage/sessions/" + session + "/toggle/S2").with(as("lcms")).with(csrf()))
                .andExpect(status().isNotFound());
        String job = JsonPath.read(send(post("/api/optimisations"), "anna",
                "{\"region\": \"VR17\", \"model\": \"mclp\", \"p\": 1, \"demandLayer\": \"cbs100\"}")
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.jobId");
        mvc.perform(get("/api/optimisations/" + job).with(as("anna"))).andExpect(status().isOk());
        mvc.perform(get("/api/optimisations/" + job).with(as("gem1"))).andExpect(status().isNotFound());
        send(post("/api/optimisations"), "anna", "{\"region\": \"VR18\", \"model\": \"mclp\", \"p\": 1}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/scenarios").with(as("anna"))).andExpect(jsonPath("$[*].region", not(hasItem("VR18"))));
    }
}
