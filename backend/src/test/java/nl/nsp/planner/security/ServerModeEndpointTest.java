package nl.nsp.planner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.UriUtils;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the server, enumerated from the controllers' mappings (a new endpoint fails
 * {@link #everyMappedEndpointIsClassified} until it is added to {@link #ENDPOINTS} with who may call it), tried
 * without login, without CSRF token, with another region's account, with forged ids, and with oversized and
 * malformed bodies: 401, 403, 404, 413 or 400 as the case may be, never a 5xx, and never anything of Anna's VR17
 * scenario in the body of someone who may not read it.
 */
class ServerModeEndpointTest extends ServerModeTestBase {
    /** Who may call an endpoint (besides the local user). */
    enum Access {
        /** Anyone, without login. */
        PUBLIC,
        /** Every logged-in account: the public open data set and computations on it. */
        OPEN,
        /** The caller's own area only: another region's account gets 403. */
        AREA,
        /** The caller's own coverage sessions and optimisation jobs: for anyone else they do not exist (404). */
        OWNED,
        /** National accounts only. */
        NATIONAL
    }

    /**
     * A concrete call of an endpoint: {@code path} with {ID} (Anna's scenario), {SESSION} (her coverage session), {JOB}
     * (her optimisation job), {REPORT} (her national report job) filled in at run time; {@code body} for POST and PUT.
     */
    record Call(Access access, String path, String body) {
    }

    private static final String COVERAGE = "{\"region\": \"VR17\", \"demandLayer\": \"cbs100\", \"openSiteIds\": [\"S1\"]}";
    private static final String PLAN = "{\"name\": \"Nieuw\", \"region\": \"VR17\", \"demandLayer\": \"cbs100\", "
            + "\"nspSiteIds\": [\"S1\"], \"version\": 1}";
    /** Endpoints answered by the security filters, not by a controller. */
    private static final List<String> FILTER_ENDPOINTS = List.of("POST /api/login", "POST /api/logout");

    static final Map<String, Call> ENDPOINTS = new LinkedHashMap<>();

    static {
        put("GET /api/account", Access.PUBLIC, "/api/account", null);
        put("POST /api/login", Access.PUBLIC, "/api/login", null);
        put("POST /api/logout", Access.PUBLIC, "/api/logout", null);
        put("GET /api/config", Access.OPEN, "/api/config", null);
        put("GET /api/regions", Access.OPEN, "/api/regions", null);
        put("GET /api/regions/{code}", Access.OPEN, "/api/regions/VR17", null);
        put("GET /api/municipalities", Access.OPEN, "/api/municipalities?region=VR17", null);
        put("GET /api/municipalities/{code}", Access.OPEN, "/api/municipalities/GM0001", null);
        put("GET /api/demand/layers", Access.OPEN, "/api/demand/layers", null);
        put("GET /api/demand", Access.OPEN, "/api/demand?layer=cbs100&region=VR17", null);
        put("GET /api/candidates", Access.OPEN, "/api/candidates?region=VR17", null);
        put("GET /api/import/report", Access.OPEN, "/api/import/report", null);
        put("POST /api/coverage", Access.OPEN, "/api/coverage", COVERAGE);
        put("POST /api/coverage/toggle", Access.OPEN, "/api/coverage/toggle",
                "{\"region\": \"VR17\", \"demandLayer\": \"cbs100\", \"openSiteIds\": [\"S1\"], \"siteId\": \"S2\"}");
        put("POST /api/coverage/sessions", Access.OPEN, "/api/coverage/sessions", COVERAGE);
        put("GET /api/coverage/sessions/{id}", Access.OWNED, "/api/coverage/sessions/{SESSION}", null);
        put("POST /api/coverage/sessions/{id}/toggle/{siteId}", Access.OWNED, "/api/coverage/sessions/{SESSION}/toggle/S2", null);
        put("GET /api/coverage/sessions/{id}/points", Access.OWNED, "/api/coverage/sessions/{SESSION}/points", null);
        put("DELETE /api/coverage/sessions/{id}", Access.OWNED, "/api/coverage/sessions/{SESSION}", null);
        put("POST /api/optimisations", Access.AREA, "/api/optimisations",
                "{\"region\": \"VR17\", \"model\": \"mclp\", \"p\": 1, \"demandLayer\": \"cbs100\"}");
        put("GET /api/optimisations/{id}", Access.OWNED, "/api/optimisations/{JOB}", null);
        put("GET /api/optimisations/{id}/result", Access.OWNED, "/api/optimisations/{JOB}/result", null);
        put("DELETE /api/optimisations/{id}", Access.OWNED, "/api/optimisations/{JOB}", null);
        put("GET /api/scenarios", Access.AREA, "/api/scenarios?region=VR17", null);
        put("POST /api/scenarios", Access.AREA, "/api/scenarios", PLAN);
        put("GET /api/scenarios/compare", Access.AREA, "/api/scenarios/compare?a={ID}&b={ID}", null);
        put("GET /api/scenarios/{id}", Access.AREA, "/api/scenarios/{ID}", null);
        put("PUT /api/scenarios/{id}", Access.AREA, "/api/scenarios/{ID}", PLAN);
        put("DELETE /api/scenarios/{id}", Access.AREA, "/api/scenarios/{ID}?version=1", null);
        put("POST /api/scenarios/{id}/duplicate", Access.AREA, "/api/scenarios/{ID}/duplicate", "{}");
        put("PUT /api/scenarios/{id}/published", Access.AREA, "/api/scenarios/{ID}/published",
                "{\"published\": true, \"version\": 1}");
        put("GET /api/scenarios/{id}/statistics", Access.AREA, "/api/scenarios/{ID}/statistics", null);
        put("GET /api/coverage/sessions/{id}/reach/{siteId}", Access.OWNED, "/api/coverage/sessions/{SESSION}/reach/S1", null);
        put("GET /api/geocode", Access.OPEN, "/api/geocode?q=Kerkstraat&region=VR17", null);
        put("GET /api/scenarios/{id}/export/sites.geojson", Access.AREA, "/api/scenarios/{ID}/export/sites.geojson", null);
        put("GET /api/scenarios/{id}/export/sites.csv", Access.AREA, "/api/scenarios/{ID}/export/sites.csv", null);
        put("GET /api/scenarios/{id}/export/sites.gpkg", Access.AREA, "/api/scenarios/{ID}/export/sites.gpkg", null);
        put("GET /api/scenarios/{id}/export/statistics.csv", Access.AREA, "/api/scenarios/{ID}/export/statistics.csv", null);
        put("GET /api/scenarios/{id}/print", Access.AREA, "/api/scenarios/{ID}/print", null);
        // a GeoJSON file read into a working plan: nothing is stored, so any account may
        put("POST /api/scenarios/import", Access.OPEN, "/api/scenarios/import?region=VR17",
                "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": "
                        + "{\"type\": \"Point\", \"coordinates\": [4.45, 51.92]}, \"properties\": {\"name\": \"x\"}}]}");
        put("POST /api/reports/national", Access.OPEN, "/api/reports/national", "{}");
        put("GET /api/reports/national/{id}", Access.OWNED, "/api/reports/national/{REPORT}", null);
        put("GET /api/reports/national/{id}/files/{name:.+}", Access.OWNED, "/api/reports/national/{REPORT}/files/rapport.html",
                null);
        put("DELETE /api/reports/national/{id}", Access.OWNED, "/api/reports/national/{REPORT}", null);
        put("GET /api/audit", Access.NATIONAL, "/api/audit", null);
    }

    private static void put(String endpoint, Access access, String path, String body) {
        ENDPOINTS.put(endpoint, new Call(access, path, body));
    }

    private static String session;
    private static String job;
    private static String report;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @BeforeEach
    void annasSessionAndJob() throws Exception {
        synchronized (ServerModeEndpointTest.class) {
            if (session == null) {
                session = JsonPath.read(mvc.perform(post("/api/coverage/sessions").with(as("anna")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(COVERAGE)).andExpect(status().isCreated())
                        .andReturn().getResponse().getContentAsString(), "$.sessionId");
                job = JsonPath.read(mvc.perform(post("/api/optimisations").with(as("anna")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(ENDPOINTS.get("POST /api/optimisations").body()))
                        .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.jobId");
                report = JsonPath.read(mvc.perform(post("/api/reports/national").with(as("anna")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                        .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString(), "$.jobId");
            }
        }
    }

    /** "METHOD /pattern" of every controller mapping, with whether it reads a JSON body. */
    private Map<String, Boolean> mapped() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            boolean body = false;
            for (MethodParameter p : e.getValue().getMethodParameters()) {
                body |= p.hasParameterAnnotation(RequestBody.class);
            }
            for (String pattern : e.getKey().getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue; // Spring Boot's error page
                }
                for (var method : e.getKey().getMethodsCondition().getMethods()) {
                    out.put(method.name() + " " + pattern, body);
                }
            }
        }
        return out;
    }

    @Test
    void everyMappedEndpointIsClassified() {
        TreeSet<String> unclassified = new TreeSet<>(mapped().keySet());
        unclassified.removeIf(e -> ENDPOINTS.containsKey(e) || e.contains(" /api/public/"));
        assertThat(unclassified).as("endpoints missing from ServerModeEndpointTest.ENDPOINTS").isEmpty();
        TreeSet<String> gone = new TreeSet<>(ENDPOINTS.keySet());
        gone.removeAll(mapped().keySet());
        gone.removeAll(FILTER_ENDPOINTS);
        assertThat(gone).as("classified endpoints that no longer exist").isEmpty();
    }

    private MockHttpServletRequestBuilder call(String endpoint, String pathOverride) {
        Call c = ENDPOINTS.get(endpoint);
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = (pathOverride != null ? pathOverride : c.path()).replace("{ID}", secretId)
                .replace("{SESSION}", session).replace("{JOB}", job).replace("{REPORT}", report);
        MockHttpServletRequestBuilder b = request(HttpMethod.valueOf(method), java.net.URI.create(path));
        if (c.body() != null) {
            b.contentType(MediaType.APPLICATION_JSON).content(c.body());
        }
        return b;
    }

    /** Every endpoint, and for the public prefix whatever is mapped there. */
    private List<String> allEndpoints() {
        List<String> all = new ArrayList<>(ENDPOINTS.keySet());
        mapped().keySet().stream().filter(e -> e.contains(" /api/public/")).forEach(all::add);
        return all;
    }

    @Test
    void withoutLoginEveryEndpointButThePublicOnesAnswers401() throws Exception {
        for (String e : ENDPOINTS.keySet()) {
            if (ENDPOINTS.get(e).access() == Access.PUBLIC) {
                continue;
            }
            MockHttpServletResponse r = mvc.perform(call(e, null).with(csrf())).andReturn().getResponse();
            assertThat(r.getStatus()).as(e).isEqualTo(401);
            assertThat(r.getContentAsString()).as(e).contains("login required");
        }
        assertThat(mvc.perform(call("GET /api/account", null)).andReturn().getResponse().getContentAsString())
                .contains("\"authenticated\":false");
    }

    @Test
    void publicEndpointsAnswerWithoutLogin() throws Exception {
        for (String e : mapped().keySet().stream().filter(x -> x.startsWith("GET /api/public/")).toList()) {
            String path = e.substring(4).replaceAll("\\{[^}]+}", "VR17");
            int status = mvc.perform(request(HttpMethod.GET, java.net.URI.create(path))).andReturn().getResponse().getStatus();
            assertThat(status).as(e).isNotEqualTo(401).isLessThan(500);
        }
    }

    @Test
    void withoutCsrfTokenEveryChangeIsRefusedBeforeItHappens() throws Exception {
        for (String e : ENDPOINTS.keySet()) {
            if (e.startsWith("GET ")) {
                continue;
            }
            MockHttpServletResponse r = mvc.perform(call(e, null).with(as("anna"))).andReturn().getResponse();
            assertThat(r.getStatus()).as(e).isEqualTo(403);
            assertThat(r.getContentAsString()).as(e).contains("CSRF");
        }
        // nothing was changed: the scenario is still at version 1, the session and the job are still there
        assertThat(mvc.perform(call("GET /api/scenarios/{id}", null).with(as("anna"))).andReturn().getResponse()
                .getContentAsString()).contains("\"version\":1");
        assertThat(mvc.perform(call("GET /api/coverage/sessions/{id}", null).with(as("anna"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void anotherRegionsAccountGetsItsAnswerAndNothingOfTheOtherArea() throws Exception {
        for (String e : ENDPOINTS.keySet()) {
            Call c = ENDPOINTS.get(e);
            if (c.access() == Access.PUBLIC) {
                continue;
            }
            MockHttpServletResponse r = mvc.perform(call(e, null).with(as("bert")).with(csrf())).andReturn().getResponse();
            int expected = switch (c.access()) {
                case OPEN -> r.getStatus() < 300 ? r.getStatus() : -1;
                case AREA, NATIONAL -> 403;
                case OWNED -> 404;
                case PUBLIC -> throw new IllegalStateException();
            };
            assertThat(r.getStatus()).as(e + ": " + r.getContentAsString()).isEqualTo(expected);
            ServerModeRolesTest.assertNoSecrets(r.getContentAsString());
        }
        // and the municipality and viewer of the same region, who may read but not change it
        for (String who : List.of("gem1", "kijker")) {
            for (String e : List.of("DELETE /api/scenarios/{id}", "PUT /api/scenarios/{id}/published",
                    "POST /api/scenarios/{id}/duplicate", "GET /api/audit")) {
                assertThat(mvc.perform(call(e, null).with(as(who)).with(csrf())).andReturn().getResponse().getStatus())
                        .as(who + " " + e).isEqualTo(403);
            }
        }
    }

    /** Forged path values, sent percent-encoded as one path segment each. */
    private static final List<String> FORGED = List.of("nope", "00000000-0000-0000-0000-000000000000", "VR99",
            "' OR '1'='1", "'; DROP TABLE scenario;--", "../../etc/passwd", "\u0000", "ëxtra ümlaut", "100%", "..",
            "x".repeat(3000));
    private static final Pattern VARIABLE = Pattern.compile("\\{[A-Za-z]+(:[^}]*)?}");

    @Test
    void forgedIdsAreNotFoundOrRefusedNever500() throws Exception {
        for (String e : allEndpoints()) {
            String pattern = e.substring(e.indexOf(' ') + 1);
            if (!VARIABLE.matcher(pattern).find()) {
                continue;
            }
            for (String forged : FORGED) {
                Matcher m = VARIABLE.matcher(pattern);
                String path = m.replaceAll(Matcher.quoteReplacement(
                        UriUtils.encodePathSegment(forged, java.nio.charset.StandardCharsets.UTF_8)));
                String query = ENDPOINTS.containsKey(e) && ENDPOINTS.get(e).path().contains("?")
                        ? ENDPOINTS.get(e).path().substring(ENDPOINTS.get(e).path().indexOf('?')) : "";
                for (String who : List.of("anna", "bert")) {
                    MockHttpServletResponse r = mvc.perform(call(e, path + query).with(as(who)).with(csrf())).andReturn()
                            .getResponse();
                    assertThat(r.getStatus()).as(who + " " + e + " with " + forged.substring(0, Math.min(40, forged.length())))
                            .isIn(400, 403, 404);
                    ServerModeRolesTest.assertNoSecrets(r.getContentAsString());
                }
            }
        }
        for (String forged : List.of("nope", "' OR 1=1 --", "x".repeat(3000))) {
            String q = java.net.URLEncoder.encode(forged, java.nio.charset.StandardCharsets.UTF_8);
            for (String path : List.of("/api/scenarios/compare?a=" + q + "&b=" + q, "/api/audit?scenario=" + q,
                    "/api/scenarios?region=" + q)) {
                int status = mvc.perform(request(HttpMethod.GET, java.net.URI.create(path)).with(as("lcms"))).andReturn()
                        .getResponse().getStatus();
                assertThat(status).as(path).isLessThan(500);
            }
        }
    }

    @Test
    void oversizedBodiesAre413BeforeAnythingReadsThem() throws Exception {
        byte[] big = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '[';
        big[big.length - 1] = ']';
        for (String e : allEndpoints()) {
            if (!(e.startsWith("POST ") || e.startsWith("PUT ")) || e.equals("POST /api/scenarios/import")) {
                continue; // the GeoJSON import streams its body under its own 10 MB limit: ImportApiTest
            }
            for (String who : new String[] {null, "anna"}) {
                MockHttpServletRequestBuilder b = call(e, null).contentType(MediaType.APPLICATION_JSON).content(big).with(csrf());
                if (who != null) {
                    b.with(as(who));
                }
                MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
                assertThat(r.getStatus()).as(e).isEqualTo(413);
                assertThat(r.getContentAsString()).as(e).contains("at most 4194304");
            }
        }
    }

    @Test
    void malformedBodiesAre400NamingTheBody() throws Exception {
        // the last one gives every request type's fields (name, region, published, model, regions) the wrong type
        List<String> malformed = List.of("{", "[1, 2]", "\"text\"", "nul", "{\"region\": \"VR17\",",
                "{\"name\": {\"x\": 1}, \"region\": [\"VR17\"], \"published\": {\"y\": 2}, \"model\": [], \"version\": \"one\", "
                        + "\"regions\": {\"z\": 3}}");
        for (Map.Entry<String, Boolean> e : mapped().entrySet()) {
            if (!e.getValue()) {
                continue;
            }
            for (String body : malformed) {
                MockHttpServletRequestBuilder b = ENDPOINTS.containsKey(e.getKey()) ? call(e.getKey(), null)
                        : request(HttpMethod.valueOf(e.getKey().substring(0, e.getKey().indexOf(' '))),
                                java.net.URI.create(e.getKey().substring(e.getKey().indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x")));
                MockHttpServletResponse r = mvc.perform(b.contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(as("anna")).with(csrf())).andReturn().getResponse();
                assertThat(r.getStatus()).as(e.getKey() + " with " + body + ": " + r.getContentAsString()).isEqualTo(400);
            }
        }
    }
}
